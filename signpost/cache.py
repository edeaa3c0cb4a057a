"""Derived files (leaflet PDFs, QR codes) kept on disk between builds, so unchanged ones are not made again.

Each entry is keyed by a SHA-256 of exactly what it is made from: the caller passes every input (the
document, the stylesheet, the font files' digests, the versions of the libraries that make it), so a
changed input or library version is a new key and the old entry is never read again. The cache lives in
`.cache/signpost/` beside `content/` (gitignored), or in $SIGNPOST_CACHE; $SIGNPOST_CACHE=off keeps
nothing. A missing, unreadable or half-written entry is a miss, never an error: deleting the folder is
always safe.

Two shapes: `get` keeps one file an entry (PDFs, tens of KB each); `table` keeps many small text entries
(QR codes, one per service and language) in one JSON file, written by `save`.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from signpost.files import write_whole

FORMAT = "1"  # bump when the layout of the cache changes
MAX_FILES = 256  # entries kept per kind of one-file entries; the least recently used go first


def key(*parts: str | bytes) -> str:
    """A hex SHA-256 of `parts`, each length-prefixed, so ("ab", "c") and ("a", "bc") differ."""
    digest = hashlib.sha256(FORMAT.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


@functools.cache
def version(distribution: str) -> str:
    """The installed version of a Python distribution (e.g. "weasyprint"), for cache keys."""
    return f"{distribution}=={importlib.metadata.version(distribution)}"


_digests: dict[tuple[str, int, int], str] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, computed again only when its size or modification time changes."""
    stat = path.stat()
    stamp = (str(path), stat.st_size, stat.st_mtime_ns)
    if stamp not in _digests:
        _digests[stamp] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _digests[stamp]


def tree_stamp(folder: Path) -> int:
    """A hash of the paths, sizes and modification times of every file under `folder`: equal stamps mean
    nothing there changed (so a rebuild of `mkdocs serve` may skip loading and generating again).
    A few milliseconds for thousands of files."""
    entries = []
    pending = [str(folder)]
    while pending:
        with os.scandir(pending.pop()) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                else:
                    stat = entry.stat()
                    entries.append((entry.path, stat.st_size, stat.st_mtime_ns))
    return hash(tuple(sorted(entries)))


