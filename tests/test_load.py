import pytest

from signpost.errors import ContentErrors
from signpost.load import load_portal
from signpost.portal import Localized

from conftest import SELF_REFERRAL_FORM, edit, write


def errors_of(content):
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    return raised.value.errors


def only_error(content):
    errors = errors_of(content)
    assert len(errors) == 1, errors
    return errors[0]


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
    assert "did you mean 'summary'? summary is required, and missing" in unknown.message
    assert [e.field for e in errors] == ["summry"]  # one mistake, one error (test_validation.py)


def test_an_unknown_nested_field_suggests_from_its_own_model(content):
    edit(content / "services/food-bank.yml", "  email: food@example.org", "  emial: food@example.org")
    error = only_error(content)
    assert error.field == "contact.emial"
    assert "did you mean 'email'?" in error.message and error.line == 23


def test_a_field_indented_out_of_its_block_says_where_it_belongs(content):
    edit(content / "services/food-bank.yml", "  email: food@example.org", "email: food@example.org")
    error = only_error(content)
    assert error.field == "email" and error.line == 23
    assert error.message.endswith("'email' belongs under 'contact:': indent it there"), error.message


def test_a_wrong_value_says_what_was_expected_and_what_was_found(content):
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "reviewed: last tuesday")
    error = only_error(content)
    assert (error.field, error.line) == ("reviewed", 24)
    assert "expected a date written YYYY-MM-DD" in error.message and "found 'last tuesday'" in error.message


def test_a_postcode_must_look_like_one(content):
    edit(content / "services/food-bank.yml", "postcode: RV9 1AB", "postcode: rv9")
    error = only_error(content)
    assert error.field == "locations[0].postcode" and error.line == 16
    assert "UK postcode" in error.message and "'rv9'" in error.message


def test_an_unquoted_time_reads_as_written_and_is_checked(content):
    edit(content / "services/food-bank.yml", 'opens: "10:00"', "opens: 25:00")
    error = only_error(content)
    assert error.field == "schedule[0].opens"
    assert error.message == "expected a 24-hour time written HH:MM, such as \"09:30\" or \"17:00\", found '25:00'"


def test_a_time_without_the_hours_leading_zero_is_read_with_it(content):
    edit(content / "services/food-bank.yml", 'opens: "10:00"', 'opens: "9:30"')
    schedule = load_portal(content).services["food-bank"].data.schedule
    assert schedule[0].opens == "09:30"


def test_a_wrong_id_from_a_controlled_list_names_the_valid_ids(content):
    edit(content / "services/food-bank.yml", "needs: [food]", "needs: [fod]")
    error = only_error(content)
    assert (error.field, error.line) == ("needs[0]", 6)
    assert "unknown need 'fod' (did you mean 'food'?); expected one of: food, housing" == error.message


def test_an_entry_of_a_controlled_list_written_by_its_label_names_its_id(content):
    edit(content / "services/food-bank.yml", "languages: [en, ar]", "languages: [english, ar]")
    error = only_error(content)
    assert error.field == "languages[0]" and error.message.startswith("unknown language 'english' (did you mean 'en'?)")


def test_a_gp_practice_in_areas_says_what_it_is_and_names_the_neighbourhood_that_holds_it(content):
    edit(content / "services/food-bank.yml", "areas: [north]", "areas: [oak-surgery]")
    error = only_error(content)
    assert error.field == "areas[0]"
    assert error.message == ("unknown neighbourhood 'oak-surgery': it is a GP practice in site.yml, and areas: names "
                             "neighbourhoods (did you mean 'north', which holds it?); expected one of: north")


def test_a_service_must_name_a_known_organisation(content):
    edit(content / "services/housing-help.yml", "organisation: fixture-trust", "organisation: fixture-trusts")
    error = only_error(content)
    assert error.field == "organisation" and "fixture-trust" in error.message


def test_a_story_must_link_existing_services(content):
    edit(content / "stories/a-fresh-start.yml", "services: [food-bank]", "services: [food-banks]")
    error = only_error(content)
    assert error.file.endswith("stories/a-fresh-start.yml") and error.field == "services[0]"


