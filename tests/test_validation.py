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


def test_a_single_item_where_a_list_of_items_is_expected_says_to_start_it_with_a_dash(content):
    edit(content / "services/food-bank.yml", "schedule:\n  - days:", "schedule:\n    days:")
    error = only_error(content)
    assert error.field == "schedule"
    assert error.message.startswith("expected a list of items, each starting with '- ' on its own line under schedule:, "
                                    "found a single item {"), error.message
