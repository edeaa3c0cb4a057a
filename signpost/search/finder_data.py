"""The finder's data: one small JSON file per language, which the browser filters in place.

`services/finder-data.json` under each language's folder (`/services/...`, `/ar/services/...`): every
service's id, name and summary in that language (with `lang` when the text fell back to the default
language) and its values in each facet, in the order the finder lists them. Written into the built
site once every language is built, so no language's build copies it and it never reaches the nav."""
from __future__ import annotations

import json
from pathlib import Path

from signpost.chrome import language_root
from signpost.files import write_files
from signpost.portal import Portal
from signpost.search.card import card_facts
from signpost.search.facets import FACETS, services_sorted

FILE = "services/finder-data.json"


def finder_records(portal: Portal, lang: str) -> list[dict]:
    records = []
    for service in services_sorted(portal, lang):
        name, summary = portal.text(service, "name", lang), portal.text(service, "summary", lang)
        record: dict = {"id": service.id, "name": name.text, "summary": summary.text}
        if name.fallback:
            record["nameLang"] = name.lang
        if summary.fallback:
            record["summaryLang"] = summary.lang
        for facet in FACETS:
            record[facet.name] = facet.values_of(portal, service)
        record["facts"] = card_facts(portal, service, lang)
        records.append(record)
    return records


def finder_json(portal: Portal, lang: str) -> str:
    return json.dumps({"lang": lang, "services": finder_records(portal, lang)},
                      ensure_ascii=False, separators=(",", ":"))


def finder_path(portal: Portal, lang: str) -> str:
    """The file's path from the site root: 'services/finder-data.json', 'ar/services/finder-data.json'."""
    return language_root(portal, lang) + FILE


def write_finder_data(portal: Portal, site: Path) -> dict[str, int]:
    """Writes each language's file into the built site; returns site-relative path -> bytes."""
    return write_files({finder_path(portal, lang): finder_json(portal, lang).encode("utf-8")
                        for lang in portal.languages}, site)
