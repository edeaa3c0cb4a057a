"""A build with nothing changed since the last successful one keeps that build's site instead of making
it again.

Builds are reproducible (two builds of one commit on one day are byte-identical), so a site is a function of what
the build reads. `inputs_key` is a SHA-256 of all of it: the bytes of every file in the given folders and
files (the project's content/, its hand-written docs/ without docs/generated/, the theme overrides, the
hooks, mkdocs.yml, Signpost's own code and templates, the fonts leaflets are drawn with), the name and
version of every installed Python distribution (MkDocs, its theme and plugins, Pagefind's binary,
WeasyPrint...), the Python version, the command line, and the environment settings a build reads
(the build date of signpost.lifetime, so a build on the next day, when a notice may have
ended, is made whole; SOURCE_DATE_EPOCH; and every SIGNPOST_ variable). One changed byte or version is
another key, and the build is then made whole, from an empty site folder.

`LastBuild` is the record of the last successful build, `last-build.json` in Signpost's cache folder
(`.cache/signpost/`, gitignored; signpost.cache): its key and stamps of the two folders it left (the
site, and docs/generated/), so a deleted or edited output is noticed too. A build that starts forgets
the record, and only a build that succeeds writes it again: a failed or interrupted build is never
taken for a good one. The record names the folders by their absolute paths.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Mapping

from signpost.leaflets.fonts import FACES, FONT_DIR
from signpost.lifetime import build_date

RECORD = "last-build.json"
SKIPPED = ("__pycache__", ".pyc", ".git")


def _files(folder: Path, leave_out: tuple[Path, ...]) -> Iterable[Path]:
    pending = [folder]
    while pending:
        current = pending.pop()
        if current in leave_out:
            continue
        try:
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.name.endswith(SKIPPED):
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=True):
                pending.append(path)
            elif entry.is_file(follow_symlinks=True):
                yield path


def inputs_key(folders: Iterable[Path], files: Iterable[Path] = (), leave_out: Iterable[Path] = (),
               argv: Iterable[str] = (), environ: Mapping[str, str] = os.environ) -> str:
    """A hex SHA-256 of the bytes and relative names of every file under `folders` (but not under
    `leave_out`) and of `files`, of every installed distribution's version, of Python's version, of
    `argv`, and of the environment settings a build reads."""
    digest = hashlib.sha256(b"signpost-inputs-1")

    def add(*parts: str | bytes) -> None:
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)

    skipped = tuple(Path(path).resolve() for path in leave_out)
    for folder in folders:
        folder = Path(folder).resolve()
        add("folder", str(folder))
        for path in _files(folder, skipped):
            add(path.relative_to(folder).as_posix(), path.read_bytes())
    for path in files:
        path = Path(path).resolve()
        add("file", str(path), path.read_bytes() if path.is_file() else b"(missing)")
    add("distributions", *installed())
    add("python", sys.version, "argv", *argv)
    add("date", build_date(environ).isoformat())
    for name in sorted(name for name in environ if name.startswith("SIGNPOST_") or name == "SOURCE_DATE_EPOCH"):
        add("environ", name, environ[name])
    return digest.hexdigest()


def installed() -> list[str]:
    """The installed distributions, by the names of their metadata folders ("mkdocs-1.6.1.dist-info"):
    their versions, without parsing each one's metadata (which takes most of a second)."""
    found = set()
    for entry in sys.path:
        try:
            found.update(name for name in os.listdir(entry or ".") if name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return sorted(found)


def folder_stamp(folder: Path) -> str:
    """A hex SHA-256 of the relative path, size and modification time of every file under `folder`
    (stable between processes, unlike signpost.cache.tree_stamp); "" when there is no such folder."""
    folder = Path(folder)
    if not folder.is_dir():
        return ""
    digest = hashlib.sha256()
    for path in _files(folder, ()):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class LastBuild:
    """The record of the last successful build in cache folder `folder` (None: no cache, nothing kept)."""

    def __init__(self, folder: Path | None):
        self.path = Path(folder) / RECORD if folder is not None else None

    def _read(self) -> dict:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8")) if self.path else {}
        except (OSError, ValueError):
            return {}
        return record if isinstance(record, dict) else {}

    def unchanged(self, key: str, outputs: Iterable[Path]) -> bool:
        """Whether the last successful build had this key and left the `outputs` folders as they are."""
        record = self._read()
        outputs = [Path(path).resolve() for path in outputs]
        return bool(record) and record.get("key") == key and record.get("outputs") == {
            str(path): folder_stamp(path) for path in outputs} and all(path.is_dir() for path in outputs)

    def forget(self) -> None:
        """A build starts: until it succeeds, no site is taken for a finished one."""
        if self.path:
            self.path.unlink(missing_ok=True)

    def record(self, key: str, outputs: Iterable[Path]) -> None:
        """A build succeeded with this key, leaving the `outputs` folders as they are now."""
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"key": key, "outputs": {str(Path(path).resolve()): folder_stamp(Path(path).resolve()) for path in outputs}}
        temporary = self.path.with_name(f".tmp-{os.getpid()}-{RECORD}")
        temporary.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)


def build_key(project_folders: Iterable[Path], project_files: Iterable[Path], generated: Path,
              argv: Iterable[str] = (), environ: Mapping[str, str] = os.environ) -> str:
    """`inputs_key` of a portal's build: the project's folders and files as given (content/, docs/,
    overrides/, hooks/, mkdocs.yml), less `generated` (made by the build), with Signpost's own code and
    templates and the leaflet fonts."""
    package = Path(__file__).resolve().parent
    fonts = [FONT_DIR / face.file for face in FACES]
    return inputs_key([*project_folders, package], [*project_files, *fonts], leave_out=[generated],
                      argv=argv, environ=environ)
