"""The Content Security Policy: one <meta> first in <head> of every page, scripts only from the site or
by hash, no inline style attribute anywhere, and nothing a browser has to block."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .support import LANGUAGES, pages_in, serve, tour

# A page with no inline script (the finder's frames for other sites) allows scripts from the site alone.
SCRIPT_SRC = re.compile(r"(?:^|;)\s*script-src 'self'((?: 'sha256-[A-Za-z0-9+/]{43}=')*)\s*(?:;|$)")
DATA_TYPES = {"application/json", "application/ld+json"}


class PageParts(HTMLParser):
    """What the policy tests need from one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.policies: list[str] = []
        self.first_in_head: str | None = None
        self.styled: list[str] = []
        self.inline_scripts: list[str] = []
        self._head_opened = False
        self._script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self._head_opened:
            self.first_in_head, self._head_opened = self.get_starttag_text(), False
        if tag == "head":
            self._head_opened = True
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies.append(attributes.get("content") or "")
        if "style" in attributes:
            self.styled.append(self.get_starttag_text())
        if tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_TYPES:
            self._script = []

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline_scripts.append("".join(self._script))
            self._script = None


def parse(path: Path) -> PageParts:
    parts = PageParts()
    parts.feed(path.read_text(encoding="utf-8"))
    parts.close()
    return parts


def sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


@pytest.fixture(scope="module")
def built_pages(sample_site) -> dict[str, PageParts]:
    """Every HTML file of the built site (parsing them all takes about a second)."""
    return {path.relative_to(sample_site).as_posix(): parse(path) for path in sorted(sample_site.rglob("*.html"))}


def test_every_page_has_one_policy_first_in_head_allowing_scripts_only_from_the_site_or_by_hash(built_pages):
    problems = []
    for name, parts in built_pages.items():
        if len(parts.policies) != 1:
            problems.append(f"{name}: {len(parts.policies)} Content-Security-Policy <meta> elements")
            continue
        if not (parts.first_in_head or "").lower().startswith('<meta http-equiv="content-security-policy"'):
            problems.append(f"{name}: the first element of <head> is {parts.first_in_head}")
        policy = parts.policies[0]
        scripts = SCRIPT_SRC.search(policy)
        if not scripts:
            problems.append(f"{name}: script-src is not 'self' plus sha256 hashes: {policy}")
            continue
        allowed = set(scripts.group(1).split())
        missing = [script[:60] for script in parts.inline_scripts if sha256(script) not in allowed]
        if missing:
            problems.append(f"{name}: inline scripts without their hash in the policy: {missing}")
        if "unsafe-" in policy:
            problems.append(f"{name}: the policy allows something unsafe: {policy}")
    assert built_pages
    assert not problems, "\n".join(problems)


def test_no_element_has_an_inline_style_attribute(built_pages):
    # style-src 'self' blocks them: whatever they were meant to do would not happen.
    styled = [f"{name}: {tag}" for name, parts in built_pages.items() for tag in parts.styled]
    assert not styled, "inline style attributes:\n" + "\n".join(styled)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_browser_reports_no_policy_violation(lang, visits):
    checked = pages_in(list(visits), lang)
    assert checked
    found = [f"/{url}: {violation}" for url in checked for violation in visits[url].csp_violations]
    assert not found, "Content Security Policy violations:\n" + "\n".join(found)


def test_the_watch_sees_what_the_policy_blocks(browser, tmp_path):
    # The check above is only as good as the watch: a blocked inline script and style must show up.
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head>'
        """<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">"""
        '<title>Blocked</title></head><body><p style="color: red">Red</p>'
        '<script>window.ran = 1</script></body></html>', encoding="utf-8")
    with serve(tmp_path) as url:
        violations = tour(browser, url, [""])[""].csp_violations
    assert any("script-src" in violation for violation in violations), violations
    assert any("style-src" in violation for violation in violations), violations
