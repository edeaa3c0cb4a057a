"""The seam between MkDocs and the Signpost library: a few lines an event.

mkdocs-static-i18n runs every hook once per language on the same config. Pages of every language
are generated in the first (default-language) build; the other builds skip that work; work on the
whole site runs once, after i18n has built every language (hence priority -200, below its -100).
"""
from __future__ import annotations

import concurrent.futures
import copy
import gc
import html
import logging
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jinja2 import TemplateNotFound
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc
from mkdocs.utils import clean_directory, get_relative_url

from signpost.cache import cache_folder, cache_for
from signpost.incremental import LastBuild, build_parts, key_of
from signpost.alternates import absolute_alternates
from signpost.background import LatestOnly
from signpost.bidi import isolate_html
from signpost.chrome import falls_back as chrome_falls_back
from signpost.chrome import footer_links, footer_organisation, quick_exit, site_description, site_name, site_name_marked
from signpost.contact_links import link_contacts
from signpost.csp import add_policy
from signpost.description import page_description
from signpost.errors import ContentErrors
from signpost.exports import write_exports
from signpost.exports.urls import site_url
from signpost.files import set_aside
from signpost.forms.endpoints import form_origins, form_policy
from signpost.headers import headers_file
from signpost.leaflets import build as leaflet_build
from signpost.leaflets.writer import write_leaflets
from signpost.links import check_links, html_anchors, page_links
from signpost.load import load_portal
from signpost.loading.theme_words import ENGLISH as THEME_ENGLISH, words_left_in_english
from signpost.not_found import not_found, write_not_found_pages
from signpost.numbers import counted
from signpost.parallel import ForkedWorkFailed, processes
from signpost.pages import iter_pages
from signpost.pages.blocks import fill_page
from signpost.pages.news import feed_link, write_feeds
from signpost.pages.notices import every_page_notices
from signpost.pages.writer import write_counted, write_counted_in_two
from signpost.regenerate import Regeneration
from signpost.report import BuildReport
from signpost.search import build_search
from signpost.search.pagefind import PagefindError
from signpost.search.box import search_box
from signpost.preview import (EVERY_PAGE, HAND_WRITTEN, NOTHING, EditWatch, Generated, HandWritten, Kept, OutOfDate,
                              PdfsLater, StringUse, render_again, resolved_strings)
from signpost.session import compiled_templates
from signpost.sitemap import merge_sitemaps, write_sitemap
from signpost.source import keep_parsed
from signpost.site_shape import language_name, pages_not_built, sections, site_address
from signpost.switcher import drop_sitemap_requests
from signpost.text import direction, heading_slugify
from signpost.theme_fixes import fix_theme_markup, mark_theme_words
from signpost.untranslated import fallback_titles, mark_content, mark_names, team_names
# Beside this file (MkDocs puts its folder on the path while it loads a hook):
from signpost_languages import LanguageBuilds
from signpost_serve import STOPPING, allow_live_reload, keep_set_up, rebuild_now, stop_as_on_ctrl_c

log = logging.getLogger("mkdocs.signpost")
_serve_log = logging.getLogger("signpost.serve")  # not under "mkdocs": --strict does not count it
if not _serve_log.handlers:
    _serve_handler = logging.StreamHandler()
    _serve_handler.setFormatter(logging.Formatter("ERROR   -  %(message)s"))
    _serve_log.addHandler(_serve_handler)
    _serve_log.propagate = False
GENERATED = "generated/"
NOINDEX = '<meta name="robots" content="noindex">'  # overrides/embed.html
_loaded = {}  # the portal of this build, kept for the other languages' builds
_languages = LanguageBuilds()  # what each language's pages leave for the whole-site step; a second process
_kept = Kept()  # set-up work a preview rebuild repeats with the same inputs (mkdocs serve)
_out_of_date = OutOfDate()
_strings_used = StringUse()  # under `mkdocs serve --dirty`: which pages show which interface strings
_hand_written = HandWritten()  # and what each hand-written page shows of the content
_regeneration = Regeneration()  # and what each step of page generation read of it


def _building_other_language(config) -> bool:
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.building)


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    current = i18n.current_language if i18n else None
    return current or _loaded["portal"].default_language


