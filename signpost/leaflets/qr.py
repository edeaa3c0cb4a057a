"""The QR code printed on a leaflet, pointing to the leaflet's own page in the same language."""
from __future__ import annotations

import base64
import io

import segno

from signpost import cache

QR_KIND = "leaflet-qr"  # its kind in signpost.cache


def qr_png(url: str, scale: int = 8) -> bytes:
    """A PNG of a full QR code for `url`. segno's `make()` would silently make a Micro QR code for short
    data, which many phone cameras cannot read; `make_qr()` never does."""
    code = segno.make_qr(url, error="m")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def qr_data_uri(url: str, store: cache.Cache | None = None) -> str:
    """A data: URI of qr_png(url), kept in `store` (by segno's version) when one is given."""
    def make() -> str:
        return "data:image/png;base64," + base64.b64encode(qr_png(url)).decode("ascii")

    if store is None:
        return make()
    return store.lookup(QR_KIND, url, [cache.version("segno"), "png scale 8 border 4 error m"], make)
