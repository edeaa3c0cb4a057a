"""Safe rendering of editors' text: Markdown without raw HTML, cleaned by signpost.sanitise, and
left-to-right data (phones, emails, postcodes) isolated so it reads correctly in Arabic."""
from __future__ import annotations

import functools
import html as html_module
import re
import unicodedata

import markdown
from markupsafe import Markup, escape

from signpost.models.types import dial_string
from signpost.sanitise import clean_html

# Numbers every reader in the UK may need: emergency services, NHS 111, Samaritans.
EMERGENCY_NUMBERS = {"emergency": "999", "nhs111": "111", "samaritans": "116 123"}
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "yi", "sd", "dv", "ug", "ks"}


def direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


class _SafeMarkdown(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


_markdown = markdown.Markdown(extensions=[_SafeMarkdown()])


def render_markdown(text: str, heading_ids: set[str] | None = None) -> Markup:
    """Markdown to HTML, with any HTML the editor typed shown as text, never run; links and images
    only to the schemes signpost.sanitise allows. Given `heading_ids` (the ids already on the page,
    updated), headings get unique ids (see add_heading_ids) so they can be linked."""
    html = _converted(text)
    return Markup(add_heading_ids(html, heading_ids) if heading_ids is not None else html)


@functools.lru_cache(maxsize=65536)
def _converted(text: str) -> str:
    # The same text (a summary, a label, an interface string) is rendered on many pages and in every
    # build of `mkdocs serve`: converted and cleaned once.
    _markdown.reset()
    return clean_html(_markdown.convert(text))


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


def in_language(text: str, text_lang: str, page_lang: str) -> Markup:
    """Text in `text_lang` shown on a page in `page_lang`, escaped: marked with its own language and
    direction when they differ (WCAG 3.1.2). For what the content gives only in the team's own words,
    which no overlay translates: names of organisations and places, addresses. As a <bdi>, it is
    isolated from the page's direction and counted as text in another language by design, not as a
    missing translation (people's names are language-neutral and are not marked)."""
    if text_lang == page_lang:
        return Markup.escape(text)
    # What Markup.format makes (each value escaped), without its formatter: called for every name on every page.
    return Markup(f'<bdi lang="{escape(text_lang)}" dir="{direction(text_lang)}">{escape(text)}</bdi>')


def ltr(text: str) -> Markup:
    """A left-to-right run (a postcode, a code) isolated inside right-to-left text."""
    return Markup(f'<bdi dir="ltr">{escape(text)}</bdi>')  # as Markup.format would, without its formatter


_TAGS = re.compile(r"</?[^>]*>")
_SLUG_SPACE = re.compile(r"\s+")


def slugify(text: str, separator: str = "-") -> str:
    """A heading's id: lower case, Unicode letters and digits kept with their combining marks (Hindi
    vowel signs, Arabic harakat: categories Mn, Mc, Me, which Python's \\w does not match), other
    punctuation dropped, spaces to `separator`. `text` is the heading's text, not HTML. "अक्सर पूछे जाने वाले प्रश्न" -> "अक्सर-पूछे-जाने-वाले-प्रश्न"."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    kept = "".join(char for char in text
                   if char.isalnum() or char in "_- " or char.isspace() or unicodedata.category(char)[0] == "M")
    return _SLUG_SPACE.sub(separator, kept.strip())


def heading_slugify():
    """The slugify for heading ids (Python-Markdown's toc calls it with (text, separator)). (Set from
    the hook, not as a Python tag in mkdocs.yml, which plain YAML readers of that file would refuse.)"""
    return slugify


_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.DOTALL)


def add_heading_ids(html: str, taken: set[str]) -> str:
    """`html` (sanitised, so headings have no attributes) with an id on each heading, made by `slugify`
    and unique against `taken` (the ids already on the page, updated): a second "Contact" is
    "contact_1", as Python-Markdown's toc does."""
    def with_id(match: re.Match) -> str:
        base = slugify(html_module.unescape(_TAGS.sub("", match.group(2)))) or "section"
        slug, n = base, 0
        while slug in taken:
            n += 1
            slug = f"{base}_{n}"
        taken.add(slug)
        return f'<h{match.group(1)} id="{html_module.escape(slug)}">{match.group(2)}</h{match.group(1)}>'
    return _HEADING.sub(with_id, html)


__all__ = ["EMERGENCY_NUMBERS", "direction", "render_markdown", "render_inline_markdown", "heading_slugify", "slugify", "add_heading_ids", "phone_link", "email_link", "web_link", "ltr", "escape"]