class Cache:
    """Derived files by key, in `folder` (None: nothing is kept, everything is made each time).

    `hits` and `misses` count, by kind, the entries found and made since the cache was opened."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self._tables: dict[str, tuple[Path | None, dict[str, str], set[str]]] = {}

    def get(self, kind: str, parts: Iterable[str | bytes], make: Callable[[], bytes]) -> bytes:
        """The bytes stored for `parts` under `kind`, or `make()`'s, which are then stored."""
        parts = list(parts)
        data = self.find(kind, parts)
        if data is None:
            data = make()
            self.put(kind, parts, data)
        return data

    def find(self, kind: str, parts: Iterable[str | bytes]) -> bytes | None:
        """The bytes stored for `parts` under `kind` (counted as a hit), or None (counted as a miss)."""
        if self.folder is not None:
            path = self.folder / kind / key(kind, *parts)
            try:
                data = path.read_bytes()
                os.utime(path)  # recently used: kept by _prune
                self.hits[kind] += 1
                return data
            except OSError:
                pass
        self.misses[kind] += 1
        return None

    def put(self, kind: str, parts: Iterable[str | bytes], data: bytes) -> None:
        """Stores `data` for `parts` under `kind` (nothing when the cache has no folder)."""
        if self.folder is not None:
            path = self.folder / kind / key(kind, *parts)
            write_whole(path, data)
            self._prune(path.parent)

    def table(self, kind: str, *parts: str) -> dict[str, str]:
        """A dict of small text entries for `kind`, loaded once; `parts` (library versions) name the
        file, so a new version starts an empty table. Use `lookup` to count hits; `save` writes it."""
        if kind not in self._tables:
            path = self.folder / f"{kind}-{key(kind, *parts)[:32]}.json" if self.folder else None
            try:
                entries = json.loads(path.read_text(encoding="utf-8")) if path else {}
            except (OSError, ValueError):
                entries = {}
            self._tables[kind] = (path, entries if isinstance(entries, dict) else {}, set())
        return self._tables[kind][1]

    def lookup(self, kind: str, name: str, parts: Iterable[str], make: Callable[[], str]) -> str:
        """The text stored for `name` in the table `kind` (see `table`), or `make()`'s."""
        entries = self.table(kind, *parts)
        used = self._tables[kind][2]
        used.add(name)
        if name in entries:
            self.hits[kind] += 1
        else:
            self.misses[kind] += 1
            entries[name] = make()
        return entries[name]

    def save(self) -> None:
        """Writes each table that gained entries, keeping only the entries used since it was opened (so
        it holds what the site has now, not every URL it ever had)."""
        for kind, (path, entries, used) in self._tables.items():
            if path is None or not used:
                continue
            kept = {name: entries[name] for name in sorted(used) if name in entries}
            try:
                unchanged = json.loads(path.read_text(encoding="utf-8")) == kept
            except (OSError, ValueError):
                unchanged = False
            if not unchanged:
                write_whole(path, json.dumps(kept, ensure_ascii=False).encode("utf-8"))
            for stale in path.parent.glob(f"{kind}-*.json"):
                if stale != path:
                    stale.unlink(missing_ok=True)

    def shared(self) -> dict:
        """What this process added to its tables and counted, for a process it was forked from to take
        in (`take_in`): picklable."""
        return {"tables": {kind: (path, {name: entries[name] for name in used if name in entries})
                           for kind, (path, entries, used) in self._tables.items() if used},
                "hits": dict(self.hits), "misses": dict(self.misses)}

    def take_in(self, shared: dict) -> None:
        """Adds what a forked copy of this process made and counted (its `shared()`), so that `save`
        and `report` cover both processes' work."""
        for kind, (path, entries) in shared["tables"].items():
            if kind not in self._tables:
                try:
                    known = json.loads(path.read_text(encoding="utf-8")) if path else {}
                except (OSError, ValueError):
                    known = {}
                self._tables[kind] = (path, known if isinstance(known, dict) else {}, set())
            self._tables[kind][1].update(entries)
            self._tables[kind][2].update(entries)
        self.hits.update(shared["hits"])
        self.misses.update(shared["misses"])

    def report(self) -> str:
        """'leaflet-pdf 15 reused, 0 made; ...' since the last report (for the build log), and counts
        again from zero (so each rebuild of `mkdocs serve` reports its own)."""
        kinds = sorted(set(self.hits) | set(self.misses))
        text = "; ".join(f"{kind} {self.hits[kind]} reused, {self.misses[kind]} made" for kind in kinds) or "nothing to make"
        self.hits.clear()
        self.misses.clear()
        return text

    def _prune(self, folder: Path) -> None:
        entries = [path for path in folder.iterdir() if not path.name.startswith(".tmp-")]
        if len(entries) <= MAX_FILES:
            return
        entries.sort(key=_modified)
        for stale in entries[:len(entries) - MAX_FILES]:
            stale.unlink(missing_ok=True)


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:  # removed meanwhile by another build's prune
        return 0


_open: dict[Path | None, Cache] = {}


def cache_folder(content: Path) -> Path | None:
    """Where the cache of the portal whose content is in `content` lives ($SIGNPOST_CACHE, "off": none)."""
    setting = os.environ.get("SIGNPOST_CACHE", "")
    if setting == "off":
        return None
    return Path(setting) if setting else Path(content).resolve().parent / ".cache" / "signpost"


def cache_for(content: Path) -> Cache:
    """The one Cache of a portal's content folder in this process (so `mkdocs serve` keeps its tables)."""
    folder = cache_folder(content)
    if folder not in _open:
        _open[folder] = Cache(folder)
    return _open[folder]
