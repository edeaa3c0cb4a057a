"""A preview's content edit generates again only the page steps that read what it changed, and leaves the
generated folder exactly as a whole generation would."""
from pathlib import Path

import pytest

from conftest import edit, write
from signpost.leaflets.build import pdf_html
from signpost.load import load_portal
from signpost.pages import STEPS, contact, directory, finder, pathways, stories, team
from signpost.regenerate import Regeneration


def files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def whole(content: Path, folder: Path) -> dict[str, bytes]:
    Regeneration().write(load_portal(content), folder)
    return files(folder)


EDITS = {
    "a service's summary": ("services/food-bank.yml", "summary: Free food parcels.", "summary: Free food parcels ZEBRA."),
    "a service's name": ("services/food-bank.yml", "name: Fixture Food Bank", "name: Fixture Food Bank ZEBRA"),
    "a need": ("needs/food.yml", "label: Food", "label: Food ZEBRA"),
    "a service's translation": ("services/food-bank.ar.yml", "name: بنك الطعام التجريبي", "name: بنك الطعام ZEBRA"),
    "a pathway": ("pathways/self-referral.yml", "Within 5 working days.", "Within 6 working days."),
    "a string shown in service pages": ("strings/en.yml", "service_details: About this service",
                                        "service_details: About this service ZEBRA"),
    "an Arabic string": ("strings/ar.yml", "team_title: منسّقو الوصفات الاجتماعية لدينا", "team_title: ZEBRA"),
    "a string in the frame of every page": ("strings/en.yml", "quick_exit: Leave this site", "quick_exit: Leave ZEBRA"),
}


@pytest.mark.parametrize("kind", EDITS)
def test_an_edit_leaves_the_same_files_as_a_whole_generation(content, tmp_path, kind):
    regeneration, folder = Regeneration(), tmp_path / "generated"
    regeneration.write(load_portal(content), folder)
    file, old, new = EDITS[kind]
    edit(content / file, old, new)
    count, changed, _ = regeneration.write(load_portal(content), folder)
    expected = whole(content, tmp_path / "whole")
    assert files(folder) == expected
    assert count == len(expected)
    assert changed > 0 or kind == "a string in the frame of every page"


def test_a_new_service_and_a_deleted_story_leave_the_same_files_as_a_whole_generation(content, tmp_path):
    regeneration, folder = Regeneration(), tmp_path / "generated"
    regeneration.write(load_portal(content), folder)
    service = (content / "services" / "food-bank.yml").read_text(encoding="utf-8")
    write(content / "services" / "soup-kitchen.yml", service.replace("Fixture Food Bank", "Fixture Soup Kitchen"))
    (content / "stories" / "a-fresh-start.yml").unlink()
    regeneration.write(load_portal(content), folder)
    assert files(folder) == whole(content, tmp_path / "whole")
    assert "services/soup-kitchen.md" in files(folder)
    assert not any(name.startswith("stories/a-fresh-start") for name in files(folder))


def test_a_pathway_edit_leaves_the_steps_that_do_not_read_pathways(content, tmp_path):
    regeneration = Regeneration()
    regeneration.write(load_portal(content), tmp_path / "generated")
    edit(content / "pathways" / "self-referral.yml", "Within 5 working days.", "Within 6 working days.")
    again = regeneration.out_of_date(load_portal(content))
    assert pathways.pages in again
    assert not {directory.pages, team.pages, finder.pages, contact.pages, stories.pages} & set(again)


def test_a_string_edit_generates_only_the_steps_that_show_it(content, tmp_path):
    regeneration = Regeneration()
    regeneration.write(load_portal(content), tmp_path / "generated")
    edit(content / "strings" / "en.yml", "service_details: About this service", "service_details: About it")
    assert regeneration.out_of_date(load_portal(content)) == [directory.pages]


def test_with_nothing_changed_nothing_is_generated_or_written(content, tmp_path):
    regeneration, folder = Regeneration(), tmp_path / "generated"
    first, _, _ = regeneration.write(load_portal(content), folder)
    portal = load_portal(content)
    assert regeneration.out_of_date(portal) == []
    assert regeneration.write(portal, folder)[:2] == (first, 0)


def test_after_forget_every_step_is_generated_again(content, tmp_path):
    regeneration = Regeneration()
    regeneration.write(load_portal(content), tmp_path / "generated")
    regeneration.forget()
    assert regeneration.out_of_date(load_portal(content)) == list(STEPS)


