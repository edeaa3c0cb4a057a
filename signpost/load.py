"""Loads `content/` into a validated Portal, collecting every error before reporting any."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from pydantic import BaseModel

from signpost.checks.consent import check_consent
from signpost.checks.dates import future_reviews
from signpost.checks.facts import check_facts
from signpost.checks.freshness import stale_items
from signpost.checks.front_matter import check_front_matter
from signpost.checks.pii import check_pii
from signpost.checks.placeholders import check_placeholders
from signpost.checks.schedules import impossible_schedules
from signpost.checks.sizes import oversized
from signpost.crossrefs import ANY_ID, check_references
from signpost.errors import ContentError, ContentErrors, display_path, found
from signpost.forms.checks import check_forms
from signpost.forms.models import Form, FormOverlay
from signpost.models.base import overlay_model, translatable_fields
from signpost.models.content import LinkWorker, Need, Organisation, Pathway, Service, Site, SiteOverlay, Story
from signpost.models.funding import Funding
from signpost.models.leaflets import Leaflet
from signpost.models.news import NewsItem
from signpost.models.notices import Notice
from signpost.models.partners import Partner
from signpost.models.quotes import Quote
from signpost.models.resources import Resource
from signpost.leaflets.catalogue import check_leaflets
from signpost.lifetime import build_date, has_ended
from signpost.portal import LIST_NAMES, Item, Portal
from signpost.source import Document, read_document
from signpost.validation import unknown_message, validate

COLLECTIONS: dict[str, type[BaseModel]] = {
    "organisations": Organisation,
    "needs": Need,
    "services": Service,
    "team": LinkWorker,
    "stories": Story,
    "pathways": Pathway,
    "forms": Form,
    "leaflets": Leaflet,
    "news": NewsItem,
    "notices": Notice,
    "quotes": Quote,
    "partners": Partner,
    "funding": Funding,
    "resources": Resource,
}
# Overlays shaped otherwise than "the translatable fields, each optional" (a form keys its questions by id).
OVERLAYS: dict[type[BaseModel], type[BaseModel]] = {Form: FormOverlay, Site: SiteOverlay}
ITEM_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A suffix that looks like a language code (fr, pt-br): text in a language the site does not offer is
# kept and reported as not built, so a language can be turned off (or prepared) in one edit.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def _impact_labels_mismatch(item: Item, overlay: BaseModel, document: Document) -> list[ContentError]:
    """A site overlay's impact labels must be one a figure of site.yml, in its order."""
    labels, figures = getattr(overlay, "impact", None), getattr(item.data, "impact", None)
    if not isinstance(item.data, Site) or labels is None or len(labels) == len(figures):
        return []
    return [ContentError(document.file, document.line_of(("impact",)), "impact",
                         f"expected one label for each of the {len(figures)} impact figures in {item.file}, in its order "
                         f"(only the labels: values and dates come from {item.file}), found {len(labels)}")]


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.errors: list[ContentError] = []
        self.present: dict[str, set[str]] = {}  # ids with a file, valid or not
        # False when site.yml failed: languages are then guessed, and not held against other files.
        self.languages_known = True
        self.not_built: dict[str, list[str]] = {}  # language -> files holding text in it, kept but not built

    def offered(self, file: str, lang: str, languages: list[str], line: int = 1, field: str = "") -> bool:
        """True when `lang` is offered; text in another language code is noted as not built, anything else is an error."""
        if lang in languages:
            return True
        if not self.languages_known:  # site.yml failed: its languages are guessed, so hold nothing against this file
            return False
        if LANGUAGE_CODE.match(lang):
            files = self.not_built.setdefault(lang, [])
            if file not in files:
                files.append(file)
        else:
            self.error(file, line, field, unknown_message("language", lang, languages) + " (the languages in site.yml)")
        return False

    def not_built_notes(self, languages: list[str]) -> list[ContentError]:
        """One warning a language the site does not offer, naming how many files hold text in it."""
        notes = []
        for lang, files in sorted(self.not_built.items()):
            count = f"{len(files)} file{'s' if len(files) != 1 else ''}"
            notes.append(ContentError(files[0], 1, "", (
                f"'{lang}' is not built: it is not among the languages in site.yml ({', '.join(languages)}); "
                f"the text in it ({count}, such as this one) is kept. Add '{lang}' to languages: in site.yml to build it")))
        return notes

    def read(self, path: Path) -> Document | None:
        document, errors = read_document(path, display_path(path, self.root))
        self.errors += errors
        if document is not None:
            self.errors += oversized(document)
        return document

    def error(self, file: str, line: int, field: str, message: str) -> None:
        self.errors.append(ContentError(file, line, field, message))

    def model(self, model: type[BaseModel], document: Document | None):
        if document is None:
            return None
        instance, errors = validate(model, document)
        self.errors += errors
        return instance

    def item(self, model: type[BaseModel], path: Path, item_id: str, languages: list[str], default: str) -> Item | None:
        document = self.read(path)
        data = self.model(model, document)
        if data is None:
            return None
        item = Item(item_id, document.file, data, lines=document.lines)
        for overlay_path in sorted(path.parent.glob(f"{item_id}.*.yml")):
            lang = overlay_path.name[len(item_id) + 1: -len(".yml")]
            self.overlay(item, model, overlay_path, lang, languages, default)
        return item

    def overlay(self, item: Item, model: type[BaseModel], path: Path, lang: str, languages: list[str], default: str) -> None:
        document = self.read(path)
        if document is None:
            return
        if lang == default:
            self.error(document.file, 1, "", f"'{lang}' is the default language: its text belongs in {item.id}.yml, not in an overlay")
            return
        if not self.offered(document.file, lang, languages):
            return
        allowed = list(OVERLAYS[model].model_fields) if model in OVERLAYS else translatable_fields(model)
        if isinstance(document.data, dict):
            for key in list(document.data):
                if key in model.model_fields and key not in allowed:
                    self.error(document.file, document.line_of((key,)), key,
                               f"'{key}' is not translatable, so it belongs only in {item.id}.yml; "
                               f"an overlay may hold: {', '.join(allowed)}")
                    del document.data[key]
        overlay = self.model(OVERLAYS.get(model) or overlay_model(model), document)
        if overlay is not None:
            item.overlays[lang] = overlay
            self.errors += _impact_labels_mismatch(item, overlay, document)

    def collection(self, name: str, languages: list[str], default: str) -> dict[str, Item]:
        folder = self.root / name
        items: dict[str, Item] = {}
        paths = sorted(folder.glob("*.yml")) if folder.is_dir() else []
        self.unread(folder, allowed_folders=("files",) if name == "leaflets" else ())
        bases = {path.stem for path in paths if "." not in path.stem}
        for path in paths:
            stem = path.stem
            if "." in stem:
                base = stem.split(".", 1)[0]
                if base not in bases:
                    self.error(display_path(path, self.root), 1, "",
                               f"translation overlay with no item: expected {base}.yml beside it")
                continue
            if not ITEM_ID.match(stem):
                self.error(display_path(path, self.root), 1, "",
                           f"file name must be an id in lower case with hyphens, such as 'food-bank.yml', found '{path.name}'")
                continue
            self.present.setdefault(name, set()).add(stem)
            item = self.item(COLLECTIONS[name], path, stem, languages, default)
            if item is not None:
                items[stem] = item
        return items

    def unread(self, folder: Path, allowed_folders: tuple[str, ...] | None = ()) -> None:
        """Reports what in `folder` would be skipped: `.yaml` files, and sub-folders but those allowed
        (None: any)."""
        if not folder.is_dir():
            return
        for path in sorted(folder.iterdir()):
            shown = display_path(path, self.root)
            if path.is_file() and path.suffix.lower() == ".yaml":
                self.error(shown, 1, "", f"not read: content files end in .yml; rename it {path.stem}.yml")
            elif path.is_file() and path.suffix.lower() == ".yml" and path.suffix != ".yml":
                self.error(shown, 1, "", f"not read: content files end in .yml in lower case; rename it {path.stem}.yml")
            elif path.is_dir() and allowed_folders is not None and path.name not in allowed_folders \
                    and not path.name.startswith("."):
                self.error(shown, 1, "", f"not read: sub-folders of {display_path(folder, self.root)}/ are not read; "
                                         f"move the files in {path.name}/ up into {folder.name}/")

    def lists(self, languages: list[str]) -> dict[str, dict[str, dict[str, str]]]:
        lists: dict[str, dict[str, dict[str, str]]] = {}
        for name in LIST_NAMES:
            path = self.root / "lists" / f"{name}.yml"
            if not path.exists():
                self.error(display_path(path, self.root), 1, "", f"missing controlled list: expected {path.name} with a label in every language for each id")
                lists[name] = {}
                continue
            document = self.read(path)
            lists[name] = self.list_entries(document, languages) if document else {}
            if document is None:  # reported already: references to its ids are not reported again
                self.present[name] = {ANY_ID}
        return lists

    def list_entries(self, document: Document, languages: list[str]) -> dict[str, dict[str, str]]:
        entries: dict[str, dict[str, str]] = {}
        if not isinstance(document.data, dict):
            self.error(document.file, 1, "", f"expected a mapping of id: {{en: label, ...}}, found {found(document.data)}")
            return entries
        for entry_id, labels in document.data.items():
            line = document.line_of((entry_id,))
            if not ITEM_ID.match(entry_id):
                self.error(document.file, line, entry_id, "expected an id in lower case with hyphens")
                continue
            if not isinstance(labels, dict):
                self.error(document.file, line, entry_id, f"expected labels by language, such as {{en: Free, ar: مجاني}}, found {found(labels)}")
                continue
            for lang in labels:
                self.offered(document.file, str(lang), languages, document.line_of((entry_id, lang)), f"{entry_id}.{lang}")
            missing = [lang for lang in languages if not labels.get(lang)]
            if missing and self.languages_known:
                self.error(document.file, line, entry_id, f"expected a label in every language; missing: {', '.join(missing)}")
            entries[entry_id] = {lang: str(labels.get(lang) or labels.get(languages[0]) or entry_id) for lang in languages}
        return entries

    def strings(self, languages: list[str], default: str) -> dict[str, dict[str, str]]:
        # One file a language (en.yml), optionally split by concern (forms.en.yml): a key once per language.
        strings: dict[str, dict[str, str]] = {}
        where: dict[tuple[str, str], tuple[str, int]] = {}
        folder = self.root / "strings"
        self.unread(folder)
        broken: set[str] = set()  # files that failed to read: their keys are not held against translations
        for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
            lang = path.stem.rsplit(".", 1)[-1]
            document = self.read(path)
            if document is None or not isinstance(document.data, dict):
                broken.add(display_path(path, self.root))
            if document is None:
                continue
            if not self.offered(document.file, lang, languages):
                continue
            if not isinstance(document.data, dict):
                self.error(document.file, 1, "", f"expected a mapping of key: text, found {found(document.data)}")
                continue
            table = strings.setdefault(lang, {})
            for key, value in document.data.items():
                line = document.line_of((key,))
                if not isinstance(value, str) or not value.strip():
                    self.error(document.file, line, key, f"expected text, found {found(value)}")
                    continue
                if key in table:
                    self.error(document.file, line, key, f"duplicate string: '{key}' is already set in {':'.join(map(str, where[lang, key]))}")
                    continue
                table[key] = value.rstrip("\n")
                where[lang, key] = (document.file, line)
        if default not in strings:
            if self.languages_known:
                self.error(display_path(folder / f"{default}.yml", self.root), 1, "",
                           "missing: the default language's interface strings are required")
            return strings
        self.errors += check_placeholders(strings, where, default)
        self.strings_missing_from_default(strings, where, default, broken)
        return strings

    def strings_missing_from_default(self, strings: dict[str, dict[str, str]],
                                     where: dict[tuple[str, str], tuple[str, int]], default: str,
                                     broken: set[str]) -> None:
        """A key that translations hold but the default language lacks was usually removed from the
        default language: it is reported once, against the default language's file."""
        holders: dict[tuple[str, str], list[str]] = {}  # (default file, key) -> translation files
        for lang, table in sorted(strings.items()):
            for key in table:
                if lang != default and key not in strings[default]:
                    file = where[lang, key][0]
                    folder, name = file.rsplit("/", 1) if "/" in file else ("", file)
                    companion = name[: -len(f"{lang}.yml")]  # "forms." of forms.fr.yml
                    default_file = (f"{folder}/" if folder else "") + f"{companion}{default}.yml"
                    holders.setdefault((default_file, key), []).append(file)
        for (default_file, key), files in sorted(holders.items()):
            if default_file in broken:
                continue
            message = unknown_message("string", key, list(strings[default])).split(";")[0]
            self.error(default_file, 1, key, f"{message}: the translations in {', '.join(files)} hold it, but "
                                             f"the default language does not; add it here, or delete it from them")


