"""The languages of one `mkdocs build`, and what each language's pages leave for the whole-site step.

static-i18n builds the default language, then, in its on_post_build, each other language in turn by
calling MkDocs' build again. On two cores (LanguageBuilds.fork, from the default language's on_files,
once the site folder is emptied and the pages generated) a forked copy of the build process writes the
exports and the finder's data while this process builds the default language; then both build the
other languages, each taking the next one not yet taken (signpost.parallel.Claims), and each starts a
language's search index as soon as its pages are built. The copy's languages' outputs come back at the
end (LanguageBuilds.second_process_done) and the search indexes are merged into one bundle.

The copy builds its languages as static-i18n 1.3.1's loop does (its `building` flag set, MkDocs'
clean_directory made a no-op, its log filter): internals an upgrade must check. The two-process build
is tested byte for byte against a one-process build (tests/test_parallel.py).
"""
from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from mkdocs.exceptions import Abort, PluginError

from signpost.exports import write_exports
from signpost.memory import give_back
from signpost.parallel import Claims, ForkedWork, ForkedWorkFailed
from signpost.search import SearchBuild, search_roots
from signpost.search.finder_data import write_finder_data
from signpost.search.pagefind import PagefindError, SiteIndexes, combined, merge_indexes

log = logging.getLogger("mkdocs.signpost")


@dataclass
class LanguageOutputs:
    """What the pages of each language leave for the whole-site step, gathered in the process that
    built them: each language's 404 page (language -> HTML), each page's links for the link check
    (output path -> signpost.links.page_links), each language's sitemap (XML, in build order), and the
    addresses of the pages kept out of the sitemap (noindex)."""
    not_found: dict[str, str] = field(default_factory=dict)
    links: dict[str, object] = field(default_factory=dict)
    sitemaps: list[str] = field(default_factory=list)
    noindex: set[str] = field(default_factory=set)

    def add(self, other: LanguageOutputs) -> None:
        self.not_found.update(other.not_found)
        self.links.update(other.links)
        self.sitemaps.extend(other.sitemaps)
        self.noindex.update(other.noindex)


@dataclass(frozen=True)
class SecondProcess:
    """What the forked copy did: the languages it built (codes), the search bundle merged from every
    language's index, and its one-line summaries of the exports."""
    languages: list[str]
    search: SearchBuild
    exports: str


