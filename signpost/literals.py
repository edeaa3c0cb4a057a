"""Regular expressions that find any of many literal strings (team names, place names) quickly.

Python's `re` tries each alternative of `a|b|c` at every position of the text: with seventy names,
a page of ten thousand characters costs hundreds of thousands of attempts. The same names as a trie
(`R(?:iverside (?:Park|Advice))`) are tried one character at a time, and a pattern that starts with
a set of literal first characters lets `re` skip to the positions where one of them occurs.
"""
from __future__ import annotations

import re
from typing import Iterable


def any_of(forms: Iterable[str], after_first: str = "") -> str:
    """Pattern source matching any of `forms` (non-empty strings): at each position the longest form
    that lets the rest of the pattern match, as `longest|shorter` alternatives would. `after_first` is
    put after each form's first character: a lookbehind there (such as `(?<![\\w&#].)`, with re.DOTALL,
    for "not after a letter") keeps the pattern starting with literal characters, which `re` scans
    for quickly. ValueError if `forms` is empty or holds an empty string."""
    trie: dict = {}
    for form in forms:
        if not form:
            raise ValueError("any_of: an empty form matches everywhere")
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}  # a form ends here
    if not trie:
        raise ValueError("any_of: no forms to match")
    return _branches(trie, after_first)


def _branches(node: dict, after_first: str = "") -> str:
    # `after_first` only at the top: after the first character of every form.
    branches = [re.escape(character) + after_first + _branches(child)
                for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # (greedy: the longer form is tried first)
