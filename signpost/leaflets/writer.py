"""Writes the leaflet PDFs under docs/generated/leaflets/files/, only when their bytes change (so
`mkdocs serve` does not rebuild in a loop); MkDocs copies them into the site as they are."""
from __future__ import annotations

from pathlib import Path

from signpost.leaflets.build import FILES_URL, leaflet_pdfs
from signpost.portal import Portal
from signpost.rendering.files import write_changed


def leaflet_files(portal: Portal) -> dict[str, bytes]:
    """Every PDF the site serves under leaflets/files/, by file name: generated, then the team's own."""
    files = {pdf.name: pdf.data for pdf in leaflet_pdfs(portal)}
    for team_pdf in portal.leaflet_files:
        files[f"{team_pdf.id}.pdf"] = team_pdf.source.read_bytes()
    return files


def write_leaflets(portal: Portal, generated: Path) -> int:
    """Writes changed PDFs into `generated`/leaflets/files/, removes PDFs no longer made, and returns
    how many files changed."""
    return write_changed(leaflet_files(portal), generated / FILES_URL, "*.pdf")
