import shutil
from pathlib import Path

import pytest

from sites import FIXTURE, PROJECT


@pytest.fixture
def content(tmp_path) -> Path:
    """A writable copy of the fixture portal's content, with the sample's strings and lists."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURE / "content", root)
    for shared in ("strings", "lists"):
        shutil.copytree(PROJECT / "content" / shared, root / shared)
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
