"""signpost/checks/fields_in_text.py: a field indented into the text above it is a warning on its line."""
from signpost.load import load_portal

from conftest import edit


def test_a_field_indented_into_a_description_is_a_warning_naming_its_line_and_field(content):
    # The file stays valid YAML: without the warning, the page shows "cost: free" inside the description.
    service = content / "services/food-bank.yml"
    edit(service, "cost: free\n", "")
    edit(service, "  Parcels of food, **every week**.\n", "  Parcels of food, **every week**.\n  cost: free\n")
    warnings = [warning for warning in load_portal(content).warnings if "indented into" in str(warning)]
    assert [(warning.file, warning.line, warning.field) for warning in warnings] == [("content/services/food-bank.yml", 6, "description")]
    assert "'cost: free' is indented into description's text, so it is published as text and cost is not set" in str(warnings[0])


def test_text_that_holds_a_colon_or_names_a_field_the_file_sets_is_no_warning(content):
    service = content / "services/food-bank.yml"
    edit(service, "  Parcels of food, **every week**.\n", "  Parcels of food, **every week**.\n  Note: bring a bag.\n  cost: see below\n")
    assert not [warning for warning in load_portal(content).warnings if "indented into" in str(warning)]
