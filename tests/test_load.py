import pytest

from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import write


def errors_of(content):
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    return raised.value.errors


def only_error(content):
    errors = errors_of(content)
    assert len(errors) == 1, errors
    return errors[0]


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_loads_the_fixture_portal(content):
    portal = load_portal(content)
    assert sorted(portal.services) == ["food-bank", "housing-help"]
    assert portal.languages == ["en", "ar", "fr", "hi", "es"]
    assert portal.services["food-bank"].overlays["ar"].name == "بنك الطعام التجريبي"


def test_an_unknown_field_suggests_the_field_meant(content):
    edit(content / "services/food-bank.yml", "summary:", "summry:")
    errors = errors_of(content)
    unknown = next(e for e in errors if e.field == "summry")
    assert unknown.file.endswith("content/services/food-bank.yml") and unknown.line == 3
    assert "did you mean 'summary'?" in unknown.message
    missing = next(e for e in errors if e.field == "summary")
    assert missing.message == "required field is missing"


def test_an_unknown_nested_field_suggests_from_its_own_model(content):
    edit(content / "services/food-bank.yml", "  email: food@example.org", "  emial: food@example.org")
    error = only_error(content)
    assert error.field == "contact.emial"
    assert "did you mean 'email'?" in error.message and error.line == 23


def test_a_wrong_value_says_what_was_expected_and_what_was_found(content):
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "reviewed: last tuesday")
    error = only_error(content)
    assert (error.field, error.line) == ("reviewed", 24)
    assert "expected a valid date" in error.message and "found 'last tuesday'" in error.message


def test_a_postcode_must_look_like_one(content):
    edit(content / "services/food-bank.yml", "postcode: RV9 1AB", "postcode: rv9")
    error = only_error(content)
    assert error.field == "locations[0].postcode" and error.line == 16
    assert "UK postcode" in error.message and "'rv9'" in error.message


def test_an_unquoted_time_reads_as_written_and_is_checked(content):
    edit(content / "services/food-bank.yml", 'opens: "10:00"', "opens: 25:00")
    error = only_error(content)
    assert error.field == "schedule[0].opens" and "24-hour time" in error.message


def test_a_wrong_id_from_a_controlled_list_names_the_valid_ids(content):
    edit(content / "services/food-bank.yml", "needs: [food]", "needs: [fod]")
    error = only_error(content)
    assert (error.field, error.line) == ("needs[0]", 6)
    assert "unknown need 'fod' (did you mean 'food'?); expected one of: food, housing" == error.message


def test_a_service_must_name_a_known_organisation(content):
    edit(content / "services/housing-help.yml", "organisation: fixture-trust", "organisation: fixture-trusts")
    error = only_error(content)
    assert error.field == "organisation" and "fixture-trust" in error.message


def test_a_story_must_link_existing_services(content):
    edit(content / "stories/a-fresh-start.yml", "services: [food-bank]", "services: [food-banks]")
    error = only_error(content)
    assert error.file.endswith("stories/a-fresh-start.yml") and error.field == "services[0]"


def test_a_link_worker_practice_must_be_in_their_pcn(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + """\
  - id: south
    name: South Fixture
    pcns:
      - id: south-pcn
        name: South PCN
        practices:
          - id: elm-surgery
            name: Elm Surgery
""", encoding="utf-8")
    edit(content / "team/sam-lee.yml", "practices: [oak-surgery]", "practices: [oak-surgery, elm-surgery]")
    error = only_error(content)
    assert error.field == "practices[1]" and "expected a practice in north-pcn" in error.message


def test_an_overlay_may_not_hold_a_field_that_is_not_translatable(content):
    write(content / "services/food-bank.fr.yml", "name: Banque alimentaire\ncost: paid\n")
    error = only_error(content)
    assert error.file.endswith("food-bank.fr.yml") and (error.field, error.line) == ("cost", 2)
    assert "not translatable" in error.message and "summary" in error.message