def load_portal(root: Path, today: datetime.date | None = None, built: datetime.date | None = None) -> Portal:
    """Loads and validates every content file under `root`, and the front matter of the hand-written
    pages in `root`'s sibling docs/; raises ContentErrors listing every error of every file.

    `today` decides whether consent has expired and reviews are stale; it never changes the pages.
    `built` (default: signpost.lifetime.build_date()) is the date pages are made for: services whose
    `ends` is before it move to `portal.ended_services`, out of every listing."""
    today = today or datetime.date.today()
    root = Path(root)
    loader = _Loader(root)
    loader.errors += check_front_matter(root.parent / "docs", root)
    loader.unread(root, allowed_folders=None)  # content/site.yaml; the folders are the collections'
    site_path = root / "site.yml"
    document = site_data = None
    if not site_path.exists():
        loader.error(display_path(site_path, root), 1, "", "missing: every portal needs a site.yml")
    else:
        document = loader.read(site_path)
        site_data = loader.model(Site, document)
    if site_data is None:
        # Every other file is still read, for its own errors; checks across files need the site.
        loader.languages_known = False
        languages, default = _guessed_languages(root, document)
        for path in sorted(root.glob("site.*.yml")):
            loader.model(SiteOverlay, loader.read(path))
        loader.lists(languages)
        loader.strings(languages, default)
        for name in COLLECTIONS:
            loader.collection(name, languages, default)
        raise ContentErrors(sorted(set(loader.errors)))
    site = Item("site", document.file, site_data, lines=document.lines)
    languages, default = list(site_data.languages), site_data.default_language
    for path in sorted(root.glob("site.*.yml")):
        loader.overlay(site, Site, path, path.name[len("site."): -len(".yml")], languages, default)
    portal = Portal(
        root=root,
        site=site,
        lists=loader.lists(languages),
        strings=loader.strings(languages, default),
        **{name: loader.collection(name, languages, default) for name in COLLECTIONS},
    )
    loader.errors += check_references(portal, loader.present) + check_forms(portal, loader.present)
    loader.errors += check_consent(portal, today) + check_pii(portal)
    loader.errors += future_reviews(portal, today) + impossible_schedules(portal)
    loader.errors += check_leaflets(portal, loader.present) + check_facts(portal)
    if loader.errors:
        raise ContentErrors(sorted(set(loader.errors)))
    portal.warnings = loader.not_built_notes(languages) + stale_items(portal, today)
    portal.build_date = built or build_date()
    for service_id, item in list(portal.services.items()):
        if has_ended(item.data.ends, portal.build_date):
            portal.ended_services[service_id] = portal.services.pop(service_id)
    return portal


def _guessed_languages(root: Path, site: Document | None) -> tuple[list[str], str]:
    """The languages a broken site.yml seems to offer, else those of the interface strings."""
    data = site.data if site is not None and isinstance(site.data, dict) else {}
    languages = data.get("languages")
    if not (isinstance(languages, list) and languages and all(isinstance(lang, str) for lang in languages)):
        languages = sorted({path.stem.rsplit(".", 1)[-1] for path in (root / "strings").glob("*.yml")}) or ["en"]
    default = data.get("default_language")
    if not (isinstance(default, str) and default in languages):
        default = "en" if "en" in languages else languages[0]
    return languages, default