def on_startup(command, dirty):
    _loaded["command"] = command
    _loaded["dirty"] = dirty
    if command == "serve":
        keep_parsed()  # each edit loads the content again: only the changed files are parsed again
        STOPPING.clear()  # (a module imported once a process, for one preview)
        stop_as_on_ctrl_c()  # (from the first build on: a preview stopped then removes its site too)
    if dirty:
        _allow_dirty()


def on_config(config):
    _strings_used.at(None)  # generation is not a page: its strings show in the page files it writes
    if _building_other_language(config):
        config.site_name = site_name(_loaded["portal"], _language(config))
        config.site_description = site_description(_loaded["portal"], _language(config))
        return config
    _checks.rebuild_started()  # a background check still running reads a site about to be rewritten
    shown_before = _loaded.pop("serve error", None)
    try:
        portal = load_portal(Path(config.config_file_path).parent / "content") if _unchanged(config) else _generate(config)
    except ContentErrors as errors:
        portal = _last_good_content(errors)
    # Every page is rendered again while a preview shows the error on it, and once more when it is gone.
    _loaded["every page"] = bool(_loaded.get("serve error") or shown_before)
    _loaded["portal"] = portal
    if _loaded.get("command") == "serve":
        keep_set_up(config, _kept)
        portal.string = _strings_used.recording(portal.string)
    portal.warnings += pages_not_built(Path(config.docs_dir), portal)
    config.site_name = site_name(portal, portal.default_language)
    config.site_description = site_description(portal, portal.default_language)
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_slugify()
    _set_address(config, portal)
    _set_languages(config, portal)
    config.nav = _nav_with_content(config.nav, portal, Path(config.docs_dir))
    if _loaded.get("command") == "build":
        _languages.take_turns(portal.default_language)
    return config


def _fork_share(config):
    # Under `mkdocs build` on two cores, once the site folder is emptied and the pages generated (the
    # default language's on_files). A preview server (threads) never forks.
    if _two_processes() and not _site_kept():
        _languages.fork(config, _loaded["portal"], bool(_loaded.get("dirty")))


def on_build_error(error):
    _languages.stop()
    _delete_last_site()
    _hand_written.forget()  # the pages it did not render are not as recorded


def _last_good_content(errors):
    # Under `mkdocs serve`, a save with content errors: the preview keeps the last good content and says
    # on every page what is wrong (an editor watching the browser saw the old page and thought it saved).
    last = _loaded.get("generated")
    if _loaded.get("command") != "serve" or last is None or last.value is None:
        raise PluginError(str(errors)) from None
    report = errors.text("the preview shows the content as it was before this save")
    _serve_log.error(report)  # outside --strict's count: the preview stays up
    _loaded["serve error"] = report
    portal, warnings = last.value
    portal.warnings[:] = warnings
    return portal


def _unchanged(config):
    # `mkdocs build --dirty` (make build): with nothing changed since the last successful build, its site
    # and generated pages are kept (MkDocs renders no page, Signpost generates none and keeps the search
    # index, exports and link report); with anything changed the site is built whole, from an empty
    # folder (on_pre_build). See signpost.incremental.
    if _loaded.get("command") != "build":
        return False
    project = Path(config.config_file_path).parent
    last = LastBuild(cache_folder(project / "content"))
    folders = [project / "content", Path(config.docs_dir), project / "hooks"] + (
        [Path(config.theme.custom_dir)] if config.theme.custom_dir else [])
    options = [option for option in sys.argv[1:] if option not in ("--dirty", "-q", "--quiet", "-v", "--verbose")]
    parts = build_parts(folders, [Path(config.config_file_path)], Path(config.docs_dir) / GENERATED, options)
    key = key_of(parts)
    outputs = (Path(config.site_dir).resolve(), (Path(config.docs_dir) / GENERATED).resolve())
    unchanged = bool(_loaded.get("dirty")) and last.unchanged(key, outputs)
    if _loaded.get("dirty") and not unchanged:  # why: an editor expecting a kept site sees a whole build
        log.info(f"Signpost: the site is built whole; since the last build: {'; '.join(last.changes(parts, outputs))}")
    last.forget()
    _loaded["last_build"] = (last, key, outputs, unchanged, parts)
    if unchanged:
        log.info("Signpost: nothing changed since the last build: its site is kept")
        # MkDocs and static-i18n still go through each language, rendering no page: their "Building ...
        # documentation" lines would read as if the site were built again.
        for name in ("mkdocs.plugins.mkdocs_static_i18n.plugin", "mkdocs.commands.build"):
            logging.getLogger(name).addFilter(lambda record: "documentation to directory" not in record.getMessage())
    return unchanged


