"""content/funding/ID.yml: funding that community groups can apply for."""
from __future__ import annotations

from typing import Optional

from pydantic import Field

from signpost.models.base import Date, Model, TText, Text, WebAddress, cross_field


class Funding(Model):
    """Listed on /partners-and-funding/. Amounts are whole pounds: `amount`, or a range
    `amount_from`-`amount_to` (either end may be left out), or none when not stated. After its
    `deadline` (judged by the build date) it is shown as closed; with no deadline it is open."""

    title: TText
    funder: Text
    amount: Optional[int] = Field(default=None, ge=1)
    amount_from: Optional[int] = Field(default=None, ge=1)
    amount_to: Optional[int] = Field(default=None, ge=1)
    who_can_apply: TText
    pays_for: TText
    deadline: Optional[Date] = None
    how_to_apply: TText  # Markdown
    link: Optional[WebAddress] = None

    @cross_field("amount", "amount_from", "amount_to")
    def _one_amount(self):
        if self.amount and (self.amount_from or self.amount_to):
            raise ValueError("amount: expected one amount, or a range (amount_from, amount_to), found both")
        return self

    @cross_field("amount_from", "amount_to")
    def _range_in_order(self):
        if self.amount_from and self.amount_to and self.amount_to < self.amount_from:
            raise ValueError(f"amount_to: expected at least amount_from ({self.amount_from}), found {self.amount_to}")
        return self
