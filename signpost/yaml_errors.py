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


# Characters YAML accepts but nobody means in a content file, each invisible in every editor: pasted with
# text from a word processor or a web page. A byte-order mark at the very start of a file is harmless (YAML
# skips it) and is left alone. Not among them: the zero-width joiner and non-joiner (U+200D, U+200C), which
# shape Arabic, Persian and Hindi words, and the soft hyphen (U+00AD), a hint where a long word may break.
_INVISIBLE = {"\u200b": "a zero-width space", "\ufeff": "a byte-order mark"}
_INVISIBLE_FOUND = re.compile("[" + "".join(_INVISIBLE) + "]")
# Thai, Lao, Tibetan, Myanmar and Khmer write words without spaces: a zero-width space marks where a
# line may break, and is meant there.
_UNSPACED_SCRIPTS = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]")


def invisible_characters(text: str, display: str, first_line: int = 1) -> list[ContentError]:
    """An error for the first invisible character (see _INVISIBLE) on each line, with its line and column."""
    errors: list[ContentError] = []
    seen_lines: set[int] = set()
    for match in _INVISIBLE_FOUND.finditer(text):
        start, char = match.start(), match.group()
        if char == "\ufeff" and start == 0 and first_line == 1:
            continue
        if char == "\u200b" and any(_UNSPACED_SCRIPTS.match(text, at) for at in (start - 1, start + 1) if 0 <= at < len(text)):
            continue
        line = text.count("\n", 0, start)
        if line in seen_lines:
            continue
        seen_lines.add(line)
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        errors.append(ContentError(display, line + first_line, "",
                                   f"the text holds an invisible character U+{ord(char):04X} ({_INVISIBLE[char]}, often "
                                   "pasted from a word processor); delete it or retype the line", column))
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
    unclosed = _UNCLOSED.get(error.context or "")
    if unclosed is not None and error.context_mark is not None and error.context_mark.line < mark.line:
        # A `[` or `{` left open runs on into the next lines, where YAML gives up: said where it opened.
        opened, (what, closer, example) = error.context_mark, unclosed
        return ContentError(display, opened.line + 1, _field_on(lines, opened.line),
                            f"YAML syntax error: the {what} opened here is not closed with '{closer}' on this line, so "
                            f"YAML reads on and gives up on line {mark.line + 1}; close it, such as {example}",
                            opened.column + 1)
    if "\t" in source_line[: len(source_line) - len(source_line.lstrip(" \t"))] or (
            "cannot start any token" in problem and source_line[mark.column: mark.column + 1] == "\t"):
        return ContentError(display, mark.line + 1, "",
                            "YAML syntax error: a tab is used for indentation; YAML needs spaces: "
                            "replace the tab with spaces", mark.column + 1)
    misaligned = _misaligned_line(lines, mark.line)
    if misaligned is not None:
        line, found, message = misaligned
        return ContentError(display, line + 1, _field_on(lines, line), f"YAML syntax error: {message}", found + 1)
    if "block sequence entries are not allowed" in problem:  # `summary: - a`
        field = _field_on(lines, mark.line)
        return ContentError(display, mark.line + 1, field,
                            f"YAML syntax error: a dash ('- ') after the field's colon on the same line; for text that "
                            f"starts with a dash, put it in quotes, such as {field or 'summary'}: \"- first\"; for a list, "
                            f"start each item on a line of its own under {field or 'the field'}:, indented, such as '  - first'",
                            mark.column + 1)
    read_on = False  # a `key:` line read as more of the text before it
    if "mapping values are not allowed" in problem:
        own_key = _KEY_COLON.match(source_line)
        if not (own_key and own_key.end() - 1 == mark.column):  # a colon after the line's own `key:`
            return ContentError(display, mark.line + 1, "",
                                "YAML syntax error: a colon followed by a space inside unquoted text; put the text in "
                                "quotes, such as summary: \"Free food: every week\"", mark.column + 1)
        read_on = True
    if read_on or any(words in problem for words in _MISFIT):
        what = "its field is read as more of the text above it" if read_on else f"YAML: {problem}"
        return ContentError(display, mark.line + 1, "",
                            f"YAML syntax error: this line does not fit the lines before it ({what}); check that its "
                            "indentation lines up with the lines it belongs with", mark.column + 1)
    return ContentError(display, mark.line + 1, "", f"YAML syntax error: {problem}", mark.column + 1)


# The collections written on one line ([a, b] and {a: b}) that YAML names when one is left open.
_UNCLOSED = {"while parsing a flow sequence": ("list", "]", "needs: [food, money]"),
             "while parsing a flow mapping": ("mapping", "}", "contact: {phone: \"020 7946 0000\"}")}
# Parser problems that an indentation out of line with the lines around it causes.
_MISFIT = ("did not find expected key", "did not find expected '-' indicator", "expected <block end>",
           "did not find expected <document start>", "could not find expected ':'")
_KEY_COLON = re.compile(r"^[ ]*(?:- )?[\w-]+:(?= |$)")  # `key:` at the start of a line, up to its colon
_ITEM = re.compile(r"^[ ]*-( |$)")
_MENDING_LIMIT = 1_000_000  # characters; trying indentations re-parses the text up to the mistake, a few dozen times
_LINES_AFTER = 40  # lines parsed after the mistake to tell a mended text from one that fails a line later


