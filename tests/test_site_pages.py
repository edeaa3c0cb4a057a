from site_pages import page_type, pages_to_check

from conftest import write


def test_an_items_page_is_typed_by_its_section_and_language():
    assert page_type("ar/services/community-food-bank/") == ("services/*/", "ar")
    assert page_type("services/") == ("services/", "en")
    assert page_type("") == ("", "en")
    assert page_type("hi/privacy/") == ("privacy/", "hi")


def test_takes_one_page_of_each_type_in_each_language(tmp_path, monkeypatch):
    monkeypatch.delenv("SIGNPOST_ALL_PAGES", raising=False)
    for url in ("", "services/", "services/a/", "services/b/", "ar/services/a/", "ar/services/b/", "ar/"):
        write(tmp_path / url / "index.html", "<html></html>")
    assert pages_to_check(tmp_path) == ["", "ar/", "ar/services/a/", "services/", "services/a/"]
    monkeypatch.setenv("SIGNPOST_ALL_PAGES", "1")
    assert len(pages_to_check(tmp_path)) == 7
