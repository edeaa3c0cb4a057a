from signpost.files import set_aside, write_files, write_whole


def test_writes_each_file_under_its_folders_and_returns_the_bytes_written(tmp_path):
    (tmp_path / "ar/services").mkdir(parents=True)
    (tmp_path / "ar/services/finder-data.json").write_bytes(b"old and longer")
    written = write_files({"openreferral/services/a.json": b"{}\n", "ar/services/finder-data.json": b"[]"}, tmp_path)
    assert written == {"openreferral/services/a.json": 3, "ar/services/finder-data.json": 2}
    assert (tmp_path / "openreferral/services/a.json").read_bytes() == b"{}\n"
    assert (tmp_path / "ar/services/finder-data.json").read_bytes() == b"[]"


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "files/guide-en.pdf"
    write_whole(target, b"%PDF- old")
    write_whole(target, b"%PDF- new")
    assert target.read_bytes() == b"%PDF- new"
    assert [path.name for path in target.parent.iterdir()] == ["guide-en.pdf"]  # no temporary file left


def test_a_folder_set_aside_is_empty_at_once_and_its_old_files_are_beside_it(tmp_path):
    site = tmp_path / "site"
    (site / "team").mkdir(parents=True)
    (site / "team" / "index.html").write_text("old", encoding="utf-8")
    aside = set_aside(site)
    assert list(site.iterdir()) == []
    assert aside == tmp_path / ".site-old" and (aside / "team" / "index.html").read_text(encoding="utf-8") == "old"
    (site / "new.html").write_text("new", encoding="utf-8")
    assert set_aside(site) == aside and sorted(path.name for path in aside.iterdir()) == ["new.html"]  # the older one gone


def test_a_folder_not_there_yet_is_made_with_nothing_to_delete(tmp_path):
    assert set_aside(tmp_path / "site") is None
    assert (tmp_path / "site").is_dir()
