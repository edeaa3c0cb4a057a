"""QR codes of service pages: full QR codes (never Micro QR), inline SVG, the same bytes every time."""
import re

import segno

from signpost.search.qr import qr_svg

URL = "https://socialprescribing.example.org/ar/services/community-food-bank/"


def test_a_full_qr_code_not_a_micro_one_even_for_short_data():
    svg = qr_svg("https://a.example/")
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    assert size >= 21 + 8  # version 1 QR (21 modules) with its quiet zone; Micro QR is at most 17
    assert not segno.make_qr("https://a.example/").is_micro


def test_inline_svg_is_hidden_from_screen_readers_and_has_no_inline_style():
    svg = qr_svg(URL)
    assert svg.startswith('<svg aria-hidden="true" ') and 'class="sp-qr-code"' in svg
    assert "style=" not in svg and "<?xml" not in svg


def test_the_same_url_gives_the_same_bytes():
    qr_svg.cache_clear()
    first = str(qr_svg(URL))
    qr_svg.cache_clear()
    assert str(qr_svg(URL)) == first
