"""One kind of content: its folder's files, each an Item, with the item's translation overlays."""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from signpost.errors import ContentError, display_path
from signpost.loading.kinds import COLLECTIONS, ITEM_ID, OVERLAYS
from signpost.loading.loader import Loader
from signpost.models.base import overlay_model, translatable_fields
from signpost.models.content import Site
from signpost.portal import Item
from signpost.source import Document
from signpost.validation import LIST_EXPECTED


def load_item(loader: Loader, model: type[BaseModel], path: Path, item_id: str, languages: list[str], default: str,
              collection: str = "", overlay_paths: list[Path] | None = None) -> Item | None:
    """`overlay_paths`: the item's `{item_id}.*.yml` files, sorted, when the caller has listed the folder
    already (a glob per item reads the whole folder each time: quadratic in the number of items)."""
    document = loader.read(path)
    reported = len(loader.errors)
    data = loader.model(model, document)
    if overlay_paths is None:
        overlay_paths = sorted(path.parent.glob(f"{item_id}.*.yml"))
    if data is None:
        if document is not None and isinstance(document.data, dict) and collection:
            # Its other fields are still checked (signpost.crossrefs): a bad phone must not hide a bad cost.
            # (A single id written where a list is expected, `needs: fod`, is still looked up: both
            # mistakes are said in one report, not one after the other.)
            failed = {_top_field(error.field) for error in loader.errors[reported:]
                      if not (error.message.startswith(LIST_EXPECTED) and _one_id(document.data.get(error.field)))}
            loader.partial.setdefault(collection, []).append(
                Item(item_id, document.file, Unvalidated(document.data, failed), lines=document.lines))
        # Its translations are checked too (one report of every error), each on its own: what they
        # translate cannot be compared with an item that failed.
        alone = Item(item_id, display_path(path, loader.root), None)
        for overlay_path in overlay_paths:
            lang = overlay_path.name[len(item_id) + 1: -len(".yml")]
            load_overlay(loader, alone, model, overlay_path, lang, languages, default)
        return None
    item = Item(item_id, document.file, data, lines=document.lines)
    for overlay_path in overlay_paths:
        lang = overlay_path.name[len(item_id) + 1: -len(".yml")]
        load_overlay(loader, item, model, overlay_path, lang, languages, default)
    return item


class Unvalidated:
    """The fields of a file that failed validation, for the checks across files: a field with an error of
    its own, or not plain text or a list of text, reads as absent (None), so it is not reported twice."""

    def __init__(self, data: dict, failed: set[str]):
        self._data, self._failed = data, failed

    def __getattr__(self, name: str):
        if name.startswith("_") or name in self._failed:
            return None
        value = self._data.get(name)
        if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return value
        return None


def _one_id(value: object) -> bool:
    # `needs: fod`, not `languages: en, ar` (two, which the list's own message shows how to write).
    return isinstance(value, str) and re.fullmatch(r"[\w-]+", value) is not None


def _top_field(field: str) -> str:
    return field.split(".", 1)[0].split("[", 1)[0]


def load_overlay(loader: Loader, item: Item, model: type[BaseModel], path: Path, lang: str, languages: list[str], default: str) -> None:
    document = loader.read(path)
    if document is None:
        return
    if lang == default:
        loader.error(document.file, 1, "", f"'{lang}' is the default language: its text belongs in {item.id}.yml, not in an overlay")
        return
    if not loader.offered(document.file, lang, languages):
        return
    allowed = list(OVERLAYS[model].model_fields) if model in OVERLAYS else translatable_fields(model)
    if isinstance(document.data, dict):
        for key in list(document.data):
            if key in model.model_fields and key not in allowed:
                loader.error(document.file, document.line_of((key,)), key,
                             f"'{key}' is not translatable, so it belongs only in {item.id}.yml; "
                             f"an overlay may hold: {', '.join(allowed)}")
                del document.data[key]
    overlay = loader.model(OVERLAYS.get(model) or overlay_model(model), document)
    if overlay is not None and item.data is not None:  # (None: the item failed, its translation is checked alone)
        item.overlays[lang] = overlay
        loader.errors += _impact_labels_mismatch(item, overlay, document) + _fields_only_translated(item, overlay, document)


def _fields_only_translated(item: Item, overlay: BaseModel, document: Document) -> list[ContentError]:
    """A translation of a field the item itself leaves out would be shown in no language: an error
    naming the file to add it to, so the translator's text is not dropped silently."""
    errors = []
    for key in sorted(overlay.model_fields_set):
        if getattr(overlay, key, None) in (None, "", []) or getattr(item.data, key, None) not in (None, "", []):
            continue
        errors.append(ContentError(document.file, document.line_of((key,)), key, (
            f"translates a field {item.file} does not have, so it would be shown in no language: "
            f"add '{key}:' to {item.file} in the default language first, then keep this translation of it")))
    return errors


def _impact_labels_mismatch(item: Item, overlay: BaseModel, document: Document) -> list[ContentError]:
    """A site overlay's impact labels must be one a figure of site.yml, in its order."""
    labels, figures = getattr(overlay, "impact", None), getattr(item.data, "impact", None)
    if not isinstance(item.data, Site) or labels is None or len(labels) == len(figures):
        return []
    return [ContentError(document.file, document.line_of(("impact",)), "impact",
                         f"expected one label for each of the {len(figures)} impact figures in {item.file}, in its order "
                         f"(only the labels: values and dates come from {item.file}), found {len(labels)}")]


def load_collection(loader: Loader, name: str, languages: list[str], default: str) -> dict[str, Item]:
    folder = loader.root / name
    items: dict[str, Item] = {}
    # One folder: sorted by name, as by path, without comparing thousands of Path objects part by part.
    paths = sorted(folder.glob("*.yml"), key=lambda path: path.name) if folder.is_dir() else []
    loader.unread(folder, allowed_folders=("files",) if name == "leaflets" else ())
    bases = {path.stem for path in paths if "." not in path.stem}
    overlays: dict[str, list[Path]] = {}  # base id -> its overlays' paths, sorted as `paths` is
    for path in paths:
        if "." in path.stem:
            overlays.setdefault(path.stem.split(".", 1)[0], []).append(path)
    for path in paths:
        stem = path.stem
        if "." in stem:
            base = stem.split(".", 1)[0]
            if base not in bases:
                loader.error(display_path(path, loader.root), 1, "",
                             f"translation overlay with no item: expected {base}.yml beside it")
            continue
        if not ITEM_ID.match(stem):
            loader.error(display_path(path, loader.root), 1, "",
                         f"file name must be an id in lower case with hyphens, such as 'food-bank.yml', found '{path.name}'")
            continue
        loader.present.setdefault(name, set()).add(stem)
        item = load_item(loader, COLLECTIONS[name], path, stem, languages, default, name, overlays.get(stem, []))
        if item is not None:
            items[stem] = item
    return items
