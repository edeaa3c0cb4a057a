"""signpost/validation.py: pydantic's errors as an editor's messages. A list written as one value says how
to write it as a list, with what was written in it, for every list field."""
import pytest

from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import edit


def only_error(content):
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    [error] = raised.value.errors
    return error


@pytest.mark.parametrize("old, new, field, message", [
    ("areas: [north]", "areas: north", "areas", "expected a list, such as areas: [north], found 'north'"),
    ("needs: [food]", "needs: food", "needs", "expected a list, such as needs: [food], found 'food'"),
    ("languages: [en, ar]", "languages: en, ar", "languages", "expected a list, such as languages: [en, ar], found 'en, ar'"),
])
def test_a_single_value_where_a_list_is_expected_says_how_to_write_the_list(content, old, new, field, message):
    edit(content / "services/food-bank.yml", old, new)
    error = only_error(content)
    assert (error.file, error.field, error.message) == ("content/services/food-bank.yml", field, message)


def test_a_list_where_text_is_expected_says_text_and_shows_the_list_as_written(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", "summary: [Free, food parcels]")
    error = only_error(content)
    assert (error.field, error.message) == ("summary", "expected text, found a list [Free, food parcels]")


def test_a_single_item_where_a_list_of_items_is_expected_says_to_start_it_with_a_dash(content):
    edit(content / "services/food-bank.yml", "schedule:\n  - days:", "schedule:\n    days:")
    error = only_error(content)
    assert error.field == "schedule"
    assert error.message.startswith("expected a list of items, each starting with '- ' on its own line under schedule:, "
                                    "found a single item {"), error.message


@pytest.mark.parametrize("old, new, field, message", [
    # A field that takes an id or a list of ids: one message, about what was written (not pydantic's
    # 'cost.constrained-str' and 'cost.list[constrained-str]'), with the id it may have meant.
    ("cost: free", "cost: Free", "cost", "expected an id in lower case with hyphens, such as 'free', found 'Free'"),
    ("cost: free", "cost: [free, Low Cost]", "cost[1]",
     "expected an id in lower case with hyphens, such as 'low-cost', found 'Low Cost'"),
    ("organisation: fixture-trust", "organisation: Fixture Trust", "organisation",
     "expected an id in lower case with hyphens, such as 'fixture-trust', found 'Fixture Trust'"),
])
def test_a_value_that_is_not_an_id_says_which_id_it_may_have_meant(content, old, new, field, message):
    edit(content / "services/food-bank.yml", old, new)
    error = only_error(content)
    assert (error.file, error.field, error.message) == ("content/services/food-bank.yml", field, message)


def test_an_address_written_on_one_line_where_a_list_of_places_is_expected_says_what_each_place_gives(content):
    edit(content / "services/food-bank.yml", "locations:\n  - name: Fixture Hall\n    address: 2 Test Street, Fixture Town\n    postcode: RV9 1AB\n",
         "locations: Brookside Hall, 22 Brook Road, Fixture Town RV9 1AB\n")
    error = only_error(content)
    assert (error.field, error.message) == (
        "locations", "expected a list of items under locations:, each starting with '- ' on its own line and giving "
                     "address: and postcode: (name: optional), found 'Brookside Hall, 22 Brook Road, Fixture Town RV9 1AB'")


def test_a_misspelt_required_field_is_one_error_at_the_misspelling_naming_both(content):
    # `sumary:` is both an unknown field and a missing `summary`: one mistake, one error, at line 3.
    edit(content / "services/food-bank.yml", "summary: Free", "sumary: Free")
    error = only_error(content)
    assert (error.file, error.line, error.field) == ("content/services/food-bank.yml", 3, "sumary")
    assert error.message.startswith("unknown field 'sumary' (did you mean 'summary'? summary is required, and missing); "
                                    "expected one of: "), error.message


def test_an_unknown_field_beside_a_missing_one_it_does_not_resemble_gives_both_errors(content):
    edit(content / "services/food-bank.yml", "summary: Free", "colour: Free")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    assert sorted((error.field, error.message.split(";")[0]) for error in raised.value.errors) == [
        ("colour", "unknown field 'colour'"), ("summary", "required field is missing")]


def test_a_misspelt_field_that_is_given_under_its_own_name_too_is_not_called_missing(content):
    edit(content / "services/food-bank.yml", "summary: Free", "summary: Free\nsumary: Free")
    error = only_error(content)
    assert error.message.startswith("unknown field 'sumary' (did you mean 'summary'?); expected one of: "), error.message


@pytest.mark.parametrize("value, message", [
    ("-3", "expected a number of at least 1, found -3"),
    ("60", "expected a number of at most 52, found 60"),
])
def test_a_number_out_of_its_range_says_the_range_in_words_and_shows_the_number_as_written(content, value, message):
    edit(content / "site.yml", "review_limit_months:", f"referral_weeks: {value}\nreview_limit_months:")
    error = only_error(content)
    assert (error.file, error.field, error.message) == ("content/site.yml", "referral_weeks", message)


def test_text_of_only_spaces_is_shown_as_empty_text(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", 'summary: "   "')
    error = only_error(content)
    assert (error.field, error.message) == ("summary", "expected at least 1 character, found empty text")


def test_a_single_unknown_id_where_a_list_is_expected_is_told_both_in_one_report(content):
    edit(content / "services/food-bank.yml", "needs: [food]", "needs: fod")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    assert [(error.field, error.message) for error in raised.value.errors] == [
        ("needs", "expected a list, such as needs: [fod], found 'fod'"),
        ("needs", "unknown need 'fod' (did you mean 'food'?); expected one of: food, housing"),
    ]
