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


def test_pages_from_a_generator_are_written_as_they_come_and_counted(tmp_path):
    from signpost.pages.writer import write_counted
    pages = (PageFile(f"p{n}.md", f"P{n}") for n in range(3))
    assert write_counted(pages, tmp_path) == (3, 3)
    assert write_counted((PageFile(f"p{n}.md", f"P{n}") for n in range(2)), tmp_path) == (2, 1)  # p2 removed
    assert sorted(path.name for path in tmp_path.iterdir()) == ["p0.md", "p1.md"]