def on_pre_build(config):
    last = _loaded.get("last_build")
    if last and _loaded.get("dirty") and not last[3] and not _building_other_language(config):
        # --dirty renders only pages newer than their output: all of them. The last site is moved aside,
        # and deleted once the new one is written (_delete_last_site): deleting thousands of files while
        # writing thousands slowed a build after an edit (about 5 % of it at 100 services, here).
        aside = set_aside(Path(config.site_dir))
        if aside is None:
            clean_directory(config.site_dir)
        _loaded["set aside"] = aside


def _delete_last_site():
    aside = _loaded.pop("set aside", None)
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)


def _set_address(config, portal):
    # site.yml's url is the one address: QR codes, the forms' return address and the receiver use it.
    # `mkdocs serve` keeps its own local address.
    address = site_address(portal)
    if _loaded.get("command") == "serve":
        return
    if config.site_url and config.site_url.rstrip("/") != address.rstrip("/"):
        raise PluginError(f"mkdocs.yml: site_url is {config.site_url} but content/site.yml: url is {address}; "
                          "the address is set once, in site.yml: delete site_url from mkdocs.yml")
    config.site_url = address


def _set_languages(config, portal):
    # site.yml's languages are the ones built; an entry in mkdocs.yml only adds options (nav_translations...).
    from mkdocs_static_i18n.config import I18nPluginConfig

    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: the i18n plugin is missing from plugins: (`- i18n: {docs_structure: suffix}`)")
    given = {lang.locale: {key: value for key, value in lang.items() if value is not None and key not in ("link", "default", "build")}
             for lang in i18n.config.languages}
    languages = [{"name": language_name(code), **given.get(code, {}), "locale": code,
                  "default": code == portal.default_language, "build": True} for code in portal.languages]
    checked = I18nPluginConfig()
    checked.load_dict({**{key: value for key, value in i18n.config.items() if key != "languages"}, "languages": languages})
    failed, _ = checked.validate()
    if failed:
        raise PluginError("content/site.yml: languages: " + "; ".join(f"{key}: {error}" for key, error in failed))
    i18n.config["languages"] = checked["languages"]


def _nav_with_content(nav, portal, docs):
    # A section with nothing in it (no forms, no stories) leaves the menu; so does any generated page
    # that was not made. Hand-written pages stay as mkdocs.yml lists them.
    empty = [GENERATED + folder for folder, full in sections(portal).items() if not full]

    def keep(path):
        return not path.startswith(GENERATED) or ((docs / path).exists() and not path.startswith(tuple(empty)))

    kept = []
    for entry in nav or []:
        if isinstance(entry, dict):
            (title, value), = entry.items()
            if isinstance(value, list):
                value = _nav_with_content(value, portal, docs)
                if value:
                    kept.append({title: value})
            elif not isinstance(value, str) or keep(value):
                kept.append(entry)
        elif not isinstance(entry, str) or keep(entry):
            kept.append(entry)
    return kept if nav is not None else None


def _allow_dirty():
    # `mkdocs serve --dirty` re-renders only the pages whose files changed; MkDocs warns about that on
    # every build, which --strict would turn into a failed build. Under `mkdocs build --dirty` the hook
    # empties the site folder itself when anything changed (on_pre_build), so MkDocs' "stale files"
    # advice, given to each language's build (the default language's pages are there), is left out too.
    logging.getLogger("mkdocs.commands.build").addFilter(
        lambda record: not record.getMessage().startswith(("A 'dirty' build is being performed",
                                                            "The directory contains stale files")))


def _generate(config):
    # Under `mkdocs serve` a content edit generates here from the watcher (on_serve), then the rebuild's
    # on_config finds content/ unchanged (same tree stamp) and reuses that work.
    if "generated" not in _loaded:
        _loaded["generated"] = Generated(Path(config.config_file_path).parent / "content", lambda: _load_and_write(config),
                                         _regeneration.files_stamp)  # (a resource's file replaced: its size is shown)
    (portal, warnings), _ = _loaded["generated"].get()
    portal.warnings[:] = warnings  # as loaded: on_config adds its own again
    return portal


