from signpost.pages.writer import write_pages
from signpost.rendering.page_file import PageFile


def test_writes_new_pages_and_leaves_unchanged_ones_untouched(tmp_path):
    pages = [PageFile("services/a.md", "A"), PageFile("b.ar.md", "B")]
    assert write_pages(pages, tmp_path) == 2
    before = (tmp_path / "services/a.md").stat().st_mtime_ns
    assert write_pages(pages, tmp_path) == 0
    assert (tmp_path / "services/a.md").stat().st_mtime_ns == before


def test_rewrites_a_changed_page_and_removes_one_no_longer_generated(tmp_path):
    write_pages([PageFile("a.md", "A"), PageFile("gone.md", "G")], tmp_path)
    assert write_pages([PageFile("a.md", "A2")], tmp_path) == 2
    assert (tmp_path / "a.md").read_text() == "A2"
    assert not (tmp_path / "gone.md").exists()
