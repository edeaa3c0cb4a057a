"""content/quotes/ID.yml: a quote or testimonial, attributed by role and organisation."""
from __future__ import annotations

from typing import Optional

from signpost.models.base import Date, Id, Model, TText, Text, cross_field


class Quote(Model):
    """Shown on the home page (`home: true`) and on the pathway pages it names.

    A private person's `name` may be shown only with `name_consent`, the date they agreed to it;
    otherwise the quote is attributed by `role` (and `organisation`) alone."""

    text: TText
    role: TText  # "Practice manager", "Volunteer", "Resident"
    organisation: Optional[Text] = None
    name: Optional[Text] = None
    name_consent: Optional[Date] = None
    home: bool = True
    pathways: list[Id] = []
    order: int = 100

    @cross_field("name", "name_consent")
    def _name_needs_consent(self):
        if self.name and not self.name_consent:
            raise ValueError("name_consent: expected the date the person agreed to be named (or leave `name` "
                             "out and attribute the quote by role), found none")
        return self
