from signpost.coverage import translation_coverage, untranslated_site_texts
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
