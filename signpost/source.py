"""Reads YAML files into plain data, remembering the line of every value.

Scalars are kept as the text the editor wrote (the models convert them), which sidesteps YAML 1.1
surprises: `no` (Norwegian) becoming False, `10:00` becoming 600. A duplicate key is an error: PyYAML
would silently keep the last value and lose a field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from signpost.errors import ContentError

NULLS = {"", "~", "null", "Null", "NULL"}
Path_ = tuple  # a field path: ("locations", 0, "postcode")


@dataclass
class Document:
    """One YAML file's data, with the line each field path starts on."""

    file: str
    data: object
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, path: tuple) -> int:
        """The line of `path`, or of its nearest recorded parent."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


class _Builder:
    def __init__(self, file: str):
        self.file = file
        self.lines: dict[tuple, int] = {}
        self.errors: list[ContentError] = []

    def build(self, node: yaml.Node, path: tuple) -> object:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        if not node.style and node.value in NULLS:  # plain (unquoted) null
            return None
        return node.value

    def _mapping(self, node: yaml.MappingNode, path: tuple) -> dict:
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.errors.append(
                    ContentError(self.file, key_node.start_mark.line + 1, dotted(path),
                                 "expected a plain key such as 'name:', found a list or mapping as a key")
                )
                continue
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in result:
                self.errors.append(
                    ContentError(self.file, line, dotted(path + (key,)),
                                 f"duplicate key: '{key}' is already set on line {first_line[key]}; "
                                 "expected each key once (YAML would silently keep only the last)")
                )
                continue
            first_line[key] = line
            self.lines[path + (key,)] = line
            result[key] = self.build(value_node, path + (key,))
        return result


def read_document(path: Path, display: str) -> tuple[Document | None, list[ContentError]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [ContentError(display, 1, "", f"expected UTF-8 text, found undecodable bytes ({error.reason})")]
    try:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        return None, [ContentError(display, mark.line + 1, "", f"YAML syntax error: {problem}", mark.column + 1)]
    if node is None:
        return Document(display, {}, {(): 1}), []
    builder = _Builder(display)
    data = builder.build(node, ())
    return Document(display, data, builder.lines), builder.errors


def dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
