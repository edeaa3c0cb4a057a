import shutil
from pathlib import Path

import pytest

from sites import FIXTURE, PROJECT, Build, build, fixture_project, sample_project


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


def edit(path: Path, old: str, new: str) -> None:
    """Replaces the first `old` in the file with `new`; fails if `old` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# A referral form naming the fixture's self-referral pathway (tests write it into content/forms/).
SELF_REFERRAL_FORM = """\
title: Refer yourself
audience: resident
pathways: [self-referral]
summary: Ask for a link worker yourself.
consent: I agree.
next_steps: A link worker will phone you.
thank_you: Thank you.
endpoint: https://forms.example.org/f
fields:
  - id: full-name
    type: text
    label: Full name
    required: true
"""


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory) -> Build:
    """The sample portal, built once for the whole test session with `mkdocs build --strict`."""
    result = build(sample_project(tmp_path_factory.mktemp("sample")))
    assert result.result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def built_fixture(tmp_path_factory) -> Build:
    """The small fixture portal (tests/fixtures/portal), built once for the whole test session: tests read it
    and do not change it."""
    result = build(fixture_project(tmp_path_factory.mktemp("fixture")))
    assert result.result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the whole session (never a downloaded browser). One only:
    Playwright's sync API cannot start a second instance while one is open."""
    from browser.support import CHROMIUM, LAUNCH_ARGS

    if not CHROMIUM.exists():
        pytest.skip(f"the browser tests drive Debian's chromium, not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()
