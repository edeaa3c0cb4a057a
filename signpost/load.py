"""Loads `content/` into a validated Portal, collecting every error before reporting any.

Reading the files is signpost.loading's (kinds, items, lists, strings); this module assembles the
Portal from them and runs the checks across files."""
from __future__ import annotations

import datetime
from pathlib import Path

from signpost.checks.consent import check_consent
from signpost.checks.dates import future_reviews
from signpost.checks.facts import check_facts, check_page_facts
from signpost.checks.freshness import stale_items
from signpost.checks.front_matter import check_front_matter
from signpost.checks.page_links import check_page_links
from signpost.checks.pii import check_pii
from signpost.checks.schedules import impossible_schedules
from signpost.checks.starter_text import leftover_starter_text
from signpost.crossrefs import check_references
from signpost.errors import ContentError, ContentErrors, display_path
from signpost.forms.checks import check_forms
from signpost.leaflets.catalogue import check_leaflets
from signpost.lifetime import build_date, has_ended
from signpost.loading.items import load_collection, load_overlay
from signpost.loading.kinds import COLLECTIONS, OVERLAYS
from signpost.loading.lists import load_lists
from signpost.loading.loader import Loader
from signpost.loading.strings import load_strings
from signpost.loading.theme_words import load_theme_words
from signpost.models.content import Site, SiteOverlay
from signpost.portal import Item, Portal
from signpost.source import Document

__all__ = ["COLLECTIONS", "OVERLAYS", "load_portal"]


def load_portal(root: Path, today: datetime.date | None = None, built: datetime.date | None = None) -> Portal:
    """Loads and validates every content file under `root`, and the front matter of the hand-written
    pages in `root`'s sibling docs/; raises ContentErrors listing every error of every file.

    `today` decides whether consent has expired and reviews are stale; it never changes the pages.
    `built` (default: signpost.lifetime.build_date()) is the date pages are made for: services whose
    `ends` is before it move to `portal.ended_services`, out of every listing."""
    today = today or datetime.date.today()
    root = Path(root)
    loader = Loader(root)
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
        load_lists(loader, languages)
        load_strings(loader, languages, default)
        load_theme_words(loader, languages)
        for name in COLLECTIONS:
            load_collection(loader, name, languages, default)
        raise ContentErrors(sorted(set(loader.errors)))
    site = Item("site", document.file, site_data, lines=document.lines)
    languages, default = list(site_data.languages), site_data.default_language
    loader.default_language = default
    for path in sorted(root.glob("site.*.yml")):
        load_overlay(loader, site, Site, path, path.name[len("site."): -len(".yml")], languages, default)
    portal = Portal(
        root=root,
        site=site,
        lists=load_lists(loader, languages),
        strings=load_strings(loader, languages, default),
        theme_words=load_theme_words(loader, languages),
        **{name: load_collection(loader, name, languages, default) for name in COLLECTIONS},
    )
    _complete_pathway_contacts(portal)
    loader.errors += check_references(portal, loader.present, loader.partial) + check_forms(portal, loader.present)
    loader.errors += check_consent(portal, today) + check_pii(portal)
    loader.errors += future_reviews(portal, today, loader.invalid) + impossible_schedules(portal)
    loader.errors += check_leaflets(portal, loader.present) + check_facts(portal)
    loader.errors += check_page_facts(portal, root.parent / "docs")
    try:
        portal.build_date = built or build_date()
    except ValueError as error:  # a mistyped SIGNPOST_BUILD_DATE in the environment
        loader.errors.append(ContentError("(environment)", 1, "SIGNPOST_BUILD_DATE", str(error)))
    else:
        for service_id, item in list(portal.services.items()):
            if has_ended(item.data.ends, portal.build_date):
                portal.ended_services[service_id] = portal.services.pop(service_id)
        loader.errors += check_page_links(portal)  # after the ended services leave: a link to one is an error
    if loader.errors:
        raise ContentErrors(sorted(set(loader.errors)))
    portal.warnings = loader.not_built_notes(languages) + loader.warnings + stale_items(portal, today)
    portal.warnings += leftover_starter_text(root, root.parent / "docs")
    portal.label_fallbacks = loader.label_fallbacks
    if not portal.services:  # not an error: a new team may publish before its first listing
        ended = f" ({len(portal.ended_services)} ended before the build date)" if portal.ended_services else ""
        portal.warnings.append(ContentError(display_path(root / "services", root) + "/", 1, "", (
            f"no services are listed{ended}: the directory is empty, so the services page says that none are listed "
            "yet and the finder has nothing to find. Add one as content/services/your-service.yml (README: \"Add a service\")")))
    return portal


def _complete_pathway_contacts(portal: Portal) -> None:
    """A pathway's `contact` gives only what differs for that route; each field it leaves out (all of
    them when it has none) is site.yml's, so one phone number serves every pathway page and leaflet."""
    team = portal.site.data.contact
    for item in portal.pathways.values():
        own = item.data.contact.model_dump(exclude_none=True) if item.data.contact else {}
        item.data = item.data.model_copy(update={"contact": team.model_copy(update=own)})


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