def _load_and_write(config):
    content = Path(config.config_file_path).parent / "content"
    if _two_processes():
        leaflet_build.start_worker_early(content)  # (a first build: its PDFs' worker loads WeasyPrint meanwhile)
    portal = load_portal(content)
    generated = Path(config.docs_dir) / GENERATED

    def start_pdfs():  # rendered in worker processes while the pages are generated
        leaflet_build.start_leaflet_pdfs(portal)
    try:
        with_pdfs = True
        if _two_processes():  # a forked copy generates half the languages' pages meanwhile
            gc.freeze()  # (the portal, shared by both, is left out of collections: each would copy what it walks)
            pages, written = write_counted_in_two(portal, generated, start_pdfs)
        elif _loaded.get("command") == "serve":  # only the steps that read what the edit changed
            pages, written, with_pdfs = _regeneration.write(portal, generated, before_pdfs=start_pdfs)
            _remove_built(config, portal, _regeneration.removed)
        else:
            start_pdfs()
            pages, written = write_counted(iter_pages(portal), generated)  # none kept in memory
        changed = write_leaflets(portal, generated) if with_pdfs else 0
    except ForkedWorkFailed as error:
        raise PluginError(f"Signpost: the pages were not generated: {error}") from None
    except leaflet_build.PdfsNotRendered as error:
        raise PluginError(f"Signpost: {error}") from None
    log.info(f"Signpost: {counted(pages, 'page')} generated from content/ in {counted(len(portal.languages), 'language')}, "
             f"{counted(changed + written, 'file')} changed")
    _save_cache(portal)
    _loaded["pending pdfs"] = leaflet_build.pending_pdfs()  # under `mkdocs serve`: rendered after the rebuild
    return portal, list(portal.warnings)


def _remove_built(config, portal, removed):
    # MkDocs' dirty rebuild never deletes what it built: a page no longer generated (a service deleted)
    # would still be served, in every language. (Generated pages are served from the site's root.)
    site = Path(config.site_dir)
    for name in removed:
        built = name[:-len("index.md")] + "index.html" if name.endswith("index.md") else name[:-len(".md")] + "/index.html"
        for lang in portal.languages:
            (site / ("" if lang == portal.default_language else lang) / built).unlink(missing_ok=True)


def _two_processes():
    # `mkdocs build` on more than one core; a preview server runs threads, and never forks.
    return _loaded.get("command") == "build" and processes() > 1


def _save_cache(portal):
    # Derived files (PDFs, QR codes) kept in .cache/signpost/ for the next build; the log says how many
    # were reused.
    store = cache_for(portal.root)
    store.save()
    log.info(f"Signpost cache: {store.report()}")


def on_serve(server, config, builder):
    # One rebuild per save: MkDocs stops watching docs/, whose generated/ folder is written by Signpost
    # (watching it, MkDocs could rebuild twice for one edit, or again after a rebuild). A change to the
    # rest of docs/, or one to content/ once its pages are generated, asks the server for a rebuild
    # itself (signpost.preview.EditWatch); a content error is shown by that rebuild.
    allow_live_reload(server)
    rebuild = rebuild_now(server)
    docs, content = Path(config.docs_dir), Path(config.config_file_path).parent / "content"
    server.unwatch(config.docs_dir)
    # A changed leaflet PDF is rendered after the rebuild that serves its pages, in the background; the
    # page shows the old file's size and links to it until then (a rebuild follows if the size shown changes).
    pdfs = docs / GENERATED / leaflet_build.FILES_URL
    leaflet_build.render_changed_later(pdfs)

    def done(count, sizes_changed):
        log.info(f"Signpost: {count} leaflet PDFs rendered after the rebuild"
                 + ("; the size the pages list changed: they are rebuilt" if sizes_changed else ""))
        if sizes_changed:
            _regeneration.forget()
            _loaded["generated"].again()
            rebuild()
    _loaded["pdfs later"] = PdfsLater(cache_for(content), lambda name: [pdfs / name, Path(config.site_dir) / leaflet_build.FILES_URL / name],
                                      done, lambda error: _serve_log.error(f"Signpost: a leaflet PDF could not be rendered after "
                                                                           f"the rebuild ({error}); the next save tries again"),
                                      STOPPING)

    _loaded["watch"] = EditWatch(docs, content, docs / GENERATED, lambda: _loaded["generated"].get()[1], rebuild,
                                 ContentErrors, lambda errors: rebuild())  # the rebuild shows the errors
    return server


