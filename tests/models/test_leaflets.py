"""The leaflet models: what a leaflet definition and a team PDF's description may hold."""
import pydantic
import pytest

from signpost.models.base import translatable_fields
from signpost.models.leaflets import PATHWAY_PARTS, Leaflet, LeafletFile

BASE = {"title": "Guide", "audience": "resident", "intro": "Hello.", "pathways": ["self-referral"], "reviewed": "2026-01-15"}


def test_a_leaflet_takes_every_part_of_its_pathways_unless_told_otherwise():
    leaflet = Leaflet.model_validate(BASE)
    assert leaflet.pathway_parts == list(PATHWAY_PARTS) and leaflet.sections == []
    assert translatable_fields(Leaflet) == ["title", "intro"]


@pytest.mark.parametrize("field, value", [("pathways", []), ("pathways", ["a", "a"]), ("sections", ["needs", "needs"]),
                                          ("audience", "everyone"), ("reviewed", "soon")])
def test_a_leaflet_rejects(field, value):
    with pytest.raises(pydantic.ValidationError):
        Leaflet.model_validate({**BASE, field: value})


def test_a_team_pdf_needs_a_title_and_a_language():
    assert LeafletFile.model_validate({"title": "Timetable", "language": "so"}).audience is None
    with pytest.raises(pydantic.ValidationError):
        LeafletFile.model_validate({"title": "Timetable"})
