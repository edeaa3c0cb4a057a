"""Heading ids keep their letters in every script, and the link check follows links to them."""
from urllib.parse import quote

import markdown

from signpost.links import check_links
from signpost.text import heading_slugify, render_markdown


def test_the_site_slugify_keeps_arabic_and_devanagari_letters():
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"slugify": heading_slugify()}})
    html = md.convert("## أسئلة شائعة\n\n## अक्सर पूछे जाने वाले प्रश्न\n\n## Questions Fréquentes ?\n\n"
                      "## أَسْئِلَةٌ شَائِعَة")
    assert 'id="أسئلة-شائعة"' in html
    # Devanagari keeps its vowel signs and viramas (combining marks Mn/Mc, which \w does not match),
    # so the id is the heading as a reader would type it.
    assert 'id="अक्सर-पूछे-जाने-वाले-प्रश्न"' in html
    assert 'id="questions-fréquentes"' in html
    assert 'id="أَسْئِلَةٌ-شَائِعَة"' in html  # harakat (Mn) kept


def test_headings_in_content_fields_get_unicode_ids_unique_on_the_page():
    taken: set[str] = set()
    first = render_markdown("## अक्सर पूछे जाने वाले प्रश्न\n\ntext\n\n## Contact", taken)
    second = render_markdown("## Contact\n\n### أَسْئِلَة & <b>شائعة</b>", taken)
    assert '<h2 id="अक्सर-पूछे-जाने-वाले-प्रश्न">' in first and '<h2 id="contact">' in first
    assert '<h2 id="contact_1">' in second
    assert '<h3 id="أَسْئِلَة-bشائعةb">' in second  # HTML an editor typed is text, as in the toc's ids
    assert 'id="' not in render_markdown("## Contact")  # without the page's ids, none (leaflets, emails)


def test_links_to_unicode_anchors_are_checked(tmp_path):
    (tmp_path / "ar" / "faq").mkdir(parents=True)
    (tmp_path / "ar" / "faq" / "index.html").write_text('<h2 id="أسئلة-شائعة">أسئلة شائعة</h2>', encoding="utf-8")
    (tmp_path / "ar" / "index.html").write_text(
        f'<a href="faq/#أسئلة-شائعة">1</a><a href="faq/#{quote("أسئلة-شائعة")}">2</a><a href="faq/#_1">3</a>',
        encoding="utf-8")
    assert check_links(tmp_path).broken == ["ar/index.html: faq/#_1 (no element with id '_1')"]
