"""A page file to write under docs/generated/, and where it lands on the site."""
from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class PageFile:
    path: str  # relative to docs/generated/, language suffix included: "services/food-bank.ar.md"
    text: str


def localized_path(path: str, lang: str, default: str) -> str:
    """`services/food-bank.md` in Arabic is `services/food-bank.ar.md` (the i18n suffix convention)."""
    return path if lang == default else f"{path[:-3]}.{lang}.md"


def url_of(path: str) -> str:
    """The site-relative directory URL of an unsuffixed page path: services/index.md -> services/."""
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")].rstrip("/")
    return f"{stem}/" if stem else ""


@functools.lru_cache(maxsize=65536)  # pure, and called for every link of every page
def relative_url(from_path: str, to_path: str) -> str:
    """A link from one page to another that works in every language's folder and on any host path."""
    source, target = url_of(from_path) or ".", url_of(to_path) or "."
    if ".." in source or ".." in target:
        link = posixpath.relpath(target, source)
    else:  # posixpath.relpath's result, without the working directory it asks the system for on every call
        source_parts = [part for part in source.split("/") if part not in ("", ".")]
        target_parts = [part for part in target.split("/") if part not in ("", ".")]
        common = 0
        while common < min(len(source_parts), len(target_parts)) and source_parts[common] == target_parts[common]:
            common += 1
        link = "/".join([".."] * (len(source_parts) - common) + target_parts[common:]) or "."
    return "./" if link == "." else f"{link}/"
