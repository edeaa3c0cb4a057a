"""A hand-written page shown in a language other than the reader's (docs/news.md served at /ar/news/,
because there is no docs/news.ar.md): its content and title are marked with their own `lang` and
`dir`, so it reads left to right and screen readers speak it as English (WCAG 3.1.2), and a notice
in the reader's language says it is not translated yet. The browser tab's <title> cannot hold a
`lang` mark: it says, in the reader's language, which language the page is in ("Privacy (باللغة
الإنجليزية)"), beside the site's name in the reader's language; so does a generated page whose title
falls back (a service with no overlay).

Any page with a part that falls back (a block of the home page, an every-page notice, a field of a
service) says so once, in the reader's language: the notice carries NOTICE_MARK, so a second source of
fallback text on the same page adds none."""
from __future__ import annotations

import html
import re

from markupsafe import Markup

from signpost.language_codes import babel_locale, english_name
from signpost.literals import any_of

from signpost.portal import Portal
from signpost.text import direction


def language_name(lang: str, reader: str) -> str:
    """The name of `lang` in the reader's language ('الإنجليزية' for 'en' read in 'ar')."""
    return babel_locale(reader).languages.get(lang) or english_name(lang) or lang


def interface_string(portal: Portal, key: str, lang: str, **values: str) -> Markup:
    """An interface string in `lang`, marked with its own language when it falls back."""
    localized = portal.string(key, lang)
    text = Markup.escape(localized.text)
    if values:
        text = Markup(str(text).format(**{name: Markup.escape(value) for name, value in values.items()}))
    if not localized.fallback:
        return text
    return Markup('<span lang="{}" dir="{}">{}</span>').format(localized.lang, direction(localized.lang), text)


NOTICE_MARK = "data-sp-untranslated"  # on the one notice a page has that some of it is not translated
# (left out of the search index, as other interface text repeated on many pages is: it would match them all)


def notice(portal: Portal, reader: str, content_lang: str) -> Markup:
    """The note, in the reader's language, that the page is shown in `content_lang` (named in the note's
    own language: while the note is not translated, not the reader's, "shown in Ingiriisi")."""
    said_in = portal.string("page_not_translated", reader).lang
    text = interface_string(portal, "page_not_translated", reader, language=language_name(content_lang, said_in))
    return Markup('<div class="sp-notice" role="note" {} data-pagefind-ignore><p>{}</p></div>\n').format(Markup(NOTICE_MARK), text)


def partial_notice(portal: Portal, reader: str) -> Markup:
    """The note, in the reader's language, that parts of the page are shown in the default language
    (named in the note's own language: a portal's default language need not be English)."""
    said_in = portal.string("fallback_notice", reader).lang
    text = interface_string(portal, "fallback_notice", reader,
                            language=language_name(portal.default_language, said_in))
    return Markup('<div class="sp-notice" role="note" {} data-pagefind-ignore><p>{}</p></div>\n').format(Markup(NOTICE_MARK), text)


def with_partial_notice(html: str, portal: Portal, reader: str, others: str = "") -> str:
    """`html`, which has text that falls back, after the partial notice, unless it or `others` (the
    rest of the page's content) says so already."""
    if NOTICE_MARK in html or NOTICE_MARK in others:
        return html
    return str(partial_notice(portal, reader)) + "\n" + html  # a blank line: Markdown's HTML block ends


def mark_content(html: str, portal: Portal, reader: str, content_lang: str) -> str:
    """A page's rendered content (HTML) in `content_lang`, marked as such, after the notice."""
    return str(notice(portal, reader, content_lang) + Markup('<div lang="{}" dir="{}">\n{}\n</div>').format(
        content_lang, direction(content_lang), Markup(html)))


def mark_title(title: str, content_lang: str) -> str:
    """A page title for the theme (which prints it as HTML in the navigation, and strips tags in
    <title>), marked with its language. `title` is HTML already."""
    return f'<span lang="{content_lang}" dir="{direction(content_lang)}">{title}</span>'


def naming_language(portal: Portal, reader: str, text_lang: str, text: str) -> str:
    """Plain `text` in `text_lang`, for where no `lang` can mark it (a <title>): followed by its
    language, named in the reader's ("Privacy (باللغة الإنجليزية)"), or in the default language's where
    the reader's has no words for it yet ("Privacy (in English)")."""
    template = portal.string("title_in_language", reader)
    # Not yet translated, the template is the default language's: the language is named in that one too,
    # not in a mix of two ("About us (in Ingiriisi)").
    return template.text.format(title=text, language=language_name(text_lang, template.lang))


