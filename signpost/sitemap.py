"""The site's sitemap.xml when the languages were built by two processes (signpost.parallel).

static-i18n renders one sitemap at the site root, listing the pages of every language built so far:
each process's last one lists the default language and its own share. Merged, they are the sitemap a
single process writes: the first's entries, then the second's that the first does not have, in order.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

_ENTRY = re.compile(r"\n    <url>\n.*?\n    </url>", re.DOTALL)
_LOCATION = re.compile(r"<loc>([^<]*)</loc>")


def merge_sitemaps(first: str, second: str) -> str:
    """`first` with the <url> entries of `second` whose <loc> it lacks added before its </urlset>.
    Both are sitemaps as static-i18n's template writes them (one <url> block per page, indented)."""
    seen = {_LOCATION.search(entry).group(1) for entry in _ENTRY.findall(first)}
    added = [entry for entry in _ENTRY.findall(second) if _LOCATION.search(entry).group(1) not in seen]
    end = first.rindex("\n</urlset>")
    return first[:end] + "".join(added) + first[end:]


def write_sitemap(site: Path, text: str) -> None:
    """Writes site/sitemap.xml and its gzipped copy as MkDocs does, keeping the time stamp MkDocs gave
    the copy (the build's date: files stay byte-identical between builds of the same content)."""
    path = Path(site) / "sitemap.xml"
    path.write_text(text, encoding="utf-8")
    packed = path.with_name("sitemap.xml.gz")
    mtime = int.from_bytes(packed.read_bytes()[4:8], "little") if packed.exists() else None
    with open(packed, "wb") as file, gzip.GzipFile(fileobj=file, filename=str(packed), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
