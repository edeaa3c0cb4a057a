"""A real build twice: the second takes the leaflet PDFs and QR codes from .cache/signpost/, and the
site it makes is the same."""
from __future__ import annotations

import re

from conftest import write
from sites import build, fixture_project


def reuse(output: str, kind: str) -> tuple[int, int]:
    """(reused, made) for one kind, from the build log's "Signpost cache: ..." line."""
    found = re.search(rf"{kind} (\d+) reused, (\d+) made", output)
    assert found, output
    return int(found.group(1)), int(found.group(2))


def test_a_second_build_reuses_the_cached_pdfs_and_qr_codes(tmp_path):
    project = fixture_project(tmp_path)
    write(project / "content/leaflets/guide.yml",
          "title: Guide\naudience: resident\nintro: Call 020 7946 0000 for help.\npathways: [self-referral]\n"
          "reviewed: 2026-01-15\n")
    first = build(project)
    assert first.result.returncode == 0, first.output
    assert reuse(first.output, "leaflet-pdf") == (0, 5)
    made_qr = reuse(first.output, "service-qr-svg")[1]
    assert made_qr > 0
    pdfs = {path.name: path.read_bytes() for path in (first.site / "leaflets/files").glob("*.pdf")}
    assert len(pdfs) == 5
    assert list((project / ".cache/signpost/leaflet-pdf").iterdir())

    second = build(project)
    assert second.result.returncode == 0, second.output
    assert reuse(second.output, "leaflet-pdf") == (5, 0)
    assert reuse(second.output, "service-qr-svg") == (made_qr, 0)
    assert {path.name: path.read_bytes() for path in (second.site / "leaflets/files").glob("*.pdf")} == pdfs
