"""QR codes of service pages, as inline SVG, so a printed page or shortlist leads back to the page.

segno's `make_qr` always makes a full QR code (`make` silently makes a Micro QR code for short data,
which many phone cameras cannot read). The mask is fixed: choosing the best of eight is five times
slower (about 7 ms against 1.3 ms a code), and every mask gives a valid, readable code. A site has one
code per service and language (5,000 at 1,000 services in five languages), so codes are kept in the
portal's cache between builds (signpost.cache) and in memory during `mkdocs serve`."""
from __future__ import annotations

import functools

import segno
from markupsafe import Markup

from signpost import cache

QR_KIND = "service-qr-svg"  # its kind in signpost.cache


def _make(url: str) -> str:
    code = segno.make_qr(url, error="m", mask=0)
    svg = code.svg_inline(scale=1, border=4, dark="#000", light="#fff", svgclass="sp-qr-code",
                          lineclass=None, omitsize=True)
    return svg.replace("<svg ", '<svg aria-hidden="true" ', 1)


@functools.lru_cache(maxsize=20_000)
def qr_svg(url: str, store: cache.Cache | None = None) -> Markup:
    """An inline `<svg>` QR code for `url`, sized by CSS (class sp-qr-code), hidden from screen readers
    (the URL is printed beside it); kept in `store` when one is given."""
    if store is None:
        return Markup(_make(url))
    return Markup(store.lookup(QR_KIND, url, [cache.version("segno"), "svg mask 0 error m"], lambda: _make(url)))
