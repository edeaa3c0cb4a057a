"""A build with nothing changed since the last successful one keeps that site (signpost.incremental):
the kept site is byte for byte the one a whole build makes, and anything changed builds it whole."""
from pathlib import Path

from signpost.incremental import LastBuild, folder_stamp, input_parts, inputs_key
from sites import build, fixture_project

KEPT = "nothing changed since the last build"


def tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def differing(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(first) | set(second) if first.get(name) != second.get(name))


def test_the_key_changes_with_a_byte_a_name_or_a_setting_and_not_with_what_is_left_out(tmp_path):
    folder = tmp_path / "content"
    (folder / "services").mkdir(parents=True)
    (folder / "services" / "a.yml").write_text("name: A\n", encoding="utf-8")
    (folder / "generated").mkdir()
    environ = {"SOURCE_DATE_EPOCH": "1700000000"}

    def key(**settings):
        return inputs_key([folder], leave_out=[folder / "generated"], argv=["build"], environ={**environ, **settings})

    first = key()
    assert key() == first
    (folder / "generated" / "page.md").write_text("made by the build", encoding="utf-8")
    assert key() == first
    assert key(SIGNPOST_FORMS_ENDPOINT="https://example.org/f/") != first
    assert key(SOURCE_DATE_EPOCH="1700100000") != first
    assert inputs_key([folder], leave_out=[folder / "generated"], argv=["build", "--no-strict"], environ=environ) != first
    (folder / "services" / "a.yml").write_text("name: B\n", encoding="utf-8")
    assert key() != first
    (folder / "services" / "a.yml").write_text("name: A\n", encoding="utf-8")
    assert key() == first  # the bytes count, not the time the file was written
    (folder / "services" / "a.yml").rename(folder / "services" / "b.yml")
    assert key() != first


def test_the_record_holds_the_key_and_the_outputs_as_left(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>home</p>", encoding="utf-8")
    last = LastBuild(tmp_path / "cache")
    assert not last.unchanged("k", [site])
    last.record("k", [site])
    assert last.unchanged("k", [site]) and not last.unchanged("other", [site])
    (site / "index.html").write_text("<p>edited by hand</p>", encoding="utf-8")
    assert not last.unchanged("k", [site])
    last.record("k", [site])
    last.forget()  # a build starts
    assert not last.unchanged("k", [site])
    assert LastBuild(None).unchanged("k", [site]) is False  # SIGNPOST_CACHE=off: nothing kept
    assert folder_stamp(tmp_path / "missing") == ""


def test_a_second_build_with_nothing_changed_keeps_the_whole_build_byte_for_byte(tmp_path):
    project = fixture_project(tmp_path)
    whole = build(project)  # MkDocs' own clean build
    assert whole.result.returncode == 0, whole.output
    first = tree(whole.site)
    assert (project / ".cache" / "signpost" / "last-build.json").is_file()

    again = build(project, "--dirty")
    assert again.result.returncode == 0, again.output
    assert KEPT in again.output
    assert "documentation to directory" not in again.output  # (no line says the kept site is built again)
    assert differing(first, tree(again.site)) == []  # the 404 pages too, whose menu MkDocs would not fill

    # Anything changed: the site is built whole, from an empty folder (no stale file stays).
    service = project / "content" / "services" / "housing-help.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("name: ", "name: Renamed ", 1), encoding="utf-8")
    (again.site / "stale.html").write_text("<p>from an older build</p>", encoding="utf-8")
    changed = build(project, "--dirty")
    assert changed.result.returncode == 0, changed.output
    assert KEPT not in changed.output
    assert "the site is built whole; since the last build: content/; site/ (changed or deleted since)" in changed.output
    # The folder was emptied: MkDocs' advice for a dirty build (its other languages' builds see the
    # default language's pages) is not shown to the editor.
    assert "stale files" not in changed.output and "'dirty' build" not in changed.output
    assert "Renamed" in changed.page("/services/housing-help/")
    incremental = tree(changed.site)
    assert "stale.html" not in incremental
    assert not (project / ".site-old").exists()  # the last site, set aside, is deleted once the new one is written
    clean = build(project)
    assert clean.result.returncode == 0, clean.output
    assert differing(incremental, tree(clean.site)) == []


def test_a_whole_rebuild_in_one_process_leaves_no_stale_page_and_no_old_site_beside_the_new_one(tmp_path):
    project = fixture_project(tmp_path)
    one_process = {"SIGNPOST_PROCESSES": "1"}
    assert build(project, "--dirty", env=one_process).result.returncode == 0
    stale = project / "site" / "services" / "stale" / "index.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("<p>from an older build</p>", encoding="utf-8")
    service = project / "content" / "services" / "housing-help.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("name: ", "name: Renamed ", 1), encoding="utf-8")
    changed = build(project, "--dirty", env=one_process)
    assert changed.result.returncode == 0, changed.output
    assert "Renamed" in changed.page("/services/housing-help/")
    assert not stale.exists() and not (project / ".site-old").exists()


def test_a_failed_build_is_never_taken_for_a_good_one(tmp_path):
    project = fixture_project(tmp_path)
    record = project / ".cache" / "signpost" / "last-build.json"
    record.parent.mkdir(parents=True)
    record.write_text('{"key": "from an earlier build", "outputs": {}}', encoding="utf-8")
    service = project / "content" / "services" / "housing-help.yml"
    service.write_text(service.read_text(encoding="utf-8") + "needs: [no-such-need]\n", encoding="utf-8")
    failed = build(project, "--dirty")
    assert failed.result.returncode != 0
    assert not record.exists()


def test_the_record_says_which_parts_changed_came_or_went_and_which_outputs_were_touched(tmp_path):
    content, site = tmp_path / "content", tmp_path / "site"
    content.mkdir()
    site.mkdir()
    (content / "site.yml").write_text("name: A\n", encoding="utf-8")
    environ = {"SIGNPOST_BUILD_DATE": "2026-11-30", "SOURCE_DATE_EPOCH": "1700000000"}
    last = LastBuild(tmp_path / "cache")
    assert last.changes(input_parts([content], environ=environ), [site]) == ["no finished build on record (none yet, or the last one failed or was stopped)"]
    parts = input_parts([content], environ=environ)
    last.record("k", [site], parts)
    assert last.changes(parts, [site]) == []
    (content / "site.yml").write_text("name: B\n", encoding="utf-8")
    (site / "index.html").write_text("<p>edited by hand</p>", encoding="utf-8")
    later = input_parts([content], environ={**environ, "SOURCE_DATE_EPOCH": "1700000001", "SIGNPOST_PROCESSES": "1"})
    assert last.changes(later, [site]) == [
        "SIGNPOST_PROCESSES", "SOURCE_DATE_EPOCH (the time of the last commit, which make passes)", "content/",
        "site/ (changed or deleted since)"]