def test_a_link_worker_covers_places_that_exist_at_their_level(content):
    edit(content / "team/sam-lee.yml", "practices: [oak-surgery]", "practices: [oak-surgery]\npcns: [north]")
    error = only_error(content)
    assert (error.field, error.line) == ("pcns[0]", 6)
    assert "unknown Primary Care Network 'north'" in error.message and "north-pcn" in error.message


def test_whole_area_and_a_list_of_places_cannot_both_be_given(content):
    edit(content / "team/sam-lee.yml", "practices: [oak-surgery]", "practices: [oak-surgery]\nwhole_area: true")
    error = only_error(content)
    assert error.field == "whole_area" and "found both" in error.message


def test_site_areas_have_one_top_level(content):
    edit(content / "site.yml", "neighbourhoods:", "pcns:\n  - id: west-pcn\n    name: West PCN\nneighbourhoods:")
    error = only_error(content)
    assert error.field == "pcns" and "one top level" in error.message


def test_every_place_of_a_level_holds_the_same_kind_of_areas(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + "      - id: south-pcn\n        name: South PCN\n",
                    encoding="utf-8")
    error = only_error(content)
    assert error.file.endswith("site.yml") and "'south-pcn' holds none" in error.message


def test_a_misspelt_field_in_an_overlay_names_the_field_meant_even_with_two_letters_swapped(content):
    write(content / "services/food-bank.ar.yml", "nmae: بنك الطعام\n")
    error = only_error(content)
    assert error.file.endswith("food-bank.ar.yml") and error.field == "nmae"
    assert "(did you mean 'name'?)" in error.message


def test_an_overlay_may_not_hold_a_field_that_is_not_translatable(content):
    write(content / "services/food-bank.fr.yml", "name: Banque alimentaire\ncost: paid\n")
    error = only_error(content)
    assert error.file.endswith("food-bank.fr.yml") and (error.field, error.line) == ("cost", 2)
    assert "not translatable" in error.message and "summary" in error.message


def test_an_overlay_translating_a_field_the_item_leaves_out_is_an_error_not_dropped(content):
    # Shown in no language otherwise: the page reads the field from the item and its translation beside it.
    write(content / "services/food-bank.fr.yml", "name: Banque alimentaire\ncost_details: Gratuit le mardi.\n")
    error = only_error(content)
    assert error.file.endswith("food-bank.fr.yml") and (error.field, error.line) == ("cost_details", 2)
    assert "add 'cost_details:' to content/services/food-bank.yml" in error.message


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


def test_a_list_label_missing_in_a_language_is_one_warning_a_file_and_language_not_an_error(content):
    write(content / "lists/costs.yml", "free: {en: Free, ar: مجاني}\nlow-cost: {en: Low cost}\n")
    portal = load_portal(content)
    notes = [str(warning) for warning in portal.warnings if warning.file == "content/lists/costs.yml"]
    assert len(notes) == 4, notes  # ar, fr, hi, es: each names the ids and the file to add them to
    assert any("2 labels with no 'fr' text: free, low-cost; add a line 'fr: ...'" in note for note in notes), notes
    assert any("1 label with no 'ar' text: low-cost;" in note for note in notes), notes
    assert portal.label_text("costs", "free", "fr") == Localized("Free", "en", fallback=True)
    assert portal.label_text("costs", "free", "ar") == Localized("مجاني", "ar")


def test_a_language_may_keep_its_list_labels_in_a_file_of_its_own_an_empty_one_untranslated(content):
    """lists/costs.fr.yml, as `signpost new-language fr` writes it: `id: label`, an empty id not translated yet."""
    write(content / "lists/costs.yml", "free: {en: Free, ar: مجاني}\nlow-cost: {en: Low cost}\n")
    write(content / "lists/costs.fr.yml", "free: Gratuit  # Free\nlow-cost:  # Low cost\n")
    portal = load_portal(content)
    assert portal.label_text("costs", "free", "fr") == Localized("Gratuit", "fr")
    assert portal.label_text("costs", "low-cost", "fr") == Localized("Low cost", "en", fallback=True)
    notes = [str(warning) for warning in portal.warnings if "'fr' text" in warning.message]
    assert notes == ["content/lists/costs.fr.yml:2: 1 label with no 'fr' text: low-cost; fill in each in this file. "
                     "Until then 'fr' readers see the en label, marked as en"], notes


