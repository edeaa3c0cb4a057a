"""A leaflet document (HTML) made into its PDF by WeasyPrint.

A module of its own so that the worker processes rendering PDFs (signpost.leaflets.build) import
WeasyPrint and the fonts, not the content model, the page generators and their libraries: each
worker starts about half a second sooner and holds about 30 MiB less.
"""
from __future__ import annotations

from pathlib import Path

from signpost.leaflets import fonts

STYLESHEET = Path(__file__).resolve().parent / "leaflet.css"
# Relative addresses in a document resolve against Signpost's templates (signpost.rendering.render.TEMPLATES,
# not imported here: it loads Jinja and the page context).
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def stylesheet(lang: str) -> str:
    """The leaflet stylesheet (CSS) for `lang`: the Noto faces by file and that language's font stack."""
    stack = ", ".join(f'"{family}"' for family in fonts.family_stack(lang))
    return fonts.font_face_css() + "\n" + STYLESHEET.read_text(encoding="utf-8").replace("FONT_STACK", stack)


def render_pdf(document: str, lang: str) -> bytes:
    """The PDF (PDF/UA-1, A4) of one leaflet document in `lang`; the same document always gives the
    same bytes."""
    import weasyprint  # imported here: `signpost check` loads content without it, fast
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    css = weasyprint.CSS(string=stylesheet(lang), font_config=font_config)
    return weasyprint.HTML(string=document, base_url=str(TEMPLATES)).write_pdf(
        stylesheets=[css], font_config=font_config, pdf_variant="pdf/ua-1", uncompressed_pdf=False,
    )
