"""Facts in hand-written pages (docs/*.md): `{{ site.phone }}` and the HTML blocks `{{ blocks.latest_news }}`,
`{{ blocks.notices }}`, `{{ blocks.quotes }}`, `{{ blocks.impact }}` (see signpost.facts for the names)."""
from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup

from signpost.errors import ContentError, ContentErrors
from signpost.facts import FactError, fill, has_facts, page_values
from signpost.numbers import localised_number
from signpost.pages import news, notices, quotes
from signpost.portal import Localized, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.render import environment
from signpost.text import direction
from signpost.untranslated import with_partial_notice


def impact_html(ctx: PageContext) -> Markup:
    """The site's impact figures, each with the date it was true on; empty when there are none. Values
    and dates come from site.yml (a plain number written as the reader's language writes numbers); an
    overlay gives the labels only, one a figure in the same order."""
    figures = ctx.portal.site.data.impact
    if not figures:
        return Markup("")
    labels = ctx.portal.text(ctx.portal.site, "impact", ctx.lang)  # the overlay's labels, or the figures
    marked = [ctx._mark(Localized(getattr(label, "label", label), labels.lang, labels.fallback), "span")
              for label in labels.text]
    rows = [(localised_number(figure.value, ctx.lang), label, figure.as_of) for figure, label in zip(figures, marked)]
    return Markup(environment.get_template("impact.html").render(ctx=ctx, figures=rows))


environment.globals["sp_impact"] = impact_html
_BLANK_LINES = re.compile(r"\n\s*\n")
_NOTICES_PLACED = re.compile(r"\{\{-?\s*blocks\.notices\s*-?\}\}")
_TITLE = re.compile(r"^#\s+\S")


def unsuffixed(src_uri: str, languages: list[str]) -> str:
    """docs/index.ar.md is the Arabic index.md: page links are made from the unsuffixed path."""
    return re.sub(rf"\.({'|'.join(map(re.escape, languages))})\.md$", ".md", src_uri)


def fill_page(portal: Portal, lang: str, src_uri: str, markdown: str, source: str | Path | None = None) -> str:
    """`markdown` of docs/`src_uri` with its facts filled in; raises ContentErrors naming the line in
    the file (`source`, the file's text or path with its front matter, places the body; read only on an error).

    A home page (index.md, in any language) that does not place `{{ blocks.notices }}` gets the current
    home notices at its top, under its title: a notice is time-critical (a closure, a changed number), so
    it never depends on how the team laid out its home page."""
    path = unsuffixed(src_uri, portal.languages)
    home_notices = path == "index.md" and not _NOTICES_PLACED.search(markdown) and bool(notices.current(portal, "home"))
    if not has_facts(markdown) and not home_notices:
        return markdown
    ctx = PageContext(portal, lang, path)
    makers = {"latest_news": news.latest_news, "notices": notices.home_notices, "quotes": quotes.quotes_html,
              "impact": impact_html}
    # A blank line would end Markdown's raw HTML block half-way through a block: there is none.
    # On a page shown untranslated (the default language's text, marked as such as a whole), each block
    # is in the reader's language and says so, or Arabic blocks would be marked English, left to right.
    shown_untranslated = src_uri == path and lang != portal.default_language
    wrapper = Markup('<div lang="{}" dir="{}">\n{}\n</div>') if shown_untranslated else Markup("{2}")

    def block(make):
        made = _BLANK_LINES.sub("\n", str(make(ctx)))
        return wrapper.format(lang, direction(lang), Markup(made)) if made.strip() else Markup(made)
    blocks = {name: (lambda make=make: block(make)) for name, make in makers.items()}
    filled = markdown
    if has_facts(markdown):
        try:
            filled = fill(markdown, page_values(portal, lang, blocks))
        except FactError as error:
            text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
            offset = body_offset(text, markdown)
            raise ContentErrors([ContentError(f"docs/{src_uri}", each.line + offset, "", str(each))
                                 for each in error.each]) from None
    if home_notices:
        filled = _under_title(filled, str(blocks["notices"]()))
    # A block with text that falls back (news not yet translated, say) on a translated page: the page
    # says so, once, in the reader's language. (A page shown untranslated has its own: untranslated.mark_content.)
    if ctx.fell_back and src_uri != ctx.path:
        return with_partial_notice(filled, portal, lang) + "\n"
    return filled


def _under_title(markdown: str, html: str) -> str:
    """`html` as a block under the page's first line when that is its `# title`, else at the very top."""
    lines = markdown.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    at = first + 1 if first is not None and _TITLE.match(lines[first]) else 0
    return "\n".join(lines[:at] + ["", html, ""] + lines[at:])


def body_offset(source: str | None, markdown: str) -> int:
    """Lines of `source` before its Markdown body (the front matter MkDocs took off), 0 if not found."""
    start = source.find(markdown.lstrip("\n")[:200]) if source and markdown.strip() else -1
    return source.count("\n", 0, start) - markdown[: len(markdown) - len(markdown.lstrip("\n"))].count("\n") if start > 0 else 0
