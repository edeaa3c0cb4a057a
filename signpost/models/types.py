"""Field types for contact details and dates, validated by what they are rather than how they look.

Each is a pydantic annotated type: use it as a field's annotation (`phone: Phone`). A wrong value
raises ValueError("expected ..."), which the loader reports with file, line and what was found.
"""
from __future__ import annotations

import datetime
import functools
import ipaddress
import re
from typing import Annotated
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import shortnumberinfo
from pydantic import AfterValidator, BeforeValidator

REGION = "GB"  # a number written without +country is a UK number
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UK_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")  # 01/11/2026: day first, as written in the UK
_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")

# Pasted text brings characters nobody sees: zero-width spaces, word joiners, byte-order marks, soft
# hyphens, direction marks. They are never meant in an address or a date, nor at the ends of a text.
# (The zero-width joiner and non-joiner, which shape Hindi and Arabic words, are not among them.)
INVISIBLE = "\u200b\u2060\ufeff\u00ad\u200e\u200f"
_WITHOUT_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_EDGES = re.compile(f"^[\\s{INVISIBLE}]+|[\\s{INVISIBLE}]+$")


def trimmed(value: str) -> str:
    """`value` without whitespace or invisible characters at either end."""
    return _EDGES.sub("", value)


def without_invisible(value: str) -> str:
    """`value` without any of the invisible characters (for addresses and dates, where none is meant)."""
    return value.translate(_WITHOUT_INVISIBLE)


def phone_number(value: str) -> str:
    """A phone number in its national format ('020 7946 0123'); a number from abroad in its
    international format ('+33 1 23 45 67 89'). Short numbers (111, 116 123) are kept as written."""
    try:
        number = phonenumbers.parse(value, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        style = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 44  # also Jersey, Guernsey, Isle of Man
                 else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(number, style)
    if number is not None and not value.lstrip().startswith("+") and shortnumberinfo.is_valid_short_number_for_region(number, REGION):
        return value
    digits = sum(char.isdigit() for char in value)
    letters = sorted({char for char in value if char.isalpha() and char.lower() not in "ext"})
    found = (f"this has the letter{'s' if len(letters) > 1 else ''} {', '.join(repr(char) for char in letters)} "
             "where digits belong") if letters else f"this has {digits} digits"
    raise ValueError(f"expected a phone number that can be dialled, such as '020 7946 0123' "
                     f"(a UK number has 11 digits starting 0, or +44 and 10 more; {found})")


@functools.lru_cache(maxsize=4096)  # parsing a number is slow; the same ones are on every page
def dial_string(phone: str) -> str:
    """What a tel: link dials: '+442079460123' (E.164) for '020 7946 0123', with ';ext=12' for an
    extension (RFC 3966); a short number ('116 123') as its digits."""
    try:
        number = phonenumbers.parse(phone, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        digits = re.sub(r"\D", "", phone)
        return f"+{digits}" if phone.strip().startswith("+") else digits
    extension = f";ext={number.extension}" if number.extension else ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) + extension


def email_address(value: str) -> str:
    """The address as written (less invisible characters), checked for its syntax only (no network:
    the build works offline)."""
    value = without_invisible(value)
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        raise ValueError(f"expected an email address such as 'team@example.org' ({str(error).rstrip('.')})") from None
    return value


def web_address(value: str) -> str:
    """An http or https address with a host name holding a dot (or an IP address, or localhost), and
    no spaces; invisible characters pasted with it (a zero-width space) are dropped."""
    value = without_invisible(value)
    expected = "expected a web address such as 'https://example.org/food-bank'"
    if any(char.isspace() for char in value):
        raise ValueError(f"{expected}, without spaces (write %20 for a space in an address)")
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise ValueError(f"{expected}: this one cannot be read as an address") from None
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"{expected}, starting https:// or http://")
    if host == "localhost" or _is_ip_address(host):  # a receiver run locally, for trying forms out
        return value
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        raise ValueError(f"{expected}, with a host name such as example.org after https://")
    return value


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def iso_date(value: object) -> object:
    """A date written YYYY-MM-DD. YAML's numbers are refused: pydantic reads `0` as 1 January 1970
    and `2026` as seconds after it."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    # A pasted date may hold a non-breaking hyphen or a dash that looks like "-", or an invisible character.
    text = without_invisible(value).translate(_DASHES).strip() if isinstance(value, str) else None
    if text and _ISO_DATE.match(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ValueError("expected a date that exists, written YYYY-MM-DD, such as 2026-10-01") from None
    uk = _UK_DATE.match(text or "")
    if uk:
        day, month, year = (int(part) for part in uk.groups())
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            pass
        else:
            raise ValueError(f"expected a date written YYYY-MM-DD: write {date.isoformat()}")
    raise ValueError("expected a date written YYYY-MM-DD, such as 2026-10-01")


Phone = Annotated[str, AfterValidator(phone_number)]
Email = Annotated[str, AfterValidator(email_address)]
WebAddress = Annotated[str, AfterValidator(web_address)]
Date = Annotated[datetime.date, BeforeValidator(iso_date)]
