"""Editors' Markdown cannot smuggle a script link, a data: or vbscript: address or a third-party image
past the sanitiser: a corpus of known filter-evasion vectors, through render_markdown and through every
translatable text field of every content kind, on the pages the library generates."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pytest
import yaml

from signpost.checks.sizes import limit_for
from signpost.leaflets import pages as leaflet_pages
from signpost.load import COLLECTIONS, load_portal
from signpost.models.base import translatable_fields
from signpost.pages import STEPS, pathways
from signpost.sanitise import TAGS
from signpost.text import render_markdown
from sites import PROJECT

VECTORS = [
    "[a](JaVaScRiPt&#58;alert(1))",
    "[a](javascript:alert(1))",
    "[a](&#106;avascript:alert(1))",
    "[a](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
    "[a](&#0000106;&#0000097;vascript:alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](jav&#x09;ascript:alert(1))",
    "[a](jav&#x0A;ascript:alert(1))",
    "[a](java\tscript:alert(1))",
    "[a](<javascript:alert(1)>)",
    "[a]( javascript:alert(1) )",
    "[a](javascript:alert(1) \"title\")",
    "[a](javascript://example.org/%0Aalert(1))",
    "[a](\x01javascript:alert(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](DATA&#58;text/html,<script>alert(1)</script>)",
    "[a](vbscript:msgbox(1))",
    "[a](VbScRiPt&#58;msgbox(1))",
    "[a](file:///etc/passwd)",
    "![i](javascript:alert(1))",
    "![i](JaVaScRiPt&#58;alert(1))",
    "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![i](https://tracker.example.com/pixel.png)",
    "![i](//tracker.example.com/pixel.png)",
    "![i](\\\\\\\\tracker.example.com/pixel.png)",  # two backslashes once Markdown unescapes: protocol-relative
    "<javascript:alert(1)>",
    "<JaVaScRiPt&#58;alert(1)>",
    "<vbscript:msgbox(1)>",
    "[a][ref1]\n\n[ref1]: javascript:alert(1)",
    "[a][ref2]\n\n[ref2]: JaVaScRiPt&#58;alert(1) \"t\"",
    "![i][ref3]\n\n[ref3]: data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "[a](https://example.org \"onmouseover=alert(1)\")",
    "<a href=\"javascript:alert(1)\">raw</a> <img src=x onerror=alert(1)> <script>alert(1)</script>",
    "<svg onload=alert(1)> <iframe src=javascript:alert(1)></iframe>",
]
SAFE = "[site](https://example.org/x) [mail](mailto:team@example.org) [call](tel:+442079460123) [page](../food/) ![map](assets/map.png)"
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
PAYLOADS = ("alert(1)", "msgbox", "base64,", "tracker.example.com", "/etc/passwd")


class Attributes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.found += [(tag, name, value or "") for name, value in attrs]


def attributes(html: str) -> list[tuple[str, str, str]]:
    parser = Attributes()
    parser.feed(html)
    parser.close()
    return parser.found


def scheme(url: str) -> str | None:
    # As a browser reads it (WHATWG URL): character references decoded (by the parser), leading and
    # trailing controls and spaces dropped, tabs and newlines dropped anywhere.
    compact = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21))))).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", compact)
    return match.group(1) if match else None


def unsafe(html: str, own_pages: bool = False) -> list[str]:
    problems = []
    for tag, name, value in attributes(html):
        if name.startswith("on"):
            problems.append(f"<{tag} {name}>")
        if name in ("href", "src", "action", "formaction", "xlink:href") and scheme(value) not in (None, *ALLOWED_SCHEMES):
            if not (own_pages and tag == "img" and value.startswith("data:image/png;base64,")):  # the site's own QR codes
                problems.append(f"<{tag} {name}={value!r}>")
        if name in ("href", "src") and any(payload in value for payload in PAYLOADS):
            problems.append(f"<{tag} {name}={value!r}>")
    return problems


@pytest.mark.parametrize("vector", VECTORS)
def test_no_vector_survives_rendering(vector):
    html = str(render_markdown(vector))
    assert unsafe(html) == []
    assert {tag for tag, _, _ in attributes(html)} <= TAGS
    assert "<script" not in html and "<svg" not in html and "<iframe" not in html


def test_safe_links_and_the_sites_own_images_are_kept():
    html = str(render_markdown(SAFE))
    found = {(tag, value) for tag, name, value in attributes(html) if name in ("href", "src")}
    assert found == {("a", "https://example.org/x"), ("a", "mailto:team@example.org"), ("a", "tel:+442079460123"),
                     ("a", "../food/"), ("img", "assets/map.png")}


def test_no_vector_survives_in_any_text_field_of_any_content_kind(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(PROJECT / "content", content)
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")  # files the content names
    text = "\n\n".join(VECTORS)
    changed = set()
    for folder, model in COLLECTIONS.items():
        for path in sorted((content / folder).glob("*.yml")):
            if path.stem.count("."):  # overlays: their fields fall back to the item's
                path.unlink()
                continue
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
            for name in translatable_fields(model):
                value = document.get(name)
                if isinstance(value, str):  # every vector where it fits, one a field (in turn) in a short one
                    document[name] = text if len(text) <= limit_for((name,)) else VECTORS[len(changed) % len(VECTORS)]
                elif isinstance(value, list) and all(isinstance(entry, str) for entry in value):
                    document[name] = VECTORS[: max(1, len(value))]
                else:
                    continue
                changed.add((folder, name, path.stem))
            path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    templates = "".join(path.read_text(encoding="utf-8") for path in (PROJECT / "signpost").rglob("*.html"))
    markdown_fields = set(re.findall(r'\.md\(\w+, "(\w+)"\)', templates))
    assert markdown_fields and markdown_fields <= {name for _, name, _ in changed}  # every Markdown field is covered
    portal = load_portal(content)
    # One language is enough: the overlays are gone, so every language shows these same texts. The pathway
    # and leaflet steps are left out: they render leaflet PDFs (a minute of WeasyPrint) and no Markdown.
    steps = [step for step in STEPS if step not in (pathways.pages, leaflet_pages.pages)]
    pages = [page for step in steps for page in step(portal, portal.default_language)]
    problems = {f"{page.path}: {problem}" for page in pages for problem in unsafe(page.text, own_pages=True)}
    assert problems == set()
