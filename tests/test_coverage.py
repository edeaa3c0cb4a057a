import re

import yaml

from conftest import write
from signpost.coverage import page_coverage, translation_coverage, untranslated, untranslated_site_texts
from signpost.load import load_portal


def test_counts_translated_fields_and_strings_per_language(content):
    portal = load_portal(content)
    coverage = translation_coverage(portal)
    assert set(coverage) == {"ar", "fr", "hi", "es"}
    ar_done, ar_total = coverage["ar"]
    fr_done, fr_total = coverage["fr"]
    assert ar_total == fr_total
    # The fixture translates the site name, a service name and a need's label and summary into Arabic only.
    assert ar_done - fr_done == 4


def test_a_begun_site_translation_is_asked_only_for_texts_site_yml_has(content):
    """The fixture's site.yml has a tagline and opening hours, and no area_name nor impact figures: a
    site.ar.yml that translates the name only is asked for those two, not for texts nobody wrote."""
    [report] = untranslated_site_texts(load_portal(content))
    assert report.startswith("ar (Arabic): content/site.ar.yml leaves tagline, opening_hours untranslated;"), report


def test_a_field_the_default_language_left_empty_is_not_asked_for(content):
    # The fixture's pathway has no `include:` and its site.yml no `impact:` (both lists, empty by default):
    # nothing there to translate.
    lines = untranslated(load_portal(content), "ar")
    assert any(line.startswith("content/pathways/self-referral.ar.yml: title, ") for line in lines), lines
    assert [line for line in lines if re.search(r"\b(include|impact)\b", line)] == []


def test_a_leaflet_is_listed_and_counted_until_it_is_translated(content):
    write(content / "leaflets/guide.yml", "title: Guide\naudience: resident\nintro: Call us for help.\n"
                                          "pathways: [self-referral]\nreviewed: 2026-01-15\n")
    portal = load_portal(content)
    assert "content/leaflets/guide.ar.yml: title, intro" in untranslated(portal, "ar")
    done, total = translation_coverage(portal)["ar"]
    write(content / "leaflets/guide.ar.yml", "title: دليل\nintro: اتصل بنا للمساعدة.\n")
    portal = load_portal(content)
    assert [line for line in untranslated(portal, "ar") if "leaflets" in line] == []
    assert translation_coverage(portal)["ar"] == (done + 2, total)


def test_hand_written_pages_are_counted_as_translated_once_their_own_page_in_the_language_exists(content):
    pages = sorted(path for path in (content.parent / "docs").rglob("*.md") if "." not in path.stem)
    done, total = page_coverage(load_portal(content), "ar")
    assert total == len(pages) > 0 and done < total
    write(pages[0].with_name(f"{pages[0].stem}.ar.md"), "# صفحة\n")
    assert page_coverage(load_portal(content), "ar") == (done + 1, total)


def test_every_interface_string_and_list_label_left_is_listed_by_the_file_to_write(content):
    # The warnings name the first few keys; the list of what is left names every one, in its own file.
    strings = content / "strings/forms.ar.yml"
    english = yaml.safe_load((content / "strings/forms.en.yml").read_text(encoding="utf-8"))
    arabic = yaml.safe_load(strings.read_text(encoding="utf-8"))
    removed = list(english)[:10]
    write(strings, yaml.safe_dump({key: text for key, text in arabic.items() if key not in removed}, allow_unicode=True))
    write(content / "lists/costs.yml", "free:\n  en: Free\n  ar: مجاني\nlow-cost:\n  en: Low cost\npaid:\n  en: Paid\n")
    lines = untranslated(load_portal(content), "ar")
    assert f"content/strings/forms.ar.yml: {', '.join(removed)}" in lines, lines
    assert "content/lists/costs.ar.yml: low-cost, paid" in lines, lines
