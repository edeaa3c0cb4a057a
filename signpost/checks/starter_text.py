"""Warnings for text a new portal (`signpost new`) wrote for the team to replace and that is still there.

The sentences are read from the new-portal template itself, so the check follows its wording: each line
of it that begins "Replace this" is looked for in the team's hand-written pages and content files, and
each line it marks `# replace` (a starter value: an address, a phone number, an area's name) in the
team's content files, the comment aside."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from signpost.errors import ContentError, display_path
from signpost.files import hand_written_pages

TEMPLATE = Path(__file__).resolve().parent.parent / "scaffold" / "template"
_MARK = "Replace this"
_VALUE_MARK = "  # replace"


@lru_cache(maxsize=1)
def starter_sentences() -> tuple[str, ...]:
    """The opening of each "Replace this ..." line of the new-portal template, up to its first colon."""
    found = set()
    for path in sorted(TEMPLATE.rglob("*")):
        if path.suffix not in (".md", ".yml") or not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip().lstrip("-|>").strip()
            if text.startswith(_MARK):
                found.add(text.split(":", 1)[0])
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def starter_values() -> frozenset[str]:
    """Each line of the new-portal template's content files marked `# replace`, without the mark and
    the indentation ('phone: "020 7946 0000"')."""
    return frozenset(_unmarked(line) for path in sorted((TEMPLATE / "content").rglob("*.yml"))
                     for line in path.read_text(encoding="utf-8").splitlines() if line.endswith(_VALUE_MARK))


def _unmarked(line: str) -> str:
    return line.removesuffix(_VALUE_MARK).strip()


def leftover_starter_text(content: Path, docs: Path) -> list[ContentError]:
    """A warning, with file and line, for each line of `docs/` pages and `content/` files that still
    holds a starter sentence: published as it is, it would tell residents to replace the page."""
    sentences = starter_sentences()
    warnings: list[ContentError] = []
    # docs/generated/ is made from content/, whose own lines are reported: not hand-written pages.
    pages = hand_written_pages(docs)
    values = starter_values()
    for path in [*pages, *sorted(content.rglob("*.yml"))]:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # reported by the loader
        if path.suffix == ".yml" and any(value in text for value in values):  # (most files: none)
            warnings += [ContentError(display_path(path, content), number, "", (
                f"still the new portal's starter value ({_unmarked(line)}): write your own before publishing, "
                "or the site shows it to residents"))
                for number, line in enumerate(text.splitlines(), start=1) if _unmarked(line) in values]
        if not any(sentence in text for sentence in sentences):
            continue  # most files: one scan of the text, not one a line and sentence
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            hit = next((s for s in sentences if s in line), None)
            if hit and not line.lstrip().startswith("#"):
                warnings.append(ContentError(display_path(path, content), number, "", (
                    f"still the new portal's starter text (\"{hit}: ...\"): write your own before publishing, "
                    "or the site shows this instruction to residents")))
    return warnings
