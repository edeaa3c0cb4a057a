"""Small corrections to the theme's markup so every page is valid HTML (the Nu HTML checker).

Material puts autocomplete="off" on its checkbox toggles (drawer, search), which HTML allows only on
text-like inputs. Removing it changes nothing for readers: browsers ignore it there anyway. On a page outside the
navigation, its table of contents has a label for a toggle that is not on the page: a heading then."""
from __future__ import annotations

import re

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')
_ORPHAN_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)


def fix_theme_markup(html: str) -> str:
    html = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    if 'id="__toc"' not in html:
        html = _ORPHAN_TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
    return html
