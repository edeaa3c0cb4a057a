"""Writes generated files only when their bytes change, so `mkdocs serve` does not reload in a loop."""
from __future__ import annotations

from pathlib import Path


def write_changed(files: dict[str, bytes], folder: Path, produced: str) -> int:
    """Writes each file whose bytes changed, removes files matching the glob `produced` that are no
    longer made, and returns how many files changed."""
    changed = 0
    for name, data in files.items():
        target = folder / name
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed += 1
    if folder.exists():
        wanted = {folder / name for name in files}
        for stale in folder.glob(produced):
            if stale not in wanted:
                stale.unlink()
                changed += 1
    return changed