def _misaligned_line(lines: list[str], stop: int) -> tuple[int, int, str] | None:
    """(line, its indentation, message), the line 0-based, when re-indenting one line near `stop` (where the
    parser gave up) lets the text parse past it: that line's indentation is the mistake."""
    if sum(map(len, lines[: stop + 1])) > _MENDING_LIMIT or stop >= len(lines):
        return None
    shown = [_indent(line) if _is_field(line) else None for line in lines]
    candidates = [n for n in range(stop, max(-1, stop - 12), -1) if shown[n] is not None][:4]
    nearby = [n for n in range(max(0, stop - 15), min(len(lines), stop + 15)) if shown[n] is not None]
    widths = sorted({width for n in nearby for width in _columns(lines[n])})[:8]
    frequency: dict[int, int] = {}
    for n, width in enumerate(shown):
        if width is not None:
            frequency[width] = frequency.get(width, 0) + 1
    best = None
    for line in candidates:
        found = shown[line]
        for width in widths:
            if width == found:
                continue
            mended = list(lines[: stop + _LINES_AFTER])
            mended[line] = " " * width + lines[line].lstrip(" ")
            failed_at, starts = _parse(mended)
            if failed_at <= stop or not all(_indent(mended[n]) in starts.get(n, ()) for n in range(line, stop + 1)
                                            if shown[n] is not None):
                continue
            rank = (-failed_at, abs(width - found), -frequency.get(width, 0), line)
            if best is None or rank < best[0]:
                best = (rank, line, found, width, mended, starts)
    if best is None:
        return None
    _, line, found, width, mended, starts = best
    return line, found, _misaligned_message(mended, starts, line, found, width)


def _misaligned_message(lines: list[str], starts: dict[int, set[int]], line: int, found: int, width: int) -> str:
    """What is wrong with `line` (indented `found`, parsing once indented `width`), said against the
    nearest lines above and below it that are indented `width` in the same block."""
    item = bool(_ITEM.match(lines[line]))
    siblings = []
    for step in (-1, 1):
        n = line + step
        while 0 <= n < len(lines):
            indent = _indent(lines[n])
            if indent in starts.get(n, ()):  # a line starting a field or an item, not text of a value
                if (indent if item else _key_column(lines[n])) == width and (not item or _ITEM.match(lines[n])):
                    siblings.append(n + 1)
                    break
                if indent < width:  # the block's parent: no sibling this way
                    break
            n += step
    kind = "list items" if item else "fields"
    fix = f"Indent it {_spaces(width)}" if width else "Delete the spaces before it"
    said = f"the indentation does not line up with the lines around it: this line is indented {_spaces(found)}; "
    if siblings:
        where = f"line {siblings[0]}" if len(siblings) == 1 else f"lines {siblings[0]} and {siblings[1]}"
        return (said + f"the {kind} around it are indented {width} ({where}). {fix}, as they are"
                      if width else said + f"the {kind} around it are not indented ({where}). {fix}")
    below = next((n for n in range(line + 1, len(lines)) if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)
    if below is not None and _indent(lines[below]) > width:
        return said + f"the lines below it (from line {below + 1}) fit a {kind[:-1]} indented {width}. {fix}"
    return said + f"expected {width}. {fix}"


def _parse(lines: list[str]) -> tuple[float, dict[int, set[int]]]:
    """The line where parsing `lines` fails (infinity when it does not), and for each line the columns
    where a field (a key) or a list item starts on it."""
    starts: dict[int, set[int]] = {}
    try:
        for token in yaml.scan("\n".join(lines), Loader=yaml.CSafeLoader):
            if isinstance(token, (yaml.KeyToken, yaml.BlockEntryToken)):
                starts.setdefault(token.start_mark.line, set()).add(token.start_mark.column)
        for _ in yaml.parse("\n".join(lines), Loader=yaml.CSafeLoader):
            pass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return (mark.line if mark is not None else 0), starts
    except yaml.YAMLError:
        return 0, starts
    return float("inf"), starts


def _is_field(line: str) -> bool:
    """A line starting a field (`key:`) or a list item (`- `): the lines an indentation mistake is made on."""
    return bool(_KEY_COLON.match(line) or _ITEM.match(line))


def _spaces(count: int) -> str:
    return f"{count} space" if count == 1 else f"{count} spaces"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int | None:
    """The column of the line's `key:`, after `- ` on a list item's first line."""
    if not _KEY_COLON.match(line):
        return None
    return _indent(line) + (2 if _ITEM.match(line) else 0)


def _columns(line: str) -> set[int]:
    """Where what a line holds starts: its indentation, and after `- ` the field of the list item."""
    width = _indent(line)
    return {width, width + 2} if _ITEM.match(line) and _KEY_COLON.match(line) else {width}


def _field_on(lines: list[str], line: int) -> str:
    """The field a line (0-based) starts, such as 'phone' for '  phone: "020 7946 0000"'; '' for none."""
    key = _KEY_COLON.match(lines[line]) if line < len(lines) else None
    return key.group(0).strip(" -:") if key else ""


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
