"""The models of leaflets: printable summaries built from the same content as the site.

content/leaflets/ID.yml defines a leaflet (its text comes from pathways, site.yml and the team, so a
changed phone number reaches pages and leaflets alike); content/leaflets/files/NAME.yml describes a
PDF a team already has (NAME.pdf beside it), listed with the generated ones.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, field_validator

from signpost.models.base import Date, Id, Model, TText, Text
from signpost.models.content import Audience

# Parts of a pathway a leaflet may take, in the order the leaflet shows them.
PathwayPart = Literal[
    "summary", "who_can_refer", "eligibility", "steps", "include", "clinical_system", "response_time",
    "next_steps", "contact",
]
PATHWAY_PARTS: tuple[str, ...] = PathwayPart.__args__

# Blocks from site.yml and the team, shown after the pathways, in the order the leaflet lists them.
# "stories" prints every story, so each needs consent covering print (signpost.checks.consent).
Section = Literal["needs", "link-workers", "stories", "opening-hours", "address", "emergencies"]
SECTIONS: tuple[str, ...] = Section.__args__


class Leaflet(Model):
    """content/leaflets/ID.yml: one leaflet, for one audience, in every language of the site."""

    title: TText
    audience: Audience
    order: int = 100
    intro: TText
    pathways: list[Id] = Field(min_length=1)
    pathway_parts: list[PathwayPart] = list(PATHWAY_PARTS)
    sections: list[Section] = []
    # The leaflet's own text was last checked on this date; the printed date is the latest of this and
    # the `reviewed:` of the pathways it includes (never the clock, so builds stay reproducible).
    reviewed: Date

    @field_validator("pathways", "pathway_parts", "sections")
    @classmethod
    def _each_once(cls, values: list[str]) -> list[str]:
        repeated = sorted({value for value in values if values.count(value) > 1})
        if repeated:
            raise ValueError(f"expected each entry once, found {', '.join(repeated)} more than once")
        return values


class LeafletFile(Model):
    """content/leaflets/files/NAME.yml: a PDF the team already has (NAME.pdf beside it)."""

    title: Text
    language: Id
    audience: Optional[Audience] = None
