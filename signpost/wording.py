"""Words put together in the reader's language: a list of labels joined as that language joins a list
("Free and low cost", "Gratuit et à petit prix", "مجاني وبتكلفة منخفضة"; "In person and by phone"), names
joined the same way as they are written ("English and Arabic", "anglais et arabe"), and the name of the
whole area a service covers when it names no areas.

Labels in content/lists/ are written to stand alone, with a capital ("Low cost", "There is a charge");
inside a sentence the labels after the first lose that capital, unless they begin with an acronym
("NHS referral") or the language capitalises nouns (German)."""
from __future__ import annotations

import functools

from babel.core import Locale, UnknownLocaleError
from babel.lists import format_list

# Languages whose nouns keep their capital inside a sentence: their labels are joined as they are.
CAPITALISED_NOUNS = frozenset({"de", "lb"})


def _babel_locale(lang: str) -> str:
    return "en_GB" if lang == "en" else lang.replace("-", "_")  # British English: no comma before "and"


@functools.lru_cache(maxsize=None)
def _locale(lang: str) -> Locale | None:
    # Parsed once a language: format_list would parse its name again for each of thousands of lists.
    try:
        return Locale.parse(_babel_locale(lang))
    except (ValueError, LookupError, UnknownLocaleError):
        return None


def in_sentence(label: str, lang: str) -> str:
    """`label` as it reads after the first item of a list in `lang`: "There is a charge" -> "there is a charge"."""
    if lang.split("-")[0] in CAPITALISED_NOUNS or len(label) < 2 or label[1].isupper():
        return label
    return label[0].lower() + label[1:]


def join_names(names: list[str], lang: str, separator: str = ", ") -> str:
    """Names (places, organisations, languages, days) joined as `lang` joins a list of things ("A, B and C"),
    each as it is written; `separator` (the interface's list_separator) for a language Babel does not know."""
    if not names:
        return ""
    locale = _locale(lang)
    if locale is None:
        return separator.join(names)
    try:
        return format_list(list(names), style="standard", locale=locale)
    except (ValueError, LookupError, UnknownLocaleError):
        return separator.join(names)


def join_labels(labels: list[str], lang: str, separator: str = ", ") -> str:
    """Labels joined as `lang` joins a list of things ("A, b and c"), the first keeping its capital;
    `separator` (the interface's list_separator) for a language Babel does not know."""
    if not labels:
        return ""
    return join_names([labels[0]] + [in_sentence(label, lang) for label in labels[1:]], lang, separator)


def join_pieces(pieces: list[str], lang: str, separator: str = ", ") -> list[str]:
    """`lang`'s way of joining len(pieces) things, as a list of the pieces with the words between them
    (["A", " and ", "B"]), so marked-up pieces (a label in another language) keep their markup."""
    parts = [pieces[chunk] if isinstance(chunk, int) else chunk for chunk in _joining(len(pieces), lang, separator)]
    return [part for part in parts if part != ""]


@functools.lru_cache(maxsize=4096)
def _joining(count: int, lang: str, separator: str) -> tuple[int | str, ...]:
    # How `lang` joins `count` things: the index of each piece, with the words between them. The same few
    # shapes serve every list of every page.
    marks = [f"\x00{index}\x00" for index in range(count)]
    indexes = {str(i) for i in range(count)}
    return tuple(int(chunk) if chunk.isdigit() and chunk in indexes else chunk
                 for chunk in join_names(marks, lang, separator).split("\x00"))


def whole_area(portal, lang: str) -> str:
    """What a service that names no areas covers, in the team's words: "All of Riverside" from site.yml's
    `area_name` (translated by its overlay), else the interface's "The whole area"."""
    if portal.site.data.area_name:
        name = portal.text(portal.site, "area_name", lang).text
        return str(portal.string("whole_area_named", lang).text).format(area=name)
    return str(portal.string("whole_area", lang).text)
