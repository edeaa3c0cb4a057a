"""Under a preview (`mkdocs serve`), a content edit generates again only the page steps that read what it
changed; the pages of the others stay as they were written.

While a step (signpost.pages.STEPS) generates its pages, in every language, the Portal records what the
step reads of it: each of its fields (services, pathways, site...; `areas`, `languages` and
`default_language` are the site's), each interface string by (key, language), and each value worked
out from much of the portal (Portal.worked_out: the team's names). On the next edit, a step is
generated again when one of the fields it read differs between the last portal and the new one, or one
of its strings or worked-out values reads otherwise; or when the step is new. `Portal.memo` holds values
worked out from the whole portal, which would hide what they were made of from a later step that finds
them: it is emptied before each step. The steps whose pages list the leaflet PDFs (signpost.pages.WITH_PDFS) share
the PDFs, worked out once a portal by the first of them to ask: they are generated again together.
A step reads the content only through the Portal it is given (a file under docs/ by
Portal.docs_file_size): what it reads otherwise is not recorded, and an edit to it would not show.
"""
from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from signpost.pages import STEPS, WITH_PDFS
from signpost.pages.writer import PAGES
from signpost.portal import Portal
from signpost.rendering.files import remove_stale

FIELDS = frozenset(field.name for field in dataclasses.fields(Portal))
SITE_FROM = {"areas": "site", "languages": "site", "default_language": "site"}  # worked out from site.yml
_recording = threading.local()


# Fields that hold items by id: a step that looks up some ids depends on those items only.
BY_ID = frozenset(("organisations", "needs", "services", "team", "stories", "pathways", "leaflets", "forms", "news",
                   "notices", "quotes", "partners", "funding", "resources", "ended_services"))


COUNT = object()  # an "id" that stands for how many items a BY_ID field holds


def _item(portal: Portal, name: str, key):
    items = getattr(portal, name)
    return len(items) if key is COUNT else items.get(key)


@dataclasses.dataclass
class Reads:
    """What one step read of a portal: field names (of a BY_ID field, those the step went through whole),
    items of BY_ID fields it looked up by id or counted, as (field, id or COUNT), interface strings as
    (key, language), the sizes of files under docs/ (Portal.docs_file_size) as they were, and the values
    worked out from the portal (Portal.worked_out), by key, with the work that made them."""

    fields: set[str] = dataclasses.field(default_factory=set)
    items: set[tuple[str, str]] = dataclasses.field(default_factory=set)
    strings: set[tuple[str, str]] = dataclasses.field(default_factory=set)
    files: dict[str, int | None] = dataclasses.field(default_factory=dict)  # docs/ files' sizes, as read
    worked_out: dict[str, tuple[Callable, object]] = dataclasses.field(default_factory=dict)  # key -> (work, value)
    views: dict = dataclasses.field(default_factory=dict, repr=False, compare=False)


class _ItemsRead(dict):
    # A copy of a BY_ID field that adds to `reads` each id looked up, or the whole field when gone through.
    def __init__(self, items: dict, name: str, reads: Reads) -> None:
        super().__init__(items)
        self._name, self._reads = name, reads

    def _whole(self) -> None:
        self._reads.fields.add(self._name)

    def __getitem__(self, key):
        self._reads.items.add((self._name, key))
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._reads.items.add((self._name, key))
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._reads.items.add((self._name, key))
        return super().__contains__(key)

    def __iter__(self):
        self._whole()
        return super().__iter__()

    def __len__(self) -> int:  # (how many there are: `count.services`, a section left out when empty)
        self._reads.items.add((self._name, COUNT))
        return super().__len__()

    def keys(self):
        self._whole()
        return super().keys()

    def values(self):
        self._whole()
        return super().values()

    def items(self):
        self._whole()
        return super().items()

    def __eq__(self, other) -> bool:
        self._whole()
        return super().__eq__(other)

    def __repr__(self) -> str:  # (dict's own repr walks the items without the methods above)
        self._whole()
        return super().__repr__()

    __hash__ = None  # type: ignore[assignment]


class _RecordingPortal(Portal):
    # A Portal that adds what is read of it to the Reads of this thread, while there is one.
    def __getattribute__(self, name: str):
        reads = getattr(_recording, "reads", None)
        if reads is None or not (name in FIELDS or name in SITE_FROM):
            return object.__getattribute__(self, name)
        if name in BY_ID:
            view = reads.views.get(name)
            if view is None:
                view = reads.views[name] = _ItemsRead(object.__getattribute__(self, name), name, reads)
            return view
        reads.fields.add(SITE_FROM.get(name, name))
        return object.__getattribute__(self, name)

    def docs_file_size(self, path: str) -> int:
        reads = getattr(_recording, "reads", None)
        if reads is not None:
            reads.files[path] = _size(self, path)
        return Portal.docs_file_size(self, path)

    def worked_out(self, key: str, work):
        reads = getattr(_recording, "reads", None)
        if reads is None:
            return Portal.worked_out(self, key, work)
        _recording.reads = None  # the value is compared, not all it was made from
        try:
            value = Portal.worked_out(self, key, work)
        finally:
            _recording.reads = reads
        reads.worked_out[key] = (work, value)
        return value

    def string(self, key: str, lang: str):
        reads = getattr(_recording, "reads", None)
        if reads is None:
            return Portal.string(self, key, lang)
        reads.strings.add((key, lang))
        _recording.reads = None  # the string is compared as it reads, not the whole strings field
        try:
            return Portal.string(self, key, lang)
        finally:
            _recording.reads = reads


def _size(portal: Portal, path: str) -> int | None:
    try:
        return Portal.docs_file_size(portal, path)
    except OSError:
        return None