def test_a_label_in_both_places_or_for_an_unknown_id_is_an_error(content):
    write(content / "lists/costs.yml", "free: {en: Free, fr: Gratuit}\nlow-cost: {en: Low cost}\n")
    write(content / "lists/costs.fr.yml", "free: Libre\nlow-cots: Pas cher\n")
    errors = sorted(str(error) for error in errors_of(content))
    assert errors == [
        "content/lists/costs.fr.yml:1: free: the 'fr' label is also in content/lists/costs.yml:1; keep it in one of the two files",
        "content/lists/costs.fr.yml:2: low-cots: unknown id 'low-cots' (did you mean 'low-cost'?); expected one of: free, "
        "low-cost (the ids of content/lists/costs.yml)",
    ], errors


def test_an_interface_string_left_empty_in_a_translation_is_untranslated_not_an_error(content):
    edit(content / "strings/fr.yml", "\nphone: Téléphone\n", "\nphone:  # Phone\n")
    portal = load_portal(content)
    assert portal.string("phone", "fr").fallback is True


def test_a_list_label_missing_in_the_default_language_is_an_error(content):
    write(content / "lists/costs.yml", "free: {ar: مجاني}\n")
    error = only_error(content)
    assert error.field == "free" and "expected a label in the default language, en" in error.message


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


# An editor's mistakes: located, one report, never a traceback, never against a file that is right

def test_a_control_character_in_a_service_is_located(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", "summary: Free\x0b food parcels.")
    error = only_error(content)
    assert str(error) == ("content/services/food-bank.yml:3:14: the text holds an invisible control character "
                          "U+000B (often pasted from a word processor); delete it or retype the line")


def test_an_alias_in_a_service_is_refused(content):
    edit(content / "services/food-bank.yml", "needs: [food]", "needs: &n [food]\nareas_again: *n")
    error = only_error(content)
    assert error.file == "content/services/food-bank.yml" and "anchor '&n'" in error.message


def test_a_broken_site_file_does_not_stop_other_files_being_read(content):
    edit(content / "site.yml", "name:", "nmae:")
    edit(content / "services/housing-help.yml", "cost: free", "cost: [free")
    write(content / "site.fr.yml", "name: [Portail\n")
    errors = errors_of(content)
    assert {error.file for error in errors} == {"content/site.yml", "content/services/housing-help.yml",
                                                "content/site.fr.yml"}


def test_a_missing_site_file_does_not_stop_other_files_being_read(content):
    (content / "site.yml").unlink()
    (content / "site.ar.yml").unlink()
    edit(content / "services/housing-help.yml", "reviewed: 2026-09-01", "reviewed: 0")
    errors = errors_of(content)
    assert [(error.file, error.field) for error in errors] == [
        ("content/services/housing-help.yml", "reviewed"), ("content/site.yml", "")]


def test_a_broken_pathway_is_not_reported_again_by_the_form_and_leaflet_naming_it(content):
    edit(content / "pathways/self-referral.yml", "title:", "titel:")
    write(content / "forms/self-referral.yml", SELF_REFERRAL_FORM)
    errors = errors_of(content)
    assert {error.file for error in errors} == {"content/pathways/self-referral.yml"}


def test_did_you_mean_only_for_a_close_match(content):
    edit(content / "services/food-bank.yml", "needs: [food]", "needs: [food, loneliness]")
    message = only_error(content).message
    assert message.startswith("unknown need 'loneliness'; expected one of")
    edit(content / "services/food-bank.yml", "needs: [food, loneliness]", "needs: [food, huosing]")
    assert "(did you mean 'housing'?)" in only_error(content).message


def test_a_yaml_file_is_reported_not_skipped(content):
    (content / "services/housing-help.yml").rename(content / "services/housing-help.yaml")
    error = only_error(content)
    assert (error.file, error.line) == ("content/services/housing-help.yaml", 1)
    assert "not read" in error.message and "rename it housing-help.yml" in error.message


def test_a_sub_folder_of_a_content_folder_is_reported_not_skipped(content):
    write(content / "services/archive/old-service.yml", "name: Old\n")
    error = only_error(content)
    assert error.file == "content/services/archive"
    assert "not read" in error.message and "move the files in archive/ up into services/" in error.message


@pytest.mark.parametrize("old, new, field, message", [
    ('closes: "12:00"', 'closes: "09:00"', "schedule[0].closes", "expected a closing time after the opening time (10:00)"),
    ("days: [tue]", "days: [tue, wed, tue]", "schedule[0].days", "expected each day once, found tue more than once"),
    ("reviewed: 2026-10-01", "reviewed: 0", "reviewed", "expected a date written YYYY-MM-DD, such as 2026-10-01"),
    ("reviewed: 2026-10-01", "reviewed: 2026", "reviewed", "expected a date written YYYY-MM-DD, such as 2026-10-01"),
    ("reviewed: 2026-10-01", "reviewed: 01/11/2026", "reviewed", "expected a date written YYYY-MM-DD: write 2026-11-01"),
    ("reviewed: 2026-10-01", "reviewed: 2062-10-01", "reviewed", "found 2062-10-01, which is in the future"),
    ('phone: "020 7946 0901"', 'phone: "020 7946 090"', "contact.phone", "expected a phone number that can be dialled"),
    ("email: food@example.org", "email: food@example", "contact.email", "expected an email address such as"),
    ("email: food@example.org", "email: food@example.org\n  website: https://foodbank", "contact.website",
     "with a host name such as example.org"),
])
def test_impossible_values_are_refused(content, old, new, field, message):
    edit(content / "services/food-bank.yml", old, new)
    error = only_error(content)
    assert (error.file, error.field) == ("content/services/food-bank.yml", field)
    assert message in error.message


def test_a_review_date_in_the_future_is_reported_beside_another_fields_error(content):
    # (the file is refused for its phone number, so it is no item; its date is still checked)
    edit(content / "services/food-bank.yml", 'phone: "020 7946 0901"', 'phone: "020 7946 090"')
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "reviewed: 2062-10-01")
    errors = sorted((error.field, error.message) for error in errors_of(content))
    assert [field for field, _ in errors] == ["contact.phone", "reviewed"]
    assert "found 2062-10-01, which is in the future" in errors[1][1]


