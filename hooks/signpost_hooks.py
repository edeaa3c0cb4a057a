"""The seam between MkDocs and the Signpost library: a few lines an event.

mkdocs-static-i18n runs every hook once per language on the same config. Pages of every language
are generated in the first (default-language) build; the other builds skip that work; work on the
whole site runs once, after i18n has built every language (hence priority -200, below its -100).
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from watchdog.events import FileSystemEventHandler
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from signpost.chrome import footer_links, quick_exit, site_name
from signpost.csp import add_policy
from signpost.errors import ContentErrors
from signpost.forms.endpoints import form_policy
from signpost.leaflets.writer import write_leaflets
from signpost.links import check_links
from signpost.load import load_portal
from signpost.pages import generate_pages
from signpost.pages.writer import write_pages
from signpost.report import BuildReport
from signpost.search import build_search
from signpost.search.pagefind import PagefindError
from signpost.search.box import search_box
from signpost.theme_fixes import fix_theme_markup

log = logging.getLogger("mkdocs.signpost")
GENERATED = "generated/"
_loaded = {}  # the portal of this build, kept for the other languages' builds


def _building_other_language(config) -> bool:
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.building)


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    current = i18n.current_language if i18n else None
    return current or _loaded["portal"].default_language


def on_config(config):
    if _building_other_language(config):
        config.site_name = site_name(_loaded["portal"], _language(config))
        return config
    try:
        portal = _generate(config)
    except ContentErrors as errors:
        raise PluginError(str(errors)) from None
    _loaded["portal"] = portal
    config.site_name = site_name(portal, portal.default_language)
    return config


def _generate(config):
    portal = load_portal(Path(config.config_file_path).parent / "content")
    pages = generate_pages(portal)  # builds the leaflet PDFs first: their pages list their sizes
    changed = write_leaflets(portal, Path(config.docs_dir) / GENERATED)
    changed += write_pages(pages, Path(config.docs_dir) / GENERATED)
    log.info(f"Signpost: {len(pages)} pages in {len(portal.languages)} languages, {changed} changed")
    return portal


def on_serve(server, config, builder):
    # Content is not in MkDocs' watch list: a change to it regenerates the page files here, and MkDocs,
    # watching docs/, rebuilds once. (Were content watched too, the pages written during that
    # rebuild would trigger a second one.)
    def regenerate(event):
        if event.is_directory:
            return
        try:
            _generate(config)
        except ContentErrors as errors:
            log.error(str(errors))

    handler = FileSystemEventHandler()
    handler.on_any_event = regenerate
    server.observer.schedule(handler, str(Path(config.config_file_path).parent / "content"), recursive=True)
    return server


def on_files(files, config):
    # Generated pages live in docs/generated/ but are served from the site root: /services/..., not
    # /generated/services/... (static-i18n keeps a dest_uri set before its own on_files).
    for file in files:
        if file.src_uri.startswith(GENERATED):
            file.dest_uri = file.dest_uri[len(GENERATED):]
            for cached in ("url", "abs_dest_path"):
                file.__dict__.pop(cached, None)
    return files


def on_env(env, config, files):
    env.globals["signpost_quick_exit"] = quick_exit(_loaded["portal"], _language(config))
    return env


def on_page_context(context, page, config, nav):
    portal = _loaded["portal"]
    context["signpost_footer"] = [
        (label, get_relative_url(url, page.url)) for label, url in footer_links(portal, _language(config))
    ]
    context["signpost_search"] = search_box(portal, _language(config), page.url)
    return context


def on_post_page(output, page, config):
    # A form page may post to, and fetch from, the form receiver named in site.yml.
    return add_policy(fix_theme_markup(output), content=page.content or "", **form_policy(_loaded["portal"], page.url))


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        # static-i18n renders 404.html once per language to the same site/404.html: keep the default
        # language's, whose links and <html lang> are right at the site root.
        if not _building_other_language(config):
            _loaded["404"] = add_policy(fix_theme_markup(output))
        return _loaded.get("404", output)
    return add_policy(fix_theme_markup(output)) if template_name.endswith(".html") else output


@event_priority(-200)
def on_post_build(config):
    if _building_other_language(config):
        return
    site = Path(config.site_dir)
    try:
        log.info(build_search(_loaded["portal"], site).summary())
    except PagefindError as error:
        raise PluginError(str(error)) from None
    report = BuildReport(check_links(site, config.site_url or ""), _loaded["portal"].warnings)
    report.write(site.parent / "build-report.txt")
    log.info(report.summary() + " (build-report.txt)")
    if report.failed:
        raise PluginError(report.text())
