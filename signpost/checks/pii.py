"""Finds personal details in the text a story (or a quote, a testimonial) shows: NHS numbers, phone
numbers, emails, postcodes, dates of birth, written with any separator people type (spaces, no-break
spaces, dots, hyphens, en dashes). An item may list reviewed exceptions, each with its reason.

The check reads each file again (and each overlay, which the loader keeps no lines for) to find the
line of every match, also inside multi-line text.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from signpost.errors import ContentError
from signpost.portal import Item, Portal
from signpost.source import dotted, read_document

# Every text of these kinds is published (a story's pseudonym too), but for these fields.
CHECKED_COLLECTIONS = ("stories", "quotes", "testimonials")
UNPUBLISHED_FIELDS = frozenset({"consent", "pii_exceptions"})

NHS_NUMBER = "NHS number"
PHONE = "UK phone number"
EMAIL = "email address"
POSTCODE = "UK postcode"
DATE_OF_BIRTH = "date of birth"
_ARTICLE = {NHS_NUMBER: "an", PHONE: "a", EMAIL: "an", POSTCODE: "a", DATE_OF_BIRTH: "a"}

# 3-3-4 with one consistent separator, or ten digits; not part of a longer run of digit groups.
_SEP = "[ \u00a0\u202f\u2009.\u2010-\u2014-]"  # space, no-break spaces, thin space, dot, hyphens, dashes
_NHS = re.compile(rf"(?<![\d+])(?<!\d{_SEP})(\d{{3}})({_SEP}?)(\d{{3}})\2(\d{{4}})(?!\d)(?!{_SEP}\d)")
# +44, +44 (0) or 0, then digit groups; the digit count and first digit are checked after matching.
_PHONE = re.compile(rf"(?<![\w+])(?:\+44{_SEP}?(?:\(0\){_SEP}?)?|\(?0)\d{{2,4}}\)?(?:{_SEP}?\d{{3,6}}){{1,2}}(?!\w)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
# The shapes in the UK Government data standard: inward letters never include C, I, K, M, O or V.
_POSTCODE = re.compile(
    r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW]) ?\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE
)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")  # "A4 3rd" is a page and a floor, not a postcode

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º)?"
_FULL_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_DAY}(?: of| de)? (?:{_MONTHS})\.?,?(?: de)? \d{{4}}"
    rf"|(?:{_MONTHS})\.? {_DAY},? \d{{4}})"
)
# A full date shortly after a word for birth, in the site's languages; a date alone is not flagged
# (stories name the day they joined a group), nor a year alone ("born in 1961").
_BIRTH_WORDS = (
    r"\bborn\b|\bdate of birth\b|\bd\.?o\.?b\b\.?|\bnée?\b|\bdate de naissance\b"
    r"|\bnaci(?:do|da|ó)\b|\bfecha de nacimiento\b|जन्म|تاريخ الميلاد|مواليد|ولدت?"
)
_DATE_OF_BIRTH = re.compile(rf"(?:{_BIRTH_WORDS})[^.!?\n]{{0,20}}?\b(?P<date>{_FULL_DATE})", re.IGNORECASE)


class _AsciiDigits(dict):
    """A str.translate table turning any decimal digit (Arabic-Indic, Devanagari ...) into 0-9."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if not char.isdecimal():
            raise LookupError(code)  # tells translate to keep the character
        self[code] = str(unicodedata.decimal(char))
        return self[code]


_ASCII_DIGITS = _AsciiDigits()


def find_pii(text: str) -> list[tuple[str, str, int]]:
    """Every personal detail in `text`, as (kind, matched text, offset), in the order they appear."""
    plain = text.translate(_ASCII_DIGITS)  # one character for one, so offsets hold in `text`
    spans = [
        *((DATE_OF_BIRTH, m.span("date")) for m in _DATE_OF_BIRTH.finditer(plain)),
        *((NHS_NUMBER, m.span()) for m in _NHS.finditer(plain) if _is_nhs_number(m.group())),
        *((EMAIL, m.span()) for m in _EMAIL.finditer(plain)),
        *((PHONE, m.span()) for m in _PHONE.finditer(plain) if _is_uk_phone(m.group())),
        *((POSTCODE, m.span()) for m in _POSTCODE.finditer(plain) if not _ORDINAL.search(m.group())),
    ]
    # One finding for each stretch of text, the earlier kind winning: a postcode inside an email
    # address is part of the address.
    kept: list[tuple[str, tuple[int, int]]] = []
    for kind, (start, end) in spans:
        if all(end <= other_start or start >= other_end for _, (other_start, other_end) in kept):
            kept.append((kind, (start, end)))
    return sorted(((kind, text[start:end], start) for kind, (start, end) in kept), key=lambda finding: finding[2])


