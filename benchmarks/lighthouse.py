"""Lighthouse mobile scores of an already built site, served with gzip compression on loopback.

    python benchmarks/lighthouse.py [SITE_DIR] [PAGE ...]

Builds nothing: serves SITE_DIR (default `site/`, made by `mkdocs build`) from 127.0.0.1 with gzip
for text files, as a host would, and runs Lighthouse (mobile form factor, its default throttling) in
/usr/bin/chromium against each PAGE (default: the home page and a service page, in English and
Arabic). Prints the four category scores (performance, accessibility, best practices, SEO, 0-100),
every pass/fail audit that failed, and the load average before and after: scores move with machine load,
so read them with it. Nothing here asserts.

Lighthouse is Node software: the pinned version is installed with npm into .cache/lighthouse/
(gitignored) on first use; LIGHTHOUSE=/path/to/bin/lighthouse uses another install of that version.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VERSION = "12.8.2"
INSTALL = PROJECT / ".cache" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = ["", "services/community-food-bank/", "ar/", "ar/services/community-food-bank/"]
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest")


def lighthouse_binary() -> str:
    """The Lighthouse command, installing the pinned version if there is none."""
    given = os.environ.get("LIGHTHOUSE")
    binary = Path(given) if given else INSTALL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        if given:
            sys.exit(f"LIGHTHOUSE={given}: no such file")
        INSTALL.mkdir(parents=True, exist_ok=True)
        print(f"installing lighthouse@{VERSION} into {INSTALL} ...", flush=True)
        subprocess.run(["npm", "install", "--prefix", str(INSTALL), "--no-audit", "--no-fund",
                        f"lighthouse@{VERSION}"], check=True)
    found = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    if found != VERSION:
        print(f"note: lighthouse {found} at {binary}, figures were pinned against {VERSION}", flush=True)
    return str(binary)


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text ones gzip-compressed when the client accepts it (as any real host does)."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and os.path.isfile(path) and path.endswith(COMPRESSED)):
            return super().send_head()
        data = gzip.compress(Path(path).read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


def serve(root: Path) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


def audit(binary: str, url: str, report: Path) -> dict:
    subprocess.run([binary, url, "--form-factor=mobile", "--output=json", f"--output-path={report}", "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   env=dict(os.environ, CHROME_PATH=CHROMIUM), check=True, timeout=600)
    return json.loads(report.read_text(encoding="utf-8"))


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else PROJECT / "site"
    if not (root / "index.html").is_file():
        sys.exit(f"{root}: no built site here (run .venv/bin/mkdocs build first)")
    binary = lighthouse_binary()
    base = serve(root)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'page':40} perf a11y  bp  seo")
    with tempfile.TemporaryDirectory() as folder:
        for page in argv[1:] or PAGES:
            result = audit(binary, base + page, Path(folder) / "report.json")
            scores = [round((result["categories"][name]["score"] or 0) * 100)
                      for name in ("performance", "accessibility", "best-practices", "seo")]
            print(f"{'/' + page:40} {scores[0]:4} {scores[1]:4} {scores[2]:4} {scores[3]:4}")
            for audit_id, found in sorted(result["audits"].items()):
                if found.get("scoreDisplayMode") == "binary" and found.get("score") == 0:
                    print(f"    failed: {audit_id} {found.get('displayValue') or ''}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main(sys.argv[1:])
