"""A section with nothing in it (no stories, no pathways, news all dated after the build) is not built:
no page in any language, so nothing in the sitemap or the search index, no menu entry and no link to it.
It comes back with its first item. Built as a team builds, from the fixture portal in one language and two."""
from __future__ import annotations

import gzip
import json
import re
import shutil

import pytest

from signpost.search.pagefind import BUNDLE
from sites import build, fixture_project

from conftest import edit, write

EMPTY = ("stories/", "pathways/", "news/")


def indexed_urls(site) -> set[str]:
    urls = set()
    for path in (site / BUNDLE / "fragment").glob("*.pf_fragment"):
        urls.add(json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["url"])
    return urls


def links_to(site, section: str) -> list[str]:
    """Built pages holding a link to `section`'s listing (`href="../stories/"`, `href="/ar/stories/"`, ...)."""
    pattern = re.compile(rf'href="[^"#]*(?<![\w-]){re.escape(section)}(?:index\.html)?["#]')
    return [str(page.relative_to(site)) for page in site.rglob("*.html") if pattern.search(page.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module", params=[["en"], ["en", "ar"]], ids=["one-language", "two-languages"])
def emptied(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("empty")
    project = fixture_project(tmp)
    content = project / "content"
    shutil.rmtree(content / "stories")
    shutil.rmtree(content / "pathways")
    # The news item is dated after the build: until its day there is no news to list.
    write(content / "news/next-year.yml", "title: Not yet\ndate: 2099-01-01\nsummary: Later.\nbody: Later.\n")
    edit(content / "site.yml", "languages: [en, ar, fr, hi, es]", f"languages: [{', '.join(request.param)}]")
    result = build(project)
    assert result.result.returncode == 0, result.output
    assert "0 broken links" in result.output, result.output
    yield request.param, result
    shutil.rmtree(tmp, ignore_errors=True)


def test_an_empty_section_has_no_page_in_any_language(emptied):
    languages, result = emptied
    roots = [""] + [f"{lang}/" for lang in languages[1:]]
    for root in roots:
        for section in EMPTY:
            assert not (result.site / root / section).exists(), root + section
        assert (result.site / root / "get-referred" / "index.html").exists()  # built with no pathways too
        assert (result.site / root / "services" / "index.html").exists()


def test_an_empty_section_is_not_in_the_sitemap_nor_the_search_index(emptied):
    languages, result = emptied
    sitemap = (result.site / "sitemap.xml").read_text(encoding="utf-8")
    indexed = indexed_urls(result.site)
    assert "/services/" in indexed
    for section in EMPTY:
        assert f"/{section}<" not in sitemap, section
        assert not [url for url in indexed if f"/{section}" in url], section


def test_no_page_links_to_an_empty_section(emptied):
    _, result = emptied
    for section in EMPTY:
        assert links_to(result.site, section) == [], section
    assert links_to(result.site, "services/")  # (the check finds the links that are there)
