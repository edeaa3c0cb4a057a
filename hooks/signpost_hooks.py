"""The seam between MkDocs and the Signpost library: a few lines an event.

mkdocs-static-i18n runs every hook once per language on the same config, so the pages of every
language are generated in the first (default-language) build and the other builds skip that work.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from signpost.errors import ContentErrors
from signpost.load import load_portal
from signpost.pages import generate_pages
from signpost.pages.writer import write_pages

log = logging.getLogger("mkdocs.signpost")
GENERATED = "generated/"


def _building_other_language(config) -> bool:
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.building)


def on_config(config):
    if _building_other_language(config):
        return config
    project = Path(config.config_file_path).parent
    try:
        portal = load_portal(project / "content")
    except ContentErrors as errors:
        raise PluginError(str(errors)) from None
    pages = generate_pages(portal)
    changed = write_pages(pages, Path(config.docs_dir) / GENERATED)
    log.info(f"Signpost: {len(pages)} pages in {len(portal.languages)} languages, {changed} changed")
    return config


def on_files(files, config):
    # Generated pages live in docs/generated/ but are served from the site root: /services/..., not
    # /generated/services/... (static-i18n keeps a dest_uri set before its own on_files).
    for file in files:
        if file.src_uri.startswith(GENERATED):
            file.dest_uri = file.dest_uri[len(GENERATED):]
            for cached in ("url", "abs_dest_path"):
                file.__dict__.pop(cached, None)
    return files
