"""What one process keeps between the builds it runs (compiled templates), and what a preview server
needs to rebuild once per edit, and only what the edit changed.

A site generator may build the site several times in one process (once per language, and again on each
edit while previewing), each time with a new template environment that would compile the same theme
templates again. `compiled_templates` is a Jinja bytecode cache held in memory: a template is compiled
once per process and source (a changed template has another checksum and is compiled again).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterable

import jinja2


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled code per template, kept in memory, checked against the template's source."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, object]] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with self._lock:
            kept = self._code.get(bucket.key)
        if kept and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with self._lock:
            self._code[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


compiled_templates = CompiledTemplates()


# Content that shows on every page (the site's name and address, interface strings, notices, the news
# feed's link), not only on the pages generated from it: a change to it makes every page out of date.
EVERY_PAGE = ("site.", "strings/", "notices/", "news/")


def every_page_stamp(content: Path, language: str | None = None, languages: Iterable[str] = (),
                     default: str | None = None, folders: tuple[str, ...] = EVERY_PAGE) -> int:
    """A stamp (see signpost.cache.tree_stamp) of the content that every page shows (of `folders`); with
    `language`, of what that language's pages show: files of no language or of `language` or of the
    `default` one (which the others fall back to), so an edit of content/strings/ar.yml leaves the other
    languages' stamps as they were."""
    languages = set(languages)
    entries = []
    pending = [(str(content), "")]
    while pending:  # only the folders `folders` name are walked (os.scandir: a few ms for thousands of files)
        folder, prefix = pending.pop()
        try:
            listing = list(os.scandir(folder))
        except FileNotFoundError:
            continue
        for entry in listing:
            relative = prefix + entry.name
            if entry.is_dir(follow_symlinks=True):
                if any(name.startswith(relative + "/") or relative.startswith(name) for name in folders):
                    pending.append((entry.path, relative + "/"))
            elif relative.startswith(folders):
                if language is not None and file_language(relative, languages) not in (None, language, default):
                    continue
                stat = entry.stat()
                entries.append((relative, stat.st_size, stat.st_mtime_ns))
    entries.sort()
    return hash(tuple(entries))


def file_language(relative: str, languages: set[str]) -> str | None:
    """The language a content file is in by its name (strings/ar.yml, strings/forms.ar.yml, site.ar.yml),
    or None (site.yml, a notice in no language's name)."""
    stem = relative.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    last = stem.rsplit(".", 1)[-1]
    return last if last in languages else None


def mark_out_of_date(outputs: Iterable[Path]) -> int:
    """Makes built files older than any source (their modification time 0), so that a build that renders
    only pages whose source is newer than their output renders them again. Returns how many."""
    marked = 0
    for path in outputs:
        try:
            os.utime(path, (0, 0))
            marked += 1
        except OSError:
            pass  # not built yet: it will be
    return marked
