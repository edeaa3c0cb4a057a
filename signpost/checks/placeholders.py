"""Checks that translated interface strings keep the default language's {placeholders}.

A translation that renames `{name}` to `{nom}`, drops it, or leaves a brace unpaired would fail when
the page fills it in; this finds it first, with the translation's file and line.
"""
from __future__ import annotations

import string

from signpost.errors import ContentError

_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    """The names of the {placeholders} in `text`; ValueError for a brace without its pair."""
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name is not None}


def check_placeholders(strings: dict[str, dict[str, str]], where: dict[tuple[str, str], tuple[str, int]],
                       default: str) -> list[ContentError]:
    """An error for each string whose placeholders differ from the default language's.

    `strings` is {lang: {key: text}}; `where` gives (file, line) for each (lang, key)."""
    errors: list[ContentError] = []
    expected: dict[str, set[str]] = {}
    for key, text in strings.get(default, {}).items():
        try:
            expected[key] = placeholders(text)
        except ValueError as error:
            errors.append(_unpaired(where[default, key], key, error))
    for lang, table in sorted(strings.items()):
        if lang == default:
            continue
        for key, text in table.items():
            if key not in expected:
                continue
            try:
                found = placeholders(text)
            except ValueError as error:
                errors.append(_unpaired(where[lang, key], key, error))
                continue
            if found != expected[key]:
                file, line = where[lang, key]
                errors.append(ContentError(
                    file, line, key,
                    f"expected the placeholders of the {default} text ({_braces(expected[key]) or 'none'}), "
                    f"found {_braces(found) or 'none'}; keep each {{...}} exactly as in {default}, "
                    "translate only the words around it"))
    return errors


def _braces(names: set[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names))


def _unpaired(location: tuple[str, int], key: str, error: ValueError) -> ContentError:
    file, line = location
    return ContentError(file, line, key, f"expected each {{ to have its }} ({error}); write a placeholder as "
                                         "{name}, or a brace as {{ or }}")
