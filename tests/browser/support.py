"""What the browser tests share: a local HTTP server for a built site, chromium's settings, a CSP watch,
and a tour that loads pages once and records what happened."""
from __future__ import annotations

import functools
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import site_pages

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags chromium calls Google hosts on its own.
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LANGUAGES = ("en", "ar", "fr", "hi", "es")
NEUTRAL_SITE = "https://www.bbc.co.uk/weather"
QUICK_EXIT = "[data-sp-quick-exit]"


def language_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def pages_in(pages: list[str], lang: str) -> list[str]:
    """The pages of one language, from site-relative URLs such as 'ar/services/'."""
    return [url for url in pages if site_pages.page_type(url)[1] == lang]


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves a built site as a static host would: files as they are, the site's 404.html when missing."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the browser closing a connection early is not the test's business


@contextmanager
def serve(directory: Path, handler: type[SimpleHTTPRequestHandler] | None = None, port: int = 0) -> Iterator[str]:
    """Serves `directory` on 127.0.0.1 (`port`, by default a free one) in a thread, as a static host
    (`handler`, by default `_SiteHandler`); yields its base URL, ending in '/'."""
    server = _QuietServer(("127.0.0.1", port), functools.partial(handler or _SiteHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, name=f"serve {directory}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


_CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:` +
    `${event.lineNumber} ${event.sample}`);
});
"""


class CspWatch:
    """Collects the Content Security Policy violations a page reports, by event and on the console."""

    def __init__(self, page):
        self.page = page
        self._console: list[str] = []
        page.add_init_script(_CSP_LISTENER)
        page.on("console", self._on_console)

    def _on_console(self, message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self._console.append(text)

    def violations(self) -> list[str]:
        """Every violation since the last call (the page's own list starts afresh on each document)."""
        # Violation events are queued tasks: let them run before reading the list.
        reported = self.page.evaluate(
            "() => new Promise(done => setTimeout(() => done(window.__cspViolations || []), 50))")
        found, self._console = reported + self._console, []
        return found


def wait_until(page, predicate: str, arg=None, timeout: float = 3.0) -> None:
    """Polls a JavaScript function until it returns true. (Playwright's wait_for_function evaluates its
    predicate with eval(), which the site's Content Security Policy rightly refuses.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {predicate} ({arg!r}) on {page.url}")
        page.wait_for_timeout(50)


class Settle:
    """Waits until a page has fetched what its scripts fetch after loading: like Playwright's
    "networkidle", with a shorter quiet time (it waits half a second, on every page)."""

    QUIET = 0.1  # seconds with no request in flight and none started

    def __init__(self, page):
        self.page = page
        self.in_flight = 0
        self.started = 0
        page.on("request", self._start)
        page.on("requestfinished", self._end)
        page.on("requestfailed", self._end)

    def _start(self, request) -> None:
        self.in_flight += 1
        self.started += 1

    def _end(self, request) -> None:
        self.in_flight -= 1

    def __call__(self, timeout: float = 10.0) -> None:
        waited = 0.0
        while waited < timeout:
            started = self.started
            self.page.wait_for_timeout(self.QUIET * 1000)  # Playwright delivers the events meanwhile
            waited += self.QUIET
            if self.in_flight <= 0 and self.started == started:
                return
        raise AssertionError(f"{self.page.url} still loading after {timeout} s")


@dataclass
class Visit:
    """What happened when a page was loaded."""

    url: str
    status: int | None = None
    requests: list[str] = field(default_factory=list)  # every address asked for, the page's own included
    cookies: list[dict] = field(default_factory=list)
    document_cookie: str = ""
    storage: list[str] = field(default_factory=list)  # keys in localStorage and sessionStorage
    csp_violations: list[str] = field(default_factory=list)


def tour(browser, site_url: str, urls: list[str]) -> dict[str, Visit]:
    """Loads each page once, one after another in a context of its own, and records what happened."""
    context = browser.new_context()
    try:
        visits: dict[str, Visit] = {}
        current: list[Visit] = []
        context.on("request", lambda request: current[-1].requests.append(request.url) if current else None)
        page = context.new_page()
        watch = CspWatch(page)
        settle = Settle(page)
        for url in urls:
            visit = Visit(url)
            current.append(visit)
            response = page.goto(site_url + url)
            settle()
            visit.status = response.status if response else None
            visit.cookies = context.cookies()
            visit.document_cookie = page.evaluate("document.cookie")
            visit.storage = page.evaluate("[...Object.keys(localStorage), ...Object.keys(sessionStorage)]")
            visit.csp_violations = watch.violations()
            visits[url] = visit
        return visits
    finally:
        context.close()
