"""Leaflets from the portal: the text of each leaflet in each language, and its PDF (WeasyPrint).

The web page and the PDF of a leaflet render the same template (leaflet_body.html) from the same
content, so they never disagree with each other or with the site. PDFs are A4, PDF/UA, with their
title, language and dates set from the content (never the clock): two builds give identical bytes.
"""
from __future__ import annotations

import atexit
import datetime
import multiprocessing.connection
import os
import pickle
import signal
import socket
import subprocess
import sys
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from markupsafe import Markup

from signpost import cache
from signpost.bidi import isolate_html
from signpost.errors import ContentError, ContentErrors
from signpost.exports.urls import page_url
from signpost.leaflets import fonts, pdf
from signpost.leaflets.catalogue import pdf_name
from signpost.leaflets.glyphs import check_glyphs
from signpost.leaflets.pdf import render_pdf
from signpost.leaflets.qr import qr_data_uri
from signpost.leaflets.share import translated_percent
from signpost.parallel import processes
from signpost.portal import Item, Portal
from signpost.practice_finder import LEVEL_LABEL, practice_finder
from signpost.rendering.context import PageContext
from signpost.rendering.render import environment
from signpost.untranslated import mark_names

INDEX = "leaflets/index.md"
FILES_URL = "leaflets/files/"  # where the PDFs are served, under the site root (not per language)
PDF_KIND = "leaflet-pdf"  # their kind in signpost.cache


def leaflet_path(leaflet_id: str) -> str:
    return f"leaflets/{leaflet_id}.md"


def ordered(portal: Portal) -> list[Item]:
    return sorted(portal.leaflets.values(), key=lambda item: (item.data.order, item.id))


def leaflet_date(portal: Portal, item: Item) -> datetime.date:
    """The date a leaflet prints: the latest review of the leaflet and of the pathways it includes."""
    dates = [item.data.reviewed]
    dates += [portal.pathways[p].data.reviewed for p in item.data.pathways if portal.pathways[p].data.reviewed]
    return max(dates)


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
        "stories": sorted(portal.stories.values(), key=lambda story: story.id),
        "finder_level": LEVEL_LABEL.get(portal.areas.finest, "gp_practice"),
        "site": portal.site,
        "date": leaflet_date(portal, item),
    }


def _body(ctx: PdfContext, item: Item) -> str:
    # Team names a translator wrote in a sentence are marked with their language, as on the leaflet's page.
    return mark_names(environment.get_template("leaflet_body.html").render(ctx=ctx, **body_values(ctx.portal, item)),
                      ctx.portal, ctx.lang)


def translated_share(portal: Portal, item: Item, lang: str) -> int:
    """The percentage of the leaflet's text (its body, from the content) that is in `lang`."""
    return translated_percent(f'<html lang="{lang}">{_body(PdfContext(portal, lang, leaflet_path(item.id)), item)}</html>', lang)


def pdf_html(portal: Portal, item: Item, lang: str, store: cache.Cache | None = None) -> str:
    """The HTML document WeasyPrint turns into the leaflet's PDF in `lang` (its QR code kept in `store`)."""
    ctx = PdfContext(portal, lang, leaflet_path(item.id))
    url = page_url(portal, leaflet_path(item.id), lang)
    body = _body(ctx, item)
    names = portal.lists.get("languages", {})
    share = {"percent": translated_percent(f'<html lang="{lang}">{body}</html>', lang),
             "language": names.get(lang, {}).get(lang, lang),
             "fallback": names.get(portal.default_language, {}).get(lang, portal.default_language)}
    document = environment.get_template("leaflet_pdf.html").render(share=share,
        ctx=ctx, leaflet=item, body=Markup(body), url=url, qr=qr_data_uri(url, store), title=ctx.plain(item, "title"),
        intro=portal.text(item, "intro", lang).text, organisation=portal.site.data.organisation,
        date=leaflet_date(portal, item), audience=item.data.audience, site_name=portal.text(portal.site, "name", lang).text,
    )
    return isolate_html(document) if ctx.dir == "rtl" else document


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


def pdf_inputs(document: str, lang: str) -> list[str]:
    """Everything a leaflet PDF is made from, for its cache key: the document (which holds the rendered
    templates and the QR code), the stylesheet, the font files' bytes, and the versions of WeasyPrint, of
    pydyf, which writes the PDF for it, and of the library that cuts the fonts down (fonts.subsetter)."""
    fonts_used = [cache.file_digest(path) for _, path in fonts.font_files()]
    return [document, pdf.stylesheet(lang), lang, *fonts_used, cache.version("weasyprint"), cache.version("pydyf"),
            fonts.subsetter()]


