"""Safe rendering of editors' text: Markdown without raw HTML, links only to safe schemes, and
left-to-right data (phones, emails, postcodes) isolated so it reads correctly in Arabic."""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from signpost.models.types import dial_string

SAFE_SCHEMES = ("https:", "http:", "mailto:", "tel:")
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "yi"}


def direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


class _DropUnsafeLinks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not _is_safe_url(value):
                    del element.attrib[attribute]


def _is_safe_url(url: str) -> bool:
    compact = re.sub(r"[\s\x00-\x1f]", "", url).lower()
    scheme = re.match(r"^[a-z][a-z0-9+.-]*:", compact)
    return scheme is None or scheme.group(0) in SAFE_SCHEMES


class _SafeMarkdown(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)


_markdown = markdown.Markdown(extensions=[_SafeMarkdown()])


def render_markdown(text: str) -> Markup:
    """Markdown to HTML, with any HTML the editor typed shown as text, never run."""
    _markdown.reset()
    return Markup(_markdown.convert(text))


def tel_href(phone: str) -> str:
    return f"tel:{dial_string(phone)}"


def phone_link(phone: str) -> Markup:
    return Markup('<a href="{}" dir="ltr">{}</a>').format(tel_href(phone), phone)


def email_link(email: str) -> Markup:
    return Markup('<a href="mailto:{}" dir="ltr">{}</a>').format(email, email)


def web_link(url: str) -> Markup:
    shown = re.sub(r"^https?://", "", url).rstrip("/")
    return Markup('<a href="{}" dir="ltr">{}</a>').format(url, shown)


def ltr(text: str) -> Markup:
    """A left-to-right run (a postcode, a code) isolated inside right-to-left text."""
    return Markup('<bdi dir="ltr">{}</bdi>').format(text)


__all__ = ["direction", "render_markdown", "phone_link", "email_link", "web_link", "ltr", "escape"]
