"""Writes generated files only when their bytes change, so `mkdocs serve` does not reload in a loop."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping


def write_changed(files: Mapping[str, bytes] | Iterable[tuple[str, bytes]], folder: Path, produced: str) -> int:
    """Writes each file whose bytes changed, removes files matching the glob `produced` that are no
    longer made, and returns how many files changed. `files` may be (name, bytes) pairs made one at a
    time: none is kept once written."""
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
    if folder.exists():
        wanted = {folder / name for name in names}
        for stale in folder.glob(produced):
            if stale not in wanted:
                stale.unlink()
                changed += 1
    return changed
