"""The Pagefind index of the built sample: one index per language, the page content only."""
import gzip
import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from signpost.load import load_portal
from signpost.search import index_chunks

from signpost.search.pagefind import (BUNDLE, PARTS, UNUSED, LanguageIndex, PagefindError, PagefindStopped, executable,
                                     index_site, language_pages, merge_indexes)

LANGUAGES = ("en", "ar", "fr", "hi", "es")


def test_one_index_per_language_from_html_lang(built_sample):
    bundle = built_sample.site / BUNDLE
    metas = {path.name.split("_")[0].removeprefix("pagefind.") for path in bundle.glob("pagefind.*.pf_meta")}
    assert metas == set(LANGUAGES)
    assert (bundle / "pagefind.js").is_file()


def test_pagefinds_ready_made_interfaces_are_not_shipped(built_sample):
    assert [name for name in UNUSED if (built_sample.site / BUNDLE / name).exists()] == []


def test_the_page_content_is_indexed_and_the_service_name_weighs_most(built_sample):
    html = built_sample.page("ar/services/community-food-bank/")
    body = html.split("data-pagefind-body", 1)
    assert len(body) == 2, "the content is marked for indexing"
    assert re.search(r'<h1 data-pagefind-weight="10"[^>]*>', body[1])
    header = html.split('<header', 1)[1].split('</header>', 1)[0]
    assert "data-pagefind-body" not in header


def test_the_chrome_is_outside_the_indexed_content(built_sample):
    html = built_sample.page("services/community-food-bank/")
    start = html.index("data-pagefind-body")
    assert html.index("md-header") < start < html.index('class="md-footer')
    assert html.count("data-pagefind-body") == 1


def test_filter_pages_and_the_shortlist_stay_out_of_the_index(built_sample):
    for url in ("services/need/food/", "ar/services/cost/free/", "shortlist/", "hi/shortlist/"):
        assert "data-pagefind-body" not in built_sample.page(url), url
    assert "data-pagefind-body" in built_sample.page("what-is-social-prescribing/")


def indexed_text(site, url: str) -> str:
    """The text Pagefind indexed for the page at `url`: its fragment (gzip, a signature, then JSON)
    holds the page's indexed content, which results' excerpts are taken from."""
    lang = next((code for code in LANGUAGES if url.startswith(f"/{code}/")), "en")
    for path in (site / BUNDLE / "fragment").glob(f"{lang}_*.pf_fragment"):
        fragment = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        if fragment["url"] == url:
            return fragment["content"]
    raise AssertionError(f"{url} is not in the {lang} index")


# Interface text every service page repeats: indexed, a word of it ('सेवा', 'service') matched every
# service page, outranked the services whose own words have it, and made that word's index chunk (what
# a reader's first query downloads) grow with the directory.
SERVICE_PAGE_INTERFACE = ("service_details", "contact_service", "back_to_directory", "last_reviewed",
                          "who_can_refer", "shortlist_scan", "shortlist_add", "add_to_calendar", "fallback_notice")


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_a_service_page_is_indexed_by_its_own_words_not_the_interface_text_every_service_page_repeats(built_sample, lang):
    portal = load_portal(built_sample.project / "content")
    service = portal.services["community-food-bank"]
    text = indexed_text(built_sample.site, ("" if lang == "en" else f"/{lang}") + "/services/community-food-bank/")
    for field in ("name", "summary"):
        assert " ".join(portal.text(service, field, lang).text.split()) in text, field
    assert "St Mark's Hall" in text and "020 7946 0201" in text  # its facts: where it is, its phone
    interface = {key: portal.string(key, lang) for key in SERVICE_PAGE_INTERFACE}
    assert not interface["fallback_notice"].fallback, "the notice is in the page's language"
    found = [key for key, string in interface.items() if string.text.split("{")[0].strip() in text]
    assert found == [], found


