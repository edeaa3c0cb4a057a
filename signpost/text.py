"""Safe rendering of editors' text: Markdown without raw HTML, cleaned by signpost.sanitise, and
left-to-right data (phones, emails, postcodes) isolated so it reads correctly in Arabic."""
from __future__ import annotations

import re

import markdown
from markupsafe import Markup, escape

from signpost.models.types import dial_string
from signpost.sanitise import clean_html

# Numbers every reader in the UK may need: emergency services, NHS 111, Samaritans.
EMERGENCY_NUMBERS = {"emergency": "999", "nhs111": "111", "samaritans": "116 123"}
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "yi"}


def direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


class _SafeMarkdown(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


_markdown = markdown.Markdown(extensions=[_SafeMarkdown()])


def render_markdown(text: str) -> Markup:
    """Markdown to HTML, with any HTML the editor typed shown as text, never run; links and images
    only to the schemes signpost.sanitise allows."""
    _markdown.reset()
    return Markup(clean_html(_markdown.convert(text)))


_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


def render_inline_markdown(text: str) -> Markup:
    """Markdown inside a line (links, emphasis, code), the same rules as render_markdown, without the
    paragraph around it; text of several paragraphs keeps them."""
    html = str(render_markdown(text)).strip()
    inner = _PARAGRAPH.match(html)
    return Markup(inner.group(1) if inner and "<p>" not in inner.group(1) else html)


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


def heading_slugify():
    """The slugify for heading ids (Python-Markdown's toc): lower case, Unicode letters kept, so an
    Arabic heading gets #أسئلة-شائعة rather than #_1. (Set from the hook, not as a Python tag in
    mkdocs.yml, which plain YAML readers of that file would refuse.)"""
    from pymdownx.slugs import slugify

    return slugify(case="lower")


__all__ = ["EMERGENCY_NUMBERS", "direction", "render_markdown", "render_inline_markdown", "heading_slugify", "phone_link", "email_link", "web_link", "ltr", "escape"]
