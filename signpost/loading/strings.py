"""The interface strings (content/strings/*.yml): one table of key -> text a language."""
from __future__ import annotations

from signpost.checks.placeholders import check_placeholders
from signpost.errors import ContentError, display_path, found
from signpost.loading.loader import Loader
from signpost.loading.theme_words import is_theme_words
from signpost.validation import suggestion, unknown_message


def load_strings(loader: Loader, languages: list[str], default: str) -> dict[str, dict[str, str]]:
    # One file a language (en.yml), optionally split by concern (forms.en.yml): a key once per language.
    # (theme.<lang>.yml holds the theme's words: signpost.loading.theme_words.)
    strings: dict[str, dict[str, str]] = {}
    where: dict[tuple[str, str], tuple[str, int]] = {}
    folder = loader.root / "strings"
    loader.unread(folder)
    broken: set[str] = set()  # files that failed to read: their keys are not held against translations
    empty: list[tuple[str, str, int]] = []  # (key, file, line) of a translation's keys left empty
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        if is_theme_words(path.name):
            continue
        lang = path.stem.rsplit(".", 1)[-1]
        document = loader.read(path)
        if document is None or not isinstance(document.data, dict):
            broken.add(display_path(path, loader.root))
        if document is None:
            continue
        if not loader.offered(document.file, lang, languages):
            continue
        if not isinstance(document.data, dict):
            loader.error(document.file, 1, "", f"expected a mapping of key: text, found {found(document.data)}")
            continue
        table = strings.setdefault(lang, {})
        for key, value in document.data.items():
            line = document.line_of((key,))
            if value is None and lang != default:  # left empty, as `signpost new-language` writes it: not translated yet
                empty.append((key, document.file, line))
                continue
            if not isinstance(value, str) or not value.strip():
                loader.error(document.file, line, key, f"expected text, found {found(value)}")
                continue
            if key in table:
                loader.error(document.file, line, key, f"duplicate string: '{key}' is already set in {':'.join(map(str, where[lang, key]))}")
                continue
            table[key] = value.rstrip("\n")
            where[lang, key] = (document.file, line)
    if default not in strings:
        if loader.languages_known:
            loader.error(display_path(folder / f"{default}.yml", loader.root), 1, "",
                         "missing: the default language's interface strings are required")
        return strings
    loader.errors += check_placeholders(strings, where, default)
    _missing_from_default(loader, strings, where, default, broken)
    loader.warnings += _misspelt_empty_keys(empty, strings[default])
    return strings


def _misspelt_empty_keys(empty: list[tuple[str, str, int]], default_strings: dict[str, str]) -> list[ContentError]:
    # An empty key is not yet translated, so not an error; one the default language does not have would
    # stay untranslated once filled in (emial: for email:): said now, as a warning.
    return [ContentError(file, line, key, f"unknown string '{key}' (did you mean '{meant}'?), left empty: once it "
                                          f"is written, it would translate nothing; write the key as the default language has it")
            for key, file, line in empty if key not in default_strings
            for meant in [suggestion(key, list(default_strings))] if meant is not None]


def _missing_from_default(loader: Loader, strings: dict[str, dict[str, str]],
                          where: dict[tuple[str, str], tuple[str, int]], default: str, broken: set[str]) -> None:
    """A key that translations hold but the default language lacks: where it resembles one of the
    default language's keys that the translation lacks, a misspelling, reported at the translation's own
    line with the key meant; otherwise usually removed from the default language, reported once, against
    the default language's file."""
    holders: dict[tuple[str, str], list[tuple[str, int, str]]] = {}  # (default file, key) -> (file, line, language)
    for lang, table in sorted(strings.items()):
        for key in table:
            if lang != default and key not in strings[default]:
                file = where[lang, key][0]
                folder, name = file.rsplit("/", 1) if "/" in file else ("", file)
                companion = name[: -len(f"{lang}.yml")]  # "forms." of forms.fr.yml
                default_file = (f"{folder}/" if folder else "") + f"{companion}{default}.yml"
                holders.setdefault((default_file, key), []).append((*where[lang, key], lang))
    for (default_file, key), held in sorted(holders.items()):
        if default_file in broken:
            continue
        meant = suggestion(key, list(strings[default]))
        misspelt = [(file, line) for file, line, lang in held if meant is not None and meant not in strings[lang]]
        for file, line in misspelt:  # (emial: where the translation has no email:)
            loader.error(file, line, key, f"unknown string '{key}' (did you mean '{meant}'?): {default_file} has no "
                                          f"'{key}' to translate; write the key as it is there")
        held = [(file, line, lang) for file, line, lang in held if (file, line) not in misspelt]
        if not held:
            continue
        message = unknown_message("string", key, list(strings[default])).split(";")[0]
        files = ", ".join(file for file, _, _ in held)
        loader.error(default_file, 1, key, f"{message}: the translations in {files} hold it, but "
                                           f"the default language does not; add it here, or delete it from them")