def unprintable(portal: Portal, store: cache.Cache | None = None) -> list[ContentError]:
    """check_glyphs for every leaflet in every language, without making a PDF (for `signpost check`);
    raises fonts.MissingFonts when the leaflet fonts are not installed."""
    fonts.font_files()
    store = store if store is not None else cache.cache_for(portal.root)
    return sorted({error for item in ordered(portal) for lang in portal.languages
                   for error in check_glyphs(portal, item, lang, pdf_html(portal, item, lang, store))})


@dataclass(frozen=True)
class PendingPdf:
    """A PDF whose content changed, shown meanwhile as the file already served (see build_pdfs)."""
    name: str
    document: str
    lang: str
    inputs: tuple[str, ...]
    shown_size: int  # the size the pages list meanwhile: that of the file served


def build_pdfs(portal: Portal, store: cache.Cache | None = None) -> list[LeafletPdf]:
    """Every leaflet in every language, as PDF bytes; ContentErrors if a character has no glyph.

    PDFs whose inputs (pdf_inputs) are unchanged come from `store` (by default the portal's cache,
    signpost.cache.cache_for); only the others are rendered, about a second each, several at once
    when there are many (a first build)."""
    return build_pdfs_later(portal, store)[0]


def build_pdfs_later(portal: Portal, store: cache.Cache | None = None,
                     served: Path | None = None) -> tuple[list[LeafletPdf], list[PendingPdf]]:
    """build_pdfs, and with `served` (a preview server's folder of the PDFs it serves) a changed PDF that
    has a file there is not rendered now: that file stands for it, and it is returned as pending, for
    the caller to render after the pages (render_pdf) and put in the store."""
    return start_pdfs(portal, store, served)()


def start_pdfs(portal: Portal, store: cache.Cache | None = None,
               served: Path | None = None) -> Callable[[], tuple[list[LeafletPdf], list[PendingPdf]]]:
    """build_pdfs_later in two steps: the PDFs not in `store` start rendering in worker processes now
    (ContentErrors now for a missing glyph or font), and the returned function waits for them, so the
    caller can work meanwhile."""
    try:
        fonts.font_files()
    except fonts.MissingFonts as error:
        raise ContentErrors([ContentError("content/leaflets", 1, "", str(error))]) from None
    store = store if store is not None else cache.cache_for(portal.root)
    documents = [(item, lang, pdf_html(portal, item, lang, store)) for item in ordered(portal) for lang in portal.languages]
    errors = [error for item, lang, document in documents for error in check_glyphs(portal, item, lang, document)]
    if errors:
        raise ContentErrors(sorted(set(errors)))
    inputs = [pdf_inputs(document, lang) for _, lang, document in documents]
    found = [store.find(PDF_KIND, parts) for parts in inputs]
    missing = [index for index, data in enumerate(found) if data is None]
    pending = []
    for index in missing if served is not None else ():
        (_, lang, document), name = documents[index], pdf_name(documents[index][0].id, documents[index][1])
        try:
            found[index] = (served / name).read_bytes()
        except OSError:
            continue  # not served yet: rendered now
        pending.append(PendingPdf(name, document, lang, tuple(inputs[index]), len(found[index])))
    missing = [index for index in missing if found[index] is None]
    rendering = _start_rendering([(documents[index][2], documents[index][1]) for index in missing])

    def done() -> tuple[list[LeafletPdf], list[PendingPdf]]:
        for index, data in zip(missing, rendering()):
            store.put(PDF_KIND, inputs[index], data)
            found[index] = data
        return [LeafletPdf(item.id, lang, data, translated_share(portal, item, lang))
                for (item, lang, _), data in zip(documents, found)], pending
    return done


class PdfsNotRendered(RuntimeError):
    """The PDF worker failed or ended before sending its PDFs; the message says how."""


PARALLEL_FROM = 6  # fewer PDFs than this render in this process: starting a worker costs about a second


