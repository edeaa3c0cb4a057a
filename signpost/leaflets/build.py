"""Leaflets from the portal: the text of each leaflet in each language, and its PDF (WeasyPrint).

The web page and the PDF of a leaflet render the same template (leaflet_body.html) from the same
content, so they never disagree with each other or with the site. PDFs are A4, PDF/UA, with their
title, language and dates set from the content (never the clock): two builds give identical bytes.
"""
from __future__ import annotations

import datetime
import hashlib
import html.parser
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from signpost.bidi import isolate_html
from signpost.chrome import language_root
from signpost.errors import ContentError, ContentErrors
from signpost.leaflets import fonts
from signpost.leaflets.catalogue import pdf_name
from signpost.leaflets.qr import qr_data_uri
from signpost.leaflets.share import translated_percent
from signpost.pages.context import PageContext
from signpost.pages.page_file import url_of
from signpost.pages.render import TEMPLATES, environment
from signpost.pages.team import practice_finder
from signpost.portal import Item, Portal

STYLESHEET = Path(__file__).resolve().parent / "leaflet.css"
INDEX = "leaflets/index.md"
FILES_URL = "leaflets/files/"  # where the PDFs are served, under the site root (not per language)


def leaflet_path(leaflet_id: str) -> str:
    return f"leaflets/{leaflet_id}.md"


def ordered(portal: Portal) -> list[Item]:
    return sorted(portal.leaflets.values(), key=lambda item: (item.data.order, item.id))


def leaflet_date(portal: Portal, item: Item) -> datetime.date:
    """The date a leaflet prints: the latest review of the leaflet and of the pathways it includes."""
    dates = [item.data.reviewed]
    dates += [portal.pathways[p].data.reviewed for p in item.data.pathways if portal.pathways[p].data.reviewed]
    return max(dates)


def page_url(portal: Portal, path: str, lang: str) -> str:
    """The absolute address of a page (by its unsuffixed path) in `lang`, from site.yml's url."""
    return portal.site.data.url.rstrip("/") + "/" + language_root(portal, lang) + url_of(path)


class PdfContext(PageContext):
    """A page context whose links are absolute: a printed leaflet has no page to be relative to."""

    def link(self, path: str) -> str:
        anchor = ""
        if "#" in path:
            path, anchor = path.split("#", 1)
            anchor = "#" + anchor
        return page_url(self.portal, path, self.lang) + anchor


def body_values(portal: Portal, item: Item) -> dict:
    """What leaflet_body.html needs besides the context: the same for the web page and the PDF."""
    return {
        "leaflet": item,
        "pathways": [portal.pathways[p] for p in item.data.pathways],
        "parts": item.data.pathway_parts,
        "sections": item.data.sections,
        "needs": sorted(portal.needs.values(), key=lambda need: (need.data.order, need.id)),
        "finder": practice_finder(portal) if "link-workers" in item.data.sections else [],
        "site": portal.site,
        "date": leaflet_date(portal, item),
    }


def _body(ctx: PdfContext, item: Item) -> str:
    return environment.get_template("leaflet_body.html").render(ctx=ctx, **body_values(ctx.portal, item))


def translated_share(portal: Portal, item: Item, lang: str) -> int:
    """The percentage of the leaflet's text (its body, from the content) that is in `lang`."""
    return translated_percent(f'<html lang="{lang}">{_body(PdfContext(portal, lang, leaflet_path(item.id)), item)}</html>', lang)


def pdf_html(portal: Portal, item: Item, lang: str) -> str:
    """The HTML document WeasyPrint turns into the leaflet's PDF in `lang`."""
    ctx = PdfContext(portal, lang, leaflet_path(item.id))
    url = page_url(portal, leaflet_path(item.id), lang)
    body = _body(ctx, item)
    names = portal.lists.get("languages", {})
    share = {"percent": translated_percent(f'<html lang="{lang}">{body}</html>', lang),
             "language": names.get(lang, {}).get(lang, lang),
             "fallback": names.get(portal.default_language, {}).get(lang, portal.default_language)}
    document = environment.get_template("leaflet_pdf.html").render(share=share,
        ctx=ctx, leaflet=item, body=Markup(body), url=url, qr=qr_data_uri(url), title=ctx.plain(item, "title"),
        intro=portal.text(item, "intro", lang).text, organisation=portal.site.data.organisation,
        date=leaflet_date(portal, item), audience=item.data.audience, site_name=portal.text(portal.site, "name", lang).text,
    )
    return isolate_html(document) if ctx.dir == "rtl" else document


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script", "title")
        for name, value in attrs:
            if name in ("alt",) and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script", "title") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(document: str) -> str:
    parser = _Text()
    parser.feed(document)
    return "".join(parser.parts)