def on_shutdown():
    if _loaded.get("command") == "serve":
        _stop_background_work()
    if "watch" in _loaded:
        _loaded.pop("watch").stop()
    if "pdfs later" in _loaded:
        _loaded.pop("pdfs later").close()


def _stop_background_work():
    # Before MkDocs removes the preview's site: a search index being made reads it (Pagefind whose pages
    # are removed under it can wait for good, and the preview with it, at exit).
    if not _checks.stop(60):
        _serve_log.warning("Signpost: the search index and link check after the last rebuild were still "
                           "running after 60 s; the preview ends without them")
    if "searching" in _loaded:  # (the first build's, stopped during it)
        concurrent.futures.wait([_loaded.pop("searching")], timeout=60)


def on_files(files, config):
    if not _building_other_language(config):
        _fork_share(config)
    # Generated pages live in docs/generated/ but are served from the site root: /services/..., not
    # /generated/services/... (static-i18n keeps a dest_uri set before its own on_files).
    for file in files:
        if file.src_uri.startswith(GENERATED):
            file.dest_uri = file.dest_uri[len(GENERATED):]
            for cached in ("url", "abs_dest_path"):
                file.__dict__.pop(cached, None)
    return files


def on_nav(nav, config, files):
    # `mkdocs serve --dirty`: pages an edit changed without touching their file are marked to render again.
    # Here, not in on_files: static-i18n gives each language's files their own outputs in its on_files,
    # which runs after this module's; before it, another language's pages had the default language's.
    if _loaded.get("dirty") and _loaded.get("command") == "serve":
        titles = []  # (page, its title marked as in another language, or None)
        for page in nav.pages:  # every page's menu shows their titles: a page not read would show None
            if page.markdown is None:
                page.read_source(config)
            titles.append((page, _titles(page, config)))
        theme, portal, language = config.theme.custom_dir, _loaded["portal"], _language(config)
        change = _out_of_date.since_last_build(language, _loaded["generated"].stamp,
                                               Path(config.config_file_path).parent / "content", Path(theme) if theme else None,
                                               portal.languages, portal.default_language,
                                               resolved_strings(portal.strings, portal.languages, portal.default_language),
                                               (tuple((page.file.src_uri, page.title, shown) for page, shown in titles),
                                                *_every_page_shows(portal, language)))
        every, showing = _strings_used.showing(language, _out_of_date.strings_changed)
        facts_changed = _hand_written.changed(language, {file.src_uri: _content_shown(file, config)
                                                         for file in files.documentation_pages()
                                                         if not file.src_uri.startswith(GENERATED)})
        if change == HAND_WRITTEN:  # a content edit: only the hand-written pages whose facts it changed
            change, showing = NOTHING, showing | facts_changed
        render_again(EVERY_PAGE if _loaded.get("every page") or every else change,
                     ((file.src_uri, file.abs_dest_path) for file in files.documentation_pages()), GENERATED, showing)
        for page, shown in titles:
            if shown and not page.file.is_modified():  # (a page rendered now is given its own in on_page_content)
                page.meta["title"], page.title = shown
    return nav


def _every_page_shows(portal, language):
    # Besides the menu, what a page shows or is built with from the content though its own file does not:
    # the origins the forms post to (its Content-Security-Policy), the theme's words the team gave
    # (content/strings/theme.<lang>.yml), and, in a language other than the team's, the team's names,
    # which its text marks (mark_names).
    return (form_origins(portal), tuple(sorted(portal.theme_words.get(language, {}).items())),
            tuple(team_names(portal)) if language != portal.default_language else ())


def _content_shown(file, config):
    # What a hand-written page shows of the content, beyond what every page shows (OutOfDate): its facts
    # and blocks filled in, and the team's names, which its text marks where a translator wrote them.
    portal = _loaded["portal"]
    try:
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        filled = fill_page(portal, _language(config), file.src_uri, text, text)
    except (ContentErrors, OSError, UnicodeDecodeError) as error:
        filled = repr(error)
    return filled, team_names(portal)


def _titles(page, config):
    # A page's title in another language than the reader's (a hand-written page not translated, a
    # generated one whose title is not): its <title> and menu entry say so. (title in meta, title), or None.
    lang, content_lang = _language(config), getattr(page.file, "locale", None) or _language(config)
    title_lang = page.meta.get("title_lang", content_lang)  # a generated page's title may fall back alone
    return fallback_titles(_loaded["portal"], lang, title_lang, page.title) if title_lang != lang else None


