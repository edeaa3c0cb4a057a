"""A small portal with referral forms, built once, served on 127.0.0.1, posting to a real receiver
(`signpost receiver serve`, uvicorn in its own process on a free loopback port).

The fixtures are imported by the browser tests of the forms (tests/browser/test_forms.py), which share
the session's one chromium."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sites import PROJECT, build, fixture_project
from receiver.support import running_receiver, free_port
from browser.support import serve

FORMS = ("self-referral", "partner-referral", "update-listing")


def forms_project(tmp: Path, endpoint: str) -> Path:
    """The fixture portal, with the sample's self-referral, partner and update-listing forms (and their overlays)."""
    project = fixture_project(tmp)
    forms = project / "content" / "forms"
    forms.mkdir()
    for path in sorted((PROJECT / "content" / "forms").glob("*.yml")):
        if path.name.split(".")[0] in FORMS:
            text = path.read_text(encoding="utf-8")
            shutil.copy(path, forms / path.name)
            (forms / path.name).write_text(re.sub(r"^pathways: .*$", "pathways: [self-referral]", text, flags=re.M),
                                           encoding="utf-8")
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + f'forms:\n  endpoint: "{endpoint}"\n', encoding="utf-8")
    return project


@pytest.fixture(scope="session")
def receiver_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def forms_build(tmp_path_factory, receiver_port):
    project = forms_project(tmp_path_factory.mktemp("forms"), f"http://127.0.0.1:{receiver_port}/f/")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def forms_site_url(forms_build) -> str:
    with serve(forms_build.site) as url:
        yield url


@pytest.fixture(scope="session")
def receiver(forms_build, forms_site_url, receiver_port, tmp_path_factory):
    """The receiver for the forms site: its data folder holds the sample key pair and the database."""
    data = tmp_path_factory.mktemp("receiver")
    with running_receiver(forms_build.project / "content", data, receiver_port,
                          site_origins=[forms_site_url.rstrip("/")], extra=["--per-address", "1000/60"]) as process:
        yield process
