from signpost.rendering.page_file import localized_path, relative_url, url_of


def test_a_translation_takes_the_language_suffix():
    assert localized_path("services/food-bank.md", "ar", "en") == "services/food-bank.ar.md"
    assert localized_path("services/food-bank.md", "en", "en") == "services/food-bank.md"


def test_pages_land_on_directory_urls():
    assert url_of("services/index.md") == "services/"
    assert url_of("services/food-bank.md") == "services/food-bank/"
    assert url_of("contact.md") == "contact/"


def test_links_between_pages_are_relative_so_every_language_folder_works():
    assert relative_url("services/food-bank.md", "needs/food.md") == "../../needs/food/"
    assert relative_url("services/index.md", "services/food-bank.md") == "food-bank/"
    assert relative_url("services/food-bank.md", "services/index.md") == "../"
    assert relative_url("contact.md", "contact.md") == "./"
