"""Writes generated files only when their bytes change, so `mkdocs serve` does not reload in a loop."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping


def write_changed(files: Mapping[str, bytes] | Iterable[tuple[str, bytes]], folder: Path, produced: str | None) -> int:
    """Writes each file whose bytes changed, removes files matching the glob `produced` that are no
    longer made (none when it is None: remove_stale, later), and returns how many files changed. `files`
    may be (name, bytes) pairs made one at a time: none is kept once written."""
    changed = 0
    names = set()
    folders = set()  # made already: thousands of pages share a few folders
    for name, data in (files.items() if isinstance(files, Mapping) else files):
        names.add(name)
        target = folder / name
        if target.exists() and target.read_bytes() == data:
            continue
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        target.write_bytes(data)
        changed += 1
    return changed + (remove_stale(folder, produced, names) if produced is not None else 0)


def remove_stale(folder: Path, produced: str, names: Iterable[str]) -> int:
    """Removes the files under `folder` matching the glob `produced` that are not among `names` (paths
    relative to `folder`); how many."""
    if not folder.exists():
        return 0
    wanted = {folder / name for name in names}
    removed = 0
    for stale in folder.glob(produced):
        if stale not in wanted:
            stale.unlink()
            removed += 1
    return removed
