"""Splits each language's Pagefind word index into chunks of about the size Pagefind means them to be.

A reader's first query downloads the index chunk that holds its word. Pagefind 1.5 indexes a word
with diacritics under its plain form and keeps the postings of each written form as a "variant";
when it splits the index into chunks, it counts only the plain form's postings. In Hindi almost
every word has vowel signs (सेवा is indexed as सव), so almost nothing is counted: the Devanagari
words fall into one or two chunks that grow with the whole directory, and a search for सेवा at
2,000 services downloaded 31-41 KB of index for one word. Pagefind's source on GitHub counts the
variants (`chunk_index`); 1.5.2, the latest release, does not. Until one does, this does the same to
the bundle Pagefind wrote: the same words, postings and order, split where Pagefind's rule with the
variants counted splits them, each chunk named by its content's hash. Drop this module when the pinned
Pagefind counts variants itself (then this changes nothing: `rechunk` reports no language).

The files are gzip, the signature `pagefind_dcd`, then CBOR of integers, text and arrays, read and
written by cbor2 (a map or an unknown tag is an error, never a silently different index)."""
from __future__ import annotations

import contextlib
import gc
import gzip
import hashlib
import io
import json
from pathlib import Path

import cbor2

SIGNATURE = b"pagefind_dcd"
CHUNK_SIZE = 20000  # Pagefind's own: positions and pages counted per chunk before it starts another


class IndexFormatError(RuntimeError):
    pass


def _refuse(what):
    def refuse(*_):
        raise IndexFormatError(f"unexpected CBOR {what}")
    return refuse


def read(path: Path):
    """The value a Pagefind index file holds (numbers, text and arrays); IndexFormatError for a file that
    is not one, or holds a map or a tag cbor2 does not know, or anything after its value."""
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise IndexFormatError(f"{path}: not a Pagefind index file")
    stream = io.BytesIO(data)
    stream.seek(len(SIGNATURE))
    try:
        value = cbor2.CBORDecoder(stream, tag_hook=_refuse("tag"), object_hook=_refuse("map")).decode()
    except cbor2.CBORDecodeError as error:  # (a hook's own error is its cause)
        raise IndexFormatError(f"{path}: {error.__cause__ or error}") from None
    if stream.tell() != len(data):
        raise IndexFormatError(f"{path}: {len(data) - stream.tell()} bytes after the index")
    return value


def _write(directory: Path, prefix: str, lang: str, digits: int, suffix: str, value) -> str:
    """Writes `value` as Pagefind does (gzip with no timestamp: two builds give the same bytes), named
    by its hash; returns the name without `prefix` and `suffix`."""
    body = cbor2.dumps(value)  # (the shortest form of each number and length, as Pagefind writes them)
    digest = hashlib.sha256(body).hexdigest()
    name = f"{lang}_{digest[:digits]}"
    while (directory / f"{prefix}{name}{suffix}").exists() and digits < len(digest):
        digits += 1
        name = f"{lang}_{digest[:digits]}"
    (directory / f"{prefix}{name}{suffix}").write_bytes(gzip.compress(SIGNATURE + body, 6, mtime=0))
    return name


def _postings(word: list) -> int:
    """Pagefind's measure of a word: per page, its positions and meta positions and one; and one per
    written form, with the variants' pages counted too (word = [word, pages, [[form, pages], ...]])."""
    pages = word[1] + [page for variant in word[2] for page in variant[1]]
    return sum(len(page[1]) + len(page[2]) + 1 for page in pages) + len(word[2])


def split(words: list, size: int = CHUNK_SIZE) -> list[list]:
    chunks, chunk, counted = [], [], 0
    for word in words:
        chunk.append(word)
        counted += _postings(word)
        if counted >= size:
            chunks.append(chunk)
            chunk, counted = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def _prefixes(a: str, b: str) -> tuple[str, str]:
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return a[:common + 1], b[:common + 1]


def ranges(chunks: list[list]) -> list[list[str]]:
    """Each chunk's first and last word, shortened as Pagefind shortens them (to the shortest prefixes
    that still tell neighbours apart), which is how its search finds the chunk for a word."""
    named = [[chunk[0][0], chunk[-1][0]] for chunk in chunks]
    for before, after in zip(named, named[1:]):
        to, start = _prefixes(before[1], after[0])
        if to >= before[0]:
            before[1] = to
        after[0] = start
    return named


@contextlib.contextmanager
def _no_collections():
    # The decoded index is millions of small lists, numbers and strings with no reference cycles: a
    # collection would only walk the heap of the build around it again and again (2 s of 4 at 1,000
    # services); refcounting frees it all.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def rechunk(bundle: Path, size: int = CHUNK_SIZE) -> list[str]:
    """Re-splits every language's word index in `bundle` (Pagefind's output folder); returns the
    languages whose chunks changed."""
    with _no_collections():
        return _rechunk(bundle, size)


def _rechunk(bundle: Path, size: int) -> list[str]:
    entry_path = bundle / "pagefind-entry.json"
    if not entry_path.exists():
        return []
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    changed = []
    for lang, language in sorted(entry["languages"].items()):
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = read(meta_path)
        names = [name for _, _, name in meta[2]]
        written = [read(bundle / "index" / f"{name}.pf_index")[0] for name in names]
        chunks = split([word for chunk in written for word in chunk], size)
        if [len(chunk) for chunk in chunks] == [len(chunk) for chunk in written]:
            continue
        for name in names:
            (bundle / "index" / f"{name}.pf_index").unlink()
        meta[2] = [[first, last, _write(bundle / "index", "", lang, 7, ".pf_index", [chunk])]
                   for (first, last), chunk in zip(ranges(chunks), chunks)]
        meta_path.unlink()
        language["hash"] = _write(bundle, "pagefind.", lang, 10, ".pf_meta", meta)
        changed.append(lang)
    # Sorted: Pagefind lists the languages in no fixed order, and two builds of a site are byte-identical.
    entry_path.write_text(json.dumps(entry, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    return changed
