import pytest

from signpost.checks.pii import check_pii, find_pii
from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import write

STORY = "content/stories/a-fresh-start.yml"
HEAD = """\
title: A fresh start
pseudonym: Alex
name_changed: true
consent:
  given: 2026-06-01
  scope: [web, print]
  review: 2027-06-01
needs: [food]
services: [food-bank]
reviewed: 2026-10-01
"""  # ten lines: the text fields under test start on line 11


def story(content, text, name="a-fresh-start.yml"):
    write(content / "stories" / name, text)
    return pii_errors(content)


def pii_errors(content):
    """What loading reports: the PII lint runs as part of it and stops the build."""
    try:
        portal = load_portal(content)
    except ContentErrors as raised:
        return raised.errors
    return check_pii(portal)


def where(errors):
    return [(e.file, e.line, e.field) for e in errors]


# find_pii, on its own

@pytest.mark.parametrize("text, kind, match", [
    ("NHS number 943 476 5919.", "NHS number", "943 476 5919"),
    ("nhs no 9434765919", "NHS number", "9434765919"),
    ("ref 943-476-5919", "NHS number", "943-476-5919"),
    ("400 000 0020", "NHS number", "400 000 0020"),  # 11 - remainder 0 = 11, read as check digit 0
    ("call 07700 900123 today", "UK phone number", "07700 900123"),
    ("07700900123", "UK phone number", "07700900123"),
    ("07700 900 123", "UK phone number", "07700 900 123"),
    ("+44 7700 900123", "UK phone number", "+44 7700 900123"),
    ("ring 020 7946 0123.", "UK phone number", "020 7946 0123"),
    ("(020) 7946 0123", "UK phone number", "(020) 7946 0123"),
    ("+44 20 7946 0123", "UK phone number", "+44 20 7946 0123"),
    ("+44 (0)20 7946 0123", "UK phone number", "+44 (0)20 7946 0123"),
    ("+442079460123", "UK phone number", "+442079460123"),
    ("0161 496 0000", "UK phone number", "0161 496 0000"),
    ("01632 960001", "UK phone number", "01632 960001"),
    ("0300-123-4567", "UK phone number", "0300-123-4567"),
    ("freephone 0800 123456", "UK phone number", "0800 123456"),
    ("write to alex.smith@example.org.", "email address", "alex.smith@example.org"),
    ("ALEX+news@mail.example.co.uk", "email address", "ALEX+news@mail.example.co.uk"),
    ("lives near SW1A 1AA now", "UK postcode", "SW1A 1AA"),
    ("sw1a1aa", "UK postcode", "sw1a1aa"),
    ("RV1 2AB", "UK postcode", "RV1 2AB"),
    ("M1 1AE", "UK postcode", "M1 1AE"),
    ("m11ae", "UK postcode", "m11ae"),
    ("EC1A 1BB", "UK postcode", "EC1A 1BB"),
    ("W1A 0AX", "UK postcode", "W1A 0AX"),
    ("B33 8TH", "UK postcode", "B33 8TH"),
    ("born on 12 March 1961", "date of birth", "12 March 1961"),
    ("Born 12th of March, 1961", "date of birth", "12th of March, 1961"),
    ("born March 12, 1961", "date of birth", "March 12, 1961"),
    ("was born in Leeds on 3 Sept 1961", "date of birth", "3 Sept 1961"),
    ("date of birth: 12/03/1961", "date of birth", "12/03/1961"),
    ("DOB 12-03-1961", "date of birth", "12-03-1961"),
    ("dob: 12.03.61", "date of birth", "12.03.61"),
    ("D.O.B. 1961-03-12", "date of birth", "1961-03-12"),
    ("d.o.b. 12/3/1961", "date of birth", "12/3/1961"),
    ("née le 12 mars 1961", "date of birth", "12 mars 1961"),
    ("nació el 12 de marzo de 1961", "date of birth", "12 de marzo de 1961"),
    ("تاريخ الميلاد 12/03/1961", "date of birth", "12/03/1961"),
    ("जन्म 12/03/1961", "date of birth", "12/03/1961"),
])
def test_finds_personal_details(text, kind, match):
    assert find_pii(text) == [(kind, match, text.index(match))]


