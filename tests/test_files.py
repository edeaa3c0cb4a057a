from signpost.files import write_files, write_whole


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
