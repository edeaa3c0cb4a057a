"""What a page template sees: the portal read in one language, with links relative to the page.

Text that falls back to the default language is marked with its own `lang` and `dir`, and the page
remembers it so it can tell the reader."""
from __future__ import annotations

import datetime
import functools

from babel.dates import format_date
from markupsafe import Markup, escape

from signpost.language_codes import babel_locale
from signpost.portal import Item, Localized, Portal
from signpost.rendering.page_file import relative_url
from signpost.text import EMERGENCY_NUMBERS, direction, email_link, in_language, ltr, phone_link, render_inline_markdown, render_markdown, web_link
from signpost.wording import in_sentence, join_pieces

# Translatable fields that are names, titles or labels: shown as text, never as Markdown (they also
# go into <title>, alt text and the navigation). Every other translatable text field takes Markdown.
PLAIN_FIELDS = frozenset({"name", "title", "label", "role", "photo_alt", "image_alt", "logo_alt", "tagline", "mentions",
                          "area_name"})


class PageContext:
    def __init__(self, portal: Portal, lang: str, path: str):
        self.portal = portal
        self.lang = lang
        self.dir = direction(lang)
        self.path = path
        self.fell_back = False
        self.heading_ids: set[str] = set()  # headings in Markdown fields get ids unique on the page

    # text
    def s(self, key: str, **values: object) -> Markup:
        """An interface string, with {placeholders} filled in (values are escaped)."""
        localized = self.portal.string(key, self.lang)
        if not values:
            # The same on every page: marked once a language. (portal.string is still asked each time, so a
            # preview still records which strings each page shows.)
            kept = self.portal.memo.get(("s", localized, self.lang))
            if kept is None:
                kept = self.portal.memo[("s", localized, self.lang)] = self._mark(
                    Localized(Markup.escape(localized.text), localized.lang, localized.fallback), "span")
            self.fell_back = self.fell_back or localized.fallback
            return kept
        text = Markup(str(Markup.escape(localized.text)).format(**{k: Markup.escape(v) for k, v in values.items()}))
        return self._mark(Localized(text, localized.lang, localized.fallback), "span")

    def t(self, item: Item, field: str) -> Markup:
        """A translatable field, inline: prose fields take inline Markdown (links, emphasis), names
        and titles (PLAIN_FIELDS) are text."""
        # The same for every page of the language (a service's name and summary are on hundreds of
        # lists): made once, with whether it fell back, which the page must still learn.
        key = ("t", id(item), field, self.lang)
        kept = self.portal.memo.get(key)
        if kept is None or kept[0] is not item:
            fell_back, self.fell_back = self.fell_back, False
            kept = self.portal.memo[key] = (item, self._t(item, field), self.fell_back)
            self.fell_back = fell_back
        self.fell_back = self.fell_back or kept[2]
        return kept[1]

    def _t(self, item: Item, field: str) -> Markup:
        localized = self.portal.text(item, field, self.lang)
        if field not in PLAIN_FIELDS and isinstance(localized.text, str):
            localized = Localized(render_inline_markdown(localized.text), localized.lang, localized.fallback)
        return self._mark(localized, "span")

    def plain(self, item: Item, field: str) -> str:
        """A translatable field as plain text, for titles and attributes."""
        return self.portal.text(item, field, self.lang).text

    def alt(self, item: Item, field: str) -> Markup:
        """` alt="..."` for an <img>, with the image marked lang and dir when the text falls back (an
        attribute cannot hold a span, and an img's lang is its alt text's)."""
        localized = self.portal.text(item, field, self.lang)
        return Markup(' alt="{}"{}').format(localized.text, self._fallback_attributes(localized))

    def md(self, item: Item, field: str) -> Markup:
        """A translatable Markdown field, as a block."""
        localized = self.portal.text(item, field, self.lang)
        return self._mark(Localized(render_markdown(localized.text, self.heading_ids), localized.lang, localized.fallback), "div")

    def items(self, item: Item, field: str) -> list[Markup]:
        """A translatable list of texts; the whole list falls back together."""
        localized = self.portal.text(item, field, self.lang)
        attributes = self._fallback_attributes(localized)
        lines = [text if field in PLAIN_FIELDS else render_inline_markdown(text) for text in localized.text]
        return [Markup("<span{}>{}</span>").format(attributes, line) if attributes else Markup.escape(line)
                for line in lines]

    def name(self, text: str) -> Markup:
        """Text the content gives only in the team's own (the default) language, which no overlay
        translates: the name of an organisation, a place (neighbourhood, PCN, GP practice, venue) or an
        address. Marked with that language on other languages' pages, as the footer marks the
        organisation; not a fallback (the page does not say it is untranslated)."""
        return in_language(text, self.portal.default_language, self.lang)

    def date(self, value: datetime.date) -> str:
        return _long_date(value, self.lang)

    def label(self, list_name: str, item_id: str) -> Markup:
        """A controlled list's label; one not yet translated is the default language's, marked as such."""
        return self._mark(self.portal.label_text(list_name, item_id, self.lang), "span")

    def labels(self, list_name: str, item_ids: list[str], names: bool = False) -> Markup:
        """Labels of a controlled list joined as the page's language joins a list ("In person and by phone"),
        each not yet translated marked as such; after the first, a label reads as inside a sentence ("by
        phone"), but `names` (languages: "English and Arabic") stay as written."""
        marked = []
        for index, item_id in enumerate(item_ids):
            label = self.portal.label_text(list_name, item_id, self.lang)
            text = label.text if names or index == 0 else in_sentence(label.text, label.lang)
            marked.append(self._mark(Localized(text, label.lang, label.fallback), "span"))
        return self.joined(marked)

    def joined(self, pieces: list) -> Markup:
        """Pieces (names, marked labels, links) joined as the page's language joins a list ("A, B and C")."""
        separator = str(self.portal.string("list_separator", self.lang).text)
        return Markup("").join(piece if isinstance(piece, Markup) else Markup.escape(piece)
                               for piece in join_pieces([piece if isinstance(piece, Markup) else Markup.escape(piece)
                                                         for piece in pieces], self.lang, separator))

    def days(self, days: list[str]) -> Markup:
        """Days of the week by their names in the page's language, joined as a list ("Tuesday and Thursday")."""
        return self.joined([self.s(f"day_{day}") for day in days])

    def need(self, need_id: str) -> Markup:
        return self.t(self.portal.needs[need_id], "label")

    def _mark(self, localized: Localized, tag: str) -> Markup:
        if not localized.fallback and localized.lang != self.lang:  # in another language by design (a place's name)
            return in_language(localized.text, localized.lang, self.lang)
        attributes = self._fallback_attributes(localized)
        if not attributes:
            return Markup(localized.text) if isinstance(localized.text, Markup) else Markup.escape(localized.text)
        # What Markup.format makes (each value escaped), without its formatter: called for most texts of every page.
        return Markup(f"<{tag}{attributes}>{escape(localized.text)}</{tag}>")

    def _fallback_attributes(self, localized: Localized) -> Markup:
        if not localized.fallback:
            return Markup("")
        self.fell_back = True
        return Markup(f' lang="{escape(localized.lang)}" dir="{direction(localized.lang)}"')

    # links and data
    def link(self, path: str) -> str:
        return relative_url(self.path, path)

    def asset(self, path: str) -> str:
        """A file under docs/ (a photo), from this page: assets live once, outside the language folders."""
        return relative_url(self.path, "index.md") + ("../" if self.lang != self.portal.default_language else "") + path

    def not_for_emergencies(self, link: bool = True) -> Markup:
        """The notice that the service is not for emergencies, with 999, 111 and Samaritans' number as
        tel: links isolated left to right (plain numbers with link=False, for print)."""
        return self.s("not_for_emergencies", **{
            key: phone_link(number) if link else number for key, number in EMERGENCY_NUMBERS.items()})

    phone = staticmethod(phone_link)
    email = staticmethod(email_link)
    web = staticmethod(web_link)
    ltr = staticmethod(ltr)


@functools.lru_cache(maxsize=4096)
def _long_date(value: datetime.date, lang: str) -> str:
    # British English dates ("15 January 2020"), not Babel's default American ones. Made once a date and
    # language: Babel parses the locale's name on each call.
    return format_date(value, format="long", locale=babel_locale(lang))
