"""The QR code: a full QR code (never Micro QR) that phones decode to the leaflet's address."""
from __future__ import annotations

import io

import segno
import zxingcpp
from PIL import Image

from signpost.leaflets.qr import qr_data_uri, qr_png


def test_short_data_still_gives_a_full_qr_code_that_decodes():
    # segno.make("https://x.org/") would give a Micro QR code, which phone cameras mostly cannot read.
    assert segno.make("https://x.org/").is_micro
    image = Image.open(io.BytesIO(qr_png("https://x.org/")))
    [code] = zxingcpp.read_barcodes(image)
    assert (code.text, code.format) == ("https://x.org/", zxingcpp.BarcodeFormat.QRCode)


def test_the_png_is_the_same_every_time_and_embeds_as_a_data_uri():
    url = "https://socialprescribing.example.org/hi/leaflets/how-to-get-referred/"
    assert qr_png(url) == qr_png(url)
    assert qr_data_uri(url).startswith("data:image/png;base64,iVBOR")