def tab_title(portal: Portal, reader: str, content_lang: str, title: str) -> str:
    """The <title> text (escaped HTML, as the theme prints it as it is) of a page whose `title` (HTML)
    is in `content_lang`, not the reader's: the title, then its language named in the reader's."""
    text = html.unescape(re.sub(r"<[^>]*>", "", title)).strip()
    return html.escape(naming_language(portal, reader, content_lang, text))


def fallback_titles(portal: Portal, reader: str, title_lang: str, title: str) -> tuple[str, str]:
    """(the <title> text, the title for the navigation) of a page whose title (HTML) is in `title_lang`."""
    return tab_title(portal, reader, title_lang, title), mark_title(title, title_lang)


def team_names(portal: Portal) -> list[str]:
    """The names the content gives only in the team's own (the default) language: organisations
    (the site's, the directory's, partners, funders, a quote's), places (neighbourhoods, PCNs,
    practices), venues and addresses; longest first. People's names are language-neutral and not among them."""
    def find(portal: Portal) -> list[str]:
        site = portal.site.data
        names = {site.organisation, site.address.name, site.address.address}
        names |= {place.name for place in portal.areas.places.values()}
        names |= {item.data.name for item in portal.organisations.values()}
        names |= {item.data.name for item in portal.partners.values()}
        names |= {item.data.funder for item in portal.funding.values()}
        names |= {item.data.organisation for item in portal.quotes.values()}
        names |= {text for service in portal.services.values() for place in service.data.locations
                  for text in (place.name, place.address)}
        return sorted((name for name in names if name), key=lambda name: (-len(name), name))
    return portal.worked_out("team_names", find)


# Elements whose text is left alone: marked with a language already, or not text a reader sees as such.
_KEEP = {"script", "style", "title", "textarea", "option", "code", "pre", "kbd", "samp", "svg", "math", "head",
         "template"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# A comment, a script, style, title or textarea whole, a tag (groups: closing /, name, attributes,
# self-closing /), or anything else between < and >.
_TOKENS = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b.*?</\1\s*>"
                     r"|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>|<[^>]*>", re.DOTALL | re.IGNORECASE)
_LANG = re.compile(r"""\slang\s*=""", re.IGNORECASE)


def _names_pattern(portal: Portal) -> re.Pattern | None:
    def build() -> re.Pattern | None:
        forms = {form for name in team_names(portal)
                 for form in (name, html.escape(name, quote=False), html.escape(name), str(Markup.escape(name)))}
        if not forms:
            return None
        # Not after a letter, an entity's & or a character reference's #; not before a letter.
        return re.compile(any_of(forms, after_first=r"(?<![\w&#].)") + r"(?!\w)", re.DOTALL)
    if "team_names_pattern" not in portal.memo:
        portal.memo["team_names_pattern"] = build()
    return portal.memo["team_names_pattern"]


def mark_names(document: str, portal: Portal, lang: str) -> str:
    """HTML in `lang` with each team name (team_names) in its text, such as a translator wrote it in a
    sentence ("... un conseiller de Riverside Advice Centre ..."), marked with the default language's
    `lang` and `dir` as a <bdi>, as the page context marks them where they are data. Text already inside
    an element with a `lang`, and what is not text (scripts, code, <title>, <option>), is left alone."""
    source = portal.default_language
    pattern = _names_pattern(portal) if lang != source else None
    if pattern is None or not pattern.search(document):
        return document
    mark = '<bdi lang="{}" dir="{}">'.format(source, direction(source)) + r"\g<0></bdi>"
    starts = [found.start() for found in pattern.finditer(document)]  # only the text around these is looked at
    out: list[str] = []  # document[:copied], names marked
    copied = 0
    keeping: list[str] = []  # the open elements whose text is left alone, innermost last
    text_start, name_at = 0, 0  # the text before the next tag starts at text_start; starts[name_at:] are after it
    for match in _TOKENS.finditer(document):
        at = match.start()
        while name_at < len(starts) and starts[name_at] < text_start:
            name_at += 1  # (inside the tag before: an attribute's value)
        if name_at < len(starts) and starts[name_at] < at:
            if not keeping:
                out += [document[copied:text_start], pattern.sub(mark, document[text_start:at])]
                copied = at
            while name_at < len(starts) and starts[name_at] < at:
                name_at += 1
        text_start = match.end()
        closing, name, attributes, self_closing = match.group(2, 3, 4, 5)
        if name is None:  # a comment, a script, a style, a title or a textarea, whole; or no tag
            continue
        name = name.lower()
        if closing:
            if name in keeping:
                del keeping[len(keeping) - 1 - keeping[::-1].index(name):]
        elif (name not in _VOID and not self_closing
              and (keeping or name in _KEEP or ("=" in attributes and _LANG.search(" " + attributes)))):
            keeping.append(name)
    out.append(document[copied:text_start])
    out.append(document[text_start:] if keeping else pattern.sub(mark, document[text_start:]))
    return "".join(out)
