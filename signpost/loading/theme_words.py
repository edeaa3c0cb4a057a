"""The theme's own words in a language it has none for (content/strings/theme.<lang>.yml): optional.

Material writes its own words (the skip link, the Header, Footer and Navigation landmarks' names,
Previous and Next...) in some 60 languages. A language outside them (Somali, Tigrinya, Pashto) shows
them in English: marked lang="en" where they are text, and unmarkable where they are a landmark's
aria-label, which a screen reader then reads in the page's language. A team that has
them translated writes them here, one `key: text` a line, under the theme's own keys (`signpost
new-language` writes the file for such a language, the words a page shows left empty). A key left out
or empty is not translated yet: the English word stays, marked where it is text, and `signpost check`
names it. A team may also replace a word the theme has in its language."""
from __future__ import annotations

from signpost.errors import found
from signpost.language_codes import english_name
from signpost.loading.loader import Loader
from signpost.validation import suggestion

PREFIX = "theme."
# Material for MkDocs 9.8's keys (partials/languages/en.html) with their English words, less the
# language code, the direction and the search engine's settings, which are not words a reader sees.
ENGLISH = {
    "action.edit": "Edit this page", "action.skip": "Skip to content", "action.view": "View source of this page",
    "announce.dismiss": "Don't show this again", "blog.archive": "Archive", "blog.authors": "Authors",
    "blog.categories": "Categories", "blog.categories.in": "in", "blog.continue": "Continue reading",
    "blog.draft": "Draft", "blog.index": "Back to index", "blog.meta": "Metadata", "blog.references": "Related links",
    "clipboard.copy": "Copy to clipboard", "clipboard.copied": "Copied to clipboard", "consent.accept": "Accept",
    "consent.manage": "Manage settings", "consent.reject": "Reject", "footer": "Footer", "footer.next": "Next",
    "footer.previous": "Previous", "header": "Header", "meta.comments": "Comments", "meta.source": "Source",
    "nav": "Navigation", "readtime.one": "1 min read", "readtime.other": "# min read", "rss.created": "RSS feed",
    "rss.updated": "RSS feed of updated content", "search": "Search", "search.placeholder": "Search",
    "search.share": "Share", "search.reset": "Clear", "search.result.initializer": "Initializing search",
    "search.result.placeholder": "Type to start searching", "search.result.none": "No matching documents",
    "search.result.one": "1 matching document", "search.result.other": "# matching documents",
    "search.result.more.one": "1 more on this page", "search.result.more.other": "# more on this page",
    "search.result.term.missing": "Missing", "select.language": "Select language", "select.version": "Select version",
    "source": "Go to repository", "source.file.contributors": "Contributors", "source.file.date.created": "Created",
    "source.file.date.updated": "Last update", "tabs": "Tabs", "toc": "Table of contents", "top": "Back to top",
}
# The ones a Signpost page shows (tests/test_languages.py finds each given one on a built page). Not
# search.placeholder: the search box is Signpost's own (content/strings/search.<lang>.yml).
SHOWN = ("action.skip", "header", "nav", "toc", "select.language", "footer",
         "footer.previous", "footer.next")
# Material 9.8's languages (its partials/languages/*.html, a test compares), for `signpost check` and
# `signpost new-language`, which do not load the theme. The build asks the theme itself, so there a
# language an override adds (overrides/partials/languages/so.html) counts as the theme's.
THEME_LANGUAGES = frozenset((
    "af", "ar", "az", "be", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi",
    "fr", "gl", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kn", "ko", "ku-IQ", "lb", "lt", "lv",
    "mk", "mn", "ms", "my", "nb", "nl", "nn", "pl", "pt", "pt-BR", "ro", "ru", "sa", "sh", "si", "sk", "sl", "sq",
    "sr", "sv", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh", "zh-Hant", "zh-TW",
))


def not_given(translated: dict[str, str]) -> list[str]:
    """The keys of the words a page shows (SHOWN) that `translated` (a language's theme words) lacks."""
    return [key for key in SHOWN if key not in translated]


def words_left_in_english(lang: str, translated: dict[str, str]) -> str | None:
    """For a language the theme has no words for, the sentence that says which of the words a page
    shows (SHOWN) content/strings/theme.<lang>.yml does not give, and that they show in English;
    None when it gives them all."""
    missing = not_given(translated)
    if not missing:
        return None
    which = f"{len(missing)} of the {len(SHOWN)} words of the theme a page shows"
    return (f"the theme has no words of its own in '{lang}' ({english_name(lang) or lang}), and {which} "
            f"{'are' if len(missing) > 1 else 'is'} not given in content/strings/{PREFIX}{lang}.yml ({', '.join(missing)}): "
            f"{'they are' if len(missing) > 1 else 'it is'} in English, marked as English where text can be "
            "(README, 'Offer one language, or add one')")


def is_theme_words(file_name: str) -> bool:
    """Whether a file of content/strings/ holds the theme's words ("theme.so.yml")."""
    return file_name.startswith(PREFIX)


def load_theme_words(loader: Loader, languages: list[str]) -> dict[str, dict[str, str]]:
    """{language: {theme key: text}} from content/strings/theme.<lang>.yml, the keys left empty left
    out. Errors (through `loader`): a key the theme does not have (with the key it may mean), a value
    that is not text, a file that is not a mapping."""
    words: dict[str, dict[str, str]] = {}
    folder = loader.root / "strings"
    for path in sorted(folder.glob(f"{PREFIX}*.yml")) if folder.is_dir() else []:
        lang = path.name[len(PREFIX):-len(".yml")]
        document = loader.read(path)
        if document is None or not loader.offered(document.file, lang, languages):
            continue
        if document.data is None:
            continue
        if not isinstance(document.data, dict):
            loader.error(document.file, 1, "", f"expected a mapping of theme key: text, found {found(document.data)}")
            continue
        table = words.setdefault(lang, {})
        for key, value in document.data.items():
            line = document.line_of((key,))
            if str(key) not in ENGLISH:
                loader.error(document.file, line, str(key), _unknown(str(key)))
            elif value is not None and (not isinstance(value, str) or not value.strip()):
                loader.error(document.file, line, str(key), f"expected text, found {found(value)}")
            elif value is not None:
                table[str(key)] = value.strip()
    return words


def _unknown(key: str) -> str:
    # The keys a page shows, not every key (most are for theme features a portal does not use).
    meant = suggestion(key, list(ENGLISH))
    return (f"unknown theme key '{key}'" + (f" (did you mean '{meant}'?)" if meant else "")
            + f"; expected one of the words a page shows: {', '.join(SHOWN)} (or another of the theme's own keys, "
            "in mkdocs-material's partials/languages/en.html)")
