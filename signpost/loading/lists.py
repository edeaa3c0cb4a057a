"""The controlled lists (content/lists/*.yml): ids with a label in every language."""
from __future__ import annotations

from signpost.crossrefs import ANY_ID
from signpost.errors import display_path, found
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
        lists[name] = _list_entries(loader, document, languages) if document else {}
        if document is None:  # reported already: references to its ids are not reported again
            loader.present[name] = {ANY_ID}
    return lists


def _list_entries(loader: Loader, document: Document, languages: list[str]) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
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
        missing = [lang for lang in languages if not labels.get(lang)]
        if missing and loader.languages_known:
            loader.error(document.file, line, entry_id, f"expected a label in every language; missing: {', '.join(missing)}")
        entries[entry_id] = {lang: str(labels.get(lang) or labels.get(languages[0]) or entry_id) for lang in languages}
    return entries
