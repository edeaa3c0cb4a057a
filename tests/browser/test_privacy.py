"""No page asks a third party for anything, and no page sets a cookie or keeps anything else in the
browser (PECR covers local and session storage as it does cookies)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .support import LANGUAGES, pages_in, serve, tour

LOCAL_SCHEMES = ("data", "blob", "about")


def elsewhere(address: str, site_url: str) -> bool:
    asked, site = urlsplit(address), urlsplit(site_url)
    if asked.scheme in LOCAL_SCHEMES:
        return False
    return (asked.scheme, asked.hostname, asked.port) != (site.scheme, "127.0.0.1", site.port)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_request_nothing_from_another_host(lang, visits, site_url):
    checked = [visits[url] for url in pages_in(list(visits), lang)]
    assert checked
    assert all(visit.status == (404 if visit.url == "no-such-page/" else 200) for visit in checked), \
        [(visit.url, visit.status) for visit in checked]
    found = [f"/{visit.url} requested {address}" for visit in checked
             for address in visit.requests if elsewhere(address, site_url)]
    assert not found, "requests to other hosts:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_set_no_cookie_and_store_nothing(lang, visits):
    found = []
    for url in pages_in(list(visits), lang):
        visit = visits[url]
        if visit.cookies or visit.document_cookie:
            found.append(f"/{url}: cookies {visit.cookies} {visit.document_cookie!r}")
        if visit.storage:
            found.append(f"/{url}: local or session storage {visit.storage}")
    assert not found, "\n".join(found)


def test_the_tour_records_what_a_leaky_page_does(browser, tmp_path):
    # The checks above are only as good as the recording: a page that leaks must show up in it.
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>Leaky</title></head><body>'
        '<img src="http://127.0.0.2:9/pixel.png" alt="">'
        '<script>document.cookie = "seen=1"; sessionStorage.setItem("seen", "1")</script></body></html>',
        encoding="utf-8")
    with serve(tmp_path) as url:
        visit = tour(browser, url, [""])[""]
    assert [address for address in visit.requests if elsewhere(address, url)] == ["http://127.0.0.2:9/pixel.png"]
    assert visit.document_cookie == "seen=1" and visit.cookies and visit.storage == ["seen"]
