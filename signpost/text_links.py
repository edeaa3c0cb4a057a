"""Links made in the text of a finished HTML page (phone numbers, email addresses), where the text may
hold a link: not inside <a>, <button>, <label>, <select>, <textarea>, <title>, <script>, <style>,
<code>, <pre>, <svg>, <head>, comments, or attributes."""
from __future__ import annotations

import re
from typing import Callable

# Elements whose text cannot hold a link, or already is one; and comments.
_SKIP = ("a", "button", "label", "select", "option", "textarea", "title", "script", "style", "code", "pre",
         "kbd", "samp", "svg", "math", "head", "template")
_SKIP_TAG = re.compile(r"<!--|-->|<(/?)(" + "|".join(_SKIP) + r")(?=[\s>/])", re.IGNORECASE)


def link_in_text(document: str, candidate: re.Pattern | tuple[re.Pattern, ...], link_text: Callable[[str], str]) -> str:
    """`document` with `link_text` applied to each stretch of text (between two tags) that holds a match
    of `candidate` (or of any of several: each scanned for alone, faster than one `a|b`) and may hold a
    link; markup unchanged.

    Fast on whole pages: only the stretches of text around a possible match are looked at, and
    whether that text may hold a link comes from the skipped elements open there (found with one
    scan for their tags), not from walking every tag of the page."""
    patterns = candidate if isinstance(candidate, tuple) else (candidate,)
    candidates = [match.start() for match in patterns[0].finditer(document)]
    for pattern in patterns[1:]:
        candidates += [match.start() for match in pattern.finditer(document)]
    if len(patterns) > 1:
        candidates.sort()
    if not candidates:
        return document
    events = [(match.start(), match.group(0), match.group(1), (match.group(2) or "").lower())
              for match in _SKIP_TAG.finditer(document)]
    out: list[str] = []
    position = 0  # copied up to here
    open_tags: list[str] = []
    in_comment = False
    event = 0
    for at in candidates:
        if at < position:
            continue  # inside text already linked
        while event < len(events) and events[event][0] < at:
            _, token, closing, name = events[event]
            event += 1
            if token == "<!--":
                in_comment = True
            elif token == "-->":
                in_comment = False
            elif in_comment:
                continue
            elif closing:
                if name in open_tags:
                    del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name):]
            elif document[document.find(">", events[event - 1][0]) - 1] != "/":  # not <svg ... />
                open_tags.append(name)
        if open_tags or in_comment or document.rfind("<", 0, at) > document.rfind(">", 0, at):
            continue  # in an element that cannot hold a link, or inside a tag
        text_start = document.rfind(">", 0, at) + 1
        text_end = document.find("<", at)
        text_end = len(document) if text_end < 0 else text_end
        start = max(text_start, position)
        out += [document[position:start], link_text(document[start:text_end])]
        position = text_end
    return "".join(out) + document[position:]