@pytest.mark.parametrize("text", [
    "NHS number 485 777 3456",  # the check digit should be 7, not 6
    "400 000 0086",  # 11 - remainder 1 = 10: no check digit makes this valid
    "000 000 0000 and 999 999 9999",  # placeholders pass the sum but are no one's number
    "12345 678901",
    "in an emergency ring 999; for advice 111; Samaritans on 116 123",
    "she moved here in 1961 and, by 2024, had 3 children",
    "open 09:30 to 16:00 on 01/02",
    "it cost £1,000,000 over 10 years",
    "meet at 2pm on the 3rd floor, room A4 3rd door, B12 4th on the left",
    "the M25 2am rush",
    "follow @riverside on social media",
    "one of 20 7946 people",
    "born in 1961",
    "first-born child; newborn; stubborn",
    "she joined the walk on 12 March 2024",
    "born and raised in Leeds, she moved on 12 March 2020",
    "Covid-19 changed everything; MP3 player; H2O; A380",
    "SWIM 1AA",  # no digit in the outward code
])
def test_ignores_text_that_is_not_a_personal_detail(text):
    assert find_pii(text) == []


def test_finds_every_detail_in_order_with_its_offset():
    text = "Alex (born 12/03/1961, NHS 943 476 5919) lives at RV1 2AB; call 07700 900123 or alex@example.org."
    assert find_pii(text) == [
        ("date of birth", "12/03/1961", 11),
        ("NHS number", "943 476 5919", 27),
        ("UK postcode", "RV1 2AB", 50),
        ("UK phone number", "07700 900123", 64),
        ("email address", "alex@example.org", 80),
    ]


def test_a_postcode_inside_an_email_address_is_reported_once_as_the_address():
    assert find_pii("sw1a1aa@example.org") == [("email address", "sw1a1aa@example.org", 0)]


def test_finds_numbers_written_in_arabic_indic_digits():
    assert find_pii("اتصل ٠٧٧٠٠ ٩٠٠١٢٣") == [("UK phone number", "٠٧٧٠٠ ٩٠٠١٢٣", 5)]


# check_pii, on a portal's stories

def test_the_fixture_story_holds_no_personal_details(content):
    assert pii_errors(content) == []


def test_a_phone_number_in_a_body_block_is_reported_on_its_own_line(content):
    errors = story(content, HEAD + """\
summary: How a food parcel helped.
body: |
  Alex got a parcel.

  Then Alex rang the team on 07700 900123 for advice.
""")
    assert where(errors) == [(STORY, 15, "body")]
    assert errors[0].message.startswith(
        "looks like a UK phone number: '07700 900123'; stories must not hold personal details")


def test_the_line_counts_blank_lines_at_the_start_of_a_block(content):
    errors = story(content, HEAD + """\
summary: How a food parcel helped.
body: |  # a comment after the block header

  First line.
  Email alex@example.org.
""")
    assert where(errors) == [(STORY, 15, "body")]
    assert "email address: 'alex@example.org'" in errors[0].message


def test_the_line_is_right_in_folded_and_multi_line_plain_text(content):
    body_free = HEAD.replace("title: A fresh start\n", "")  # nine lines
    errors = story(content, body_free + """\
title: A fresh start
  for someone at RV1 2AB
summary: >
  How a food parcel
  helped someone born on
  12 March 1961.
body: Alex got a parcel.
""")
    assert where(errors) == [(STORY, 11, "title"), (STORY, 15, "summary")]
    assert [e.message.split(";")[0] for e in errors] == [
        "looks like a UK postcode: 'RV1 2AB'", "looks like a date of birth: '12 March 1961'"]


def test_quoted_text_is_checked_on_its_line(content):
    text = HEAD.replace("title: A fresh start\n", 'title: "A fresh start, NHS 943 476 5919"\n')
    errors = story(content, text + "summary: 'Parcel for M1 1AE'\nbody: Alex got a parcel.\n")
    assert where(errors) == [(STORY, 1, "title"), (STORY, 11, "summary")]
    assert "an NHS number: '943 476 5919'" in errors[0].message


