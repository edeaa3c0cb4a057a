"""Which language codes Signpost takes, in one place: site.yml's `languages` and `default_language`, the
language of an overlay (`site.ar.yml`, `services/ID.ar.yml`), a list label's key (`ar: ...`), a strings file
(`strings/ar.yml`), `signpost new --languages` and `signpost new-language`.

A language code is a language's two-letter code (ISO 639-1: ar, cy, ur, so, ti, ps), in lower case, with a
script after a hyphen where it matters (zh-hant): what mkdocs-static-i18n, which builds each language of the
site, takes (it refuses three-letter codes and, in lower case, regions). A code is known when Babel (the
Unicode CLDR) has the language, by locale data or by name. So a mistyped code ('arb' for 'ar') is an error
that says what was meant, not a new language for which every file would be asked; a language known only by
a three-letter code (Dari, prs) or a region (pt-br) is an error that says it cannot be built yet."""
from __future__ import annotations

import difflib
import functools
import re

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers

SHAPE = re.compile(r"^([a-z]{2,3})(?:-([a-z0-9]{2,8}))?$")
BUILT = re.compile(r"^[a-z]{2}(?:-[a-z]{4})?$")  # what mkdocs-static-i18n builds, in Signpost's lower case
# The codes a message gives as examples, and the ones a near miss is matched against first.
EXAMPLES = ("ar", "fr", "hi", "es", "cy", "ur", "so", "ti", "ps")
COMMON = EXAMPLES + ("en", "bn", "pa", "gu", "ta", "pl", "ro", "fa", "ku", "tr", "pt", "lt", "zh",
                     "am", "sq", "ne", "it", "de", "ru", "uk", "sw", "yo", "ig", "ga", "gd")
WHAT_A_CODE_IS = (f"expected a two-letter language code in lower case, such as {', '.join(EXAMPLES[:-1])} "
                  f"or {EXAMPLES[-1]}, with a script after a hyphen where it matters (zh-hant)")
# CLDR's codes for no language in particular: undetermined, several, uncoded, no linguistic content.
_NOT_A_LANGUAGE = {"und", "mul", "mis", "zxx"}
_SUGGESTION_CUTOFF = 0.8  # difflib's similarity ratio: 'arb' -> 'ar' is 0.8


@functools.cache
def _languages() -> frozenset[str]:
    named = Locale("en").languages
    codes = {code for code in (*locale_identifiers(), *named) if re.fullmatch(r"[a-z]{2,3}", code)}
    return frozenset(codes - _NOT_A_LANGUAGE)


@functools.cache
def _subtags() -> frozenset[str]:
    english = Locale("en")
    return frozenset(code.lower() for code in (*english.territories, *english.scripts))


@functools.cache
def _by_name() -> dict[str, str]:
    # A language's name, in English and in itself, in lower case -> its code: a team may write the name.
    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if is_language_code(code):
            names.setdefault(name.lower(), code)
    for code in sorted(set(names.values())):
        try:
            own = Locale.parse(code).get_language_name(code)
        except (ValueError, LookupError, UnknownLocaleError):
            continue
        if own:
            names.setdefault(own.lower(), code)
    return names


def is_language_code(code: str) -> bool:
    """True for the two-letter code of a language Babel knows, with a known script if any: a language the
    site can be built in."""
    return isinstance(code, str) and bool(BUILT.match(code)) and _known(code)


def _known(code: str) -> bool:
    # A language Babel knows, by any code, with a known region or script if any.
    match = SHAPE.match(code)
    return bool(match) and match.group(1) in _languages() and (match.group(2) is None or match.group(2) in _subtags())


def suggestion(code: str) -> str | None:
    """The known code `code` was most likely meant to be: the code in lower case, the code of a language
    named in English or in itself ('English' -> 'en', 'français' -> 'fr'), its language without a
    region ('pt_BR' -> 'pt'), CLDR's replacement of an ISO 639-2/3 code ('arb', 'urd', 'tir' -> 'ar', 'ur',
    'ti'), or a near miss."""
    lowered = str(code).strip().lower().replace("_", "-")
    if lowered != code and is_language_code(lowered):
        return lowered
    if str(code).strip().lower() in _by_name():  # its name ('English', 'Arabic', 'français')
        return _by_name()[str(code).strip().lower()]
    if "-" in lowered and is_language_code(lowered.split("-")[0]):
        return lowered.split("-")[0]  # (a region the site cannot be built in: its language)
    replacement = get_global("language_aliases").get(lowered.split("-")[0])
    if isinstance(replacement, str):
        replacement = replacement.split("_")[0].lower()
        if is_language_code(replacement) and replacement != lowered:
            return replacement
    for candidates in (COMMON, sorted(_languages())):
        close = difflib.get_close_matches(lowered, candidates, n=1, cutoff=_SUGGESTION_CUTOFF)
        if close:
            return close[0]
    return None


def language_code_problem(code: object) -> str | None:
    """What is wrong with `code` as a language code, in a sentence; None when it is one."""
    if isinstance(code, str) and is_language_code(code):
        return None
    if isinstance(code, str) and _known(code):
        instead = code.split("-")[0] if is_language_code(code.split("-")[0]) else None
        return (f"{english_name(code) or code} ({code!r}) cannot be built yet: each language of the site is built by "
                "mkdocs-static-i18n, which takes a two-letter code (ISO 639-1), with a script after a hyphen where it "
                "matters (zh-hant)" + (f"; use {instead!r}" if instead else ""))
    meant = suggestion(str(code))
    return (f"unknown language {str(code)!r}" + (f" (did you mean {meant!r}?)" if meant else "")
            + f"; {WHAT_A_CODE_IS}")


def check_language_code(code: str) -> str:
    """A pydantic validator: `code` when it is a known language code, else ValueError saying why."""
    problem = language_code_problem(code)
    if problem:
        raise ValueError(problem)
    return code


def english_name(code: str) -> str | None:
    """The language's name in English ('ur' -> 'Urdu'), None when unknown."""
    match = SHAPE.match(code)
    return Locale("en").languages.get(match.group(1)) if match else None


@functools.lru_cache(maxsize=None)
def babel_locale(code: str) -> Locale:
    """The Babel locale that dates, numbers and lists in `code` are written by: British English for 'en',
    'zh_Hant' for 'zh-hant'; British English for a language Babel names but has no locale data for, as
    its other texts fall back to the default language's."""
    try:
        return Locale.parse("en_GB" if code == "en" else code.replace("-", "_"))
    except (ValueError, LookupError, UnknownLocaleError):
        return Locale.parse("en_GB")
