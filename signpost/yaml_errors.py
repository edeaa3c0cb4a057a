"""YAML's refusals said as an editor needs them: where the mistake is, and how to fix it.

The parser reports where it gave up, in its own words ("mapping values are not allowed here",
"<unicode string>, position 8"); these name the line and column of the mistake itself.
"""
from __future__ import annotations

import re
import unicodedata

import yaml

from signpost.errors import ContentError

# What YAML 1.1 accepts (PyYAML's Reader.NON_PRINTABLE): tab, line breaks, printable text.
_REFUSED = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
_KEY_LINE = re.compile(r"^[ \t]*(- )?[\w-]+:( |$)")  # a line of `key: value` swallowed by an unclosed quote


def refused_characters(text: str, display: str, first_line: int = 1) -> list[ContentError]:
    """An error for the first character YAML refuses on each line, with its line and column."""
    errors: list[ContentError] = []
    seen_lines: set[int] = set()
    for match in _REFUSED.finditer(text):
        line = text.count("\n", 0, match.start())
        if line in seen_lines:
            continue
        seen_lines.add(line)
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        char = match.group()
        name = f"U+{ord(char):04X}"
        if unicodedata.category(char) == "Cc":
            what = f"an invisible control character {name} (often pasted from a word processor)"
        else:
            what = f"the character {name}, which YAML does not allow"
        errors.append(ContentError(display, line + first_line, "",
                                   f"the text holds {what}; delete it or retype the line", column))
        if len(errors) == 10:
            break
    return errors


def syntax_error(text: str, display: str, error: yaml.MarkedYAMLError) -> ContentError:
    """The parser's error, said where the mistake most likely is: an unclosed quote is reported on
    the line it opened, a tab used for indentation is named, and a colon inside unquoted text gets
    the fix."""
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or "invalid YAML"
    lines = text.split("\n")
    source_line = lines[mark.line] if mark.line < len(lines) else ""
    opened = _unclosed_quote(text, error)
    if opened is not None:
        line, column = opened
        return ContentError(display, line + 1, "",
                            f"YAML syntax error: the quote opened here is not closed on this line, so the text runs on "
                            f"and YAML gives up on line {mark.line + 1} ({problem}); close the quote", column + 1)
    if "\t" in source_line[: len(source_line) - len(source_line.lstrip(" \t"))] or (
            "cannot start any token" in problem and source_line[mark.column: mark.column + 1] == "\t"):
        return ContentError(display, mark.line + 1, "",
                            "YAML syntax error: a tab is used for indentation; YAML needs spaces: "
                            "replace the tab with spaces", mark.column + 1)
    if "mapping values are not allowed" in problem:
        return ContentError(display, mark.line + 1, "",
                            "YAML syntax error: a colon followed by a space inside unquoted text; put the text in quotes, "
                            "such as summary: \"Free food: every week\"", mark.column + 1)
    return ContentError(display, mark.line + 1, "", f"YAML syntax error: {problem}", mark.column + 1)


def _unclosed_quote(text: str, error: yaml.MarkedYAMLError) -> tuple[int, int] | None:
    """(line, column), 0-based, of a quote that ran on over following `key:` lines, if any."""
    if error.context == "while scanning a quoted scalar" and error.context_mark is not None:
        return error.context_mark.line, error.context_mark.column
    suspect = None
    lines = text.split("\n")
    try:
        for token in yaml.scan(text, Loader=yaml.CSafeLoader):
            if (isinstance(token, yaml.ScalarToken) and token.style in ("'", '"')
                    and any(_KEY_LINE.match(line) for line in lines[token.start_mark.line + 1: token.end_mark.line + 1])):
                suspect = (token.start_mark.line, token.start_mark.column)
    except yaml.YAMLError:
        pass
    return suspect
