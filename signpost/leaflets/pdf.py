"""A leaflet document (HTML) made into its PDF by WeasyPrint.

A module of its own so that the worker process rendering PDFs (signpost.leaflets.build) imports
WeasyPrint and the fonts, not the content model, the page generators and their libraries: it starts
about half a second sooner and holds about 30 MiB less.
"""
from __future__ import annotations

import atexit
import ctypes.util
import functools
import gc
import pickle
import signal
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from signpost.leaflets import fonts
from signpost.parallel import Claims, ForkedWork

STYLESHEET = Path(__file__).resolve().parent / "leaflet.css"
# Relative addresses in a document resolve against Signpost's templates (signpost.rendering.render.TEMPLATES,
# not imported here: it loads Jinja and the page context).
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def stylesheet(lang: str) -> str:
    """The leaflet stylesheet (CSS) for `lang`: the Noto faces by file and that language's font stack."""
    return fonts.font_face_css() + "\n" + _language_css(lang)


def _language_css(lang: str) -> str:
    stack = ", ".join(f'"{family}"' for family in fonts.family_stack(lang))
    return STYLESHEET.read_text(encoding="utf-8").replace("FONT_STACK", stack)


def render_pdf(document: str, lang: str) -> bytes:
    """The PDF (PDF/UA-1, A4) of one leaflet document in `lang`; the same document always gives the
    same bytes."""
    import weasyprint  # imported here: `signpost check` loads content without it, fast

    font_config, faces = _fonts()
    return weasyprint.HTML(string=document, base_url=str(TEMPLATES)).write_pdf(
        stylesheets=[faces, _parsed(_language_css(lang))], font_config=font_config, pdf_variant="pdf/ua-1",
        uncompressed_pdf=False,
    )


def render_pdfs(jobs: list[tuple[str, str]], processes: int) -> list[bytes]:
    """render_pdf of each (document, language) of `jobs`, in their order, shared by this process and
    `processes` - 1 forked copies of it, each taking the longest document not yet taken (the leaflets
    differ in length and script: the longest first, so that no process is left alone with a long one at
    the end). WeasyPrint and the fonts are loaded once, before the fork: the copies share them rather
    than each loading them again (about a second of CPU each). Fork only from a process that runs no
    threads (the PDF worker signpost.leaflets.build starts). Whatever render_pdf raised here, or
    ForkedWorkFailed with its message if a copy failed."""
    claims = Claims()
    copies: list[ForkedWork] = []
    longest_first = sorted(range(len(jobs)), key=lambda index: -len(jobs[index][0]))
    try:
        # The first leaflet before the fork: what WeasyPrint loads and caches on its first document (the
        # fonts, its C types, the faces' metrics) is then loaded once, and shared.
        rendered = _render_claimed(jobs, longest_first[:1], claims)
        if processes > 1:
            gc.freeze()  # (a garbage collection in a copy would write to every page it shares with this process)
        copies = [ForkedWork(functools.partial(_render_claimed, jobs, longest_first, claims)) for _ in range(processes - 1)]
        rendered.update(_render_claimed(jobs, longest_first, claims))
        for copy in copies:
            rendered.update(copy.result())
    except BaseException:
        for copy in copies:
            copy.stop()
        raise
    finally:
        claims.close()
    return [rendered[index] for index in range(len(jobs))]


def serve_pdfs_over(descriptor: int) -> None:
    """A PDF worker's whole life (signpost.leaflets.build.PdfWorker), over the socket `descriptor` it
    inherited: loads WeasyPrint and the fonts at once, then receives the path of a batch, a pickled
    (jobs, processes), or None to end, and sends back ("done", the PDFs of render_pdfs) or ("failed",
    what went wrong), batch after batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the build, which ends this worker
    _import_weasyprint_quickly()
    serve_pdfs(Connection(descriptor))


def _import_weasyprint_quickly() -> None:
    # WeasyPrint finds each C library it uses by trying several names in turn; for each name without a
    # dot ('libpango-1.0-0') cffi asks ctypes.util.find_library, which runs ldconfig and gcc: 0.2 s in
    # all, while the build waits for the PDFs. In this process (it runs no other thread) those names are
    # skipped and the file names ('libpango-1.0.so.0') load at once; where one is missing, WeasyPrint is
    # imported again as it would be.
    real = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # noqa: F401
    except OSError:
        for name in [name for name in sys.modules if name.split(".")[0] == "weasyprint"]:
            del sys.modules[name]
    finally:
        ctypes.util.find_library = real
    import weasyprint  # noqa: F401,F811


def serve_pdfs(connection) -> None:
    """serve_pdfs_over, over a multiprocessing Connection: batch after batch until None or the end of
    the connection (the build or preview that asked has ended)."""
    _fonts()
    while True:
        try:
            path = connection.recv()
        except EOFError:
            return
        if path is None:
            return
        try:
            with open(path, "rb") as batch:
                outcome = ("done", render_pdfs(*pickle.load(batch)))
        except Exception as error:  # noqa: BLE001 — sent to the build as its message
            outcome = ("failed", f"{error.__class__.__name__}: {error}")
        try:
            connection.send(outcome)
        except OSError:
            return  # the build that asked for them has ended (a preview's rebuild that failed)


def _render_claimed(jobs: list[tuple[str, str]], order: list[int], claims: Claims) -> dict[int, bytes]:
    return {index: render_pdf(*jobs[index]) for index in order if claims.claim(str(index))}


# The font files loaded and the stylesheets parsed once in a process rather than once a leaflet (together
# about a fifth of a leaflet's time): WeasyPrint's documents may share a font configuration and stylesheets.
@functools.cache
def _fonts():
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    # Let go before the interpreter's teardown, when its __del__ would find its modules gone (a traceback).
    atexit.register(_let_go)
    return font_config, weasyprint.CSS(string=fonts.font_face_css(), font_config=font_config)


def _let_go() -> None:
    _parsed.cache_clear()
    _fonts.cache_clear()


@functools.cache
def _parsed(css: str):
    # By its text, read again for every leaflet: an edited stylesheet is never rendered with the old one.
    import weasyprint

    return weasyprint.CSS(string=css, font_config=_fonts()[0])
