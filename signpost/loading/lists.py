"""The controlled lists (content/lists/*.yml): ids with a label in every language.

A label missing in a language other than the default is not an error: readers of that language see the
default language's label, marked with its own lang and dir (Portal.label_text), and the check gives one
warning a file and language naming the ids to translate, so adding a language is one edit a file, not one
error a label. A label missing in the default language is an error: there is nothing to fall back to."""
from __future__ import annotations

from signpost.crossrefs import ANY_ID
from signpost.errors import ContentError, display_path, found
from signpost.loading.kinds import ITEM_ID
from signpost.loading.loader import Loader
from signpost.portal import LIST_NAMES
from signpost.source import Document


def load_lists(loader: Loader, languages: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    lists: dict[str, dict[str, dict[str, str]]] = {}
    for name in LIST_NAMES:
        path = loader.root / "lists" / f"{name}.yml"
        if not path.exists():
            loader.error(display_path(path, loader.root), 1, "", f"missing controlled list: expected {path.name} with a label in every language for each id")
            lists[name] = {}
            continue
        document = loader.read(path)
        lists[name] = _list_entries(loader, document, languages, name) if document else {}
        if document is None:  # reported already: references to its ids are not reported again
            loader.present[name] = {ANY_ID}
    return lists


def _list_entries(loader: Loader, document: Document, languages: list[str], name: str) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    missing: dict[str, list[str]] = {}  # language -> ids with no label in it
    if not isinstance(document.data, dict):
        loader.error(document.file, 1, "", f"expected a mapping of id: {{en: label, ...}}, found {found(document.data)}")
        return entries
    for entry_id, labels in document.data.items():
        line = document.line_of((entry_id,))
        if not ITEM_ID.match(entry_id):
            loader.error(document.file, line, entry_id, "expected an id in lower case with hyphens")
            continue
        if not isinstance(labels, dict):
            loader.error(document.file, line, entry_id, f"expected labels by language, such as {{en: Free, ar: مجاني}}, found {found(labels)}")
            continue
        for lang in labels:
            loader.offered(document.file, str(lang), languages, document.line_of((entry_id, lang)), f"{entry_id}.{lang}")
        default = loader.default_language or languages[0]
        if not labels.get(default) and loader.languages_known:
            loader.error(document.file, line, entry_id, f"expected a label in the default language, {default}: "
                                                        f"it is what readers see where a translation is missing")
        for lang in languages:
            if lang != default and not labels.get(lang) and labels.get(default):
                missing.setdefault(lang, []).append(entry_id)
                loader.label_fallbacks.add((name, entry_id, lang))
        entries[entry_id] = {lang: str(labels.get(lang) or labels.get(default) or entry_id) for lang in languages}
    for lang, ids in missing.items():
        if loader.languages_known:
            loader.warnings.append(ContentError(document.file, document.line_of((ids[0],)), "", (
                f"{len(ids)} label{'s' if len(ids) != 1 else ''} with no '{lang}' text: {', '.join(ids)}; add a line "
                f"'{lang}: ...' under each in this file. Until then '{lang}' readers see the {default} label, marked "
                f"as {default}")))
    return entries