def on_env(env, config, files):
    _strings_used.at(_language(config))  # what on_env and the theme show, every page of the language shows
    env.bytecode_cache = compiled_templates  # the theme is compiled once, not once per language and rebuild
    env.globals["signpost_quick_exit"] = quick_exit(_loaded["portal"], _language(config))
    env.globals["signpost_organisation"] = footer_organisation(_loaded["portal"], _language(config))
    env.globals["signpost_site_name"] = site_name_marked(_loaded["portal"], _language(config))
    env.globals["signpost_theme_language"] = _theme_language(env, _language(config))  # overrides/partials/language.html
    translated = env.globals["signpost_theme_words"] = _loaded["portal"].theme_words.get(_language(config), {})
    _loaded["theme words"] = None
    if env.globals["signpost_theme_language"] != _language(config):
        _loaded["theme words"] = _english_theme_words(translated)
        _say_theme_words_are_english(_language(config), translated)
    env.globals["signpost_direction"] = direction(_language(config))
    return env


def _theme_language(env, lang):
    # Material has its own words (Skip to content, Search...) in some 60 languages; a language without them
    # (Somali, Tigrinya, Pashto) takes them in English, as the theme itself does for a missing word.
    try:
        env.get_template(f"partials/languages/{lang}.html")
    except TemplateNotFound:
        return "en"
    return lang


_told_theme_words: set[str] = set()  # (once a process: not again on each rebuild of a preview)


def _say_theme_words_are_english(lang, translated):
    sentence = words_left_in_english(lang, translated)
    if sentence and lang not in _told_theme_words:
        _told_theme_words.add(lang)
        log.info(f"Signpost: {sentence}")


def _english_theme_words(translated):
    # The theme's English words, which the pages of a language it has no words for show where the team
    # has not translated them (content/strings/theme.<lang>.yml): theme_fixes.mark_theme_words marks them.
    return frozenset(word for key, word in THEME_ENGLISH.items() if key not in translated and len(word) > 2)


def on_page_markdown(markdown, page, config, files):
    _strings_used.at(_language(config), page.file.src_uri)
    # Hand-written pages take facts ({{ site.phone }}); generated pages had theirs filled by the library.
    if page.file.src_uri.startswith(GENERATED):
        _as_html(page, markdown)
        return markdown
    try:
        return fill_page(_loaded["portal"], _language(config), page.file.src_uri, markdown,
                         Path(page.file.abs_src_path) if page.file.abs_src_path else None)
    except ContentErrors as errors:
        if _loaded.get("command") != "serve":
            raise PluginError(str(errors)) from None
        # Under `mkdocs serve` a failed build leaves every request waiting for the next good one (the
        # server looks stuck): the error is logged, outside --strict's count, and shown on the page.
        _serve_log.error(str(errors))
        return '!!! failure "Signpost"\n    <pre>' + html.escape(str(errors)).replace("\n", "\n    ") + "</pre>\n"


def _as_html(page, markdown):
    # A generated page is one raw HTML block, which Markdown would return as it is (stripped): the page
    # takes it without building a Markdown converter for it, which was most of a generated page's time.
    def render(config, files):
        page.content = markdown.strip()
        page.toc = get_toc([])
        page.present_anchor_ids = html_anchors(page.content)
    page.render = render


def on_page_content(html, page, config, files):
    _strings_used.at(_language(config), page.file.src_uri)
    # A hand-written page with no translation, shown in the default language (static-i18n's fallback).
    lang, content_lang = _language(config), getattr(page.file, "locale", None) or _language(config)
    page.meta.setdefault("description", page_description(html))
    shown = _titles(page, config)
    if shown:  # the theme's <title> names the title's language; the navigation marks it
        page.meta["title"], page.title = shown
    if content_lang == lang:  # names in the team's language that a translator wrote in a sentence: marked
        return _serve_error_banner() + mark_names(html, _loaded["portal"], lang)
    page.meta["search"] = {"exclude": True}  # Pagefind indexes it once, in its own language, at its own address
    return _serve_error_banner() + mark_content(html, _loaded["portal"], lang, content_lang)


