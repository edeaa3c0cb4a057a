"""News and updates: a listing newest first, one page an item, the latest on the home page (through
the `blocks.latest_news` fact), and one Atom feed a language (feedgen), written beside the listing."""
from __future__ import annotations

import datetime
from pathlib import Path

from feedgen.feed import FeedGenerator

from signpost.chrome import language_root
from signpost.files import write_files
from signpost.portal import Item, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import environment, render_page

INDEX = "news/index.md"
FEED = "news/feed.xml"  # under each language's folder: /news/feed.xml, /ar/news/feed.xml
LATEST = 3


def news_path(news_id: str) -> str:
    return f"news/{news_id}.md"


def newest_first(portal: Portal) -> list[Item]:
    """Every news item dated on or before the build date, newest first (then by id, for stable order)."""
    items = [item for item in portal.news.values() if item.data.date <= portal.build_date]
    return sorted(items, key=lambda item: (item.data.date, item.id), reverse=True)


def latest_news(ctx: PageContext) -> str:
    """The latest items as an HTML block for a hand-written page (the home page); empty with no news."""
    items = newest_first(ctx.portal)[:LATEST]
    if not items:
        return ""
    return environment.get_template("news_latest.html").render(ctx=ctx, items=items, news_path=news_path)


def pages(portal: Portal, lang: str) -> list[PageFile]:
    items = newest_first(portal)
    if not items:  # (items all dated after the build wait, as if there were none)
        return []
    index = PageContext(portal, lang, INDEX)
    files = [render_page(index, "news_index.html", portal.string("news_title", lang), items=items,
                         news_path=news_path, feed="feed.xml")]
    for item in items:
        ctx = PageContext(portal, lang, news_path(item.id))
        files.append(render_page(ctx, "news_item.html", ctx.portal.text(item, "title", ctx.lang), item=item))
    return files


def feed_link(portal: Portal, lang: str) -> dict[str, str] | None:
    """{'href': absolute address, 'title'} of `lang`'s Atom feed, for the page head's
    `<link rel="alternate" type="application/atom+xml">`; None when there is no feed (no news yet).
    Absolute from site.yml's url, as the hreflang links are, so it holds under a path."""
    if not newest_first(portal):
        return None
    root = str(portal.site.data.url).rstrip("/") + "/" + language_root(portal, lang)
    return {"href": root + FEED, "title": _feed_title(portal, lang)}


def _feed_title(portal: Portal, lang: str) -> str:
    return f"{portal.text(portal.site, 'name', lang).text}: {portal.string('news_title', lang).text}"


def atom_feeds(portal: Portal) -> dict[str, bytes]:
    """{site-relative path: Atom XML} for each language with news. Entry dates are the items' dates at
    midnight UTC, and the feed's `updated` is the newest item's, so two builds give the same bytes."""
    base = str(portal.site.data.url).rstrip("/") + "/"
    feeds = {}
    items = newest_first(portal)
    if not items:
        return feeds
    for lang in portal.languages:
        root = base + language_root(portal, lang)
        feed = FeedGenerator()
        feed.id(root + "news/")
        feed.title(_feed_title(portal, lang))
        feed.link(href=root + "news/", rel="alternate")
        feed.link(href=root + FEED, rel="self")
        feed.language(lang)
        feed.updated(_midnight(items[0].data.date))
        for item in reversed(items):  # feedgen puts the last added first
            entry = feed.add_entry()
            url = f"{root}news/{item.id}/"
            entry.id(url)
            entry.link(href=url)
            entry.title(portal.text(item, "title", lang).text)
            entry.summary(portal.text(item, "summary", lang).text)
            entry.updated(_midnight(item.data.date))
            entry.published(_midnight(item.data.date))
        feeds[language_root(portal, lang) + FEED] = feed.atom_str(pretty=True)
    return feeds


def _midnight(date: datetime.date) -> datetime.datetime:
    return datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.timezone.utc)


def write_feeds(portal: Portal, site: Path) -> None:
    """Writes each language's Atom feed into the built site (after every language is built)."""
    write_files(atom_feeds(portal), site)
