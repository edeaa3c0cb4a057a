from signpost.coverage import translation_coverage
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
