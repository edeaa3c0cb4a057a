"""Cleans the HTML rendered from editors' Markdown with nh3 (Ammonia), to an allow-list of tags,
attributes and link schemes. It works on the parsed document, so a scheme hidden by character
references, entities, whitespace or case (`JaVaScRiPt&#58;alert(1)`) is seen as the browser sees it."""
from __future__ import annotations

import re

import nh3

# What Python-Markdown makes from Markdown without raw HTML; nothing else survives.
TAGS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
        "em", "strong", "a", "img"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}  # and relative addresses


def _attribute(tag: str, name: str, value: str) -> str | None:
    if name not in ("href", "src"):
        return value
    address = value.strip().replace("\\", "/")
    first = re.split(r"[/?#]", address, maxsplit=1)[0]
    # A colon before the first slash is a scheme, or a "relative" address no editor means to write
    # ("java  script:..."): only the allowed schemes pass.
    if ":" in first and first.split(":")[0].lower() not in URL_SCHEMES:
        return None
    # An image is fetched by every reader's browser: only from the site itself (a relative address), never
    # from a third party, which would learn who reads the page.
    if tag == "img" and (address.startswith("//") or ":" in first):
        return None
    return value


def clean_html(html: str) -> str:
    """`html` with only allowed tags and attributes, links only to http(s), mailto, tel or relative
    addresses, images only from relative addresses; script and style elements dropped with their text."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None,
                     attribute_filter=_attribute, clean_content_tags={"script", "style"}, strip_comments=True)
