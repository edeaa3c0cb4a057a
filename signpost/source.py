"""Reads YAML files into plain data, remembering the line of every value.

Scalars are kept as the text the editor wrote (the models convert them), which sidesteps YAML 1.1
surprises: `no` (Norwegian) becoming False, `10:00` becoming 600. A duplicate key is an error: PyYAML
would silently keep the last value and lose a field.

The data is built from the parser's event stream (the C parser), never composed by PyYAML, so that
what content files have no use for is refused before it costs anything: anchors and aliases (a few
hundred bytes of nested aliases expand to gigabytes), nesting deeper than MAX_DEPTH, files larger
than MAX_FILE_BYTES, and the control characters YAML refuses (reported with line and column rather
than as the parser's "position N"). Invisible characters YAML accepts but nobody means (a zero-width
space) are errors too, reported beside the data, which still reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from signpost.errors import ContentError
from signpost.yaml_errors import invisible_characters, refused_characters, syntax_error

NULLS = {"", "~", "null", "Null", "NULL"}
Path_ = tuple  # a field path: ("locations", 0, "postcode")
MAX_DEPTH = 24  # the deepest sample file (a form) nests 6 levels
MAX_FILE_BYTES = 10_000_000  # a bound on memory and time; the field limits (checks/sizes.py) name what is too long


@dataclass
class Document:
    """One YAML file's data, with the line each field path starts on.

    `scalars` maps the path of each text value to (0-based line, 0-based column, style) of where it
    starts, and its length in characters, for checks that locate a match inside a multi-line value."""

    file: str
    data: object
    lines: dict[tuple, int] = field(default_factory=dict)
    scalars: dict[tuple, tuple[int, int, str | None, int]] = field(default_factory=dict)

    def line_of(self, path: tuple) -> int:
        """The line of `path`, or of its nearest recorded parent."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


class _Refused(Exception):
    def __init__(self, error: ContentError):
        self.error = error


_EXPECT_KEY = object()  # a mapping waiting for its next key
_SKIP = object()  # the value after a duplicate or unusable key: read, then dropped


@dataclass
class _Frame:
    data: list | dict
    path: tuple | None  # None: the collection is dropped (a key, or the value of a skipped key)
    key: object = _EXPECT_KEY
    is_key: bool = False
    first_line: dict = field(default_factory=dict)


class _Builder:
    """Plain data from parser events, without recursion (depth is limited, but stays cheap)."""

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[tuple, int] = {}
        self.scalars: dict[tuple, tuple[int, int, str | None, int]] = {}
        self.errors: list[ContentError] = []
        self.stack: list[_Frame] = []
        self.root: object = None
        self.documents = 0

    def build(self, events) -> object:
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    raise _Refused(self._error(event, "", "expected one document in the file, found a second one "
                                                             "(a line '---' starts another); delete the second '---'"))
            elif isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
                raise _Refused(self._error(event, self._dotted_here(), f"found the {'alias' if sign == '*' else 'anchor'} "
                                           f"'{sign}{event.anchor}': content files do not use YAML anchors and aliases "
                                           "(& and *); write the value out in full"))
            elif isinstance(event, yaml.ScalarEvent):
                self._node(event, scalar=True)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self._node(event, scalar=False)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = self.stack.pop()
                if frame.is_key:
                    self.stack[-1].key = _SKIP
                else:
                    self._attach(frame.data)
        return self.root

    def _error(self, event, field_name: str, message: str) -> ContentError:
        return ContentError(self.file, event.start_mark.line + 1, field_name, message, event.start_mark.column + 1)

    def _dotted_here(self) -> str:
        frames = [frame for frame in self.stack if frame.path is not None]
        return dotted(frames[-1].path) if frames else ""

    def _node(self, event, scalar: bool) -> None:
        line = event.start_mark.line + 1
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.data, dict) and parent.key is _EXPECT_KEY:
            if scalar:
                self._key(parent, event.value, line)
            else:
                self.errors.append(ContentError(self.file, line, dotted(parent.path or ()),
                                                "expected a plain key such as 'name:', found a list or mapping as a key"))
                self._push(event, None, is_key=True)
            return
        if parent is None:
            path: tuple | None = ()
        elif parent.path is None:
            path = None
        elif isinstance(parent.data, list):
            path = parent.path + (len(parent.data),)
        else:
            path = None if parent.key is _SKIP else parent.path + (parent.key,)
        if path is not None:
            self.lines.setdefault(path, line)
        if not scalar:
            self._push(event, path)
            return
        if path is not None:
            self.scalars[path] = (event.start_mark.line, event.start_mark.column, event.style, len(event.value))
        plain_null = not event.style and event.value in NULLS
        self._attach(None if plain_null else event.value)

    def _push(self, event, path: tuple | None, is_key: bool = False) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(self._error(event, "", f"nested more than {MAX_DEPTH} levels deep; "
                                       "content files need only a few levels: check the indentation"))
        self.stack.append(_Frame([] if isinstance(event, yaml.SequenceStartEvent) else {}, path, is_key=is_key))

    def _key(self, parent: _Frame, key: str, line: int) -> None:
        if key in parent.first_line:
            if parent.path is not None:
                self.errors.append(ContentError(
                    self.file, line, dotted(parent.path + (key,)),
                    f"duplicate key: '{key}' is already set on line {parent.first_line[key]}; "
                    "expected each key once (YAML would silently keep only the last)"))
            parent.key = _SKIP
            return
        parent.first_line[key] = line
        parent.key = key
        if parent.path is not None:
            self.lines[parent.path + (key,)] = line

    def _attach(self, value: object) -> None:
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent.data, list):
            parent.data.append(value)
            return
        if parent.key is not _SKIP:
            parent.data[parent.key] = value
        parent.key = _EXPECT_KEY


