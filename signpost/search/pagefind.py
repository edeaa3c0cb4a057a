"""Indexes the built site with Pagefind: one index per language, each made as soon as its language's
pages are built, then merged into one bundle.

Pagefind reads each page's `<html lang>` and writes one index per language (with that language's
stemming), so a reader searching Arabic pages gets Arabic pages only. Each language's index is
independent of the others' (its files are named by their content's hash), so a language's pages are
indexed on their own (`LanguageIndex`, in a Pagefind process of its own, while the build goes on with
the next language) into a folder of their own, and the folders are merged (`merge_indexes`): the same
files Pagefind writes indexing the whole site at once, with one entry file listing every language.
Only the content marked `data-pagefind-body` is indexed (the page's own content, not the header,
navigation or footer); pages without it (the finder's filter pages, the shortlist, 404) are left out.
The bundle goes to `pagefind/` at the site root; the site's own search box (overrides/assets/search.js)
uses its JS API, so Pagefind's ready-made interfaces, which the site does not load, are removed. Each
language's word index is then split again into chunks of the size Pagefind means
(signpost.search.index_chunks: in Hindi, Pagefind 1.5 left most of the index in one chunk that every
first query downloaded)."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from signpost.search.index_chunks import rechunk

BUNDLE = "pagefind"
PARTS = ".pagefind-languages"  # each language's index before the merge: in the site (one filesystem), never published
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class PagefindError(RuntimeError):
    pass


class PagefindStopped(PagefindError):
    """The index was stopped before it was made: the preview stopped, or a rebuild overtook it."""


STOPPED = "Pagefind was stopped: the preview stopped, or a rebuild overtook the index"


@dataclass(frozen=True)
class PagefindResult:
    pages: int
    languages: tuple[str, ...]
    output: str


def executable() -> Path:
    from pagefind_bin import get_executable  # the binary shipped in the pagefind-bin wheel

    return get_executable()


def language_pages(site: Path, root: str, other_roots: list[str]) -> str | None:
    """The Pagefind glob of one language's pages in `site`: 'ar/**/*.html' for a language built in a
    folder of its own (`root` 'ar/'); for the default language (root ''), every page outside the other
    languages' folders (`other_roots`, e.g. ['ar/', 'fr/']) and outside the search bundle. None when
    there is no page to index."""
    if root:
        return f"{root}**/*.html"
    skipped = {other.strip("/") for other in other_roots} | {BUNDLE}
    entries = []
    for path in sorted(Path(site).iterdir()):
        if path.name in skipped or path.name.startswith("."):
            continue
        if path.is_dir():
            entries.append(f"{path.name}/**/*.html")
        elif path.suffix == ".html":
            entries.append(path.name)
    return "{" + ",".join(entries) + "}" if entries else None


class LanguageIndex:
    """Pagefind indexing the pages `glob` picks out of `site` (one language's: `lang`) into a folder of
    their own (`site`/.pagefind-languages/`lang`), in a process started at once (it waits for any other
    language's Pagefind to end first). `finish()` waits for it, removes the interfaces the site does not
    use, splits the word index again (signpost.search.index_chunks) and returns what was indexed;
    PagefindError if Pagefind failed (its output in the message)."""

    def __init__(self, site: Path, lang: str, glob: str):
        self.output = Path(site) / PARTS / lang
        shutil.rmtree(self.output, ignore_errors=True)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # never fills a pipe meanwhile
        command = [str(executable()), "--site", str(Path(site).resolve()), "--glob", glob, "--output-path",
                   str(self.output.resolve())]
        self._process = subprocess.Popen(_one_at_a_time(command, self.output.parent / ".lock"),
                                         stdout=self._log, stderr=subprocess.STDOUT)

    def finish(self, stop: threading.Event | None = None) -> PagefindResult:
        """`stop`, once set, ends Pagefind and raises PagefindStopped: Pagefind whose pages are removed
        while it reads them (a stopped preview removes its site; a clean rebuild empties it) can wait
        for good, every thread asleep (seen here 30 minutes on)."""
        try:
            returncode = _wait(self._process, stop, 600)
        except subprocess.TimeoutExpired:
            self.stop()
            raise PagefindError("Pagefind was stopped after 10 minutes") from None
        if returncode is None:
            self.stop()
            raise PagefindStopped(STOPPED)
        if returncode in (-signal.SIGINT, -signal.SIGTERM):  # (Ctrl-C reaches every process of the terminal's group)
            self.stop()
            raise PagefindStopped("Pagefind was stopped by a signal")
        self._log.seek(0)
        output = self._log.read()
        self._log.close()
        if returncode != 0:
            raise PagefindError(f"Pagefind failed (exit {returncode}):\n{output}")
        for name in UNUSED:
            (self.output / name).unlink(missing_ok=True)
        rechunk(self.output)
        pages = re.search(r"Indexed (\d+) pages", output)
        languages = re.search(r"Discovered \d+ languages?: ([^\n]+)", output)
        return PagefindResult(
            pages=int(pages.group(1)) if pages else 0,
            languages=tuple(sorted(part.strip() for part in languages.group(1).split(","))) if languages else (),
            output=output,
        )

    def stop(self) -> None:
        """Ends Pagefind if it still runs (the build failed)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        if not self._log.closed:
            self._log.close()


def _wait(process: subprocess.Popen, stop: threading.Event | None, seconds: float) -> int | None:
    # Pagefind's exit code, or None once `stop` is set (looked at every 50 ms, Pagefind left running);
    # TimeoutExpired after `seconds`.
    if stop is None:
        return process.wait(timeout=seconds)
    deadline = time.monotonic() + seconds
    while not stop.is_set():
        try:
            return process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            if time.monotonic() > deadline:
                raise
    return None


def _one_at_a_time(command: list[str], lock: Path) -> list[str]:
    # Pagefind holds a language's pages in memory (about 150 MiB at 1,000 services): the languages'
    # indexes, started by two build processes, run one after another, never side by side. flock(1)
    # (util-linux) waits for the lock and runs Pagefind in its own place (--no-fork: stopping it stops
    # Pagefind); where it is missing, they may run together.
    flock = shutil.which("flock")
    return [flock, "--no-fork", str(lock), *command] if flock else command


def merge_indexes(site: Path) -> None:
    """Moves the files of every language's index (`LanguageIndex`) into the site's search bundle and
    writes its entry file listing every language. PagefindError if a language's pages were indexed as
    another language (a page whose `<html lang>` is not the language it was built in)."""
    bundle = Path(site) / BUNDLE
    entry: dict = {}
    for part in sorted((Path(site) / PARTS).glob("*")):
        if not (part / "pagefind-entry.json").exists():  # the lock, or a language with no content to index
            continue
        part_entry = json.loads((part / "pagefind-entry.json").read_text(encoding="utf-8"))
        strangers = sorted(lang for lang in part_entry["languages"] if lang.lower() != part.name.lower())
        if strangers:
            raise PagefindError(f"Pagefind: pages built in {part.name} were indexed as {', '.join(strangers)} "
                                f"(their <html lang>): each language's pages must be marked as that language")
        entry = {**part_entry, "languages": {**entry.get("languages", {}), **part_entry["languages"]}}
        for path in sorted(Path(part).rglob("*")):
            if path.is_file() and path.name != "pagefind-entry.json":
                target = bundle / path.relative_to(part)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
    shutil.rmtree(Path(site) / PARTS, ignore_errors=True)
    if entry:
        bundle.mkdir(parents=True, exist_ok=True)
        # Sorted, as index_chunks writes it: two builds of a site are byte-identical.
        (bundle / "pagefind-entry.json").write_text(json.dumps(entry, sort_keys=True, separators=(",", ":")),
                                                    encoding="utf-8")


def combined(results: list[PagefindResult]) -> PagefindResult:
    """What the languages' indexes indexed, together."""
    return PagefindResult(pages=sum(result.pages for result in results),
                          languages=tuple(sorted({lang for result in results for lang in result.languages})),
                          output="\n".join(result.output for result in results))


def start_index(site: Path, lang: str, roots: dict[str, str]) -> LanguageIndex | None:
    """Starts indexing the built pages of `lang`; `roots` gives every language's folder ('' for the
    default language, 'ar/' ...). None when the language has no page."""
    glob = language_pages(site, roots[lang], [root for root in roots.values() if root])
    return LanguageIndex(site, lang, glob) if glob else None


class SiteIndexes:
    """The languages' indexes of one build, each started as soon as its language's pages are built
    (`start`: Pagefind indexes them in its own process while the build goes on), then finished
    together (`finish`). `roots`: language -> its folder on the site ('' for the default language)."""

    def __init__(self, site: Path, roots: dict[str, str]):
        self.site, self.roots = Path(site), roots
        self.started: dict[str, LanguageIndex | None] = {}

    def start(self, lang: str) -> None:
        if lang not in self.started:
            self.started[lang] = start_index(self.site, lang, self.roots)

    def finish(self) -> list[PagefindResult]:
        """Waits for every index started; what each indexed. PagefindError if one failed."""
        started, self.started = self.started, {}
        try:
            return [index.finish() for index in started.values() if index is not None]
        finally:
            for index in started.values():
                if index is not None:
                    index.stop()

    def stop(self) -> None:
        """Ends every index still being made (the build failed)."""
        for index in self.started.values():
            if index is not None:
                index.stop()
        self.started = {}


def index_site(site: Path, roots: dict[str, str], stop: threading.Event | None = None) -> PagefindResult:
    """Indexes every language of a built site (`roots`: language -> its folder, '' for the default
    language), one after another, into its search bundle. Once `stop` is set, the language being
    indexed is ended, no other is begun, and PagefindStopped is raised: the bundle stays as it was."""
    results = []
    for lang in roots:
        if stop is not None and stop.is_set():
            raise PagefindStopped(STOPPED)
        index = start_index(site, lang, roots)
        if index is not None:
            results.append(index.finish(stop))
    merge_indexes(site)
    return combined(results)
