"""PDFs are written under docs/generated/ only when their bytes change, so `mkdocs serve` does not loop."""
from __future__ import annotations

from signpost.leaflets.writer import write_leaflets
from signpost.load import load_portal

from conftest import write


def test_pdfs_are_written_once_then_left_alone_and_stale_ones_removed(content, tmp_path):
    write(content / "leaflets/guide.yml", "title: Guide\naudience: resident\nintro: Hello.\npathways: [self-referral]\n"
          "pathway_parts: [summary]\nreviewed: 2026-01-15\n")
    (content / "leaflets/files").mkdir()
    (content / "leaflets/files/walks.pdf").write_bytes(b"%PDF-1.7\nteam\n")
    write(content / "leaflets/files/walks.yml", "title: Walks\nlanguage: en\n")
    portal = load_portal(content)
    generated = tmp_path / "docs/generated"
    stale = generated / "leaflets/files/old-leaflet-en.pdf"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"%PDF-old")

    assert write_leaflets(portal, generated) == 5 + 1 + 1  # five languages, the team's PDF, the stale one removed
    files = generated / "leaflets/files"
    assert sorted(path.name for path in files.iterdir()) == [
        "guide-ar.pdf", "guide-en.pdf", "guide-es.pdf", "guide-fr.pdf", "guide-hi.pdf", "walks.pdf"]
    assert (files / "walks.pdf").read_bytes() == b"%PDF-1.7\nteam\n"
    times = {path.name: path.stat().st_mtime_ns for path in files.iterdir()}

    assert write_leaflets(load_portal(content), generated) == 0
    assert {path.name: path.stat().st_mtime_ns for path in files.iterdir()} == times