def read_document(path: Path, display: str) -> tuple[Document | None, list[ContentError]]:
    """The file's data and its errors: (Document, []) when it reads, (None, [error]) when it cannot be
    read at all; duplicate and unusable keys are errors beside a Document that lacks them."""
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        return None, [ContentError(display, 1, "", f"the file is {len(raw):,} bytes; the limit for a content file "
                                                    f"is {MAX_FILE_BYTES:,} bytes: expected a few kilobytes of text")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, [ContentError(display, line, "", (
            f"expected UTF-8 text, found bytes of another encoding ({error.reason}, byte {raw[error.start]:#04x}): "
            "the file was saved as Latin-1 or Windows-1252, as some editors and Excel do. Save it again as "
            "UTF-8 (VS Code: \"Save with Encoding\", UTF-8; Notepad: Save As, Encoding UTF-8)"))]
    return parse_text(text, display)


_parsed: dict[str, tuple[str, int, tuple[Document | None, list[ContentError]]]] | None = None


def keep_parsed(keep: bool = True) -> None:
    """From now on in this process, a file's text is parsed once: parse_text returns what it made of
    the same text last time (a preview loads all the content again after each edit, of which one file
    changed). Each caller gets its own Document, whose data's top level it may change. keep=False
    forgets them and parses every time again."""
    global _parsed
    if not keep:
        _parsed = None
    elif _parsed is None:
        _parsed = {}


def parse_text(text: str, display: str, first_line: int = 1) -> tuple[Document | None, list[ContentError]]:
    """Like read_document, for text already read; `first_line` is the file line the text starts on
    (front matter starts on line 2 of a Markdown page)."""
    if _parsed is None:
        return _parse(text, display, first_line)
    kept = _parsed.get(display)
    if kept is None or kept[0] != text or kept[1] != first_line:
        kept = _parsed[display] = (text, first_line, _parse(text, display, first_line))
    document, errors = kept[2]
    if document is not None:
        data = dict(document.data) if isinstance(document.data, dict) else document.data
        document = Document(document.file, data, document.lines, document.scalars)
    return document, list(errors)


def _parse(text: str, display: str, first_line: int) -> tuple[Document | None, list[ContentError]]:
    refused = refused_characters(text, display, first_line)
    if refused:
        return None, refused
    invisible = invisible_characters(text, display, first_line)  # errors, but the text still reads
    builder = _Builder(display)
    try:
        data = builder.build(yaml.parse(text, Loader=yaml.CSafeLoader))
    except _Refused as refusal:
        return None, [_shifted(refusal.error, first_line), *invisible]
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_error(text, display, error, first_line), *invisible]
    except yaml.YAMLError as error:  # the reader's own errors carry no mark
        return None, [ContentError(display, first_line, "", f"YAML syntax error: {error}"), *invisible]
    errors = invisible + [_shifted(error, first_line) for error in builder.errors]
    if data is None:
        return Document(display, {}, {(): first_line}), errors
    shift = first_line - 1
    lines = {key: line + shift for key, line in builder.lines.items()}
    scalars = {key: (line + shift, *rest) for key, (line, *rest) in builder.scalars.items()}
    return Document(display, data, lines, scalars), errors


def _syntax_error(text: str, display: str, error: yaml.MarkedYAMLError, first_line: int) -> ContentError:
    # Text that starts on a later line of its file (a page's front matter) is read again as that file's
    # lines, so that the lines the message names ("YAML gives up on line 4") are the file's too.
    if first_line > 1:
        padded = "\n" * (first_line - 1) + text
        try:
            for _ in yaml.parse(padded, Loader=yaml.CSafeLoader):
                pass
        except yaml.MarkedYAMLError as again:
            return syntax_error(padded, display, again)
    return _shifted(syntax_error(text, display, error), first_line)


def _shifted(error: ContentError, first_line: int) -> ContentError:
    if first_line == 1:
        return error
    return ContentError(error.file, error.line + first_line - 1, error.field, error.message, error.column)


def dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