class LanguageBuilds:
    """The languages of this build: `outputs` gathers what their pages leave for the whole-site step;
    `fork` shares the languages with a second process (only from a process that runs no threads)."""

    def __init__(self) -> None:
        self.outputs = LanguageOutputs()
        self._portal = None  # (set by fork: the second process builds its languages' pages from it)
        self._forked: ForkedWork | None = None
        self._claims: Claims | None = None
        self._indexes: SiteIndexes | None = None

    @property
    def shared(self) -> bool:
        """True from `fork` until `second_process_done`."""
        return self._forked is not None

    def take_turns(self, default_language: str) -> None:
        """Makes static-i18n's loop over the other languages build only those this process claims once
        `fork` has run, and start each one's search index (the default language's first) as soon as its
        pages are built. Done once a process, whichever LanguageBuilds asks last."""
        import mkdocs_static_i18n.plugin as i18n_plugin  # its module-level `build` is what its loop calls

        build = getattr(i18n_plugin.build, "signpost_one_language", i18n_plugin.build)

        def build_language(config, dirty=False):
            if self._forked is None:
                build(config, dirty=dirty)
                return
            indexes = self._index(Path(config.site_dir))
            indexes.start(default_language)
            lang = config.plugins["i18n"].current_language
            if self._claims.claim(lang):
                build(config, dirty=dirty)
                indexes.start(lang)
                give_back()  # (its pages are let go: what they took counts in this process's size until then)

        build_language.signpost_one_language = build
        i18n_plugin.build = build_language

    def fork(self, config, portal, dirty: bool) -> None:
        """Starts the second process (see the module's docstring)."""
        self._portal = portal
        claims = self._claims = Claims()
        # What both processes hold now is left out of garbage collections from here on: a collection writes
        # to every object it walks, and each memory page written stops being shared between the two.
        give_back()
        gc.freeze()
        self._forked = ForkedWork(lambda: self._second_process(config, claims, dirty))

    def _second_process(self, config, claims: Claims, dirty: bool) -> dict:
        # In the forked copy: its result is sent back to the parent (pickled).
        import mkdocs_static_i18n.plugin as i18n_plugin
        from mkdocs import utils
        from mkdocs_static_i18n.utils import I18nLoggingFilter

        portal, site, i18n = self._portal, Path(config.site_dir), config.plugins["i18n"]
        try:
            exports = write_exports(portal, site)
            finder = write_finder_data(portal, site)
        except Exception as error:  # noqa: BLE001 — sent to the parent as its message
            raise RuntimeError(f"the exports were not written: {error}") from None
        i18n.building = True
        utils.clean_directory = lambda folder: folder
        quiet = I18nLoggingFilter()
        quiet.filtered_prefixes.update(("Documentation built in", "Building documentation to directory"))
        logging.getLogger("mkdocs.commands.build").addFilter(quiet)
        self.outputs = LanguageOutputs()  # (what the default language left is the parent's)
        indexes, built = SiteIndexes(site, search_roots(portal)), []
        for lang in i18n.build_languages:
            if lang != portal.default_language and claims.claim(lang):
                i18n.current_language = lang
                try:
                    i18n_plugin.build.signpost_one_language(config, dirty=dirty)
                except Abort as error:  # (strict mode: not these pages' fault alone, the warnings logged above)
                    raise RuntimeError(f"{error} (the warnings above: in strict mode a warning stops the build)") from None
                except Exception as error:  # noqa: BLE001 — sent to the parent as its message
                    raise RuntimeError(f"the {lang} pages were not built: {error}") from None
                indexes.start(lang)
                give_back()
                built.append(lang)
        return {"languages": built, "outputs": self.outputs, "search": indexes.finish(),
                "exports": exports.summary(), "finder": finder}

    def second_process_done(self, site: Path, meanwhile: Callable[[], object] = lambda: None) -> tuple[SecondProcess, object]:
        """Waits for the second process and adds its outputs to `outputs`; then calls `meanwhile()` (the
        link check, which needs every language's pages) while this process's last search index is made
        (in a one-language site, started now); then waits for this process's indexes and merges every
        language's index into one bundle. Returns what the second process did and what `meanwhile`
        returned. PluginError, with its message, if the second process or a search index failed."""
        self._index(site).start(self._portal.default_language)
        indexes, self._indexes = self._indexes, None
        work, self._forked = self._forked, None
        try:
            try:
                built = work.result()
            except ForkedWorkFailed as error:
                raise PluginError(f"Signpost: {error}") from None
            except BaseException:  # (Ctrl-C while waiting: the second process is ended here, as stop() would)
                work.stop()
                raise
            finally:
                self._claims.close()  # (not before: the other process may still be claiming)
            self.outputs.add(built["outputs"])
            found = meanwhile()
            searched = indexes.finish()
        except PagefindError as error:
            raise PluginError(str(error)) from None
        finally:
            indexes.stop()  # (a failure above, Ctrl-C among them, leaves no Pagefind running)
        if built["languages"]:
            log.info(f"Signpost: the {_listed(built['languages'])} pages were built in a second process")
        try:
            merge_indexes(site)
        except PagefindError as error:
            raise PluginError(str(error)) from None
        return SecondProcess(built["languages"], SearchBuild(combined(searched + built["search"]), built["finder"]),
                             built["exports"]), found

    def _index(self, site: Path) -> SiteIndexes:
        if self._indexes is None:
            self._indexes = SiteIndexes(site, search_roots(self._portal))
        return self._indexes

    def stop(self) -> None:
        """Ends the second process and the search indexes still being made (the build failed)."""
        for started in (self._forked, self._indexes):
            if started is not None:
                started.stop()
        self._forked = self._indexes = None
        if self._claims is not None:
            self._claims.close()


def _listed(codes: list[str]) -> str:
    # 'hi and es'
    return ", ".join(codes[:-1]) + " and " + codes[-1] if len(codes) > 1 else codes[0]