def _serve_error_banner():
    # Only under `mkdocs serve`, while the last save has content errors (_last_good_content); not indexed
    # by the search, being no part of the page.
    errors = _loaded.get("serve error")
    if not errors:
        return ""
    return ('<div class="admonition failure" role="alert" lang="en" dir="ltr" data-pagefind-ignore="all"><p class="admonition-title">'
            "Signpost: the last save has errors, so this preview still shows the content as it was before it</p>"
            f'<pre class="sp-serve-errors">{html.escape(errors)}</pre></div>\n')


def on_page_context(context, page, config, nav):
    _strings_used.at(_language(config), page.file.src_uri)
    portal = _loaded["portal"]
    context["signpost_notices"] = every_page_notices(portal, _language(config), page.file.src_uri, page.content or "",
                                                     chrome_falls_back(portal, _language(config)))
    context["signpost_alternates"] = absolute_alternates(
        getattr(config.extra, "alternate", None) or [], config.site_url or "", portal.default_language)
    context["signpost_feed"] = feed_link(portal, _language(config))
    context["signpost_footer"] = [
        (label, get_relative_url(url, page.url)) for label, url in footer_links(portal, _language(config))
    ]
    context["signpost_search"] = search_box(portal, _language(config), page.url)
    return context


def on_post_page(output, page, config):
    _strings_used.at(_language(config), page.file.src_uri)
    output = link_contacts(output)  # every phone number and email address in text is a link, left to right
    if direction(_language(config)) == "rtl":  # hand-written pages and the theme's own text
        output = isolate_html(output)
    # A form page may post to, and fetch from, the form receiver named in site.yml.
    output = add_policy(_fix_theme(output), content=page.content or "", **form_policy(_loaded["portal"], page.url))
    if _loaded.get("command") == "build":
        # Its links are taken now, in whichever process builds it (the link check reads no page again);
        # its HTML is let go (static-i18n keeps each language's pages until its sitemap is rendered).
        _languages.outputs.links[page.file.dest_uri] = page_links(output)
        if NOINDEX in output:  # (an embed page: a part of another site's page) out of the sitemap too
            _languages.outputs.noindex.add(page.canonical_url)
        page.content = None
    return output


def on_template_context(context, template_name, config):
    _strings_used.at(_language(config), template_name)  # 404.html, sitemap.xml: built on every rebuild
    if template_name == "404.html":
        context["signpost_not_found"] = not_found(_loaded["portal"], _language(config), config.site_url or "/")
        homes = getattr(config.plugins.get("i18n"), "extra_alternate", None)
        if homes:  # the switcher offers each language's home, not the last page's
            config.extra.alternate = copy.deepcopy(homes)
    return context


def on_post_template(output, template_name, config):
    _strings_used.at(_language(config), template_name)
    if template_name in ("404.html", "sitemap.xml") and _site_kept():
        # MkDocs renders them again, the 404 page with a menu of pages it did not read this time, the
        # sitemap with the noindex pages it did not render: the kept ones stay.
        return (_loaded["last_build"][2][0] / template_name).read_text(encoding="utf-8")
    if template_name == "404.html":
        # static-i18n renders 404.html once per language to the same site/404.html: that file stays the
        # default language's (its links and <html lang> are right at the site root); each language's
        # goes to its own folder after the build.
        if direction(_language(config)) == "rtl":
            output = isolate_html(output)
        not_found = _languages.outputs.not_found
        not_found[_language(config)] = add_policy(_fix_theme(output))
        return not_found.get(_loaded["portal"].default_language, output)
    if template_name == "sitemap.xml" and _loaded.get("command") == "build":
        # static-i18n keeps each language's pages to list them in the sitemap of every later language's
        # build (50-60 MiB a language at 1,000 services): each build's sitemap is kept instead, its
        # language's pages let go, and the sitemaps merged once every language is built.
        _languages.outputs.sitemaps.append(output)
        config.plugins["i18n"].i18n_files_per_language.pop(_language(config), None)
    return add_policy(_fix_theme(output)) if template_name.endswith(".html") else output


def _fix_theme(output):
    output = fix_theme_markup(output)
    words = _loaded.get("theme words")
    return mark_theme_words(output, words) if words else output


@event_priority(-200)
def on_post_build(config):
    if _building_other_language(config):
        return
    if _loaded.get("served"):
        _after_rebuild(config, _loaded["portal"])
        _loaded["pdfs later"].request(_loaded.pop("pending pdfs", []))
        return
    _loaded["served"] = _loaded.get("command") == "serve"
    # (a preview stopped during its first build ends its search)
    _whole_site(config, _loaded["portal"], STOPPING if _loaded["served"] else None)


