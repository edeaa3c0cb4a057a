"""Builds real sites for tests: the project's own mkdocs.yml, hooks and overrides, with given content."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
FIXTURE = PROJECT / "tests" / "fixtures" / "portal"
MKDOCS = Path(sys.executable).parent / "mkdocs"


@dataclass
class Build:
    project: Path
    result: subprocess.CompletedProcess

    @property
    def site(self) -> Path:
        return self.project / "site"

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr

    def page(self, url: str) -> str:
        return (self.site / url.strip("/") / "index.html").read_text(encoding="utf-8")


def fixture_project(tmp: Path) -> Path:
    """A small portal: the fixture content, the sample's interface strings and controlled lists."""
    project = tmp / "project"
    shutil.copytree(FIXTURE, project)
    for shared in ("strings", "lists"):
        shutil.copytree(PROJECT / "content" / shared, project / "content" / shared)
    config = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"] = ["index.md", "generated/services/index.md", "generated/needs/index.md",
                     "generated/team/index.md", "generated/pathways/index.md", "generated/stories/index.md"]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    _link_shared(project)
    return project


def sample_project(tmp: Path) -> Path:
    """A copy of the whole sample portal."""
    project = tmp / "sample"
    project.mkdir()
    for name in ("content", "docs"):
        shutil.copytree(PROJECT / name, project / name, ignore=shutil.ignore_patterns("generated"))
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    _link_shared(project)
    return project


def _link_shared(project: Path) -> None:
    for name in ("hooks", "overrides"):
        shutil.copytree(PROJECT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))


def source_date_epoch() -> str:
    """The last commit's time, as `make` sets it, so test builds are reproducible too."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=PROJECT, capture_output=True, text=True)
    return result.stdout.strip() or "1700000000"


def commit_date() -> str:
    """The last commit's day (YYYY-MM-DD): test builds judge time-limited content by it, not the clock."""
    result = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=PROJECT, capture_output=True, text=True)
    return result.stdout.strip() or "2026-11-30"


def build(project: Path, *args: str, env: dict[str, str] | None = None) -> Build:
    """`mkdocs build --strict` of `project` in a subprocess, with `env` added to the environment."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch())
    env.setdefault("SIGNPOST_BUILD_DATE", commit_date())
    result = subprocess.run([str(MKDOCS), "build", "--strict", *args], cwd=project, env=env,
                            capture_output=True, text=True, timeout=600)
    return Build(project, result)
