"""Parts of site.yml beyond the organisation and its areas: impact figures, social media links and a
press contact, shown on the contact page (impact figures also on the home page, through a fact)."""
from __future__ import annotations

from typing import Literal, Optional

from signpost.models.base import Date, Email, Model, Phone, TText, Text, WebAddress

SocialNetwork = Literal["facebook", "instagram", "x", "bluesky", "linkedin", "youtube", "mastodon", "other"]


class ImpactFigure(Model):
    """One figure as the team published it: `value` as written ("3,000", "92%"), what it counts, and
    the date it was true on (shown, so an old figure reads as old)."""

    value: Text
    label: TText  # "residents supported"
    as_of: Date


class SocialLink(Model):
    network: SocialNetwork
    url: WebAddress
    label: Optional[Text] = None  # the account's name, such as "@riversidesp"


class PressContact(Model):
    name: Optional[Text] = None
    phone: Optional[Phone] = None
    email: Optional[Email] = None
