"""Figures as the reader's language writes them: "3,000" is "3 000" in French and "3.000" in Spanish; and
counts in the build log and the command line, in English ("1 language", "53 pages")."""
from __future__ import annotations

import re
from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, format_percent

from signpost.language_codes import babel_locale

# A figure written the English way: 3000, 3,000, 12.5, 92% (anything else is shown as written).
_ENGLISH_NUMBER = re.compile(r"^(?P<number>\d{1,3}(,\d{3})+|\d+)(?P<fraction>\.\d+)?(?P<percent>%)?$")


def localised_number(value: str, lang: str) -> str:
    """`value` formatted for `lang` (Babel's locale data) when it is a plain English-written number or
    percentage; any other text ("over 3,000", "£1.2m") unchanged, as the team wrote it."""
    match = _ENGLISH_NUMBER.match(value.strip())
    if not match:
        return value
    number = Decimal(match["number"].replace(",", "") + (match["fraction"] or ""))
    locale = babel_locale(lang)
    if match["percent"]:
        return format_percent(number / 100, locale=locale, decimal_quantization=False)
    return format_decimal(number, locale=locale)


_ENGLISH = Locale.parse("en")


def counted(number: int, one: str, other: str | None = None) -> str:
    """'1 page', '53 pages', '0 broken links': a count with its noun in the form English's plural rule
    (Babel's CLDR data) asks for; `other` where the plural is not `one` + 's' ('1 story', '2 stories')."""
    plural = other or f"{one}s"
    return f"{number} {one if _ENGLISH.plural_form(abs(number)) == 'one' else plural}"
