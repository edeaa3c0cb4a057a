"""The cache of derived files: found again by the same inputs, never by different ones, and safe to lose."""
from __future__ import annotations

import json

from signpost.cache import Cache, cache_folder, file_digest, key


def counting(data: bytes):
    made = []

    def make() -> bytes:
        made.append(data)
        return data

    return make, made


def test_an_entry_is_made_once_and_found_again_by_a_new_cache_on_the_same_folder(tmp_path):
    make, made = counting(b"%PDF-1 one")
    assert Cache(tmp_path).get("pdf", ["document", "css"], make) == b"%PDF-1 one"
    again = Cache(tmp_path)
    assert again.get("pdf", ["document", "css"], make) == b"%PDF-1 one"
    assert made == [b"%PDF-1 one"]
    assert (again.hits["pdf"], again.misses["pdf"]) == (1, 0)


def test_any_changed_input_is_another_entry(tmp_path):
    store = Cache(tmp_path)
    store.get("pdf", ["document", "css", "weasyprint==1"], lambda: b"old")
    assert store.get("pdf", ["document", "css", "weasyprint==2"], lambda: b"new") == b"new"
    assert store.get("pdf", ["document!", "css", "weasyprint==1"], lambda: b"other") == b"other"
    assert store.get("pdf", ["document", "css", "weasyprint==1"], lambda: b"never") == b"old"
    assert (store.hits["pdf"], store.misses["pdf"]) == (1, 3)


def test_parts_are_delimited():
    assert key("ab", "c") != key("a", "bc")
    assert key("a", b"b") == key("a", "b")


def test_a_deleted_entry_is_a_miss_not_an_error(tmp_path):
    store = Cache(tmp_path / "cache")
    store.get("pdf", ["x"], lambda: b"made")
    [entry] = (tmp_path / "cache" / "pdf").iterdir()
    entry.unlink()
    assert Cache(tmp_path / "cache").get("pdf", ["x"], lambda: b"made again") == b"made again"


def test_no_folder_keeps_nothing():
    make, made = counting(b"x")
    store = Cache(None)
    store.get("pdf", ["a"], make)
    store.get("pdf", ["a"], make)
    store.lookup("qr", "https://example.org/", ["segno==1"], lambda: "<svg/>")
    store.save()
    assert len(made) == 2 and store.misses["pdf"] == 2


def test_a_table_is_saved_with_only_the_entries_used_and_read_back(tmp_path):
    store = Cache(tmp_path)
    for url in ("https://example.org/a/", "https://example.org/b/"):
        store.lookup("qr", url, ["segno==1"], lambda url=url: f"<svg>{url}</svg>")
    store.save()
    later = Cache(tmp_path)
    assert later.lookup("qr", "https://example.org/a/", ["segno==1"], lambda: "never") == "<svg>https://example.org/a/</svg>"
    later.save()
    [table] = tmp_path.glob("qr-*.json")
    assert json.loads(table.read_text(encoding="utf-8")) == {"https://example.org/a/": "<svg>https://example.org/a/</svg>"}
    assert "qr 1 reused, 0 made" == later.report()
    assert later.report() == "nothing to make"  # counts start again after each report


def test_a_new_library_version_starts_a_new_table_and_drops_the_old(tmp_path):
    store = Cache(tmp_path)
    store.lookup("qr", "u", ["segno==1"], lambda: "old")
    store.save()
    newer = Cache(tmp_path)
    assert newer.lookup("qr", "u", ["segno==2"], lambda: "new") == "new"
    newer.save()
    assert len(list(tmp_path.glob("qr-*.json"))) == 1


def test_file_digest_follows_the_bytes(tmp_path):
    font = tmp_path / "font.ttf"
    font.write_bytes(b"one")
    first = file_digest(font)
    font.write_bytes(b"two!")
    assert file_digest(font) != first


def test_the_folder_is_beside_content_unless_set(tmp_path, monkeypatch):
    monkeypatch.delenv("SIGNPOST_CACHE", raising=False)
    assert cache_folder(tmp_path / "content") == tmp_path.resolve() / ".cache" / "signpost"
    monkeypatch.setenv("SIGNPOST_CACHE", str(tmp_path / "elsewhere"))
    assert cache_folder(tmp_path / "content") == tmp_path / "elsewhere"
    monkeypatch.setenv("SIGNPOST_CACHE", "off")
    assert cache_folder(tmp_path / "content") is None
