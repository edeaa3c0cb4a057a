"""Leaflets as content: checks on the definitions, and the team's own PDFs with their descriptions.

`check_leaflets` runs inside `load_portal`: it checks each leaflet's references and reads
content/leaflets/files/ (NAME.pdf with NAME.yml beside it) into `portal.leaflet_files`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from signpost.errors import ContentError, display_path
from signpost.models.leaflets import LeafletFile
from signpost.portal import Portal
from signpost.source import read_document
from signpost.validation import unknown_message, validate

FILES = "files"  # content/leaflets/files/
ITEM_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class TeamPdf:
    """A PDF the team already has: listed with the generated leaflets, copied into the site as it is."""

    id: str  # the file name without .pdf; the site serves it as leaflets/files/ID.pdf
    file: str  # its description's display path, for errors
    source: Path
    title: str
    language: str
    audience: str | None
    size: int


def pdf_name(leaflet_id: str, lang: str) -> str:
    """The file name of a generated leaflet: no language suffix with dots (static-i18n would take
    'x.ar.pdf' for the Arabic version of 'x.pdf')."""
    return f"{leaflet_id}-{lang}.pdf"


def check_leaflets(portal: Portal, present: dict[str, set[str]] | None = None) -> list[ContentError]:
    present = present or {}
    errors: list[ContentError] = []
    for item in portal.leaflets.values():
        for index, pathway_id in enumerate(item.data.pathways):
            if pathway_id not in portal.pathways and pathway_id not in present.get("pathways", ()):
                line = item.lines.get(("pathways", index)) or item.lines.get(("pathways",), 1)
                errors.append(ContentError(item.file, line, f"pathways[{index}]",
                                           unknown_message("pathway", pathway_id, list(portal.pathways))))
    files, file_errors = _team_files(portal)
    portal.leaflet_files = files
    generated = {pdf_name(leaflet_id, lang) for leaflet_id in portal.leaflets for lang in portal.languages}
    for team_pdf in files:
        if f"{team_pdf.id}.pdf" in generated:
            errors.append(ContentError(team_pdf.file, 1, "",
                                       f"expected a file name unlike the generated leaflets', found {team_pdf.id}.pdf, "
                                       "which a generated leaflet uses: rename both files"))
    return errors + file_errors


def _team_files(portal: Portal) -> tuple[list[TeamPdf], list[ContentError]]:
    folder = portal.root / "leaflets" / FILES
    if not folder.is_dir():
        return [], []
    errors: list[ContentError] = []
    files: list[TeamPdf] = []
    described = {path.stem for path in folder.glob("*.yml")}
    for pdf in sorted(folder.glob("*.pdf")):
        if pdf.stem not in described:
            errors.append(ContentError(display_path(pdf, portal.root), 1, "",
                                       f"expected a description {pdf.stem}.yml beside it (title: ..., language: ...)"))
    for path in sorted(folder.glob("*.yml")):
        shown = display_path(path, portal.root)
        if not ITEM_ID.match(path.stem):
            errors.append(ContentError(shown, 1, "", "file name must be an id in lower case with hyphens, "
                                                     f"such as 'wellbeing-walks-timetable.yml', found '{path.name}'"))
            continue
        document, read_errors = read_document(path, shown)
        errors += read_errors
        if document is None:
            continue
        data, model_errors = validate(LeafletFile, document)
        errors += model_errors
        if data is None:
            continue
        spoken = portal.lists.get("languages", {})
        if data.language not in spoken and data.language not in portal.languages:
            errors.append(ContentError(shown, document.line_of(("language",)), "language",
                                       unknown_message("language", data.language, sorted(set(spoken) | set(portal.languages)))))
            continue
        pdf = path.with_suffix(".pdf")
        if not pdf.is_file():
            errors.append(ContentError(shown, 1, "", f"expected the PDF it describes, {pdf.name}, beside it; found none"))
            continue
        with pdf.open("rb") as stream:
            if stream.read(5) != b"%PDF-":
                errors.append(ContentError(display_path(pdf, portal.root), 1, "",
                                           "expected a PDF file (starting %PDF-), found another kind of file"))
                continue
        files.append(TeamPdf(path.stem, shown, pdf, data.title, data.language, data.audience, pdf.stat().st_size))
    return files, errors
