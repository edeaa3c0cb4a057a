"""Contact details and dates validated by what they are: phonenumbers, email-validator, URL parsing."""
import datetime

import pytest

from signpost.models.types import email_address, iso_date, phone_number, web_address
from signpost.text import tel_href


@pytest.mark.parametrize("written, shown", [
    ("020 7946 0123", "020 7946 0123"),
    ("02079460123", "020 7946 0123"),
    ("+44 20 7946 0123", "020 7946 0123"),
    ("+44 (0)20 7946 0123", "020 7946 0123"),
    ("0300 123 4567", "0300 123 4567"),
    ("07911 123456", "07911 123456"),
    ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),
    ("116 123", "116 123"),  # Samaritans: a short number
    ("111", "111"),
])
def test_a_phone_number_that_can_be_dialled_is_shown_in_national_format(written, shown):
    assert phone_number(written) == shown


@pytest.mark.parametrize("written", ["020 7946 012", "020 7946 01234", "12345", "phone us", "+44 20 7946", "0000 000 0000"])
def test_a_phone_number_with_the_wrong_digits_is_refused(written):
    with pytest.raises(ValueError, match="expected a phone number that can be dialled"):
        phone_number(written)


def test_a_letter_typed_for_a_digit_is_named_rather_than_miscounted():
    with pytest.raises(ValueError, match=r"this has the letter 'O' where digits belong\)$"):
        phone_number("020 7946 O503")
    with pytest.raises(ValueError, match=r"this has 10 digits\)$"):
        phone_number("020 7946 053")


def test_tel_links_hold_the_e164_form():
    assert tel_href(phone_number("+44 (0)20 7946 0123")) == "tel:+442079460123"
    assert tel_href(phone_number("116 123")) == "tel:116123"
    assert tel_href(phone_number("020 7946 0123 ext. 12")) == "tel:+442079460123;ext=12"
    assert tel_href(phone_number("+33 1 42 68 53 00")) == "tel:+33142685300"


@pytest.mark.parametrize("written", ["team@example.org", "first.last+food@riverside.example.org"])
def test_an_email_address_is_kept_as_written(written):
    assert email_address(written) == written


@pytest.mark.parametrize("written", ["team@", "team.example.org", "team@example", "te am@example.org", "team@@example.org"])
def test_an_email_address_with_wrong_syntax_is_refused(written):
    with pytest.raises(ValueError, match="expected an email address such as 'team@example.org'"):
        email_address(written)


@pytest.mark.parametrize("written", ["https://example.org", "http://example.org/food-bank?x=1#y", "https://www.nhs.uk/",
                                     "http://127.0.0.1:8001/f/", "http://localhost:8001/f/"])
def test_a_web_address_with_a_host_is_accepted(written):
    assert web_address(written) == written


@pytest.mark.parametrize("written, reason", [
    ("https://example", "host name"),
    ("https:/example.org", "host name"),
    ("https://", "host name"),
    ("example.org", "https://"),
    ("ftp://example.org", "https://"),
    ("https://example .org", "without spaces"),
    ("https://exa_mple..org", "host name"),
    ("https://1.2.3", "host name"),
    ("https://example.org:port", "cannot be read"),
])
def test_a_web_address_without_a_real_host_is_refused(written, reason):
    with pytest.raises(ValueError, match=reason):
        web_address(written)


def test_a_date_is_read_only_as_yyyy_mm_dd():
    assert iso_date("2026-11-01") == datetime.date(2026, 11, 1)


@pytest.mark.parametrize("written, message", [
    ("01/11/2026", "write 2026-11-01"),
    ("1.11.2026", "write 2026-11-01"),
    ("0", "YYYY-MM-DD, such as"),
    ("2026", "YYYY-MM-DD, such as"),
    ("1767225600", "YYYY-MM-DD, such as"),
    ("2026-02-30", "a date that exists"),
    ("2026-1-5", "YYYY-MM-DD, such as"),
])
def test_other_ways_of_writing_a_date_are_refused_with_the_right_form(written, message):
    with pytest.raises(ValueError, match=message):
        iso_date(written)


def test_invisible_characters_pasted_into_an_address_or_a_date_are_dropped():
    # A zero-width space in a pasted link was published inside the href, a broken link.
    assert web_address("https://example.org/\u200bshed") == "https://example.org/shed"
    assert email_address("hello\u200b@example.org\ufeff") == "hello@example.org"
    # A non-breaking hyphen looks like "-": "expected YYYY-MM-DD, found '2026‑11‑10'" told the editor nothing.
    assert iso_date("2026\u201111\u201110") == iso_date("2026\u221211\u201310") == datetime.date(2026, 11, 10)


def test_a_text_or_an_id_pasted_with_an_invisible_character_at_its_end_is_trimmed_and_joiners_kept():
    from signpost.models.content import Need, Practice
    practice = Practice(id="linden-surgery\u200b", name="Linden Surgery \u200b")
    assert (practice.id, practice.name) == ("linden-surgery", "Linden Surgery")
    need = Need(label="\ufeffLoneliness", summary="Feeling alone.\u2060")
    assert (need.label, need.summary) == ("Loneliness", "Feeling alone.")
    hindi = "क्\u200dष"  # a zero-width joiner shapes the conjunct: it is meant, and kept
    assert Need(label=hindi, summary="s").label == hindi