def test_the_portal_is_a_plain_portal_again_after_a_step_fails(content, tmp_path, monkeypatch):
    regeneration, portal = Regeneration(), load_portal(content)

    def failing(portal, lang):
        raise RuntimeError("a step failed")
    with pytest.raises(RuntimeError):
        regeneration.write(portal, tmp_path / "generated", steps=(failing,))
    assert type(portal).__name__ == "Portal"
    assert regeneration.out_of_date(portal, steps=(failing,)) == [failing]  # nothing was recorded


LEAFLET = """\
title: How to get referred
audience: resident
intro: A link worker listens and makes a plan with you.
pathways: [self-referral]
pathway_parts: [summary, eligibility, steps, response_time]
sections: [needs]
reviewed: 2026-01-15
"""


def test_a_pathway_in_a_leaflet_generates_the_pdf_steps_again_and_leaves_the_same_files(content, tmp_path):
    write(content / "leaflets" / "how-to-get-referred.yml", LEAFLET)
    regeneration, folder = Regeneration(), tmp_path / "generated"
    assert regeneration.write(load_portal(content), folder)[2]
    edit(content / "strings" / "en.yml", "service_details: About this service", "service_details: About it")
    assert not regeneration.write(load_portal(content), folder)[2]  # no page listing a PDF shows that string
    edit(content / "pathways" / "self-referral.yml", "Within 5 working days.", "Within 6 working days.")
    assert regeneration.write(load_portal(content), folder)[2]
    assert files(folder) == whole(content, tmp_path / "whole")


def test_a_service_edit_leaves_the_pdf_steps_until_it_changes_the_teams_names_the_pdfs_mark(content, tmp_path):
    # A leaflet PDF marks a venue's name in a translated sentence as the team's language: the steps that
    # list the PDFs depend on the team's names, worked out from every service, not on every service.
    write(content / "leaflets" / "how-to-get-referred.yml", LEAFLET)
    write(content / "pathways" / "self-referral.ar.yml", "summary: اتصل بـ Fixture Hall ZEBRA.\n")
    regeneration, folder = Regeneration(), tmp_path / "generated"

    def generate():  # (what the PDFs are made from is worked out before the steps that list them, as a preview does)
        portal = load_portal(content)
        documents = []
        with_pdfs = regeneration.write(portal, folder, before_pdfs=lambda: documents.extend(
            pdf_html(portal, item, lang) for item in portal.leaflets.values() for lang in portal.languages))[2]
        return with_pdfs, "".join(documents)
    assert generate()[0]
    edit(content / "services" / "food-bank.yml", "summary: Free food parcels.", "summary: Free food, weekly.")
    assert generate() == (False, "")
    edit(content / "services" / "food-bank.yml", "  - name: Fixture Hall", "  - name: Fixture Hall ZEBRA")
    with_pdfs, documents = generate()
    assert with_pdfs and '<bdi lang="en" dir="ltr">Fixture Hall ZEBRA</bdi>' in documents
    assert files(folder) == whole(content, tmp_path / "whole")


RESOURCE = """\
title: Annual report
kind: report
summary: What the service did this year.
file: assets/resources/annual-report.pdf
audience: [resident]
language: en
date: '2026-06-02'
"""


def test_a_resource_file_replaced_in_docs_generates_its_size_again(content, tmp_path):
    # The size is read from docs/, not content/: replacing the file changes the pages that list it.
    write(content / "resources" / "annual-report.yml", RESOURCE)
    pdf = content.parent / "docs" / "assets" / "resources" / "annual-report.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    regeneration, folder = Regeneration(), tmp_path / "generated"
    regeneration.write(load_portal(content), folder)
    stamp = regeneration.files_stamp()
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 9000)
    assert regeneration.files_stamp() != stamp  # (a preview generates again though content/ did not change)
    regeneration.write(load_portal(content), folder)
    assert files(folder) == whole(content, tmp_path / "whole")
    assert any("9 KB" in text.decode() for name, text in files(folder).items() if name.startswith("resources/"))


@pytest.mark.parametrize("read, whole", [("items.get('a')", False), ("'a' in items", False), ("items['a']", False),
                                         ("len(items)", False), ("list(items)", True), ("dict(items)", True),
                                         ("items.copy()", True), ("sorted(items.values())", True), ("str(items)", True),
                                         ("{**items}", True)])
def test_a_kind_looked_up_by_id_is_read_item_by_item_and_any_other_way_whole(read, whole):
    from signpost.regenerate import Reads, _ItemsRead
    reads = Reads()
    eval(read, {"items": _ItemsRead({"a": 1}, "services", reads)})
    assert (reads.fields == {"services"}) is whole
    assert whole or reads.items  # (a whole read may count them too, as list() does)
