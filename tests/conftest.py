import shutil
from pathlib import Path

import pytest

from sites import FIXTURE, PROJECT, Build, build, sample_project


@pytest.fixture
def content(tmp_path) -> Path:
    """A writable copy of the fixture portal's content, with the sample's strings and lists."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURE / "content", root)
    shutil.copytree(FIXTURE / "docs", tmp_path / "docs")  # photos live there
    for shared in ("strings", "lists"):
        shutil.copytree(PROJECT / "content" / shared, root / shared)
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory) -> Build:
    """The sample portal, built once for the whole test session with `mkdocs build --strict`."""
    result = build(sample_project(tmp_path_factory.mktemp("sample")))
    assert result.result.returncode == 0, result.output
    return result