def _postings_of(bundle):
    """Every language's words in index order, each with all its postings, from the chunks its meta lists."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    words, names = {}, {}
    for lang, language in entry["languages"].items():
        meta = index_chunks.read(bundle / f"pagefind.{language['hash']}.pf_meta")
        words[lang] = [(first, last, index_chunks.read(bundle / "index" / f"{name}.pf_index")[0])
                       for first, last, name in meta[2]]
        names[lang] = [name for _, _, name in meta[2]]
    return words, names


def test_each_language_index_is_split_counting_every_written_form_of_a_word(built_sample, tmp_path):
    # Pagefind 1.5 counted only a word's plain form when splitting: Hindi words, nearly all with vowel
    # signs, went uncounted into one chunk that a first query downloaded whole. Split again (here into
    # small chunks, so the sample has many), every word and posting is kept, in order, each chunk is as
    # large as the rule says and no larger, and its range, which the search uses to find it, covers it.
    bundle = tmp_path / BUNDLE
    shutil.copytree(built_sample.site / BUNDLE, bundle)
    before, _ = _postings_of(bundle)
    assert set(index_chunks.rechunk(bundle, size=500)) == set(LANGUAGES)
    after, names = _postings_of(bundle)
    assert sorted(path.name for path in (bundle / "index").iterdir()) == sorted(
        f"{name}.pf_index" for chunks in names.values() for name in chunks)  # the old chunks are gone
    for lang in LANGUAGES:
        words = [word for _, _, chunk in after[lang] for word in chunk]
        assert words == [word for _, _, chunk in before[lang] for word in chunk], lang
        assert len(after[lang]) > len(before[lang]), lang
        for first, last, chunk in after[lang]:
            counted = [index_chunks._postings(word) for word in chunk]
            assert sum(counted[:-1]) < 500 and (sum(counted) >= 500 or chunk is after[lang][-1][2]), lang
            assert all(first <= word[0] and (word[0] <= last or word[0].startswith(last)) for word in chunk)
    assert index_chunks.rechunk(bundle, size=500) == [], "split again, nothing changes"


def test_the_languages_indexed_one_by_one_and_merged_are_pagefinds_whole_site_bundle(built_sample, tmp_path):
    # Each language's pages are indexed as soon as they are built, into a folder of their own, and the
    # folders merged: the same files Pagefind writes indexing the whole site at once (then split again
    # and its unused interfaces removed, as the build does), with one entry file for every language.
    whole = tmp_path / "whole"
    subprocess.run([str(executable()), "--site", str(built_sample.site), "--output-path", str(whole), "--silent"],
                   check=True)
    for name in UNUSED:
        (whole / name).unlink(missing_ok=True)
    index_chunks.rechunk(whole)
    merged = built_sample.site / BUNDLE
    files = {path.relative_to(merged).as_posix(): path.read_bytes() for path in merged.rglob("*") if path.is_file()}
    expected = {path.relative_to(whole).as_posix(): path.read_bytes() for path in whole.rglob("*") if path.is_file()}
    assert sorted(files) == sorted(expected)
    assert [path for path in files if files[path] != expected[path]] == []
    assert sorted(json.loads(files["pagefind-entry.json"])["languages"]) == sorted(LANGUAGES)


@pytest.mark.parametrize("body, found", [
    (b"\x82\x01\x61a", None),  # [1, "a"]: read
    (b"\xa1\x01\x02", "unexpected CBOR map"),  # {1: 2}
    (b"\xd9\x99\x99\x01", "unexpected CBOR tag"),  # tag 39321, which no one defined
    (b"\x82\x01\x61a\x00", "1 bytes after the index"),
    (b"\x82\x01", "premature end of stream"),
])
def test_an_index_file_holding_anything_but_numbers_text_and_arrays_is_refused_not_rewritten(tmp_path, body, found):
    path = tmp_path / "en_1234567.pf_index"
    path.write_bytes(gzip.compress(index_chunks.SIGNATURE + body))
    if found is None:
        assert index_chunks.read(path) == [1, "a"]
    else:
        with pytest.raises(index_chunks.IndexFormatError, match=found):
            index_chunks.read(path)


def test_a_languages_pages_are_its_folder_and_the_default_languages_everything_else(tmp_path):
    for path in ("index.html", "404.html", "team/index.html", "ar/index.html", "pagefind/x.js", ".pagefind-languages/en/a",
                 "feed.xml"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x", encoding="utf-8")
    assert language_pages(tmp_path, "ar/", ["ar/", "fr/"]) == "ar/**/*.html"
    assert language_pages(tmp_path, "", ["ar/", "fr/"]) == "{404.html,index.html,team/**/*.html}"
    assert language_pages(tmp_path / "ar", "", []) == "{index.html}"
    (tmp_path / "empty").mkdir()
    assert language_pages(tmp_path / "empty", "", []) is None


def test_a_language_indexed_as_another_is_an_error_not_a_bundle_missing_one(tmp_path):
    for part in ("en", "ar"):
        (tmp_path / PARTS / part).mkdir(parents=True)
        (tmp_path / PARTS / part / "pagefind-entry.json").write_text(
            json.dumps({"version": "1.5.2", "languages": {"en": {"hash": f"en_{part}", "page_count": 1}}}), encoding="utf-8")
    with pytest.raises(PagefindError, match=r"pages built in ar were indexed as en \(their <html lang>\)"):
        merge_indexes(tmp_path)


def pagefinds_reading(site):
    """The processes running Pagefind over `site`, from /proc."""
    wanted = f"--site\0{Path(site).resolve()}\0".encode()
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and wanted in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:  # (ended meanwhile)
            pass
    return found


def test_a_stopped_index_ends_pagefind_at_once_and_leaves_the_bundle_as_it_was(built_sample, tmp_path):
    # A preview that stops, or a rebuild that overtakes its search index, removes or rewrites the pages
    # Pagefind reads; Pagefind can then wait for good, and the preview with it.
    site = tmp_path / "site"
    shutil.copytree(built_sample.site, site)
    bundle = {path: path.read_bytes() for path in (site / BUNDLE).rglob("*") if path.is_file()}
    stop = threading.Event()
    index = LanguageIndex(site, "en", "{index.html,services/**/*.html}")
    stop.set()
    with pytest.raises(PagefindStopped):
        index.finish(stop)
    assert pagefinds_reading(site) == []
    with pytest.raises(PagefindStopped):  # nothing more is begun once stopped
        index_site(site, {"en": "", "ar": "ar/"}, stop)
    assert pagefinds_reading(site) == []
    assert {path: path.read_bytes() for path in (site / BUNDLE).rglob("*") if path.is_file()} == bundle