def _is_nhs_number(text: str) -> bool:
    """The NHS modulus 11 check: weights 10..2 on the first nine digits; 11 - remainder is the tenth."""
    digits = [int(char) for char in text if char.isdecimal()]
    if len(set(digits)) == 1:  # 000 000 0000 and 999 999 9999 pass the check but are placeholders
        return False
    check = 11 - sum(digit * weight for digit, weight in zip(digits, range(10, 1, -1))) % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def _is_uk_phone(text: str) -> bool:
    """Nine or ten digits after the 0 (or +44), starting as UK numbers do: 01, 02, 03, 05, 07, 08."""
    digits = "".join(char for char in text if char.isdecimal())
    if text.startswith("+"):
        digits = digits[2:]  # the 44
        if "(0)" in text:
            digits = digits[1:]
    else:
        digits = digits[1:]
    return len(digits) in (9, 10) and digits[0] in "123578"


def check_pii(portal: Portal) -> list[ContentError]:
    """An error for each personal detail in any published field of a story, quote or testimonial,
    in every language: every text the file holds except its consent record and reviewed exceptions."""
    errors: list[ContentError] = []
    for collection in CHECKED_COLLECTIONS:
        for item in (getattr(portal, collection, None) or {}).values():
            allowed = {exception.text for exception in getattr(item.data, "pii_exceptions", None) or []}
            for file in _item_files(item):
                errors += _check_file(portal.root.parent / file, file, allowed, collection)
    return errors


def _item_files(item: Item) -> list[str]:
    """The item's file and its overlays' files, as the loader names them."""
    base = Path(item.file)
    return [item.file] + [base.with_name(f"{item.id}.{lang}.yml").as_posix() for lang in sorted(item.overlays)]


def _check_file(path: Path, file: str, allowed: set[str], collection: str) -> list[ContentError]:
    document, _ = read_document(path, file)
    if document is None or not isinstance(document.data, dict):
        return []
    text = path.read_text(encoding="utf-8")
    source_lines = re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text)  # YAML's own line breaks
    errors = []
    for where, value in _texts(document.data, ()):
        if where[0] in UNPUBLISHED_FIELDS or where not in document.scalars:
            continue
        for kind, match, offset in find_pii(value):
            if match in allowed:
                continue
            errors.append(ContentError(
                file, _line_of_offset(source_lines, document.scalars[where], value, offset), dotted(where),
                f"looks like {_ARTICLE[kind]} {kind}: '{match}'; {collection} must not hold personal details "
                "(remove it, or if it is safe to show, add it to pii_exceptions with the reason)",
            ))
    return errors


def _texts(value: object, path: tuple):
    """(path, text) for every text value under `value`."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(inner, path + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _texts(inner, path + (index,))


def _line_of_offset(source_lines: list[str], mark: tuple, value: str, offset: int) -> int:
    """The file line of `value[offset]`, for a value that starts at `mark` (0-based line, column, style).

    Indentation, folding and block headers change only whitespace, so the n-th non-space character
    of the value is the n-th of the source from where the value starts (escapes in quoted text may
    shift this by a character, never by a line in practice).
    """
    start_line, start_column, style = mark[:3]
    target = sum(1 for char in value[:offset] if not char.isspace())
    if style in ("|", ">"):
        row, column = start_line + 1, 0  # the block starts on the line after `key: |`
    else:
        row, column = start_line, start_column + (style in ("'", '"'))
    seen = 0
    for number in range(row, len(source_lines)):
        for char in source_lines[number][column:]:
            if not char.isspace():
                if seen == target:
                    return number + 1
                seen += 1
        column = 0
    return start_line + 1
