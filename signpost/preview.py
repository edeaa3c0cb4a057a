"""What a preview server (`mkdocs serve`) decides between edits, in plain data: which change asks for a
rebuild, when the content must be loaded and generated again, which built pages an edit made out of
date, what is kept from one rebuild to the next while its inputs stay the same, and the work that runs
after a rebuild in the background (latest request only). The site generator's hooks bind these to its
own objects; nothing here knows them.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Collection, Generic, Hashable, Iterable, TypeVar

from signpost.background import LatestOnly
from signpost.cache import Cache, tree_stamp
from signpost.files import write_whole
from signpost.leaflets.build import PDF_KIND, PdfWorker, PendingPdf
from signpost.leaflets.pages import size_kb
from signpost.session import EVERY_PAGE as EVERY_PAGE_FILES
from signpost.session import every_page_stamp, mark_out_of_date

T = TypeVar("T")


class Kept:
    """Values kept between rebuilds, each made again only when its inputs (plain, comparable data) change.

    A preview rebuild repeats set-up work whose result depends on few inputs (the list of files, the
    theme's folders): `get(name, inputs, make)` returns the value made last time for `name` if `inputs`
    are equal, else calls `make` and keeps its value."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[Hashable, object]] = {}
        self._lock = threading.Lock()
        self.reused = 0
        self.made = 0

    def get(self, name: Hashable, inputs: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            kept = self._kept.get(name)
        if kept is not None and kept[0] == inputs:
            self.reused += 1
            return kept[1]  # type: ignore[return-value]
        value = make()
        with self._lock:
            self._kept[name] = (inputs, value)
        self.made += 1
        return value


class Generated(Generic[T]):
    """The content loaded and its pages generated, made again only when a file under `content` changed
    (its tree stamp), or what `also` returns (other inputs of the pages, such as the sizes of files they
    list). The file watcher and a rebuild may both ask at once: one makes it, the other waits and takes
    the same result."""

    def __init__(self, content: Path, make: Callable[[], T], also: Callable[[], Hashable] = lambda: None) -> None:
        self.content = content
        self._make = make
        self._also = also
        self._lock = threading.Lock()
        self.stamp: int | None = None
        self.value: T | None = None

    def get(self) -> tuple[T, bool]:
        """The generated value, and whether it was made now (False: content unchanged since last time)."""
        with self._lock:
            stamp = hash((tree_stamp(self.content), self._also()))
            if self.stamp == stamp:
                return self.value, False  # type: ignore[return-value]
            value = self._make()  # may raise (a content error): the last good value is kept
            self.stamp, self.value = stamp, value
            return value, True

    def again(self) -> None:
        """The next `get` makes it again, though the content did not change (a derived file did)."""
        with self._lock:
            self.stamp = None


IGNORE, CONTENT, PAGES = "ignore", "content", "pages"


def what_changed(paths: Iterable[Path], docs: Path, content: Path, generated: Path) -> str:
    """What one file-system event asks of the preview: IGNORE (the build's own output under `generated`),
    CONTENT (a file under `content`: load and generate again, then rebuild) or PAGES (a hand-written page
    or other file under `docs`: rebuild)."""
    paths = [Path(path) for path in paths if path]
    if not paths or all(path.is_relative_to(generated) for path in paths):
        return IGNORE
    if any(path.is_relative_to(content) for path in paths):
        return CONTENT
    return PAGES


# What an edit made out of date on the pages a rebuild would not render again on its own.
NOTHING, HAND_WRITTEN, EVERY_PAGE = "nothing", "hand-written", "every page"


class OutOfDate:
    """Which built pages of a language an edit made out of date, beyond those whose own file changed.

    A dirty rebuild renders only the pages whose source file is newer than their output. Hand-written
    pages may show generated facts (so any content change reaches them), and every page shows some
    content (the site's name, notices, the theme, the menu's page titles): when those changed since the
    language's last build, every page is out of date. Interface strings, when given (`strings`,
    resolved_strings), are compared one by one instead: `strings_changed` holds those that changed, for
    StringUse to name the pages that show them."""

    def __init__(self) -> None:
        self._built: dict[str, tuple] = {}
        self._strings: dict[str, dict] = {}
        self.strings_changed: set = set()

    def since_last_build(self, language: str, generated_stamp: Hashable, content: Path, theme: Path | None,
                         languages: Iterable[str] = (), default: str | None = None, strings: dict | None = None,
                         menu: Hashable = None) -> str:
        """NOTHING, HAND_WRITTEN or EVERY_PAGE of `language` (of the site's `languages`, `default` the one
        the others fall back to) since its last build; `menu`: what every page's menu shows, and anything
        else every page shows or is built with (comparable data)."""
        folders = EVERY_PAGE_FILES if strings is None else tuple(f for f in EVERY_PAGE_FILES if f != "strings/")
        stamps = (generated_stamp, every_page_stamp(content, language, languages, default, folders),
                  tree_stamp(theme) if theme else None, menu)
        last, last_strings = self._built.get(language), self._strings.get(language)
        self._built[language] = stamps
        self.strings_changed = set()
        if strings is not None:
            self._strings[language] = strings
            if last_strings is not None:
                self.strings_changed = {key for key in strings.keys() | last_strings.keys()
                                        if strings.get(key) != last_strings.get(key)}
        if last is None or last == stamps:
            return NOTHING
        return EVERY_PAGE if last[1:] != stamps[1:] else HAND_WRITTEN


class HandWritten:
    """What each hand-written page of a language showed of the content when the language was last built
    (its facts filled in...: any comparable value), so that a content edit renders again only the
    hand-written pages that show something it changed, not all of them."""

    def __init__(self) -> None:
        self._shown: dict[str, dict[str, object]] = {}

    def changed(self, language: str, shown: dict[str, object]) -> set[str]:
        """The pages of `shown` (page -> what it shows now) that showed something else at the language's
        last build, or were not there; what they show now is kept for the next build."""
        last = self._shown.get(language, {})
        self._shown[language] = dict(shown)
        return {page for page, now in shown.items() if page not in last or last[page] != now}

    def forget(self) -> None:
        """A build failed: the pages it should have rendered may not be as recorded."""
        self._shown.clear()


def resolved_strings(strings: dict[str, dict[str, str]], languages: Iterable[str], default: str) -> dict:
    """Every interface string as the pages show it, as Portal.string resolves it: (key, language) ->
    (text, the language it is in: the default one's where it is not translated)."""
    base = strings.get(default, {})
    shown = {}
    for lang in languages:
        own = strings.get(lang, {})
        for key in base.keys() | own.keys():
            shown[key, lang] = (own[key], lang) if key in own else (base.get(key), default)
    return shown


class StringUse:
    """Which interface strings the built pages showed from outside their page files (the frame every page
    shares, notices, the marks on untranslated text): recorded while they are built, so that a string
    edit renders again only the pages that show a changed string (the page files that show one are
    written again, and so rendered, on their own).

    `recording(string)` wraps a Portal's `string(key, lang)`; `at(language, page)` says, for the calls
    on this thread from then on, which page of which language is being built (page None: every page of
    the language; language None: none, nothing is recorded). What a page showed is kept until it is
    built again, and added to then: a string it no longer shows can only make it render once more."""

    def __init__(self) -> None:
        self._used: dict[tuple[str, str | None], set] = {}
        self._where = threading.local()
        self._lock = threading.Lock()

    def at(self, language: str | None, page: str | None = None) -> None:
        self._where.now = (language, page) if language else None

    def recording(self, string: Callable) -> Callable:
        if getattr(string, "recorded_by", None) is self:
            return string

        def recorded(key: str, lang: str):
            where = getattr(self._where, "now", None)
            if where is not None:
                with self._lock:
                    self._used.setdefault(where, set()).add((key, lang))
            return string(key, lang)
        recorded.recorded_by = self
        return recorded

    def showing(self, language: str, changed: set) -> tuple[bool, set[str]]:
        """Whether every page of `language` shows one of the `changed` strings ((key, language) pairs),
        and which pages of it do."""
        with self._lock:
            every = bool(self._used.get((language, None), set()) & changed)
            pages = {page for (lang, page), used in self._used.items() if lang == language and page and used & changed}
        return every, pages


def outputs_to_render(change: str, pages: Iterable[tuple[str, str]], generated_prefix: str,
                      also: Collection[str] = ()) -> list[Path]:
    """The built files of `pages` ((source path in docs, built file)) that `change` (OutOfDate) makes out
    of date: none, the hand-written ones, or all; and those of the sources `also` names."""
    return [Path(built) for source, built in pages
            if change == EVERY_PAGE or (change == HAND_WRITTEN and not source.startswith(generated_prefix))
            or source in also]


def render_again(change: str, pages: Iterable[tuple[str, str]], generated_prefix: str, also: Collection[str] = ()) -> int:
    """Marks the outputs `outputs_to_render` names as older than any source; how many."""
    return mark_out_of_date(outputs_to_render(change, pages, generated_prefix, also))


class PdfsLater:
    """Renders the leaflet PDFs a preview rebuild left pending (signpost.leaflets.build.render_changed_later)
    after the pages are served, one at a time in a worker process (WeasyPrint holds the GIL), and puts
    each in the cache and, whole (renamed into place), over the file served until then: a link to it
    always works, old file or new. Then `done(how many, sizes_changed)` is called: sizes_changed when a
    new PDF's size, as the pages list it, differs from the old one's (for a rebuild of those pages).
    Newer requests replace waiting ones."""

    def __init__(self, store: Cache, targets: Callable[[str], list[Path]], done: Callable[[int, bool], None],
                 failed: Callable[[BaseException], None] = lambda error: None,
                 stopping: threading.Event | None = None) -> None:
        self._store = store
        self._targets = targets
        self._done = done
        self._worker: PdfWorker | None = None
        self._runner = LatestOnly(failed, stopping)  # a render a newer rebuild overtook is not reported
        self._writing = threading.Lock()  # held while a PDF is written: `close` waits for it
        self.idle = self._runner.idle
        self.rendered = 0

    def request(self, pending: list[PendingPdf]) -> None:
        if pending:
            pending = list(pending)
            self._runner.submit(lambda overtaken: self._render(pending))  # (only a stop overtakes a render)

    def _render(self, pending: list[PendingPdf]) -> None:
        if self._worker is None or self._worker.exit_status is not None:  # (a worker that died is replaced)
            self._worker = PdfWorker()
        sizes_changed = False
        for pdf in pending:
            [data] = self._worker.render([(pdf.document, pdf.lang)], 1)()
            with self._writing:
                if self._runner.stopping.is_set():  # (the preview stops: its site is removed)
                    return
                self._store.put(PDF_KIND, pdf.inputs, data)
                for target in self._targets(pdf.name):
                    write_whole(target, data)
            self.rendered += 1
            sizes_changed |= size_kb(len(data)) != size_kb(pdf.shown_size)
        self._done(len(pending), sizes_changed)

    def close(self) -> None:
        """The preview stops: a PDF being rendered is not written, nor any after it."""
        self._runner.stop(0)
        with self._writing:  # (one being written is finished first)
            pass
        if self._worker is not None:
            self._worker.stop()


class Settled:
    """Calls `act(changes)` once file events have stopped for `quiet` seconds, with the set of changes
    (what_changed) seen meanwhile: a save is often several events (truncate, write, close; or write a
    copy and rename it), and acting on the first could read a half-written file."""

    def __init__(self, act: Callable[[set[str]], None], quiet: float = 0.1) -> None:
        self._act = act
        self._quiet = quiet
        self._lock = threading.Lock()
        self._changes: set[str] = set()
        self._timer: threading.Timer | None = None
        self._acting = threading.Lock()  # one act at a time, in the order the saves came

    def event(self, change: str) -> None:
        if change == IGNORE:
            return
        with self._lock:
            self._changes.add(change)
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self._quiet, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._acting:
            with self._lock:
                changes, self._changes = self._changes, set()
            if changes:
                self._act(changes)

    def stop(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()


WRITES = ("created", "modified", "moved", "deleted", "closed")  # file events of a write ("closed" after one)


class EditWatch:
    """Watches `docs` and `content` with the system's file events (inotify where there is one: an edit is
    seen at once, and nothing is walked on a timer) and asks for one rebuild (`rebuild`) per save.

    The build's own output under `generated` and reads (the build opening files) are not edits. Once a
    save's events settle, a content edit is loaded and generated first (`regenerate`, which says whether
    it made anything new; an error it raises is passed to `failed`, and no rebuild is asked for: the site
    stays as it was); a hand-written page's edit asks for a rebuild at once."""

    def __init__(self, docs: Path, content: Path, generated: Path, regenerate: Callable[[], bool],
                 rebuild: Callable[[], None], errors: type[Exception], failed: Callable[[Exception], None]) -> None:
        from watchdog import events
        from watchdog.observers import Observer

        self._regenerate, self._rebuild, self._errors, self._failed = regenerate, rebuild, errors, failed
        self._settled = Settled(self._act)
        handler = events.FileSystemEventHandler()

        def changed(event) -> None:
            if not event.is_directory and event.event_type in WRITES:
                self._settled.event(what_changed((event.src_path, getattr(event, "dest_path", "")), docs, content, generated))
        handler.on_any_event = changed
        self._observer = Observer()
        # Only writes are asked of the system: the build opens and reads hundreds of files in these folders,
        # and each opening would be an event handled here, in Python, holding the lock the build needs.
        writes = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileMovedEvent, events.FileDeletedEvent,
                  events.FileClosedEvent, events.DirCreatedEvent, events.DirMovedEvent, events.DirDeletedEvent]
        for folder in (docs, content):
            self._observer.schedule(handler, str(folder), recursive=True, event_filter=writes)
        self._observer.start()

    def _act(self, changes: set[str]) -> None:
        if CONTENT in changes:
            try:
                made = self._regenerate()
            except self._errors as error:
                self._failed(error)
                return
            if not made and PAGES not in changes:
                return  # the content is as last generated: another event of a save already acted on
        self._rebuild()

    def stop(self) -> None:
        self._settled.stop()
        self._observer.stop()
