"""The site's sitemap.xml when the languages were built by two processes (signpost.parallel).

static-i18n renders one sitemap at the site root, listing the pages of every language built so far,
language after language: each process's last one lists the languages it built. Merged, they are the
sitemap a single process writes: every page once, the languages in the order they are built in.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

_ENTRY = re.compile(r"\n    <url>\n.*?\n    </url>", re.DOTALL)
_LOCATION = re.compile(r"<loc>([^<]*)</loc>")


def merge_sitemaps(sitemaps: list[str], roots: list[str]) -> str:
    """One sitemap with the <url> entries of all of `sitemaps`, each page once, grouped by language in
    the order of `roots` (each language's address: 'https://example.org/' for the default language,
    then 'https://example.org/ar/' ...), each language's entries in the order they came. Both are
    sitemaps as static-i18n's template writes them (one <url> block per page, indented)."""
    by_language: list[dict[str, str]] = [{} for _ in roots]
    others = sorted(range(1, len(roots)), key=lambda index: -len(roots[index]))
    for sitemap in sitemaps:
        for entry in _ENTRY.findall(sitemap):
            location = _LOCATION.search(entry).group(1)
            language = next((index for index in others if location.startswith(roots[index])), 0)
            by_language[language].setdefault(location, entry)
    first = sitemaps[0]
    end = first.rindex("\n</urlset>")
    first_entry = _ENTRY.search(first)
    head = first[:first_entry.start()] if first_entry else first[:end]
    return head + "".join(entry for entries in by_language for entry in entries.values()) + first[end:]


def write_sitemap(site: Path, text: str) -> None:
    """Writes site/sitemap.xml and its gzipped copy as MkDocs does, keeping the time stamp MkDocs gave
    the copy (the build's date: files stay byte-identical between builds of the same content)."""
    path = Path(site) / "sitemap.xml"
    path.write_text(text, encoding="utf-8")
    packed = path.with_name("sitemap.xml.gz")
    mtime = int.from_bytes(packed.read_bytes()[4:8], "little") if packed.exists() else None
    with open(packed, "wb") as file, gzip.GzipFile(fileobj=file, filename=str(packed), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
