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
from signpost.validation import unknown_message


def load_lists(loader: Loader, languages: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    lists: dict[str, dict[str, dict[str, str]]] = {}
    for name in LIST_NAMES:
        path = loader.root / "lists" / f"{name}.yml"
        if not path.exists():
            loader.error(display_path(path, loader.root), 1, "", f"missing controlled list: expected {path.name} with a label in every language for each id")
            lists[name] = {}
            continue
        document = loader.read(path)
        translations = _translations(loader, name, languages)
        lists[name] = _list_entries(loader, document, languages, name, translations) if document else {}
        if document is None:  # reported already: references to its ids are not reported again
            loader.present[name] = {ANY_ID}
    return lists


def _translations(loader: Loader, name: str, languages: list[str]) -> dict[str, Document]:
    """The labels of one language kept in a file of their own, `lists/costs.ar.yml` (`id: label`), as
    `signpost new-language` writes them; an id left empty there is not translated yet."""
    found_files: dict[str, Document] = {}
    for path in sorted((loader.root / "lists").glob(f"{name}.*.yml")):
        lang = path.name[len(name) + 1:-len(".yml")]
        document = loader.read(path)
        if document is None or not loader.offered(document.file, lang, languages):
            continue
        if not isinstance(document.data, dict):
            if document.data is not None:  # an empty file: nothing translated yet
                loader.error(document.file, 1, "", f"expected a mapping of id: label in '{lang}', found {found(document.data)}")
            continue
        found_files[lang] = document
    return found_files


def _list_entries(loader: Loader, document: Document, languages: list[str], name: str,
                  translations: dict[str, Document] | None = None) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    missing: dict[str, list[str]] = {}  # language -> ids with no label in it
    translations = translations or {}
    if not isinstance(document.data, dict):
        loader.error(document.file, 1, "", f"expected a mapping of id: {{en: label, ...}}, found {found(document.data)}")
        return entries
    default = loader.default_language or languages[0]
    _unknown_ids(loader, document, translations)
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
        labels = {**labels, **_translated(loader, document, entry_id, labels, translations)}
        if not labels.get(default) and loader.languages_known:
            loader.error(document.file, line, entry_id, f"expected a label in the default language, {default}: "
                                                        f"it is what readers see where a translation is missing")
        for lang in languages:
            if lang != default and not labels.get(lang) and labels.get(default):
                missing.setdefault(lang, []).append(entry_id)
                loader.label_fallbacks.add((name, entry_id, lang))
        entries[entry_id] = {lang: str(labels.get(lang) or labels.get(default) or entry_id) for lang in languages}
    for lang, ids in missing.items():
        if not loader.languages_known:
            continue
        own = translations.get(lang)
        where, line, how = (own.file, own.line_of((ids[0],)), "fill in each in this file") if own else \
            (document.file, document.line_of((ids[0],)), f"add a line '{lang}: ...' under each in this file")
        loader.warnings.append(ContentError(where, line, "", (
            f"{len(ids)} label{'s' if len(ids) != 1 else ''} with no '{lang}' text: {', '.join(ids)}; {how}. "
            f"Until then '{lang}' readers see the {default} label, marked as {default}")))
    return entries


def _translated(loader: Loader, document: Document, entry_id: str, labels: dict,
                translations: dict[str, Document]) -> dict[str, str]:
    """The labels of `entry_id` from the files of one language (`costs.ar.yml`), each language's label in
    one place only."""
    given = {}
    for lang, own in translations.items():
        label = own.data.get(entry_id)
        if label is None or (isinstance(label, str) and not label.strip()):
            continue  # left empty: not translated yet
        line = own.line_of((entry_id,))
        if not isinstance(label, str):
            loader.error(own.file, line, entry_id, f"expected the label as text, found {found(label)}")
        elif labels.get(lang):
            loader.error(own.file, line, entry_id, f"the '{lang}' label is also in {document.file}:"
                                                   f"{document.line_of((entry_id, lang))}; keep it in one of the two files")
        else:
            given[lang] = label.strip()
    return given


def _unknown_ids(loader: Loader, document: Document, translations: dict[str, Document]) -> None:
    for own in translations.values():
        for entry_id in own.data:
            if entry_id not in document.data:
                loader.error(own.file, own.line_of((entry_id,)), str(entry_id),
                             unknown_message("id", str(entry_id), [str(key) for key in document.data])
                             + f" (the ids of {document.file})")
