"""Fixtures of the leaflet tests: the sample portal's leaflets, built once for the module that asks."""
from __future__ import annotations

import pytest

from sites import PROJECT


@pytest.fixture(scope="module")
def sample_portal():
    from signpost.load import load_portal

    return load_portal(PROJECT / "content")


@pytest.fixture(scope="module")
def sample_pdfs(sample_portal) -> dict[tuple[str, str], bytes]:
    """(leaflet id, language) -> PDF bytes, for the sample portal."""
    from signpost.leaflets.build import leaflet_pdfs

    return {(pdf.leaflet_id, pdf.lang): pdf.data for pdf in leaflet_pdfs(sample_portal)}

