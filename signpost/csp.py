"""A Content-Security-Policy for every built page, as a <meta> so any static host serves it.

Scripts run only from the site itself, plus the few inline scripts the theme emits, allowed by
their hashes (computed from the page itself, so they stay right when the theme changes)."""
from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_DATA_TYPE = re.compile(r'type="application/(?:ld\+)?json"', re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_SCRIPT_SOURCES = re.compile(r'(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src [^;"]*)')


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for each inline script that a browser would run."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attributes = match.group("attributes")
        if "src=" in attributes or _DATA_TYPE.search(attributes):
            continue
        source = _hash_source(match.group("body"))
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy(html: str, form_actions: tuple[str, ...] = (), connect_sources: tuple[str, ...] = (),
           content: str = "") -> str:
    """`content` is the page's own content: an inline script there is never allowed, only the theme's."""
    untrusted = set(inline_script_hashes(content)) if content else set()
    scripts = " ".join(["'self'", *(h for h in inline_script_hashes(html) if h not in untrusted)])
    forms = " ".join(["'self'", *form_actions])
    connect = " ".join(["'self'", *connect_sources])
    return (
        f"default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; "
        f"font-src 'self'; connect-src {connect}; form-action {forms}; base-uri 'self'; object-src 'none'"
    )


def add_policy(html: str, form_actions: tuple[str, ...] = (), connect_sources: tuple[str, ...] = (),
               content: str = "") -> str:
    """The page with its policy as the first element of <head>, before any script it governs."""
    head = _HEAD.search(html)
    if head is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html, form_actions, connect_sources, content)}">'
    return html[: head.end()] + "\n" + meta + html[head.end():]


def allow_inline_script(html: str, body: str) -> str:
    """`html` whose policy (add_policy's <meta>) also allows the inline script whose text is `body`: the
    live-reload script a preview server adds to each page it serves. A page without a policy is
    returned as it is."""
    source = _hash_source(body)
    return _SCRIPT_SOURCES.sub(lambda match: f"{match.group(1)} {source}", html, count=1)


def _hash_source(body: str) -> str:
    # The CSP source expression that allows an inline script whose text is `body`.
    return f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode('ascii')}'"
