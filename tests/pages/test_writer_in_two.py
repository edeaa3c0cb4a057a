"""signpost.pages.writer.write_counted_in_two: a forked copy generates every other language's pages
meanwhile; the files, counts and cache entries are those one process makes."""
import json

import pytest

from signpost import cache
from signpost.errors import ContentError, ContentErrors
from signpost.load import load_portal
from signpost.pages import iter_pages
from signpost.pages.writer import write_counted, write_counted_in_two
from sites import fixture_project


def files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def project(tmp_path, monkeypatch):
    project = fixture_project(tmp_path)
    monkeypatch.setenv("SIGNPOST_CACHE", str(tmp_path / "cache"))
    cache._open.clear()  # (each test opens its own cache folder)
    return project


def test_two_processes_write_the_files_one_process_writes_with_the_same_counts(project, tmp_path):
    portal = load_portal(project / "content")
    one, two = tmp_path / "one", tmp_path / "two"
    alone = write_counted(iter_pages(portal), one)
    (two / "services").mkdir(parents=True)
    (two / "services" / "gone.md").write_text("a service since deleted", encoding="utf-8")  # stale: removed
    started = []
    shared = write_counted_in_two(portal, two, lambda: started.append("forked"))
    assert started == ["forked"]
    assert files(two) == files(one)
    assert shared == (alone[0], alone[1] + 1)  # (the stale page's removal is a change)
    assert write_counted_in_two(portal, two) == (alone[0], 0)  # nothing changed, nothing written


def test_the_copys_qr_codes_are_saved_and_counted_with_this_processs(project, tmp_path):
    portal = load_portal(project / "content")
    write_counted_in_two(portal, tmp_path / "pages")
    store = cache.cache_for(portal.root)
    report = store.report()
    store.save()
    made = int(report.split("service-qr-svg 0 reused, ")[1].split(" made")[0])
    services, languages = len(portal.services), len(portal.languages)
    assert made == services * languages  # both processes' codes, each made once
    table = json.loads(next((tmp_path / "cache").glob("service-qr-svg-*.json")).read_text(encoding="utf-8"))
    assert len(table) == made and {url.split("/")[3] for url in table} >= {"ar", "fr"}  # (the copy's languages)


def test_refused_content_in_the_copys_languages_is_raised_here_with_its_errors(project, tmp_path, monkeypatch):
    portal = load_portal(project / "content")

    def refuse(portal, lang):
        if lang == "ar":  # one of the copy's languages (every other one: ar, hi)
            raise ContentErrors([ContentError("services/food-bank.ar.yml", 3, "name", "refused in the copy")])
        return []
    monkeypatch.setattr("signpost.pages.writer.STEPS", (refuse,))  # the copy's steps
    with pytest.raises(ContentErrors) as raised:
        write_counted_in_two(portal, tmp_path / "pages")
    assert raised.value.errors == [ContentError("services/food-bank.ar.yml", 3, "name", "refused in the copy")]
