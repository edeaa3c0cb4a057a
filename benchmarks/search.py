"""Search and finder weight: what a reader's browser downloads, on synthetic services.

    python benchmarks/search.py [N]      (default 1000)

Builds N synthetic services (benchmarks/build.py's synthetic_services, with overlays in every language)
into a temporary copy of the project, serves the site on 127.0.0.1, and for each language opens its
home page in a fresh chromium context (cold cache), types a query into the header's search box and
waits for the first result. Prints, per language: every Pagefind file the browser fetched for that
first query and their bytes (as served, and gzipped as a static host would send the files Pagefind
does not compress itself), the time from typing to the first result, and the finder's data size.
Targets: a first query at most 150 KB on the wire; finder data at most 100 KB gzipped. Figures only.
"""
from __future__ import annotations

import gzip
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from build import run_build, signpost_project  # noqa: E402  (benchmarks/build.py)
from browser.support import CHROMIUM, LAUNCH_ARGS, serve  # noqa: E402

QUERIES = {"en": "synthetic", "ar": "خدمة", "fr": "essai", "hi": "सेवा", "es": "prueba"}
PRECOMPRESSED = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter")  # Pagefind gzips these itself


def wire_bytes(path: Path) -> int:
    data = path.read_bytes()
    return len(data) if path.name.endswith(PRECOMPRESSED) else len(gzip.compress(data, 6))


def first_query(browser, url: str, site: Path, lang: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url) if "/pagefind/" in request.url else None)
    page.goto(url + ("" if lang == "en" else f"{lang}/"))
    page.wait_for_load_state("load")
    started = time.perf_counter()
    page.fill("[data-sp-search-input]", QUERIES[lang])
    while not page.evaluate("() => document.querySelector('[data-sp-search-list] a') !== null"):
        if time.perf_counter() - started > 30:
            raise SystemExit(f"{lang}: no result after 30 s")
        page.wait_for_timeout(5)
    seconds = time.perf_counter() - started
    results = page.eval_on_selector_all("[data-sp-search-list] a", "links => links.map(a => new URL(a.href).pathname)")
    context.close()
    files = sorted({u[len(url):].split("?")[0] for u in fetched})
    paths = [site / name for name in files]
    return {
        "files": files,
        "raw": sum(p.stat().st_size for p in paths),
        "wire": sum(wire_bytes(p) for p in paths),
        "seconds": seconds,
        "mixed": [r for r in results if lang != "en" and not r.startswith(f"/{lang}/")],
    }


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        project = signpost_project(Path(temp), count)
        build_seconds, memory, cpu, _ = run_build(project)
        site = project / "site"
        pages = sum(1 for _ in site.rglob("index.html"))
        print(f"services: {count} synthetic + the sample's, 5 languages; build {build_seconds:.1f} s ({cpu:.1f} s CPU), "
              f"{pages} page-languages, peak {memory} MiB")
        bundle = site / "pagefind"
        print(f"pagefind bundle: {sum(p.stat().st_size for p in bundle.rglob('*') if p.is_file()) / 1024:.0f} KB "
              f"in {sum(1 for p in bundle.rglob('*') if p.is_file())} files (all languages)")
        with serve(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
            print(f"{'lang':4} {'query':>10} {'files':>5} {'served KB':>9} {'wire KB':>8} {'first result':>12}"
                  f" {'finder KB':>9} {'gzip KB':>8}")
            for lang in QUERIES:
                measured = first_query(browser, url, site, lang)
                finder = site / ("" if lang == "en" else lang) / "services" / "finder-data.json"
                data = finder.read_bytes()
                print(f"{lang:4} {QUERIES[lang]:>10} {len(measured['files']):5d} {measured['raw'] / 1024:9.1f} "
                      f"{measured['wire'] / 1024:8.1f} {measured['seconds'] * 1000:9.0f} ms "
                      f"{len(data) / 1024:9.1f} {len(gzip.compress(data, 6)) / 1024:8.1f}"
                      + (f"  MIXED LANGUAGES: {measured['mixed']}" if measured["mixed"] else ""))
                for name in measured["files"]:
                    print(f"       {name} {(site / name).stat().st_size / 1024:.1f} KB served, "
                          f"{wire_bytes(site / name) / 1024:.1f} KB on the wire")
            browser.close()
    print("targets: first query at most 150 KB on the wire; finder data at most 100 KB gzipped")


if __name__ == "__main__":
    main()
