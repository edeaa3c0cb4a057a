"""Checks every internal link and anchor of a built site, and lists the external ones (never fetched)."""
from __future__ import annotations

import html
import os
import posixpath
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

_ID = re.compile(r'\sid="([^"]+)"')
_NAME = re.compile(r'<a\s[^>]*\bname="([^"]+)"')
_LINK = re.compile(r'<(a|link|script|img|iframe|source|form)\b([^>]*)>', re.IGNORECASE)
_URL_ATTRIBUTE = re.compile(r'\b(href|src|action)="([^"]*)"')
_NOT_PAGES = ("mailto:", "tel:", "data:", "javascript:")


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)  # "page: href (why)"
    external: dict[str, set[str]] = field(default_factory=dict)  # url -> pages linking to it
    pages: int = 0


def html_anchors(html: str) -> set[str]:
    """What a link's #fragment may name in an HTML page or fragment: its ids and <a name>s."""
    return set(_ID.findall(html)) | set(_NAME.findall(html))


@dataclass(frozen=True)
class PageLinks:
    """What the link check needs of one page: the ids its links may name, and its links (unescaped)."""
    anchors: frozenset[str]
    urls: tuple[str, ...]


def page_links(page_html: str) -> PageLinks:
    """The anchors and the links of one whole HTML page. The canonical address and alternates without
    hreflang name the deployed host and are left out."""
    urls = []
    for tag, attributes in _LINK.findall(page_html):
        if tag.lower() == "link" and re.search(r'rel="(canonical|alternate)"', attributes) and "hreflang" not in attributes:
            continue
        # interned: most links (the menu, the theme's files) are the same on many pages
        urls += [sys.intern(html.unescape(raw)) for _, raw in _URL_ATTRIBUTE.findall(attributes)]
    return PageLinks(frozenset(html_anchors(page_html)), tuple(urls))


def check_links(site: Path, site_url: str = "", read: dict[str, PageLinks] | None = None,
                public_url: str = "") -> LinkReport:
    """Every internal link, asset and anchor of the built `site` folder, and the external links.

    `site_url` is the address the site is served at: a link to it counts as internal, and a site served
    under a path ('https://example.org/social-prescribing/') has its root-relative links
    ('/social-prescribing/ar/') checked inside that path; a root-relative link outside the path is broken.
    `public_url` is the site's public address (site.yml's url) when it is served at another, as a preview
    is (http://127.0.0.1:8000/): a link under it (an embed snippet, a QR code's page) is the site's own too,
    checked as internal, never counted as external. `read`: pages already read as they were written
    (site-relative path -> page_links), whose files are not read again."""
    files = _files(Path(site))
    read = read or {}
    pages = {name: read.get(name) or page_links((Path(site) / name).read_text(encoding="utf-8"))
             for name in files if name.endswith(".html")}
    anchors = {page: links.anchors for page, links in pages.items()}
    report = LinkReport(pages=len(pages))
    base = urlsplit(site_url).path.rstrip("/") + "/"
    own = tuple(dict.fromkeys(address.rstrip("/") for address in (site_url, public_url) if address))
    for page, links in sorted(pages.items()):
        for url in links.urls:
            _check(report, page, url, files, anchors, own, base)
    return report


def _files(site: Path) -> set[str]:
    """Every file under `site`, as site-relative POSIX paths (os.walk: no stat per file)."""
    found = set()
    for folder, _, names in os.walk(site):
        prefix = Path(folder).relative_to(site).as_posix()
        found.update(names if prefix == "." else (f"{prefix}/{name}" for name in names))
    return found


def _check(report: LinkReport, page: str, url: str, files: set[str], anchors: dict, own: tuple[str, ...],
           base: str) -> None:
    if not url or url.startswith(_NOT_PAGES):
        return
    parts = urlsplit(url)
    address = next((address for address in own if url.startswith(address)
                    and url[len(address):][:1] in ("", "/", "?", "#")), None)
    if address is not None:  # the site's own: a page of the built folder, from where it is served
        parts = urlsplit(base + url[len(address):].lstrip("/"))
    elif parts.scheme or parts.netloc:
        report.external.setdefault(url, set()).add(page)
        return
    path = unquote(parts.path)
    if path.startswith("/"):
        if not (path + "/").startswith(base):
            report.broken.append(f"{page}: {url} (outside the site's path {base})")
            return
        target = posixpath.normpath("/" + path[len(base):]).lstrip("/")
    elif path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    else:
        target = page
    if path.endswith(("/", "/.")) or target in ("", "."):
        target = posixpath.join(target, "index.html") if target not in ("", ".") else "index.html"
    elif target not in files and f"{target}/index.html" in files:
        target = f"{target}/index.html"
    if target.startswith("..") or target not in files:
        report.broken.append(f"{page}: {url} (no such file)")
        return
    fragment = unquote(parts.fragment)
    if fragment and target in anchors and fragment not in anchors[target] and fragment != "top":
        report.broken.append(f"{page}: {url} (no element with id '{fragment}')")