class PdfWorker:
    """A process that renders batches of PDFs: it loads WeasyPrint and the fonts as soon as it starts
    (so it may be started before the documents are ready: `start_worker_early`), then renders each batch
    `render` sends it, in itself and in a forked copy of itself for each other core (pdf.render_pdfs:
    WeasyPrint holds the GIL, so threads would not help), until `close` or `stop`.

    It is a new Python process (`mkdocs serve` has threads running, so a fork could inherit a held lock)
    started by subprocess, not multiprocessing: nothing of this process's program is imported again
    there, no resource-tracker process stays beside the build, and it runs in a process group of its own,
    so the Ctrl-C that stops a build reaches only the build, which ends it. It runs no thread, so it may
    fork; starting it starts none here either, so this process may fork afterwards (a build forks to
    generate pages)."""

    def __init__(self) -> None:
        mine, theirs = socket.socketpair()
        self._connection = multiprocessing.connection.Connection(mine.detach())
        signpost_root = str(Path(__file__).resolve().parent.parent.parent)  # (where `signpost` imports from)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [signpost_root, os.environ.get("PYTHONPATH")])))
        self._process = subprocess.Popen(
            [sys.executable, "-c", f"from signpost.leaflets.pdf import serve_pdfs_over; serve_pdfs_over({theirs.fileno()})"],
            pass_fds=[theirs.fileno()], process_group=0, env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        atexit.register(self.stop)  # (a build that fails or is stopped leaves no worker rendering on)

    def render(self, jobs: list[tuple[str, str]], processes: int) -> Callable[[], list[bytes]]:
        """Sends the batch, each (document, language); returns the function that waits for its PDFs, in
        order (PdfsNotRendered, with the worker's message, if it failed or ended)."""
        # By a file: a batch (megabytes) sent down the pipe would wait for the worker to read it, and the
        # worker reads once its fonts are loaded.
        with tempfile.NamedTemporaryFile("wb", prefix="signpost-pdfs-", delete=False) as batch:
            pickle.dump((jobs, processes), batch)
        self._connection.send(batch.name)

        def results() -> list[bytes]:
            try:
                outcome, value = self._connection.recv()
            except (EOFError, OSError):
                outcome, value = "failed", f"it ended with status {self._process.wait()}"
            finally:
                Path(batch.name).unlink(missing_ok=True)
            if outcome != "done":
                raise PdfsNotRendered(f"the leaflet PDFs were not rendered: {value}")
            return value
        return results

    def close(self) -> None:
        """Ends the worker once it has sent the batch it renders (at once when it has none) and waits for
        it to end."""
        try:
            self._connection.send(None)
        except OSError:
            pass  # it has already ended
        self._connection.close()
        self._process.wait()
        atexit.unregister(self.stop)

    def stop(self) -> None:
        """Ends the worker now, with the copies it forked (its process group), a batch unfinished: a
        preview that stops, or a build that failed or was stopped (at exit)."""
        if self._process.poll() is None:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._process.wait()
        self._connection.close()
        atexit.unregister(self.stop)

    @property
    def exit_status(self) -> int | None:
        """The worker's exit status once it has ended (None while it runs)."""
        return self._process.poll()


def start_worker_early(content: Path) -> None:
    """Starts the PDF worker now, before the content is loaded, when PDFs will surely be rendered: the
    content (folder) has leaflets and the cache holds no PDF (a first build). WeasyPrint and the fonts
    then load while the content does, on a core that would wait meanwhile."""
    folder = cache.cache_folder(content)
    first = folder is None or not any((folder / PDF_KIND).glob("*"))
    if first and any((content / "leaflets").glob("*.yml")) and _built.get("worker") is None and processes() > 1:
        _built["worker"] = PdfWorker()


def _start_rendering(jobs: list[tuple[str, str]]) -> Callable[[], list[bytes]]:
    """Starts render_pdf of each (document, language) in a PdfWorker when there are many, and returns
    the function that waits for the PDFs, in order; few are rendered in this process when that function
    is called."""
    early = _built.pop("worker", None)
    workers = min(processes(), len(jobs))
    if workers < 2 or len(jobs) < PARALLEL_FROM:
        if early is not None:
            early.close()
        return lambda: [render_pdf(document, lang) for document, lang in jobs]
    worker = early or PdfWorker()
    rendering = worker.render(jobs, workers)

    def results() -> list[bytes]:
        try:
            return rendering()
        finally:
            worker.close()
    return results


_built: dict[str, object] = {}  # what this process's builds share: the started PDFs, the early worker


def render_changed_later(served: Path | None) -> None:
    """Under a preview server: changed PDFs that `served` already holds are rendered after the pages
    (pending_pdfs), not before them (None: always before, as a build does)."""
    _built["served"] = served


def pending_pdfs() -> list[PendingPdf]:
    """The PDFs the last leaflet_pdfs left to render (render_changed_later), handed over once."""
    return _built.pop("pending", [])  # type: ignore[return-value]


def start_leaflet_pdfs(portal: Portal) -> None:
    """Starts this portal's PDFs rendering (start_pdfs), for leaflet_pdfs to wait for: the pages that
    do not list PDFs can be generated meanwhile."""
    _built["started"] = start_pdfs(portal, served=_built.get("served"))  # type: ignore[arg-type]
    _built["started portal"] = weakref.ref(portal)


def leaflet_pdfs(portal: Portal) -> list[LeafletPdf]:
    """The PDFs of this portal, built once however many page steps ask for them (started by
    start_leaflet_pdfs, or now)."""
    cached = _built.get("portal")
    if cached is None or cached() is not portal:
        started = _built.pop("started", None)
        if started is None or _built.pop("started portal")() is not portal:
            started = start_pdfs(portal, served=_built.get("served"))  # type: ignore[arg-type]
        _built["pdfs"], _built["pending"] = started()  # type: ignore[operator]
        _built["portal"] = weakref.ref(portal)
    return _built["pdfs"]  # type: ignore[return-value]
