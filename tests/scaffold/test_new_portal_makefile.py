"""A new portal's Makefile (signpost/scaffold/template/Makefile) finds Signpost on the machine it runs on:
SIGNPOST_BIN when given, else the `signpost` on PATH, else the one that made the portal; and says where
it looked when none is there. A committed portal is built on another machine or in CI, where the folder
that made it does not exist: simulated by pointing the recorded folder somewhere absent. Run as a team
runs it: `make` as a subprocess."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .support import SIGNPOST, new_portal

MADE_BY = str(SIGNPOST.parent)  # the virtualenv that runs the tests made the portal
SYSTEM_PATH = "/usr/bin:/bin"  # make, git and sh; no signpost


def make(project: Path, *args: str, path: str = SYSTEM_PATH) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("SIGNPOST_BIN", "MAKEFLAGS", "MFLAGS")}
    env["PATH"] = path
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def elsewhere(tmp_path):
    """The portal as another machine sees it: the folder recorded in its Makefile does not exist there."""
    project = new_portal(tmp_path / "portal", "--languages", "en")
    makefile = project / "Makefile"
    text = makefile.read_text(encoding="utf-8")
    assert MADE_BY in text
    gone = str(tmp_path / "gone" / ".venv" / "bin")
    makefile.write_text(text.replace(MADE_BY, gone), encoding="utf-8")
    return project, gone


def test_on_another_machine_make_runs_the_signpost_on_path(elsewhere):
    project, _ = elsewhere
    result = make(project, "check", path=f"{MADE_BY}:{SYSTEM_PATH}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Content is valid" in result.stdout + result.stderr
    planned = make(project, "-n", "build", path=f"{MADE_BY}:{SYSTEM_PATH}")
    assert f"{MADE_BY}/mkdocs build --strict --dirty" in planned.stdout, planned.stdout + planned.stderr
    # The preview as the sample's runs: a save renders again only the pages it changed.
    planned = make(project, "-n", "serve", path=f"{MADE_BY}:{SYSTEM_PATH}")
    assert f"{MADE_BY}/mkdocs serve --strict --dirty" in planned.stdout, planned.stdout + planned.stderr


def test_with_no_signpost_found_make_says_where_it_looked_and_how_to_name_it(elsewhere):
    project, gone = elsewhere
    for target in ("check", "build", "serve"):
        result = make(project, target)
        assert result.returncode != 0
        assert "Signpost not found: no signpost command on PATH, and none in " + gone in result.stderr, result.stderr
        assert "SIGNPOST_BIN=" in result.stderr
        assert "No such file or directory" not in result.stderr and "not found" not in result.stderr.replace(
            "Signpost not found", ""), result.stderr
        assert not (project / "site").exists() and not (project / ".receiver").exists()


def test_signpost_bin_given_to_make_is_used_and_a_wrong_one_is_named(elsewhere):
    project, _ = elsewhere
    result = make(project, "check", f"SIGNPOST_BIN={MADE_BY}")
    assert result.returncode == 0 and "Content is valid" in result.stdout + result.stderr, result.stdout + result.stderr
    wrong = make(project, "check", "SIGNPOST_BIN=/nowhere/bin", path=f"{MADE_BY}:{SYSTEM_PATH}")
    assert wrong.returncode != 0 and "SIGNPOST_BIN=/nowhere/bin holds no signpost" in wrong.stderr, wrong.stderr


def test_on_the_machine_that_made_it_make_needs_nothing_on_path(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    planned = make(project, "-n", "build")
    assert planned.returncode == 0 and f"{MADE_BY}/mkdocs build --strict --dirty" in planned.stdout, planned.stderr
