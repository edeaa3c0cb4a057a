"""The validated content of one portal, in memory, and how it reads in each language."""
from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Generic, TypeVar

from pydantic import BaseModel

from signpost.areas import Areas, Place
from signpost.facts import fill, has_facts, site_facts
from signpost.models.content import LinkWorker, Need, Organisation, Pathway, Service, Site, Story

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

LIST_NAMES = ("costs", "referral-routes", "delivery", "access", "languages")


@dataclass
class Item(Generic[M]):
    id: str
    file: str
    data: M
    overlays: dict[str, BaseModel] = field(default_factory=dict)
    lines: dict[tuple, int] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Localized:
    """A piece of text in the language it is actually in; `fallback` when it is not the reader's."""

    text: object
    lang: str
    fallback: bool = False


@dataclass
class Portal:
    root: Path
    site: Item[Site]
    lists: dict[str, dict[str, dict[str, str]]]
    strings: dict[str, dict[str, str]]
    # The theme's own words a team translated, by language (signpost.loading.theme_words).
    theme_words: dict[str, dict[str, str]] = field(default_factory=dict)
    organisations: dict[str, Item[Organisation]] = field(default_factory=dict)
    needs: dict[str, Item[Need]] = field(default_factory=dict)
    services: dict[str, Item[Service]] = field(default_factory=dict)
    team: dict[str, Item[LinkWorker]] = field(default_factory=dict)
    stories: dict[str, Item[Story]] = field(default_factory=dict)
    pathways: dict[str, Item[Pathway]] = field(default_factory=dict)
    leaflets: dict[str, Item] = field(default_factory=dict)  # Item[Leaflet], signpost.models.leaflets
    leaflet_files: list = field(default_factory=list)  # the team's own PDFs, signpost.leaflets.catalogue.TeamPdf
    forms: dict[str, Item] = field(default_factory=dict)  # referral forms (signpost.forms.models.Form)
    # What teams publish besides services (signpost.models.news, notices, quotes, partners, funding, resources).
    news: dict[str, Item] = field(default_factory=dict)
    notices: dict[str, Item] = field(default_factory=dict)
    quotes: dict[str, Item] = field(default_factory=dict)
    partners: dict[str, Item] = field(default_factory=dict)
    funding: dict[str, Item] = field(default_factory=dict)
    resources: dict[str, Item] = field(default_factory=dict)
    warnings: list = field(default_factory=list)  # ContentErrors that do not stop a build, such as stale reviews
    # The date pages are built for (signpost.lifetime.build_date): what has ended is left out.
    build_date: datetime.date = field(default_factory=datetime.date.today)
    ended_services: dict[str, Item[Service]] = field(default_factory=dict)  # past their `ends`, not listed
    label_fallbacks: set = field(default_factory=set)  # (list, id, language): a list label not yet translated

    @property
    def languages(self) -> list[str]:
        return list(self.site.data.languages)

    @property
    def default_language(self) -> str:
        return self.site.data.default_language

    def text(self, item: Item, name: str, lang: str, facts: bool = True) -> Localized:
        """A translatable field in `lang`, falling back to the default language when not translated,
        with any `{{ site.phone }}`-style fact filled in (signpost.facts; checked when loading)."""
        overlay = item.overlays.get(lang)
        value = getattr(overlay, name, None) if overlay is not None else None
        if value is not None:
            return Localized(self.fill_facts(value, lang) if facts else value, lang)
        default = getattr(item.data, name)
        return Localized(self.fill_facts(default, self.default_language) if facts else default, self.default_language,
                         fallback=lang != self.default_language and default is not None)

    def fill_facts(self, value, lang: str):
        """A text (or list of texts) with its `{{ site.phone }}`-style facts filled in (signpost.facts)."""
        if isinstance(value, str):
            return fill(value, site_facts(self, lang)) if has_facts(value) else value
        if isinstance(value, list) and any(isinstance(v, str) and has_facts(v) for v in value):
            return [self.fill_facts(v, lang) for v in value]
        return value

    def docs_file_size(self, path: str) -> int:
        """The size in bytes of docs/`path`, a file the site serves as it is (a resource's PDF); OSError
        when it is not there."""
        return (self.root.parent / "docs" / path).stat().st_size

    def string(self, key: str, lang: str) -> Localized:
        """An interface string in `lang`, or the default language's when not translated."""
        if key in self.strings.get(lang, {}):
            return Localized(self.strings[lang][key], lang)
        return Localized(self.strings[self.default_language][key], self.default_language, fallback=True)

    def label(self, list_name: str, item_id: str, lang: str) -> str:
        """A controlled list's label in `lang`, or the default language's where it is not translated yet."""
        return self.lists[list_name][item_id][lang]

    def label_text(self, list_name: str, item_id: str, lang: str) -> Localized:
        """A list label with the language it is actually in (fallback: the default language's)."""
        if (list_name, item_id, lang) in self.label_fallbacks:
            return Localized(self.lists[list_name][item_id][lang], self.default_language, fallback=True)
        return Localized(self.lists[list_name][item_id][lang], lang)

    @functools.cached_property
    def memo(self) -> dict:
        """Values worked out once from the whole portal, by their users' keys (so a page of each of
        thousands of services does not go through every service again)."""
        return {}

    def worked_out(self, key: str, work: Callable[[Portal], T]) -> T:
        """`work(self)`, worked out once a portal and kept in `memo` under `key`: a value made from much
        of the portal (such as every name the team writes only in its own language). Under a preview,
        a step that uses it depends on the value, not on all it was made from (signpost.regenerate)."""
        if key not in self.memo:
            self.memo[key] = work(self)
        return self.memo[key]

    @functools.cached_property
    def areas(self) -> Areas:
        """The neighbourhoods, PCNs and GP practices of site.yml, in whichever shape it gives them."""
        return Areas(self.site.data)

    def practices(self) -> dict[str, Place]:
        """Every GP practice by id (`.parent("pcn")`, `.parent("neighbourhood")` may be None)."""
        return {place.id: place for place in self.areas.of_level("practice")}
