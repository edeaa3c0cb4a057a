"""Writes a set of generated files into a folder (the built site), each as it is made."""
from __future__ import annotations

from pathlib import Path


def write_files(files: dict[str, bytes], folder: Path) -> dict[str, int]:
    """Writes each file (folder-relative path -> bytes), making its folders; returns path -> bytes written."""
    for path, data in files.items():
        target = Path(folder) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return {path: len(data) for path, data in files.items()}
