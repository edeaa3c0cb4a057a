"""Writes generated files: a set into a folder (the built site), each as it is made; one file whole."""
from __future__ import annotations

import os
import shutil
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


def set_aside(folder: Path) -> Path | None:
    """Empties `folder` at once by renaming it to a hidden sibling ('site' -> '.site-old') and making it
    again, so that the old files can be deleted once the new ones are written (on ext4, deleting
    thousands of files slows the writing of others meanwhile); returns the sibling to delete, or None
    when the folder cannot be renamed (a mount point, say: then empty it in place)."""
    folder = Path(folder)
    aside = folder.with_name(f".{folder.name}-old")
    shutil.rmtree(aside, ignore_errors=True)  # left by a build that stopped before deleting it
    try:
        os.rename(folder, aside)
    except FileNotFoundError:
        aside = None
    except OSError:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return aside


def hand_written_pages(docs: Path) -> list[Path]:
    """The Markdown pages under `docs`, sorted, without any folder named `generated` (docs/generated/ holds
    the thousands of pages made from content/, which are not walked); [] when there is no such folder."""
    found = []
    for folder, subfolders, files in os.walk(docs):
        subfolders[:] = [name for name in subfolders if name != "generated"]
        found += [Path(folder) / name for name in files if name.endswith(".md")]
    return sorted(found)
