from signpost.text import direction, phone_link, render_markdown, tel_href


def test_markdown_shows_typed_html_as_text():
    html = render_markdown("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_markdown_drops_javascript_links_but_keeps_safe_ones():
    html = render_markdown("[a](javascript:alert(1)) [b](https://example.org) [c](mailto:a@example.org) [d](JaVa\tScript:x)")
    assert "javascript" not in html.lower()
    assert 'href="https://example.org"' in html and 'href="mailto:a@example.org"' in html


def test_a_uk_number_links_as_international_tel():
    assert tel_href("020 7946 0123") == "tel:+442079460123"
    assert tel_href("+44 20 7946 0123") == "tel:+442079460123"


def test_a_phone_link_is_isolated_left_to_right():
    assert phone_link("020 7946 0123") == '<a href="tel:+442079460123" dir="ltr">020 7946 0123</a>'


def test_arabic_is_right_to_left_and_the_others_left_to_right():
    assert [direction(lang) for lang in ("ar", "en", "fr", "hi", "es")] == ["rtl", "ltr", "ltr", "ltr", "ltr"]
