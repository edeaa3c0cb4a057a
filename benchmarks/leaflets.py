"""Leaflet speed: every leaflet of the sample portal in every language, as PDFs (WeasyPrint).

    python benchmarks/leaflets.py [ROUNDS]

Prints the seconds for all leaflets from cold (nothing cached), the time per PDF, their sizes, and
the time when nothing changed (every PDF read from the disk cache, as a second build or `mkdocs serve`
after an unrelated edit does).
Figures only: nothing here asserts.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from signpost.cache import Cache  # noqa: E402
from signpost.leaflets import build  # noqa: E402
from signpost.load import load_portal  # noqa: E402


def main(rounds: int) -> None:
    started = time.perf_counter()
    import weasyprint  # noqa: F401  (imported once per process; counted apart)
    imported = time.perf_counter() - started
    portal = load_portal(PROJECT / "content")
    cold = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(rounds):
            started = time.perf_counter()
            pdfs = build.build_pdfs(portal, Cache(None))
            cold.append(time.perf_counter() - started)
        kept = Cache(Path(folder))
        build.build_pdfs(portal, kept)
        started = time.perf_counter()
        build.build_pdfs(portal, Cache(Path(folder)))
        warm = time.perf_counter() - started
    sizes = [pdf.size for pdf in pdfs]
    print(f"leaflets: {len(portal.leaflets)} x {len(portal.languages)} languages = {len(pdfs)} PDFs")
    print(f"import weasyprint: {imported:.2f} s (once per build)")
    print(f"all leaflets, cold: median {statistics.median(cold):.2f} s over {rounds} rounds "
          f"(min {min(cold):.2f} s), {1000 * statistics.median(cold) / len(pdfs):.0f} ms per PDF")
    print(f"all leaflets, unchanged (from the disk cache): {1000 * warm:.0f} ms")
    print(f"sizes: {min(sizes) // 1024}-{max(sizes) // 1024} KB, {sum(sizes) // 1024} KB in all")
    for lang in portal.languages:
        print(f"  {lang}: " + ", ".join(f"{pdf.leaflet_id} {pdf.size // 1024} KB" for pdf in pdfs if pdf.lang == lang))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
