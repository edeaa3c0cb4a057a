"""News: validated items, a listing newest first, the latest on the home page, an Atom feed per language."""
import datetime
import xml.etree.ElementTree as etree

from signpost.pages import news
from signpost.pages.blocks import fill_page

from conftest import write
from .kinds import errors_of, page, portal_of

ATOM = "{http://www.w3.org/2005/Atom}"


def add_news(content):
    write(content / "news/older.yml", "title: Older item\ndate: 2026-01-05\nsummary: The older one.\nbody: Old *news*.\n")
    write(content / "news/newer.yml", "title: Newer item\ndate: 2026-10-20\nsummary: The newer one.\nbody: New [food bank](../../services/food-bank/) hours.\n")
    write(content / "news/newer.ar.yml", "title: خبر أحدث\nsummary: الأحدث.\n")
    write(content / "news/future.yml", "title: Not yet\ndate: 2027-01-01\nsummary: Dated after the build.\nbody: Later.\n")


def test_the_listing_is_newest_first_and_leaves_out_items_dated_after_the_build(content):
    add_news(content)
    listing = page(news.pages(portal_of(content), "en"), "news/index.md")
    assert listing.index("Newer item") < listing.index("Older item")
    assert "Not yet" not in listing


def test_an_item_page_renders_its_markdown_body_and_date(content):
    add_news(content)
    item = page(news.pages(portal_of(content), "en"), "news/newer.md")
    assert '<a href="../../services/food-bank/">food bank</a>' in item
    assert '<time datetime="2026-10-20">20 October 2026</time>' in item


def test_the_home_page_block_shows_the_latest_in_the_readers_language(content):
    add_news(content)
    home = fill_page(portal_of(content), "ar", "index.ar.md", "# Home\n\n{{ blocks.latest_news }}\n")
    assert "خبر أحدث" in home and 'href="news/newer/"' in home


def test_on_a_home_page_shown_untranslated_the_block_is_marked_in_the_readers_language(content):
    # The English index.md shown at /ar/ is marked English as a whole; the Arabic block inside it says it is
    # Arabic, right to left, or a screen reader speaks it as English and its dates lose their isolation.
    add_news(content)
    shown = fill_page(portal_of(content), "ar", "index.md", "# Home\n\n{{ blocks.latest_news }}\n")
    block = shown[shown.index('<div lang="ar" dir="rtl">'):]
    assert "خبر أحدث" in block and block.rstrip().endswith("</div>")
    translated = fill_page(portal_of(content), "ar", "index.ar.md", "# Home\n\n{{ blocks.latest_news }}\n")
    assert '<div lang="ar" dir="rtl">' not in translated


def test_each_language_has_an_atom_feed_with_absolute_links_and_stable_dates(content):
    add_news(content)
    feeds = news.atom_feeds(portal_of(content))
    assert set(feeds) == {"news/feed.xml", "ar/news/feed.xml", "fr/news/feed.xml", "hi/news/feed.xml", "es/news/feed.xml"}
    feed = etree.fromstring(feeds["ar/news/feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["خبر أحدث", "Older item"]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://fixture.example.org/ar/news/newer/"
    assert feed.find(f"{ATOM}updated").text == "2026-10-20T00:00:00+00:00"
    assert news.atom_feeds(portal_of(content)) == feeds  # same bytes each build


def test_no_news_makes_no_pages_and_no_feed(content):
    portal = portal_of(content)
    assert news.pages(portal, "en") == [] and news.atom_feeds(portal) == {}


def test_an_image_needs_alt_text_and_a_date_must_be_a_date(content):
    write(content / "news/bad.yml", "title: Bad\ndate: soon\nsummary: S.\nbody: B.\nimage: assets/x.png\n")
    fields = sorted(error.field for error in errors_of(content))
    assert fields == ["date", "image_alt"]  # in one report: the missing alt text is not held back by the date
    write(content / "news/bad.yml", "title: Bad\ndate: 2026-01-01\nsummary: S.\nbody: B.\nimage: assets/x.png\n")
    [error] = errors_of(content)
    assert error.file == "content/news/bad.yml" and error.field == "image_alt"


def test_an_image_whose_alt_text_falls_back_is_marked_with_the_alt_texts_language():
    from signpost.load import load_portal
    from signpost.rendering.context import PageContext
    from sites import PROJECT

    portal = load_portal(PROJECT / "content")
    item = portal.news["new-carers-cafe-evening"]
    ctx = PageContext(portal, "ar", "news/index.md")
    assert ctx.alt(item, "image_alt") == ' alt="' + item.overlays["ar"].image_alt + '"'  # translated: no mark
    item.overlays["ar"] = item.overlays["ar"].model_copy(update={"image_alt": None})
    fallback = PageContext(portal, "ar", "news/index.md")
    assert str(fallback.alt(item, "image_alt")).endswith(' lang="en" dir="ltr"') and fallback.fell_back
