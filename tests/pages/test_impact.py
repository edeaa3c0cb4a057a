"""Impact figures: values and dates once in site.yml, an overlay gives only each figure's label (in
site.yml's order), numbers written as the reader's language writes them, and a mismatched overlay is
an error naming the file, the line and both counts."""
import pytest

from signpost.numbers import localised_number
from signpost.pages.blocks import fill_page

from conftest import write
from .kinds import errors_of, portal_of

FIGURES = """impact:
  - value: "3,000"
    label: residents supported
    as_of: 2026-09-30
  - value: "92%"
    label: felt less alone
    as_of: 2026-09-30
"""


def with_figures(content, french_labels):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + FIGURES, encoding="utf-8")
    write(content / "site.fr.yml", f"name: Prescription sociale\nimpact:\n{french_labels}")


def test_an_overlay_gives_only_the_labels_and_the_figures_keep_their_values_and_dates(content):
    with_figures(content, "  - habitants accompagnés\n  - se sentent moins seuls\n")
    portal = portal_of(content)
    french = fill_page(portal, "fr", "index.md", "{{ blocks.impact }}\n")
    assert french.index("3\u202f000") < french.index("habitants accompagnés") < french.index("92\xa0%") \
        < french.index("se sentent moins seuls")
    assert "30 septembre 2026" in french and "residents supported" not in french
    english = fill_page(portal, "en", "index.md", "{{ blocks.impact }}\n")
    assert "3,000" in english and "residents supported" in english and "92%" in english
    # The block brings its heading, as the latest news and quotes do, in the reader's language.
    assert english.count("<h2") == 1 and '<h2 id="sp-impact">Our impact</h2>' in english
    assert french.count("<h2") == 1


def test_a_language_without_labels_shows_the_default_ones_marked_as_such(content):
    with_figures(content, "  - habitants accompagnés\n  - se sentent moins seuls\n")
    spanish = fill_page(portal_of(content), "es", "index.md", "{{ blocks.impact }}\n")
    assert '<span lang="en" dir="ltr">residents supported</span>' in spanish and "3.000" in spanish


@pytest.mark.parametrize("labels, found", [("  - habitants accompagnés\n", 1),
                                           ("  - a\n  - b\n  - c\n", 3)])
def test_an_overlay_with_another_number_of_labels_is_an_error(content, labels, found):
    with_figures(content, labels)
    [error] = errors_of(content)
    assert (error.file, error.line, error.field) == ("content/site.fr.yml", 2, "impact")
    assert "each of the 2 impact figures" in error.message and f"found {found}" in error.message


def test_an_overlay_repeating_whole_figures_is_an_error_that_says_labels_only(content):
    with_figures(content, '  - value: "3 000"\n    label: habitants\n    as_of: 2026-09-30\n  - b\n')
    [error] = errors_of(content)
    assert error.file == "content/site.fr.yml" and error.field == "impact" and "found whole figures" in error.message, error.message


@pytest.mark.parametrize("value, lang, shown", [
    ("3,000", "fr", "3\u202f000"), ("3,000", "es", "3.000"), ("125000", "hi", "1,25,000"), ("12.5%", "fr", "12,5\xa0%"),
    ("3,000", "en", "3,000"), ("over 3,000", "fr", "over 3,000"), ("£1.2m", "es", "£1.2m"), ("3,00", "fr", "3,00"),
])
def test_plain_numbers_follow_the_language_and_other_values_stay_as_written(value, lang, shown):
    assert localised_number(value, lang) == shown
