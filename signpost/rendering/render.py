"""Renders a page template into a page file: front matter, then the page as one HTML block."""
from __future__ import annotations

import html
import json
from pathlib import Path

import jinja2
from markupsafe import Markup

from signpost.bidi import isolate_html
from signpost.portal import Localized
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile, localized_path
from signpost.untranslated import partial_notice

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    # The templates are the library's own, not content: loaded once a process. (Otherwise every
    # {% include %} of every page stats its file: tens of thousands at 1,000 services.)
    auto_reload=False,
)


def render_page(ctx: PageContext, template: str, title: str | Localized, **values: object) -> PageFile:
    """`title` given as Localized says its language: one that falls back is written `title_lang:` in the
    front matter, for the theme's <title> and navigation (signpost.untranslated.fallback_titles)."""
    title_lang = ""
    if isinstance(title, Localized):
        if title.fallback:
            ctx.fell_back, title_lang = True, f"title_lang: {title.lang}\n"
        title = str(title.text)
    body = environment.get_template(template).render(ctx=ctx, **values)
    notice = partial_notice(ctx.portal, ctx.lang) if ctx.fell_back else Markup("")
    if ctx.dir == "rtl":  # numbers, emails and Latin runs in right-to-left text, from any source
        body, notice = isolate_html(body), isolate_html(str(notice))
    # The page is one raw HTML block, so Markdown leaves it alone: every value in it is already escaped.
    # The theme prints the title unescaped (<title>, navigation): it is escaped here, once, for all of them.
    text = f"---\ntitle: {json.dumps(html.escape(title), ensure_ascii=False)}\n{title_lang}---\n\n<div class=\"sp-page\">\n{notice}{body.strip()}\n</div>\n"
    return PageFile(localized_path(ctx.path, ctx.lang, ctx.portal.default_language), text)
