"""A build's other languages, its exports and search indexes are shared with a forked process
(signpost/parallel.py, hooks/signpost_languages.py): the site is the same byte for
byte, and a failure there fails the build."""
import shutil

import pytest

from signpost.parallel import Claims, ForkedWork, ForkedWorkFailed
from signpost.sitemap import merge_sitemaps
from sites import build, fixture_project


def tree(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_a_build_in_two_processes_equals_one_in_one_process_byte_for_byte(tmp_path):
    project = fixture_project(tmp_path / "two")
    two = build(project, env={"SIGNPOST_PROCESSES": "2"})
    assert two.result.returncode == 0, two.output
    assert "pages were built in a second process" in two.output
    one = build(fixture_project(tmp_path / "one"), env={"SIGNPOST_PROCESSES": "1"})
    assert one.result.returncode == 0, one.output
    assert "second process" not in one.output
    first, second = tree(two.site), tree(one.site)
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
    # every language's pages are there, with their own not-found page, sitemap entries and search index
    sitemap = (two.site / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"/{lang}/" in sitemap and (two.site / lang / "404.html").exists() for lang in ("ar", "fr", "hi", "es"))
    assert '"languages":{"ar":' in (two.site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    assert not (two.site / ".pagefind-languages").exists()


def test_an_error_in_the_forked_languages_fails_the_build_and_says_where(tmp_path):
    project = fixture_project(tmp_path)
    shutil.copy(project / "docs" / "privacy.md", project / "docs" / "privacy.es.md")
    with open(project / "docs" / "privacy.es.md", "a", encoding="utf-8") as page:
        page.write("\n\n[roto](no-existe.md)\n")
    result = build(project, env={"SIGNPOST_PROCESSES": "2"})
    assert result.result.returncode == 1
    assert "'privacy.es.md' contains a link 'no-existe.md'" in result.output
    # (said by whichever process took Spanish: MkDocs here, or the other's message, which names it)
    assert "Aborted with 1 warnings in strict mode!" in result.output
    assert "Traceback" not in result.output


def test_claims_closed_by_a_forked_process_stay_open_for_the_process_that_made_them():
    # A language build that fails in the second process runs MkDocs' clean-up there (on_build_error):
    # it must not take the claims from under the first, which would then fail with a traceback.
    claims = Claims()
    ForkedWork(claims.close).result()
    assert claims.claim("ar") is True
    claims.close()
    assert claims.claim("fr") is False  # closed by the process that made them: nothing more to take


def test_forked_work_returns_its_result_or_fails_with_its_message():
    assert ForkedWork(lambda: {"404": {"hi": "<html>"}}).result() == {"404": {"hi": "<html>"}}

    def fails():
        raise ValueError("the Hindi pages could not be written")
    with pytest.raises(ForkedWorkFailed, match="the Hindi pages could not be written"):
        ForkedWork(fails).result()


def test_forked_work_can_be_stopped():
    work = ForkedWork(lambda: __import__("time").sleep(60))
    work.stop()
    assert work.pid is None


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{}
</urlset>"""


def entry(loc):
    return f"\n    <url>\n        <loc>{loc}</loc>\n    </url>"


def test_merged_sitemaps_list_each_page_once_by_language_in_the_build_order():
    roots = ["https://example.org/", "https://example.org/ar/", "https://example.org/hi/", "https://example.org/es/"]
    first = SITEMAP.format(entry("https://example.org/") + entry("https://example.org/team/") + entry("https://example.org/hi/"))
    second = SITEMAP.format(entry("https://example.org/") + entry("https://example.org/es/")
                            + entry("https://example.org/ar/") + entry("https://example.org/ar/team/"))
    assert merge_sitemaps([first, second], roots) == SITEMAP.format(
        entry("https://example.org/") + entry("https://example.org/team/") + entry("https://example.org/ar/")
        + entry("https://example.org/ar/team/") + entry("https://example.org/hi/") + entry("https://example.org/es/"))
    assert merge_sitemaps([first, second], roots, leave_out={"https://example.org/team/", "https://example.org/es/"}) == (
        SITEMAP.format(entry("https://example.org/") + entry("https://example.org/ar/") + entry("https://example.org/ar/team/")
                       + entry("https://example.org/hi/")))


def test_each_claim_is_taken_by_one_process_only():
    claims = Claims()
    names = [f"item-{n}" for n in range(200)]
    try:
        theirs = ForkedWork(lambda: [name for name in names if claims.claim(name)])
        mine = [name for name in names if claims.claim(name)]
        theirs = theirs.result()
        again = claims.claim("item-0")
    finally:
        claims.close()
    assert sorted(mine + theirs) == sorted(names)
    assert again is False