def test_text_in_a_language_the_site_does_not_offer_is_kept_and_reported_once_as_not_built(content):
    write(content / "services/food-bank.de.yml", "name: Tafel\n")
    write(content / "needs/food.de.yml", "name: Essen\n")
    write(content / "strings/de.yml", "phone: Telefon\n")
    edit(content / "lists/costs.yml", "free:\n", "free:\n  de: Kostenlos\n")
    portal = load_portal(content)
    notes = [warning for warning in portal.warnings if "'de' is not built" in warning.message]
    assert len(notes) == 1 and "4 files" in notes[0].message, portal.warnings
    assert "de" not in portal.services["food-bank"].overlays and "de" not in portal.strings


def test_an_overlay_whose_suffix_is_no_language_code_is_an_error(content):
    write(content / "services/food-bank.arabic.yml", "name: x\n")
    error = only_error(content)
    assert error.file.endswith("food-bank.arabic.yml") and "unknown language 'arabic'" in error.message


def test_an_overlay_without_its_item_is_an_error(content):
    write(content / "services/soup-kitchen.ar.yml", "name: مطبخ\n")
    error = only_error(content)
    assert "expected soup-kitchen.yml beside it" in error.message


def test_a_file_name_must_be_an_id(content):
    write(content / "services/Food_Bank.yml", (content / "services/food-bank.yml").read_text(encoding="utf-8"))
    error = only_error(content)
    assert "lower case with hyphens" in error.message and "Food_Bank.yml" in error.message


def test_a_controlled_list_needs_a_label_in_every_language(content):
    write(content / "lists/costs.yml", "free: {en: Free, ar: مجاني}\n")
    error = only_error(content)
    assert error.field == "free" and "missing: fr, hi, es" in error.message


def test_a_string_unknown_to_the_default_language_is_an_error(content):
    path = content / "strings/fr.yml"
    write(path, "phon: Téléphone\n")
    error = only_error(content)
    assert error.field == "phon" and "did you mean 'phone'?" in error.message


def test_every_error_of_a_load_is_reported_at_once(content):
    edit(content / "services/food-bank.yml", "cost: free", "cost: gratis")
    edit(content / "services/housing-help.yml", "reviewed: 2026-09-01", "reviewed: soon")
    edit(content / "team/sam-lee.yml", "name: Sam Lee", "name: Sam Lee\nname: Samuel Lee")
    write(content / "needs/food.es.yml", "label: [Comida\n")
    errors = errors_of(content)
    files = {error.file.rsplit("/", 1)[-1] for error in errors}
    assert files == {"food-bank.yml", "housing-help.yml", "sam-lee.yml", "food.es.yml"}
    report = str(ContentErrors(errors))
    assert report.startswith("Signpost found 4 content errors")


def test_a_photo_must_be_an_image_path_inside_docs(content):
    edit(content / "team/sam-lee.yml", "photo: assets/team/sam-lee.svg", "photo: javascript:alert(1)")
    error = only_error(content)
    assert error.field == "photo" and "image path inside docs/" in error.message


def test_a_photo_must_exist(content):
    edit(content / "team/sam-lee.yml", "photo: assets/team/sam-lee.svg", "photo: assets/team/sam.jpg")
    error = only_error(content)
    assert error.field == "photo" and "docs/assets/team/sam.jpg" in error.message


def test_a_photo_needs_alternative_text(content):
    edit(content / "team/sam-lee.yml", "photo_alt: Drawing of a person (placeholder)\n", "")
    error = only_error(content)
    assert error.field == "photo_alt" and "description of the photo" in error.message


def test_strings_may_be_split_by_concern_into_files_per_language(content):
    write(content / "strings/extra.en.yml", "extra_greeting: Hello\n")
    write(content / "strings/extra.fr.yml", "extra_greeting: Bonjour\n")
    portal = load_portal(content)
    assert portal.string("extra_greeting", "fr").text == "Bonjour"
    assert portal.string("extra_greeting", "ar").fallback is True


def test_a_string_set_twice_for_a_language_is_an_error_naming_both_places(content):
    write(content / "strings/extra.en.yml", "phone: Telephone\n")
    error = only_error(content)
    assert error.file.endswith("strings/extra.en.yml") and error.field == "phone"
    assert "already set in content/strings/en.yml:" in error.message
