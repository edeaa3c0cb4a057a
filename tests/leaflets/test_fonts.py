"""The leaflet fonts: Noto by file, and every character of a leaflet checked against them."""
from __future__ import annotations

import pytest

from signpost.leaflets import fonts


def test_latin_arabic_and_devanagari_text_is_covered():
    assert fonts.uncovered("Café – “quoted” £5 · الوصفات الاجتماعية، ١٢ · सोशल प्रिस्क्राइबिंग ₹ 020 7946 0000") == []


def test_characters_no_font_holds_are_reported_once_each_in_order():
    assert fonts.uncovered("漢 ☃ text ☃ 漢") == ["漢", "☃"]
    assert fonts.describe("☃") == "'☃' (U+2603 SNOWMAN)"


def test_invisible_bidi_controls_and_spaces_need_no_glyph():
    assert fonts.uncovered("\u2066020\u2069\u200f\u00a0\n\t") == []


def test_each_language_starts_with_its_own_script():
    assert fonts.family_stack("ar")[0] == "Noto Sans Arabic"
    assert fonts.family_stack("hi")[0] == "Noto Sans Devanagari"
    assert fonts.family_stack("fr") == ["Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari"]


def test_the_font_faces_point_at_the_noto_files():
    css = fonts.font_face_css()
    assert css.count("@font-face") == 6
    assert 'src: url("file:///usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf")' in css


def test_missing_font_files_say_what_to_install(tmp_path):
    with pytest.raises(fonts.MissingFonts, match="fonts-noto-core"):
        fonts.font_files(tmp_path)
