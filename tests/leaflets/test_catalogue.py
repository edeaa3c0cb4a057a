"""Leaflet definitions and the team's own PDFs, checked while content loads: errors name file, line, field."""
from __future__ import annotations

import pytest

from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import write

LEAFLET = "title: Guide\naudience: resident\nintro: How to get help.\npathways: [self-referral]\nreviewed: 2026-01-15\n"


def errors_of(content):
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    return raised.value.errors


def test_a_leaflet_and_its_overlays_load(content):
    write(content / "leaflets/guide.yml", LEAFLET)
    write(content / "leaflets/guide.ar.yml", "title: دليل\n")
    portal = load_portal(content)
    item = portal.leaflets["guide"]
    assert item.data.pathways == ["self-referral"] and item.data.audience == "resident"
    assert portal.text(item, "title", "ar").text == "دليل"
    assert portal.text(item, "intro", "ar").fallback


def test_an_unknown_pathway_is_named_with_the_valid_ones(content):
    write(content / "leaflets/guide.yml", LEAFLET.replace("[self-referral]", "[self-referral, self-referal]"))
    [error] = errors_of(content)
    assert (error.file, error.line, error.field) == ("content/leaflets/guide.yml", 4, "pathways[1]")
    assert "unknown pathway 'self-referal' (did you mean 'self-referral'?)" in error.message


def test_a_wrong_audience_and_a_missing_field_are_each_reported(content):
    write(content / "leaflets/guide.yml", LEAFLET.replace("audience: resident", "audience: residents").replace("intro: How to get help.\n", ""))
    errors = {error.field: error for error in errors_of(content)}
    assert errors["audience"].line == 2 and "'resident'" in errors["audience"].message
    assert errors["intro"].message == "required field is missing"


def test_an_unknown_section_or_pathway_part_says_what_was_expected(content):
    write(content / "leaflets/guide.yml", LEAFLET + "sections: [needs, map]\npathway_parts: [steps, steps]\n")
    errors = {error.field: error for error in errors_of(content)}
    assert errors["sections[1]"].line == 6 and "'link-workers'" in errors["sections[1]"].message
    assert "expected each entry once" in errors["pathway_parts"].message


def test_an_overlay_may_not_change_the_audience(content):
    write(content / "leaflets/guide.yml", LEAFLET)
    write(content / "leaflets/guide.fr.yml", "title: Guide\naudience: gp-practice\n")
    [error] = errors_of(content)
    assert (error.file, error.field) == ("content/leaflets/guide.fr.yml", "audience")
    assert "not translatable" in error.message


def pdf_bytes() -> bytes:
    return b"%PDF-1.7\n%fixture\n"


def test_a_team_pdf_with_its_description_is_listed(content):
    (content / "leaflets/files").mkdir(parents=True)
    (content / "leaflets/files/walks-timetable.pdf").write_bytes(pdf_bytes())
    write(content / "leaflets/files/walks-timetable.yml", "title: Wellbeing walks timetable\nlanguage: en\naudience: resident\n")
    [team_pdf] = load_portal(content).leaflet_files
    assert (team_pdf.id, team_pdf.title, team_pdf.language, team_pdf.size) == ("walks-timetable", "Wellbeing walks timetable", "en", len(pdf_bytes()))


def test_team_pdfs_without_a_description_or_a_pdf_or_in_an_unknown_language_fail(content):
    folder = content / "leaflets/files"
    folder.mkdir(parents=True)
    (folder / "no-description.pdf").write_bytes(pdf_bytes())
    write(folder / "no-pdf.yml", "title: Missing\nlanguage: en\n")
    (folder / "klingon.pdf").write_bytes(pdf_bytes())
    write(folder / "klingon.yml", "title: Klingon\nlanguage: tlh\n")
    (folder / "not-a-pdf.pdf").write_bytes(b"<html>")
    write(folder / "not-a-pdf.yml", "title: Web page\nlanguage: en\n")
    errors = {error.file: error for error in errors_of(content)}
    assert "expected a description no-description.yml" in errors["content/leaflets/files/no-description.pdf"].message
    assert "expected the PDF it describes, no-pdf.pdf" in errors["content/leaflets/files/no-pdf.yml"].message
    klingon = errors["content/leaflets/files/klingon.yml"]
    assert (klingon.field, klingon.line) == ("language", 2) and "unknown language 'tlh'" in klingon.message
    assert "expected a PDF file" in errors["content/leaflets/files/not-a-pdf.pdf"].message


def test_a_team_pdf_may_not_take_a_generated_leaflets_name(content):
    write(content / "leaflets/guide.yml", LEAFLET)
    (content / "leaflets/files").mkdir()
    (content / "leaflets/files/guide-ar.pdf").write_bytes(pdf_bytes())
    write(content / "leaflets/files/guide-ar.yml", "title: Old guide\nlanguage: ar\n")
    [error] = errors_of(content)
    assert error.file == "content/leaflets/files/guide-ar.yml" and "a generated leaflet uses" in error.message
