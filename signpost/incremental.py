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
# Settings whose name alone would not tell an editor why the site was built whole.
EXPLAINED = {"SOURCE_DATE_EPOCH": "SOURCE_DATE_EPOCH (the time of the last commit, which make passes)"}


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


def input_parts(folders: Iterable[Path], files: Iterable[Path] = (), leave_out: Iterable[Path] = (),
                argv: Iterable[str] = (), environ: Mapping[str, str] = os.environ,
                names: Mapping[Path, str] | None = None) -> dict[str, str]:
    """What a build reads, in parts an editor can be told of: a part's name ('content/', 'mkdocs.yml',
    'the build date', 'SOURCE_DATE_EPOCH'...) -> a hex SHA-256 of it. A folder's part covers the bytes
    and relative names of every file under it (but not under `leave_out`); `names` renames a folder
    (by default its name and a slash). The others: each file of `files`, every installed distribution's
    version, Python's version with `argv`, the build date, and each environment setting a build reads."""
    parts: dict[str, str] = {}
    names = {Path(folder).resolve(): name for folder, name in (names or {}).items()}

    def digest(*pieces: str | bytes) -> str:
        hashed = hashlib.sha256(b"signpost-inputs-2")
        for piece in pieces:
            data = piece.encode("utf-8", "surrogateescape") if isinstance(piece, str) else piece
            hashed.update(len(data).to_bytes(8, "big"))
            hashed.update(data)
        return hashed.hexdigest()

    skipped = tuple(Path(path).resolve() for path in leave_out)
    for folder in folders:
        folder = Path(folder).resolve()
        pieces: list[str | bytes] = [str(folder)]
        for path in _files(folder, skipped):
            pieces += [path.relative_to(folder).as_posix(), path.read_bytes()]
        parts[names.get(folder, folder.name + "/")] = digest(*pieces)
    for path in files:
        path = Path(path).resolve()
        parts[path.name] = digest(str(path), path.read_bytes() if path.is_file() else b"(missing)")
    parts["the installed Python packages"] = digest(*installed())
    parts["Python or the command line"] = digest(sys.version, *argv)
    parts["the build date"] = digest(build_date(environ).isoformat())
    for name in sorted(name for name in environ if name.startswith("SIGNPOST_") or name == "SOURCE_DATE_EPOCH"):
        parts[EXPLAINED.get(name, name)] = digest(environ[name])
    return parts


def key_of(parts: Mapping[str, str]) -> str:
    """One hex SHA-256 of input_parts' parts."""
    return hashlib.sha256(json.dumps(dict(parts), sort_keys=True).encode("utf-8")).hexdigest()


def inputs_key(folders: Iterable[Path], files: Iterable[Path] = (), leave_out: Iterable[Path] = (),
               argv: Iterable[str] = (), environ: Mapping[str, str] = os.environ) -> str:
    """key_of(input_parts(...)): one changed byte, name, version or setting is another key."""
    return key_of(input_parts(folders, files, leave_out, argv, environ))


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

    def changes(self, parts: Mapping[str, str], outputs: Iterable[Path]) -> list[str]:
        """What differs from the last successful build, for the log: the names of the input parts that
        changed, came or went (input_parts), and each of the `outputs` folders changed or deleted since;
        ["no finished build on record (none yet, or the last one failed or was stopped)"] when there is
        no record (or it holds no parts: an older Signpost's)."""
        record = self._read()
        before = record.get("parts")
        if not isinstance(before, dict):
            return ["no finished build on record (none yet, or the last one failed or was stopped)"]
        changed = sorted(name for name in set(before) | set(parts) if before.get(name) != parts.get(name))
        left = record.get("outputs") if isinstance(record.get("outputs"), dict) else {}
        for path in (Path(path).resolve() for path in outputs):
            if left.get(str(path)) != folder_stamp(path) or not path.is_dir():
                changed.append(f"{path.name}/ (changed or deleted since)")
        return changed

    def forget(self) -> None:
        """A build starts: until it succeeds, no site is taken for a finished one."""
        if self.path:
            self.path.unlink(missing_ok=True)

    def record(self, key: str, outputs: Iterable[Path], parts: Mapping[str, str] | None = None) -> None:
        """A build succeeded with this key (and these input_parts, for `changes`), leaving the `outputs`
        folders as they are now."""
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"key": key, "parts": dict(parts or {}),
                  "outputs": {str(Path(path).resolve()): folder_stamp(Path(path).resolve()) for path in outputs}}
        temporary = self.path.with_name(f".tmp-{os.getpid()}-{RECORD}")
        temporary.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)


def build_parts(project_folders: Iterable[Path], project_files: Iterable[Path], generated: Path,
                argv: Iterable[str] = (), environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """`input_parts` of a portal's build: the project's folders and files as given (content/, docs/,
    overrides/, hooks/, mkdocs.yml), less `generated` (made by the build), with Signpost's own code and
    templates and the leaflet fonts. Its key is key_of(build_parts(...))."""
    package = Path(__file__).resolve().parent
    fonts = [FONT_DIR / face.file for face in FACES]
    return input_parts([*project_folders, package], [*project_files, *fonts], leave_out=[generated],
                       argv=argv, environ=environ, names={package: "Signpost's own code"})