def _string(portal: Portal, key: str, lang: str):
    try:
        return Portal.string(portal, key, lang)
    except KeyError:
        return None


@dataclasses.dataclass
class _Step:
    reads: Reads
    names: list[str]  # the page files it wrote, relative to the folder


class Regeneration:
    """What the last generation read and wrote, step by step, for the next to compare with."""

    def __init__(self) -> None:
        self._portal: Portal | None = None
        self._steps: dict[Callable, _Step] = {}
        self._folder: Path | None = None
        self._written: dict[str, int] = {}  # page file -> hash of the bytes written there
        self._removed_once = False
        self.removed: list[str] = []  # the page files the last write removed (no step makes them any more)

    def forget(self) -> None:
        """Everything is generated next time (a derived file changed, such as a PDF's size)."""
        self._portal = None
        self._steps = {}

    def files_stamp(self) -> tuple:
        """The sizes of the files under docs/ the last generation read, as they are now: when it changes,
        the pages must be generated again, though content/ did not change."""
        if self._portal is None:
            return ()
        return tuple(sorted((path, _size(self._portal, path)) for step in self._steps.values() for path in step.reads.files))

    def _write_changed(self, pages: Iterable[tuple[str, bytes]], folder: Path) -> int:
        # Like signpost.rendering.files.write_changed, but a page is compared with what this object last
        # wrote there (its hash), not read back: a preview watches docs/, and each file opened is an event
        # its watcher handles, holding the GIL the generation needs.
        if folder != self._folder:
            self._folder, self._written, self._removed_once = folder, {}, False
        changed, folders = 0, set()
        for name, data in pages:
            digest = hash(data)
            last = self._written.get(name)
            if last == digest:
                continue
            target = folder / name
            if last is None and target.is_file() and target.read_bytes() == data:  # (written by an earlier process)
                self._written[name] = digest
                continue
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            target.write_bytes(data)
            self._written[name] = digest
            changed += 1
        return changed

    def _remove_stale(self, folder: Path, names: list[str]) -> int:
        if not self._removed_once:  # files an earlier process left, which this one never wrote
            self._removed_once = True
            removed = remove_stale(folder, PAGES, names)
        else:
            removed = 0
            for name in set(self._written) - set(names):
                (folder / name).unlink(missing_ok=True)
                removed += 1
        self.removed = sorted(set(self._written) - set(names))
        for name in self.removed:
            del self._written[name]
        return removed

    def out_of_date(self, portal: Portal, steps: Sequence[Callable] = STEPS) -> list[Callable]:
        """The `steps` that must generate `portal`'s pages again, in their order."""
        last = self._portal
        if last is None or last.root != portal.root:
            return list(steps)
        fields: dict[str, bool] = {}

        def changed(step: _Step) -> bool:
            for name in step.reads.fields:
                if name not in fields:
                    fields[name] = getattr(last, name) != getattr(portal, name)
                if fields[name]:
                    return True
            return any(_item(last, name, key) != _item(portal, name, key) for name, key in step.reads.items) or \
                any(_string(last, key, lang) != _string(portal, key, lang) for key, lang in step.reads.strings) or \
                any(_size(portal, path) != size for path, size in step.reads.files.items()) or \
                any(Portal.worked_out(portal, key, work) != value for key, (work, value) in step.reads.worked_out.items())
        stale = {step for step in steps if step not in self._steps or changed(self._steps[step])}
        if stale & set(WITH_PDFS):
            stale |= set(WITH_PDFS)
        return [step for step in steps if step in stale]

    def write(self, portal: Portal, folder: Path, steps: Sequence[Callable] = STEPS,
              before_pdfs: Callable[[], None] = lambda: None) -> tuple[int, int, bool]:
        """Generates the out-of-date steps' pages of `portal` into `folder` (only files whose bytes
        change are written; page files no step makes any more are removed), calling `before_pdfs` first
        when the steps that list the leaflet PDFs are among them. Returns (pages there are, files
        changed, whether the PDF steps ran). ContentErrors as the steps raise them; what was recorded
        stays as it was then."""
        again = self.out_of_date(portal, steps)
        recorded: dict[Callable, _Step] = {}
        with_pdfs = bool(set(again) & set(WITH_PDFS))
        pdf_reads = Reads()

        def generated() -> Iterator[tuple[str, bytes]]:
            for step in again:
                portal.__dict__.pop("memo", None)
                reads = _recording.reads = Reads()
                names: list[str] = []
                for lang in portal.languages:
                    for page in step(portal, lang):
                        names.append(page.path)
                        yield page.path, page.text.encode("utf-8")
                if step in WITH_PDFS:
                    reads.fields |= pdf_reads.fields
                    reads.items |= pdf_reads.items
                    reads.strings |= pdf_reads.strings
                    reads.files.update(pdf_reads.files)
                    reads.worked_out.update(pdf_reads.worked_out)
                reads.views.clear()
                recorded[step] = _Step(reads, names)
        pages = generated()
        portal.__class__ = _RecordingPortal
        try:
            if with_pdfs:
                _recording.reads = pdf_reads  # (the PDFs' inputs, worked out now, are the PDF steps')
                before_pdfs()
            changed = self._write_changed(pages, folder)  # (one page at a time: none is kept)
        finally:
            pages.close()
            _recording.reads = None
            portal.__class__ = Portal
        self._steps = {step: recorded.get(step) or self._steps[step] for step in steps}
        self._portal = portal
        names = [name for step in self._steps.values() for name in step.names]
        return len(names), changed + self._remove_stale(folder, names), with_pdfs
