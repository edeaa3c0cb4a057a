"""The validated content of one portal, in memory, and how it reads in each language."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from signpost.models.content import LinkWorker, Need, Organisation, Pathway, Service, Site, Story

M = TypeVar("M", bound=BaseModel)

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
    organisations: dict[str, Item[Organisation]] = field(default_factory=dict)
    needs: dict[str, Item[Need]] = field(default_factory=dict)
    services: dict[str, Item[Service]] = field(default_factory=dict)
    team: dict[str, Item[LinkWorker]] = field(default_factory=dict)
    stories: dict[str, Item[Story]] = field(default_factory=dict)
    pathways: dict[str, Item[Pathway]] = field(default_factory=dict)
    leaflets: dict[str, Item] = field(default_factory=dict)  # Item[Leaflet], signpost.models.leaflets
    leaflet_files: list = field(default_factory=list)  # the team's own PDFs, signpost.leaflets.catalogue.TeamPdf
    forms: dict[str, Item] = field(default_factory=dict)  # referral forms (signpost.forms.models.Form)
    warnings: list = field(default_factory=list)  # ContentErrors that do not stop a build, such as stale reviews

    @property
    def languages(self) -> list[str]:
        return list(self.site.data.languages)

    @property
    def default_language(self) -> str:
        return self.site.data.default_language

    def text(self, item: Item, name: str, lang: str) -> Localized:
        """A translatable field in `lang`, falling back to the default language when not translated."""
        overlay = item.overlays.get(lang)
        value = getattr(overlay, name, None) if overlay is not None else None
        if value is not None:
            return Localized(value, lang)
        default = getattr(item.data, name)
        return Localized(default, self.default_language, fallback=lang != self.default_language and default is not None)

    def string(self, key: str, lang: str) -> Localized:
        """An interface string in `lang`, or the default language's when not translated."""
        if key in self.strings.get(lang, {}):
            return Localized(self.strings[lang][key], lang)
        return Localized(self.strings[self.default_language][key], self.default_language, fallback=True)

    def label(self, list_name: str, item_id: str, lang: str) -> str:
        return self.lists[list_name][item_id][lang]

    def practices(self) -> dict[str, tuple]:
        """Every GP practice by id, as (practice, pcn, neighbourhood)."""
        return {
            practice.id: (practice, pcn, hood)
            for hood in self.site.data.neighbourhoods
            for pcn in hood.pcns
            for practice in pcn.practices
        }

    def pcns(self) -> dict[str, tuple]:
        return {pcn.id: (pcn, hood) for hood in self.site.data.neighbourhoods for pcn in hood.pcns}
