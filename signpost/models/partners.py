"""content/partners/ID.yml: a partner or commissioner (NHS trust, council, funder, VCSE)."""
from __future__ import annotations

from typing import Literal, Optional

from signpost.models.base import ImagePath, Model, TText, Text, WebAddress, cross_field

PartnerKind = Literal["nhs", "council", "funder", "vcse", "other"]


class Partner(Model):
    """Listed on /partners-and-funding/ by `kind`, then `order`. `logo` is a path under docs/ and
    needs `logo_alt`."""

    name: Text
    kind: PartnerKind
    role: TText  # what they do for the service: "Commissions the service", "Hosts the link workers"
    website: Optional[WebAddress] = None
    logo: Optional[ImagePath] = None
    logo_alt: Optional[TText] = None
    order: int = 100

    @cross_field("logo", "logo_alt")
    def _logo_has_alt_text(self):
        if self.logo and not self.logo_alt:
            raise ValueError("logo_alt: expected a text alternative for the logo, usually the organisation's name")
        return self
