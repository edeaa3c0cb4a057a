"""Writes generated files: a set into a folder (the built site), each as it is made; one file whole."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_files(files: dict[str, bytes], folder: Path) -> dict[str, int]:
    """Writes each file (folder-relative path -> bytes), making its folders; returns path -> bytes written."""
    for path, data in files.items():
        target = Path(folder) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return {path: len(data) for path, data in files.items()}


def write_whole(path: Path, data: bytes) -> None:
    """Writes `path` so that a reader (a preview serving it, another build reading the cache) sees the
    old file or the whole new one, never part of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
