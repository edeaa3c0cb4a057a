"""Left-to-right runs isolated inside right-to-left text, found by their Unicode bidi classes.

Inside Arabic text, the digit groups of "020 7946 0000" show in reverse order, and the punctuation
around an email address, a postcode, a URL or a Latin word jumps to the wrong end, unless the run is
isolated left-to-right. Editors should not have to mark them: a run is found from the characters'
bidi classes (unicodedata.bidirectional): it starts and ends with a strong left-to-right character
(class L: Latin letters) or a European digit (EN), and holds those with the separators and neutrals
between them (spaces, "." "," ":" "/" "@" "-"). A "+" or "£" just before a digit and a "%" just after
one go with it. Brackets stay outside: the bidi algorithm pairs them itself.

`isolate_text` does this to plain text, `isolate_html` to the text of an HTML document or fragment,
leaving alone what is already isolated (an element with `dir="ltr"` or `dir="auto"`, <bdi>, except an
element marked `dir="rtl"` inside one: right-to-left text in an untranslated page, isolated again), what
cannot hold markup (<title>, <option>, <textarea>, <head>) and what is not text (<script>, <style>,
<svg>, <code>).
Both are idempotent: applying them twice changes nothing more.
"""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from markupsafe import Markup

OPEN = '<bdi dir="ltr">'
CLOSE = "</bdi>"
_STRONG = {"L", "EN"}
_INSIDE = _STRONG | {"ES", "ET", "CS", "WS", "ON", "NSM", "BN"}  # may sit between two strong characters
_PREFIX = {"ES", "ET"}  # "+44", "£5": a sign just before a digit
_SUFFIX = {"ET"}  # "50%"
_RTL_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))  # Hebrew, Arabic, Syriac, Thaana, NKo...

# Elements whose text is left alone, with everything inside them.
_SKIP = {"head", "title", "script", "style", "textarea", "option", "svg", "math", "code", "pre", "kbd",
         "samp", "bdi", "bdo", "template"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_TOKEN = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>", re.DOTALL)
_LTR = re.compile(r"""\sdir\s*=\s*["']?(?:ltr|auto)\b""", re.IGNORECASE)  # dir="rtl" isolates nothing
_RTL = re.compile(r"""\sdir\s*=\s*["']?rtl\b""", re.IGNORECASE)
_CHAR = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);|.", re.DOTALL)


def _bidi_class(token: str) -> str:
    char = html.unescape(token)[:1] if token.startswith("&") and len(token) > 1 else token
    if not char:
        return "ON"
    if unicodedata.mirrored(char):
        return "BRACKET"  # "(", "[", "«": outside any run
    if any(start <= ord(char) <= end for start, end in _RTL_BLOCKS):
        return "RTL"  # the Arabic comma (class CS) belongs to the right-to-left text, never to a run
    return unicodedata.bidirectional(char)


def _wrap_runs(tokens: list[str]) -> str:
    classes = [_bidi_class(token) for token in tokens]
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        start = i
        if classes[i] in _PREFIX and i + 1 < n and classes[i + 1] == "EN":
            i += 1
        if classes[i] not in _STRONG:
            out.append(tokens[start])
            i = start + 1
            continue
        end = i + 1  # one past the last strong character of the run
        j = end
        while j < n and classes[j] in _INSIDE:
            j += 1
            if classes[j - 1] in _STRONG:
                end = j
        if end < n and classes[end] in _SUFFIX and classes[end - 1] == "EN":
            end += 1
        out.append(OPEN + "".join(tokens[start:end]) + CLOSE)
        i = end
    return "".join(out)


def isolate_text(text: str) -> Markup:
    """Plain text, escaped, with each left-to-right run wrapped in <bdi dir="ltr">."""
    if isinstance(text, Markup):
        return Markup(isolate_html(str(text)))
    return Markup(_wrap_runs(_CHAR.findall(str(Markup.escape(text)))))


def isolate_html(document: str) -> str:
    """HTML with each left-to-right run of its text wrapped in <bdi dir="ltr">; markup unchanged."""
    out: list[str] = []
    # The open elements that decide whether text is isolated, innermost last: (name, skipped, fixed).
    # `fixed`: cannot hold markup or is not text (<code>, <script>...), so nothing inside is isolated.
    # Once one is open every element is tracked, so each end tag closes its own element.
    stack: list[tuple[str, bool, bool]] = []
    position = 0
    for match in _TOKEN.finditer(document):
        text = document[position:match.start()]
        skipping = bool(stack) and stack[-1][1]
        out.append(text if skipping or not text.strip() else _isolated(text))
        token = match.group(0)
        out.append(token)
        position = match.end()
        tag = _tag(token)
        if not tag or match.group(1):
            continue  # a comment, a doctype, or a whole <script>/<style>/<textarea>/<title>
        closing, name, opening, ltr, rtl = tag
        if closing:
            names = [entry[0] for entry in stack]
            if name in names:  # closes any element left open inside it (<li>, <p> without their end tags)
                del stack[len(names) - 1 - names[::-1].index(name):]
        elif opening:
            if name in _SKIP or (stack and stack[-1][2]):
                stack.append((name, True, True))
            elif ltr:
                stack.append((name, True, False))
            elif rtl:
                stack.append((name, False, False))
            elif stack:
                stack.append((name, stack[-1][1], False))
    text = document[position:]
    out.append(text if (stack and stack[-1][1]) or not text.strip() else _isolated(text))
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _tag(token: str) -> tuple[bool, str, bool, bool, bool] | None:
    """(closing, name, opens an element, dir ltr or auto, dir rtl) of a tag, or None for a comment or
    doctype. The same few tags recur on every page: each is read once."""
    tag = _TAG.fullmatch(token)
    if not tag:
        return None
    closing, name, attributes, self_closing = tag.group(1), tag.group(2).lower(), " " + tag.group(3), tag.group(4)
    return (bool(closing), name, not closing and name not in _VOID and not self_closing,
            bool(_LTR.search(attributes)), bool(_RTL.search(attributes)))


@functools.lru_cache(maxsize=65536)
def _isolated(text: str) -> str:
    # The text between two tags: the same menu entries, labels and footer lines recur on every page.
    return _wrap_runs(_CHAR.findall(text))