def _site_kept():
    last = _loaded.get("last_build")
    return bool(last and last[3])  # unchanged since the last build (_unchanged): its site stays


def _whole_site(config, portal, stop=None):
    site = Path(config.site_dir)
    kept = _site_kept()  # then the 404 pages, search index, exports and link report of the last build stay
    (site / "_headers").write_text(headers_file(portal), encoding="utf-8")
    write_feeds(portal, site)
    outputs = _languages.outputs

    def checked():
        # The link check reads no page again where the pages' links were taken as they were written. (A
        # preview is served elsewhere than site.yml's url: links to either are the site's own.)
        links = outputs.links if _loaded.get("command") == "build" else None
        return BuildReport(check_links(site, config.site_url or "", links, public_url=site_address(portal)), portal.warnings)

    def not_found_and_checked():  # (the 404 pages are pages too: written before the check)
        write_not_found_pages(portal, site, outputs.not_found)
        return checked()
    second, report = None, None
    if _languages.shared:  # under `mkdocs build` on two cores: made while the last search index is
        second, report = _languages.second_process_done(site, not_found_and_checked if not kept else lambda: None)
    elif not kept:
        write_not_found_pages(portal, site, outputs.not_found)
    if outputs.sitemaps:
        roots = [site_url(portal, "", lang) for lang in portal.languages]
        write_sitemap(site, merge_sitemaps(outputs.sitemaps, roots, leave_out=outputs.noindex))
    drop_sitemap_requests(site)
    if not kept:
        if second is not None:  # (its search index and exports made meanwhile)
            log.info(second.search.summary())
            log.info(second.exports)
        else:
            # Pagefind is the longest step left: the exports (from the portal) and the link check (after
            # them: pages link to the exports) are made while it indexes the pages.
            searched = _search_meanwhile(portal, site, stop)
            try:
                log.info(write_exports(portal, site).summary())
                report = checked()
            except BaseException:  # (Ctrl-C among them: the search's own failure must not replace it)
                searched(quietly=True)
                raise
            log.info(searched().summary())
        report.write(Path(config.config_file_path).parent / "build-report.txt")  # (a preview's site is in /tmp)
        log.info(report.summary() + " (build-report.txt)")
        if report.failed:
            raise PluginError(report.text())
    _delete_last_site()
    if _loaded.get("last_build"):
        last, key, folders, _, parts = _loaded["last_build"]
        last.record(key, folders, parts)


def _search_meanwhile(portal, site, stop):
    # The search index (Pagefind, then Signpost's splitting of its chunks) is made beside the exports and
    # the link check: in a thread (a preview server; a build on one core). Returns the function that
    # waits for it. `stop` (a preview's background check): set once a rebuild overtook it or the
    # preview stops.
    pool = ThreadPoolExecutor(1)
    future = _loaded["searching"] = pool.submit(build_search, portal, site, stop)
    pool.shutdown(wait=False)

    def threaded(quietly=False):  # (quietly: another error is on its way out, which this one must not replace)
        try:
            return future.result()
        except Exception as error:  # noqa: BLE001
            if quietly:
                return None
            if isinstance(error, PagefindError):
                raise PluginError(str(error)) from None
            raise
    return threaded


def _after_rebuild_failed(error):
    # The background check of a rebuild no other rebuild overtook: a broken link is the report's own
    # text; anything else one line, never a traceback (the next save checks again).
    # Logged outside --strict's count: a rebuild running meanwhile would fail for it.
    if isinstance(error, PluginError):
        _serve_log.error(str(error))
    else:
        _serve_log.error(f"Signpost: the search index and link check after the rebuild failed "
                  f"({error.__class__.__name__}: {error}); the next save checks again")


_checks = LatestOnly(_after_rebuild_failed, STOPPING)  # the latest rebuild's search index and link check


def _after_rebuild(config, portal):
    # Under `mkdocs serve`, after the first build: the search index and the link check run in the
    # background, so the served page does not wait for them (they take seconds); a broken link is
    # logged as an error. Rebuilds that come while they run are checked once, after; a run a rebuild
    # overtook reports nothing (signpost.background).
    _checks.submit(lambda overtaken: _whole_site(config, portal, overtaken))
