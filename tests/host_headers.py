"""A static host that reads `_headers` as Cloudflare Pages documents it: rules in file order, a path
pattern with `*` matching any rest of the path, every matching rule's headers applied, a header set twice
joined with ", ", and `! Name` removing what earlier rules set. Used to serve a built site with its own
`_headers` applied, so a browser meets the headers a host would send."""
from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from browser.support import _SiteHandler, serve


def parse(text: str) -> list[tuple[str, list[str]]]:
    """[(pattern, [header lines])] in file order."""
    rules: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        else:
            rules[-1][1].append(line.strip())
    return rules


def headers_for(text: str, path: str) -> dict[str, str]:
    """The headers a request for `path` gets, by lower-cased name."""
    headers: dict[str, str] = {}
    for pattern, lines in parse(text):
        if not re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), path):
            continue
        for line in lines:
            if line.startswith("!"):
                headers.pop(line[1:].strip().lower(), None)
            else:
                name, value = (part.strip() for part in line.split(":", 1))
                key = name.lower()
                headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


class _HeadersHandler(_SiteHandler):
    headers_text = ""

    def end_headers(self):
        for name, value in headers_for(self.headers_text, self.path.split("?", 1)[0]).items():
            self.send_header(name, value)
        super().end_headers()


@contextmanager
def serve_with_headers(site: Path) -> Iterator[str]:
    """Serves a built site on 127.0.0.1 with its `_headers` applied; yields its base URL."""
    handler = type("Handler", (_HeadersHandler,), {"headers_text": (site / "_headers").read_text(encoding="utf-8")})
    with serve(site, handler) as base:
        yield base
