"""The site's sitemap.xml, merged from the one each language's build renders (in either process).

static-i18n renders one sitemap at the site root, listing the pages of every language built so far,
language after language: each build's is kept and its language's pages let go, so each lists one
language. Merged, they are the sitemap static-i18n writes in one process, every page once, the
languages in the order they are built in, less the pages marked noindex (embed pages).
"""
from __future__ import annotations

import gzip
import html
import re
from pathlib import Path

_ENTRY = re.compile(r"\n    <url>\n.*?\n    </url>", re.DOTALL)
_LOCATION = re.compile(r"<loc>([^<]*)</loc>")


def merge_sitemaps(sitemaps: list[str], roots: list[str], leave_out: set[str] = frozenset()) -> str:
    """One sitemap with the <url> entries of all of `sitemaps` but those whose <loc> is in `leave_out`
    (pages search engines are asked not to index), each page once, grouped by language in
    the order of `roots` (each language's address: 'https://example.org/' for the default language,
    then 'https://example.org/ar/' ...), each language's entries in the order they came. Both are
    sitemaps as static-i18n's template writes them (one <url> block per page, indented)."""
    by_language: list[dict[str, str]] = [{} for _ in roots]
    others = sorted(range(1, len(roots)), key=lambda index: -len(roots[index]))
    for sitemap in sitemaps:
        for entry in _ENTRY.findall(sitemap):
            location = _LOCATION.search(entry).group(1)
            if html.unescape(location) in leave_out:
                continue
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
