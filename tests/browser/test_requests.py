"""No page makes a request that fails, and none downloads the sitemap (Material's language switcher
fetched sitemap.xml beside each alternate-language link on every page view)."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit


def _missing(sample_site, site_url: str, url: str) -> bool:
    """Whether a request to the site asks for a file the site does not have."""
    if not url.startswith(site_url):
        return False  # the privacy tests see to other hosts
    path = unquote(urlsplit(url).path).lstrip("/")
    target = sample_site / path
    return not (target.is_file() or (target / "index.html").is_file())


def test_no_page_requests_a_sitemap_or_a_missing_file(visits, sample_site, site_url):
    sitemaps, missing = [], []
    for page, visit in visits.items():
        if page == "no-such-page/":
            continue
        sitemaps += [f"/{page}: {url}" for url in visit.requests if "sitemap" in urlsplit(url).path]
        missing += [f"/{page}: {url}" for url in visit.requests if _missing(sample_site, site_url, url)]
    assert not sitemaps, "\n".join(sitemaps[:20])
    assert not missing, "\n".join(missing[:20])
    assert len(visits) > 20
