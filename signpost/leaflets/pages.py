"""The leaflets page, one page a leaflet (its accessible version), and the leaflet links that pathway
pages show for their audience. File sizes come from the PDFs, built before any page is rendered."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from signpost.leaflets import build
from signpost.models.content import Audience
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page
from signpost.text import direction

AUDIENCES: tuple[str, ...] = Audience.__args__  # in the order pathways are grouped


@dataclass(frozen=True)
class Download:
    href: str  # relative to the page
    lang: str  # the language the file is in
    details: Markup  # "PDF, 140 KB, Arabic", in the reader's language


def size_kb(size: int) -> int:
    return max(1, -(-size // 1024))


def language_name(portal: Portal, code: str, reader: str) -> str:
    labels = portal.lists.get("languages", {})
    return labels[code][reader] if code in labels else code


def _download(ctx: PageContext, name: str, size: int, file_lang: str, translated: int = 100) -> Download:
    # PDFs live once, under the site root, not in each language's folder.
    language = language_name(ctx.portal, file_lang, ctx.lang)
    if translated < 100:  # partly in the default language: say how much, not just "Arabic"
        fallback = language_name(ctx.portal, ctx.portal.default_language, ctx.lang)
        details = ctx.s("leaflet_pdf_partly", size=size_kb(size), percent=translated, language=language, fallback=fallback)
    else:
        details = ctx.s("leaflet_pdf_details", size=size_kb(size), language=language)
    return Download(ctx.asset(build.FILES_URL + name), file_lang, details)


def downloads(ctx: PageContext, leaflet_id: str) -> list[Download]:
    """The leaflet's PDF in every language, the reader's own first."""
    pdfs = [pdf for pdf in build.leaflet_pdfs(ctx.portal) if pdf.leaflet_id == leaflet_id]
    pdfs.sort(key=lambda pdf: pdf.lang != ctx.lang)
    return [_download(ctx, pdf.name, pdf.size, pdf.lang, pdf.translated) for pdf in pdfs]


def team_downloads(ctx: PageContext, audience: str | None = None) -> list[tuple]:
    """(team PDF, download) for the team's own PDFs, of one audience or all."""
    return [(team_pdf, _download(ctx, f"{team_pdf.id}.pdf", team_pdf.size, team_pdf.language))
            for team_pdf in ctx.portal.leaflet_files if audience is None or team_pdf.audience == audience]


@dataclass(frozen=True)
class LeafletLink:
    title: Markup
    page: str | None  # the leaflet's page; None for a team's own PDF, which has none
    download: Download


def for_audience(ctx: PageContext, audience: str) -> list[LeafletLink]:
    """For a page of one audience: each leaflet with its page and its PDF in the reader's language,
    then the team's own PDFs for that audience."""
    links = [LeafletLink(ctx.t(item, "title"), ctx.link(build.leaflet_path(item.id)), downloads(ctx, item.id)[0])
             for item in build.ordered(ctx.portal) if item.data.audience == audience]
    links += [LeafletLink(Markup('<span lang="{}" dir="{}" translate="no">{}</span>').format(team_pdf.language, direction(team_pdf.language), team_pdf.title),
                          None, download)
              for team_pdf, download in team_downloads(ctx, audience)]
    return links


def pages(portal: Portal, lang: str) -> list[PageFile]:
    leaflets = build.ordered(portal)
    if not leaflets and not portal.leaflet_files:
        return []
    index = PageContext(portal, lang, build.INDEX)
    groups = [(audience, [item for item in leaflets if item.data.audience == audience]) for audience in AUDIENCES]
    files = [render_page(index, "leaflets_index.html", portal.string("leaflets_title", lang),
                         groups=[group for group in groups if group[1]], downloads=downloads,
                         team=team_downloads(index), leaflet_path=build.leaflet_path, direction=direction)]
    for item in leaflets:
        ctx = PageContext(portal, lang, build.leaflet_path(item.id))
        files.append(render_page(ctx, "leaflet.html", ctx.portal.text(item, "title", ctx.lang),
                                 downloads=downloads(ctx, item.id), **build.body_values(portal, item)))
    return files