def test_each_detail_is_a_separate_error(content):
    errors = story(content, HEAD + """\
summary: How a food parcel helped.
body: |
  Call 07700 900123 or 020 7946 0123.
  Alex lives at RV1 2AB.
""")
    assert where(errors) == [(STORY, 13, "body"), (STORY, 13, "body"), (STORY, 14, "body")]
    messages = sorted(error.message for error in errors[:2])
    assert "'020 7946 0123'" in messages[0] and "'07700 900123'" in messages[1]
    assert "UK postcode: 'RV1 2AB'" in errors[2].message


def test_a_translation_is_checked_in_its_own_file_and_lines(content):
    write(content / "stories/a-fresh-start.fr.yml", """\
title: Un nouveau départ
summary: Comment un colis a aidé.
body: |
  Alex a reçu un colis.
  Née le 12/03/1961, elle habite au RV1 2AB.
""")
    errors = pii_errors(content)
    overlay = "content/stories/a-fresh-start.fr.yml"
    assert where(errors) == [(overlay, 5, "body"), (overlay, 5, "body")]
    messages = sorted(error.message for error in errors)
    assert "UK postcode: 'RV1 2AB'" in messages[0]
    assert "date of birth: '12/03/1961'" in messages[1]


def test_the_pseudonym_is_checked_but_not_the_consent_record(content):
    # The page shows the pseudonym; consent dates are not dates of birth, and are not published.
    errors = story(content, HEAD.replace("pseudonym: Alex", "pseudonym: Alex 07700 900123")
                   + "summary: How a food parcel helped.\nbody: Alex got a parcel.\n")
    assert where(errors) == [(STORY, 2, "pseudonym")]


@pytest.mark.parametrize("number", ["020\u00a07946\u00a00123", "020\u202f7946\u202f0123", "020.7946.0123",
                                    "020\u20137946\u20130123", "07700\u00a0900123", "+44\u00a020\u00a07946\u00a00123"])
def test_phone_numbers_with_the_separators_people_paste_are_found(number):
    assert [(kind, match) for kind, match, _ in find_pii(f"Call {number} today.")] == [("UK phone number", number)]


def test_an_nhs_number_with_no_break_spaces_is_found():
    assert find_pii("NHS 943\u00a0476\u00a05919 here")[0][:2] == ("NHS number", "943\u00a0476\u00a05919")


def test_every_language_overlay_is_checked_in_every_published_field(content):
    story(content, HEAD + "summary: How a food parcel helped.\nbody: Alex got a parcel.\n")
    errors = story(content, "title: Un nouveau départ\nsummary: Appelez le 020\u202f7946\u202f0123.\n",
                   name="a-fresh-start.fr.yml")
    assert where(errors) == [("content/stories/a-fresh-start.fr.yml", 2, "summary")]


def test_a_reviewed_exception_allows_exactly_its_text(content):
    errors = story(content, HEAD + """\
summary: The team's number is 020 7946 0123.
body: |
  Alex rang 020 7946 0123, and later 07700 900123.
pii_exceptions:
  - text: 020 7946 0123
    reason: the link worker team's public number, not Alex's
""")
    assert where(errors) == [(STORY, 13, "body")]
    assert "'07700 900123'" in errors[0].message


def test_an_exception_applies_to_the_storys_translations_too(content):
    text = (content / "stories/a-fresh-start.yml").read_text(encoding="utf-8")
    write(content / "stories/a-fresh-start.yml", text + """\
pii_exceptions:
  - text: RV1 2AB
    reason: the food bank's public address
""")
    write(content / "stories/a-fresh-start.es.yml", "summary: En el banco de alimentos, RV1 2AB.\n")
    assert pii_errors(content) == []


def test_an_exception_must_record_its_reason(content):
    write(content / "stories/a-fresh-start.yml", HEAD + """\
summary: How a food parcel helped.
body: Alex got a parcel.
pii_exceptions:
  - text: RV1 2AB
    reason: "  "
  - text: M1 1AE
""")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    errors = sorted(raised.value.errors)
    assert where(errors) == [(STORY, 15, "pii_exceptions[0].reason"), (STORY, 16, "pii_exceptions[1].reason")]
    assert errors[0].message.startswith("expected at least 1 character")
    assert errors[1].message == "required field is missing"
