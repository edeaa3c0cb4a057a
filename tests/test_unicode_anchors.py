"""Heading ids keep their letters in every script, and the link check follows links to them."""
from urllib.parse import quote

import markdown

from signpost.links import check_links
from signpost.text import heading_slugify


def test_the_site_slugify_keeps_arabic_and_devanagari_letters():
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"slugify": heading_slugify()}})
    html = md.convert("## أسئلة شائعة\n\n## अक्सर पूछे जाने वाले सवाल\n\n## Questions Fréquentes")
    assert 'id="أسئلة-شائعة"' in html
    # Devanagari keeps its letters; its vowel signs (combining marks, not \w) are dropped.
    assert 'id="अकसर-पछ-जन-वल-सवल"' in html
    assert 'id="questions-fréquentes"' in html


def test_links_to_unicode_anchors_are_checked(tmp_path):
    (tmp_path / "ar" / "faq").mkdir(parents=True)
    (tmp_path / "ar" / "faq" / "index.html").write_text('<h2 id="أسئلة-شائعة">أسئلة شائعة</h2>', encoding="utf-8")
    (tmp_path / "ar" / "index.html").write_text(
        f'<a href="faq/#أسئلة-شائعة">1</a><a href="faq/#{quote("أسئلة-شائعة")}">2</a><a href="faq/#_1">3</a>',
        encoding="utf-8")
    assert check_links(tmp_path).broken == ["ar/index.html: faq/#_1 (no element with id '_1')"]
