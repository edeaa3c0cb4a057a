"""Static hosts that read `_headers`, as each documents or implements it, to serve a built site with its
own `_headers` applied so a browser meets the headers a host would send:

- "cloudflare" (Cloudflare Pages' documentation): rules in file order, a path pattern with `*` matching
  any rest of the path, every matching rule's headers applied, a header set twice joined with ", ", and
  `! Name` removing what earlier rules set;
- "netlify" (Netlify's open-source headers parser and its local server): a line without a colon, such as
  `! Name`, is skipped; a header set by several matching rules takes the later rule's value;
- "joined": a host that ignores `! Name` and joins a header set by several rules (the worst reading of
  an undocumented case).

Within one rule, a header given twice is joined on every host."""
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


HOSTS = ("cloudflare", "netlify", "joined")


def headers_for(text: str, path: str, host: str = "cloudflare") -> dict[str, str]:
    """The headers a request for `path` gets from `host`, by lower-cased name."""
    headers: dict[str, str] = {}
    for pattern, lines in parse(text):
        if not re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), path):
            continue
        rule: dict[str, str] = {}
        for line in lines:
            if line.startswith("!"):
                if host == "cloudflare":
                    headers.pop(line[1:].strip().lower(), None)
                continue
            name, value = (part.strip() for part in line.split(":", 1))
            key = name.lower()
            rule[key] = f"{rule[key]}, {value}" if key in rule else value
        for key, value in rule.items():
            headers[key] = f"{headers[key]}, {value}" if key in headers and host != "netlify" else value
    return headers


class _HeadersHandler(_SiteHandler):
    headers_text = ""
    host = "cloudflare"

    def end_headers(self):
        for name, value in headers_for(self.headers_text, self.path.split("?", 1)[0], self.host).items():
            self.send_header(name, value)
        super().end_headers()


@contextmanager
def serve_with_headers(site: Path, host: str = "cloudflare") -> Iterator[str]:
    """Serves a built site on 127.0.0.1 with its `_headers` applied as `host` would; yields its base URL."""
    handler = type("Handler", (_HeadersHandler,), {"headers_text": (site / "_headers").read_text(encoding="utf-8"),
                                                   "host": host})
    with serve(site, handler) as base:
        yield base
