"""Small corrections to the theme's markup so every page is valid HTML (the Nu HTML checker).

Material puts autocomplete="off" on its checkbox toggles (drawer, search), which HTML allows only on
text-like inputs. Removing it changes nothing for readers: browsers ignore it there anyway. On a page outside the
navigation, its table of contents has a label for a toggle that is not on the page: a heading then.

Material writes the page's direction on <body> only: the root element gets it too, beside its `lang`, so the
document itself is right to left in Arabic (the viewport's scroll bar, anything outside <body>, and tools
that read the root element's language and direction).

A page title that falls back is marked with its language (`<span lang="en" dir="ltr">About us</span>`,
signpost.untranslated.mark_title); the theme escapes it into attributes (the footer's "Next: ..."
aria-label), where a screen reader would read the tags aloud: there the title is plain text.

In a language the theme has no words for (Somali, Pashto), its words are English (hooks: _theme_language):
where they are text (the skip link, the footer's Previous and Next) they are marked lang="en", so a
screen reader reads them in English (WCAG 3.1.2); in attributes (a landmark's aria-label) they cannot be."""
from __future__ import annotations

import re

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')
_ORPHAN_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)
_ROOT = re.compile(r"<html\b([^>]*)>")
_BODY_DIR = re.compile(r'<body\b[^>]*?\sdir="(ltr|rtl)"')
_ESCAPED_TAG_IN_ATTRIBUTE = re.compile(r'(\s(?:aria-label|title|alt)=")([^"]*&lt;[^"]*)(")')
_ESCAPED_SPAN = re.compile(r"&lt;/?span\b(?:(?!&gt;).)*&gt;")
_TEXT_NODE = re.compile(r">(\s*)([^<>]*?)(\s*)<")


def fix_theme_markup(html: str) -> str:
    html = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    if "&lt;span" in html:
        html = _ESCAPED_TAG_IN_ATTRIBUTE.sub(lambda m: m.group(1) + _ESCAPED_SPAN.sub("", m.group(2)) + m.group(3), html)
    if 'id="__toc"' not in html:
        html = _ORPHAN_TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
    return _root_direction(html)


def mark_theme_words(html: str, words: frozenset[str], lang: str = "en") -> str:
    """`html` with each text node that is exactly one of `words` (the theme's own, in `lang`, shown
    on a page in another language), whitespace aside, wrapped in `<span lang="{lang}">`. Text within
    <script>, <style> and <title> is left as it is."""
    def mark(match: re.Match) -> str:
        leading, text, trailing = match.groups()
        if text not in words:
            return match.group(0)
        return f'>{leading}<span lang="{lang}">{text}</span>{trailing}<'
    parts = re.split(r"(<(?:script|style|title)\b.*?</(?:script|style|title)>)", html, flags=re.DOTALL | re.IGNORECASE)
    return "".join(part if index % 2 else _TEXT_NODE.sub(mark, part) for index, part in enumerate(parts))


def _root_direction(html: str) -> str:
    root, body = _ROOT.search(html), _BODY_DIR.search(html)
    if not root or not body or re.search(r"\sdir=", root.group(1)):
        return html
    attributes = re.sub(r'(\slang="[^"]*")', rf'\1 dir="{body.group(1)}"', root.group(1), count=1)
    if attributes == root.group(1):
        attributes += f' dir="{body.group(1)}"'
    return html[:root.start()] + f"<html{attributes}>" + html[root.end():]
