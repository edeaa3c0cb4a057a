"""`signpost new-language CODE`: starter files for a new language, so no list label or interface string
has to be copied by hand.

For each file of the default language's interface strings (`strings/en.yml`, `strings/forms.en.yml`, ...)
and each controlled list (`lists/costs.yml`, ...) it writes the new language's file with every key and the
key left empty, the default language's text beside it as a YAML comment:

    phone:             # Phone

An empty key is not a translation: until it is filled in, readers see the default language's text,
marked with its language (`lang`, `dir`), and `signpost check` names it. So nothing untranslated is
passed off as translated. Where Signpost's own sample has the text in that language (Arabic, French,
Hindi, Spanish: the interface strings and list labels) and the team's default-language text is still
Signpost's own word for word, that translation is written in, with the default text beside it: the
notice that a page is not translated yet is then in the reader's language from the start. The days of
the week are written in from the Unicode CLDR for any language it knows. An existing file is never
written over; the result says what was written and what was kept."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

from signpost.errors import display_path
from signpost.language_codes import english_name, language_code_problem
from signpost.loading.theme_words import ENGLISH as THEME_ENGLISH, PREFIX as THEME_PREFIX, SHOWN as THEME_SHOWN
from signpost.loading.theme_words import THEME_LANGUAGES, is_theme_words
from signpost.portal import LIST_NAMES
from signpost.text import direction

_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# Site.yml's translatable texts that are one line each; `impact` (a list) is described in a comment.
SITE_FIELDS = ("name", "tagline", "area_name", "opening_hours")
SIGNPOST_CONTENT = Path(__file__).resolve().parents[2] / "content"  # Signpost's sample: its own translations


class LanguageError(Exception):
    """What stops `signpost new-language`, in a sentence for the person who ran it."""


@dataclass
class Starter:
    """What `new_language` did: files written (with how many texts each leaves to translate), how many
    texts were filled in with Signpost's own translation and how many from the Unicode CLDR (the days
    of the week), files kept as they were."""

    code: str
    default: str
    offered: bool  # already among site.yml's languages
    written: list[tuple[Path, int]] = field(default_factory=list)
    kept: list[tuple[Path, str]] = field(default_factory=list)
    filled_in: int = 0
    from_cldr: int = 0  # the days of the week, from the Unicode CLDR
    planned: list[tuple[Path, str, int]] = field(default_factory=list)  # to write once every source is read


def new_language(content: Path, code: str) -> Starter:
    """Writes the starter files of language `code` into the content folder `content`."""
    content = Path(content)
    default, languages = _site_languages(content, code)
    starter = Starter(code, default, code in languages)
    for source in _default_strings(content, default):
        target = source.with_name(source.name[: -len(f"{default}.yml")] + f"{code}.yml")
        if target.exists():
            starter.kept.append((target, "it exists"))
            continue
        texts = _mapping(source)
        own = _signposts_own(source.name, default, code, texts)
        days = {key: text for key, text in _common_locale_data(default, code, texts).items() if key not in own}
        known = {**days, **own}
        _plan(target, _header(f"The interface strings of {display_path(source, content)}", code, default, placeholders=True)
               + _keys(texts, known), starter, len(texts) - len(known))
        starter.filled_in += len(own)
        starter.from_cldr += len(days)
    for name in LIST_NAMES:
        source = content / "lists" / f"{name}.yml"
        target = content / "lists" / f"{name}.{code}.yml"
        if not source.exists():
            continue
        if target.exists():
            starter.kept.append((target, "it exists"))
            continue
        entries = _mapping(source)
        labels = {entry: labels.get(default) for entry, labels in entries.items()
                  if isinstance(labels, dict) and not labels.get(code)}
        if not labels:
            starter.kept.append((source, f"every entry has its '{code}' label there already"))
            continue
        own = _mapping(SIGNPOST_CONTENT / "lists" / f"{name}.yml") if (SIGNPOST_CONTENT / "lists" / f"{name}.yml").is_file() else {}
        known = {entry: own[entry][code] for entry, text in labels.items()
                 if isinstance(own.get(entry), dict) and own[entry].get(default) == text and own[entry].get(code)}
        _plan(target, _header(f"The labels of {display_path(source, content)}", code, default) + _keys(labels, known),
               starter, len(labels) - len(known))
        starter.filled_in += len(known)
    _site_overlay(content, code, default, starter)
    _theme_words(content, code, starter)
    for path, text, count in starter.planned:  # every source read first: a broken one writes nothing
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as file:  # never over an existing file
            file.write(text)
        starter.written.append((path, count))
    return starter


def _site_languages(content: Path, code: str) -> tuple[str, list[str]]:
    site = content / "site.yml"
    problem = language_code_problem(code)
    if problem:
        raise LanguageError(problem)
    if not site.is_file():
        raise LanguageError(f"{site}: not found; expected the content folder of a portal (--content)")
    try:
        data = yaml.safe_load(site.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise LanguageError(f"{site}: not readable as YAML ({error.__class__.__name__}); run signpost check") from None
    default = data.get("default_language") if isinstance(data, dict) else None
    languages = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(default, str) or not isinstance(languages, list):
        raise LanguageError(f"{site}: expected default_language and languages; run signpost check")
    if code == default:
        raise LanguageError(f"'{code}' is the default language: its texts are the ones other languages translate")
    return default, [str(lang) for lang in languages]


def _default_strings(content: Path, default: str) -> list[Path]:
    folder = content / "strings"
    return sorted(path for path in folder.glob(f"*{default}.yml")
                  if path.stem.rsplit(".", 1)[-1] == default and not is_theme_words(path.name))


def _mapping(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise LanguageError(f"{path}: not readable as YAML; run signpost check") from None
    return data if isinstance(data, dict) else {}


def _header(what: str, code: str, default: str, placeholders: bool = False) -> str:
    name, default_name = language_name(code), language_name(default)
    return (f"# {what} in {name} ({code}), to translate from {default_name} ({default}).\n"
            f"# Write each text after its key; the {default_name} text is the comment beside it. A key left\n"
            f"# empty is not translated yet: {name} readers see the {default_name} text, marked as {default_name},\n"
            f"# and `signpost check` names it." + (" Keep {placeholders} as they are." if placeholders else "") + "\n")


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the day_* keys, in CLDR's order (Monday first)


def _common_locale_data(default: str, code: str, texts: dict) -> dict:
    """The days of the week in `code` from the Unicode CLDR (Babel), for each day_* key whose text is still
    CLDR's name of that day in the default language: a Somali or Pashto team starts with its own day names
    rather than English ones beside its own word for "and". None for a language CLDR does not know."""
    try:
        theirs = Locale.parse(code.replace("-", "_")).days["format"]["wide"]
        ours = Locale.parse(default.replace("-", "_")).days["format"]["wide"]
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return {f"day_{day}": theirs[index] for index, day in enumerate(DAYS)
            if texts.get(f"day_{day}") == ours[index] and theirs.get(index)}


def _signposts_own(name: str, default: str, code: str, texts: dict) -> dict:
    """Signpost's own `code` text for each key whose default text is still Signpost's own, word for word."""
    own_default = SIGNPOST_CONTENT / "strings" / name
    own = SIGNPOST_CONTENT / "strings" / (name[: -len(f"{default}.yml")] + f"{code}.yml")
    if not own_default.is_file() or not own.is_file() or own_default.resolve() == own.resolve():
        return {}
    defaults, translations = _mapping(own_default), _mapping(own)
    return {key: translations[key] for key, text in texts.items()
            if isinstance(translations.get(key), str) and translations[key] and defaults.get(key) == text}


def _keys(texts: dict, known: dict | None = None) -> str:
    keys = {key: (str(key) if _PLAIN_KEY.match(str(key)) else yaml.safe_dump(str(key), width=10**6).split("\n")[0])
            for key in texts}
    width = min(max((len(key) for key in keys.values()), default=0) + 2, 40)
    lines = []
    for key, shown in keys.items():
        text = texts[key]
        shown_text = str(text) if text is not None else ""
        if shown_text != shown_text.strip() or "\n" in shown_text:  # ", " or a text of several lines: quoted
            shown_text = json.dumps(shown_text, ensure_ascii=False)
        comment = " # " + shown_text if shown_text else ""
        translation = (known or {}).get(key)
        if translation:  # Signpost's own, for the same default text
            lines.append(f"{shown}: {json.dumps(translation, ensure_ascii=False)}{comment}")
        else:
            lines.append(f"{shown + ':':<{width}}{comment}".rstrip())
    return "\n".join(lines) + "\n"


def _site_overlay(content: Path, code: str, default: str, starter: Starter) -> None:
    target = content / f"site.{code}.yml"
    if target.exists():
        starter.kept.append((target, "it exists"))
        return
    site = _mapping(content / "site.yml")
    texts = {key: site[key] for key in SITE_FIELDS if isinstance(site.get(key), str)}
    text = _header("The site's own texts (content/site.yml)", code, default) + _keys(texts)
    labels = [figure.get("label") for figure in site.get("impact") or [] if isinstance(figure, dict)]
    if labels:
        text += ("# The impact figures' labels, one a line in site.yml's order (values and dates are not repeated):\n"
                 "# impact:\n" + "".join(f"#   - {label}\n" for label in labels))
    _plan(target, text, starter, len(texts))


def _theme_words(content: Path, code: str, starter: Starter) -> None:
    # A language the theme has no words for (Somali, Pashto): the words a page shows, left empty, the
    # theme's English beside each (signpost/loading/theme_words.py). The theme's own languages need none.
    if code in THEME_LANGUAGES:
        return
    target = content / "strings" / f"{THEME_PREFIX}{code}.yml"
    if target.exists():
        starter.kept.append((target, "it exists"))
        return
    name = language_name(code)
    text = (f"# The theme's own words in {name} ({code}): the skip link, the names of the page's landmarks (which a\n"
            f"# screen reader reads out), the table of contents, Previous and Next. The theme has none in {name}:\n"
            f"# until each is written here, readers see the English word beside it, marked as English where it can be.\n")
    _plan(target, text + _keys({key: THEME_ENGLISH[key] for key in THEME_SHOWN}), starter, len(THEME_SHOWN))


def _plan(path: Path, text: str, starter: Starter, count: int) -> None:
    starter.planned.append((path, text, count))


def language_name(code: str) -> str:
    """The language's name in English ('ur' -> 'Urdu'), or the code when Babel does not know it."""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return english_name(code) or code


def written_right_to_left(code: str) -> bool:
    """True when Babel's locale data says the language is written right to left."""
    try:
        return Locale.parse(code.replace("-", "_")).character_order == "right-to-left"
    except (ValueError, UnknownLocaleError):
        return False


def direction_unknown(code: str) -> bool:
    """A right-to-left language Signpost would still mark left to right (signpost.text.RTL_LANGUAGES)."""
    return written_right_to_left(code) and direction(code) == "ltr"