def test_a_description_over_its_size_limit_names_the_limit(content):
    edit(content / "services/housing-help.yml", "description: Advice about renting and repairs.",
         "description: " + "Advice. " * 5000)
    error = only_error(content)
    assert (error.line, error.field) == (4, "description")
    assert "the limit for description is 20,000 characters" in error.message


def test_a_summary_over_its_size_limit_names_the_limit(content):
    edit(content / "services/housing-help.yml", "summary: Advice about housing.", "summary: " + "x" * 6000)
    assert "the limit for summary is 5,000 characters" in only_error(content).message


def test_a_translation_that_renames_a_placeholder_is_located(content):
    strings = (content / "strings/fr.yml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(strings, 1) if "{" in text and not text.startswith("#"))
    key = strings[line - 1].split(":", 1)[0]
    name = strings[line - 1].split("{", 1)[1].split("}", 1)[0]
    strings[line - 1] = strings[line - 1].replace("{" + name + "}", "{nom}", 1)
    write(content / "strings/fr.yml", "\n".join(strings) + "\n")
    error = only_error(content)
    assert (error.file, error.line, error.field) == ("content/strings/fr.yml", line, key)
    assert f"expected the placeholders of the en text ({{{name}}}), found {{nom}}" in error.message


def test_a_key_removed_from_the_default_language_is_reported_against_its_file(content):
    path = content / "strings/en.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    removed = next(line for line in lines if line.startswith("phone:"))
    write(path, "\n".join(line for line in lines if line != removed) + "\n")
    error = only_error(content)
    assert (error.file, error.field) == ("content/strings/en.yml", "phone")
    assert "content/strings/fr.yml" in error.message and "add it here, or delete it from them" in error.message


def test_broken_front_matter_in_a_hand_written_page_is_located(content):
    page = content.parent / "docs" / "privacy.md"
    page.write_text("---\ntitle: Privacy: how we use data\n---\n\n# Privacy\n", encoding="utf-8")
    error = only_error(content)
    assert (error.file, error.line) == ("docs/privacy.md", 2) and "put the text in quotes" in error.message


def test_front_matter_that_is_never_closed_is_located(content):
    page = content.parent / "docs" / "privacy.md"
    page.write_text("---\ntitle: Privacy\n\n# Privacy\n", encoding="utf-8")
    error = only_error(content)
    assert (error.file, error.line) == ("docs/privacy.md", 1) and "never closed" in error.message


def test_a_broken_controlled_list_is_not_reported_again_by_the_items_using_it(content):
    write(content / "lists/costs.yml", "free: [en: Free\n")
    errors = errors_of(content)
    assert {error.file for error in errors} == {"content/lists/costs.yml"}


def test_a_site_file_ending_yaml_is_reported(content):
    write(content / "site.yaml", "name: Old\n")
    error = only_error(content)
    assert (error.file, error.line) == ("content/site.yaml", 1) and "rename it site.yml" in error.message


def test_a_broken_default_strings_file_is_the_only_error(content):
    edit(content / "strings/forms.en.yml", ":", ": [", )
    errors = errors_of(content)
    assert {error.file for error in errors} == {"content/strings/forms.en.yml"}


def test_a_mistyped_language_in_site_yml_is_an_error_at_its_line_naming_the_code_meant(content):
    """'arb' for 'ar' is no new language to ask every list file for: it is a mistake, said where it is."""
    edit(content / "site.yml", "languages: [en, ar, fr, hi, es]", "languages: [en, arb]")
    error = only_error(content)
    assert (error.file, error.line, error.field) == ("content/site.yml", 6, "languages[1]")
    assert error.message.startswith(
        "unknown language 'arb' (did you mean 'ar'?); expected a two-letter language code in lower case, "
        "such as ar, fr, hi, es, cy, ur, so, ti or ps"), error.message


def test_a_mistyped_default_language_is_an_error_naming_the_code_meant(content):
    edit(content / "site.yml", "default_language: en", "default_language: eng")
    errors = errors_of(content)
    assert [(e.line, e.field) for e in errors] == [(5, "default_language")], errors
    assert errors[0].message.startswith("unknown language 'eng' (did you mean 'en'?)"), errors


def test_a_language_babel_knows_but_material_does_not_translate_is_taken(content):
    """Welsh, Somali, Tigrinya, Pashto, Amharic: any language a UK team serves is offered, its texts to translate."""
    edit(content / "site.yml", "languages: [en, ar, fr, hi, es]", "languages: [en, cy, so, ti, ps, am]")
    portal = load_portal(content)
    assert portal.languages == ["en", "cy", "so", "ti", "ps", "am"]


def test_a_mistyped_language_in_a_list_or_an_overlay_name_is_an_error_not_a_language_not_built(content):
    edit(content / "lists/costs.yml", "free:\n", "free:\n  arb: مجاني\n")
    write(content / "services/food-bank.urd.yml", "name: x\n")
    errors = sorted(errors_of(content))
    assert [(e.file, e.field) for e in errors] == [("content/lists/costs.yml", "free.arb"),
                                                    ("content/services/food-bank.urd.yml", "")], errors
    assert errors[0].message.startswith("unknown language 'arb' (did you mean 'ar'?)"), errors
    assert errors[1].message.startswith("unknown language 'urd' (did you mean 'ur'?)"), errors


def test_a_misspelt_key_in_a_translation_is_reported_at_its_own_line_with_the_key_meant(content):
    path = content / "strings/fr.yml"
    text = path.read_text(encoding="utf-8")
    assert "\nphone: " in text
    write(path, text.replace("\nphone: ", "\nphnoe: ", 1))
    error = only_error(content)
    line = text.splitlines().index(next(line for line in text.splitlines() if line.startswith("phone: "))) + 1
    assert (error.file, error.line, error.field) == ("content/strings/fr.yml", line, "phnoe")
    assert error.message == ("unknown string 'phnoe' (did you mean 'phone'?): content/strings/en.yml has no 'phnoe' to "
                             "translate; write the key as it is there")


def test_a_misspelt_key_left_empty_in_a_translation_is_a_warning_naming_the_key_meant(content):
    path = content / "strings/fr.yml"
    text = path.read_text(encoding="utf-8")
    write(path, text.replace("\nphone: ", "\nphnoe:\nphone: ", 1))
    portal = load_portal(content)  # not an error: an empty key translates nothing yet
    [warning] = [warning for warning in portal.warnings if warning.field == "phnoe"]
    assert warning.file == "content/strings/fr.yml"
    assert warning.message.startswith("unknown string 'phnoe' (did you mean 'phone'?), left empty")
