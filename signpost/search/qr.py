"""QR codes of service pages, as inline SVG, so a printed page or shortlist leads back to the page.

segno's `make_qr` always makes a full QR code (`make` silently makes a Micro QR code for short data,
which many phone cameras cannot read). The mask is fixed: choosing the best of eight is five times
slower (about 7 ms against 1.3 ms a code; a site has one code per service and language), and every
mask gives a valid, readable code. Codes are cached by URL, so `mkdocs serve` makes each only once."""
from __future__ import annotations

import functools

import segno
from markupsafe import Markup


@functools.lru_cache(maxsize=20_000)
def qr_svg(url: str) -> Markup:
    """An inline `<svg>` QR code for `url`, sized by CSS (class sp-qr-code), hidden from screen readers
    (the URL is printed beside it)."""
    code = segno.make_qr(url, error="m", mask=0)
    svg = code.svg_inline(scale=1, border=4, dark="#000", light="#fff", svgclass="sp-qr-code",
                          lineclass=None, omitsize=True)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" ', 1))