def check_glyphs(portal: Portal, item: Item, lang: str, document: str) -> list[ContentError]:
    missing = fonts.uncovered(visible_text(document))
    if not missing:
        return []
    overlay = Path(item.file).with_name(f"{item.id}.{lang}.yml").as_posix() if lang != portal.default_language else item.file
    return [ContentError(overlay, 1, "", f"the {lang} leaflet holds {fonts.describe(char)}, which none of the leaflet "
                                         f"fonts ({', '.join(fonts.FAMILIES)}) can draw; expected text they cover")
            for char in missing]


@dataclass(frozen=True)
class LeafletPdf:
    leaflet_id: str
    lang: str
    data: bytes
    translated: int = 100  # percent of its text in `lang`; the rest fell back to the default language

    @property
    def name(self) -> str:
        return pdf_name(self.leaflet_id, self.lang)

    @property
    def size(self) -> int:
        return len(self.data)


_rendered: dict[str, bytes] = {}  # PDF bytes by a hash of everything that goes into them (mkdocs serve)
_RENDERED_MAX = 200


def _stylesheet(lang: str) -> str:
    stack = ", ".join(f'"{family}"' for family in fonts.family_stack(lang))
    return fonts.font_face_css() + "\n" + STYLESHEET.read_text(encoding="utf-8").replace("FONT_STACK", stack)


def render_pdf(document: str, lang: str) -> bytes:
    """The PDF of one leaflet document; the same document always gives the same bytes."""
    css = _stylesheet(lang)
    key = hashlib.sha256("\0".join((document, css, lang)).encode("utf-8")).hexdigest()
    if key not in _rendered:
        import weasyprint  # imported here: `signpost check` loads content without it, fast
        from weasyprint.text.fonts import FontConfiguration

        font_config = FontConfiguration()
        stylesheet = weasyprint.CSS(string=css, font_config=font_config)
        pdf = weasyprint.HTML(string=document, base_url=str(TEMPLATES)).write_pdf(
            stylesheets=[stylesheet], font_config=font_config, pdf_variant="pdf/ua-1", uncompressed_pdf=False,
        )
        if len(_rendered) >= _RENDERED_MAX:
            _rendered.pop(next(iter(_rendered)))
        _rendered[key] = pdf
    return _rendered[key]


def build_pdfs(portal: Portal) -> list[LeafletPdf]:
    """Every leaflet in every language, as PDF bytes; ContentErrors if a character has no glyph."""
    try:
        fonts.font_files()
    except fonts.MissingFonts as error:
        raise ContentErrors([ContentError("content/leaflets", 1, "", str(error))]) from None
    documents = [(item, lang, pdf_html(portal, item, lang)) for item in ordered(portal) for lang in portal.languages]
    errors = [error for item, lang, document in documents for error in check_glyphs(portal, item, lang, document)]
    if errors:
        raise ContentErrors(sorted(set(errors)))
    return [LeafletPdf(item.id, lang, render_pdf(document, lang), translated_share(portal, item, lang))
            for item, lang, document in documents]


_built: dict[str, object] = {}


def leaflet_pdfs(portal: Portal) -> list[LeafletPdf]:
    """The PDFs of this portal, built once however many page steps ask for them."""
    cached = _built.get("portal")
    if cached is None or cached() is not portal:
        started = time.perf_counter()
        _built["pdfs"] = build_pdfs(portal)
        _built["seconds"] = time.perf_counter() - started
        _built["portal"] = weakref.ref(portal)
    return _built["pdfs"]  # type: ignore[return-value]
