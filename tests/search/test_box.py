"""The header search box's links work from any page, in any language folder, on any host path."""
from signpost.load import load_portal
from signpost.search.box import relative, search_box


def test_relative_links_from_pages_at_any_depth():
    assert relative("", "pagefind/pagefind.js") == "pagefind/pagefind.js"
    assert relative("ar/services/food-bank/", "pagefind/pagefind.js") == "../../../pagefind/pagefind.js"
    assert relative("ar/", "ar/services/") == "services/"
    assert relative("services/", "services/") == "./"
    assert relative("ar/services/food-bank/", "") == "../../../"
    assert relative("404.html", "pagefind/pagefind.js") == "pagefind/pagefind.js"


def test_the_box_speaks_the_pages_language_and_falls_back_to_the_directory(content):
    portal = load_portal(content)
    box = search_box(portal, "ar", "ar/needs/food/")
    assert box["directory"] == "../../services/"
    assert box["search_label"] == portal.strings["ar"]["search_label"]
    assert box["root"] == "../../../"
