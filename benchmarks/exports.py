"""What the exports cost: Open Referral UK files and calendar feeds for the sample, and for N copies of
its services.

    python benchmarks/exports.py [N]

Prints seconds, files and bytes for each export. Figures only: nothing here asserts."""
from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from signpost.exports.calendars import write_calendars  # noqa: E402
from signpost.exports.openreferral import write_openreferral  # noqa: E402
from signpost.load import load_portal  # noqa: E402


def measure(portal, label: str) -> None:
    with tempfile.TemporaryDirectory() as site:
        for name, write in (("Open Referral UK", write_openreferral), ("calendars", write_calendars)):
            start = time.perf_counter()
            written = write(portal, Path(site))
            seconds = time.perf_counter() - start
            print(f"{label}: {name}: {seconds:.2f} s, {len(written)} files, {sum(written.values()) / 1024:.0f} KiB")


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    portal = load_portal(PROJECT / "content")
    measure(portal, f"sample ({len(portal.services)} services)")
    if copies:
        services = {f"{key}-{n}": replace(item, id=f"{key}-{n}") for n in range(copies)
                    for key, item in portal.services.items()}
        measure(replace(portal, services=services), f"{len(services)} services")


if __name__ == "__main__":
    main()
