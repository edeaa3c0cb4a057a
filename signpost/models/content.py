"""The models of the content an editor writes: one class per kind of file."""
from __future__ import annotations

import datetime
from typing import Literal, Optional

from pydantic import Field, ValidationInfo, field_validator, model_validator

from signpost.models.base import (
    Date, Email, Id, ImagePath, Model, Phone, Postcode, TText, TTextList, Text, Time, WebAddress,
)

Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Audience = Literal["resident", "gp-practice", "professional", "vcse-partner"]


class Contact(Model):
    phone: Optional[Phone] = None
    email: Optional[Email] = None
    website: Optional[WebAddress] = None


class Practice(Model):
    id: Id
    name: Text
    postcode: Optional[Postcode] = None


class Pcn(Model):
    id: Id
    name: Text
    practices: list[Practice] = Field(min_length=1)


class Neighbourhood(Model):
    id: Id
    name: Text
    pcns: list[Pcn] = Field(min_length=1)


class Address(Model):
    name: Optional[Text] = None
    address: Text
    postcode: Postcode


class FormsConfig(Model):
    """Where the referral forms post: a base URL to which each form's id is added (…/f/self-referral)."""

    endpoint: WebAddress


class Site(Model):
    """content/site.yml: the organisation that runs the service, and the areas it covers."""

    name: TText
    organisation: Text
    tagline: TText
    url: WebAddress
    default_language: Id
    languages: list[Id] = Field(min_length=1)
    review_limit_months: int = Field(default=12, ge=1, le=60)
    contact: Contact
    address: Address
    opening_hours: TText
    referral_weeks: int = Field(default=12, ge=1, le=52)
    # Where "Leave this site" goes: a neutral page that gives nothing away if someone looks over a shoulder.
    quick_exit_url: WebAddress = "https://www.bbc.co.uk/weather"
    neighbourhoods: list[Neighbourhood] = Field(min_length=1)
    forms: Optional[FormsConfig] = None

    @model_validator(mode="after")
    def _default_language_is_offered(self):
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language: expected one of the languages offered ({', '.join(self.languages)}), "
                f"found '{self.default_language}'"
            )
        return self


class Organisation(Model):
    """content/organisations/ID.yml: a VCSE organisation that runs services."""

    name: Text
    website: Optional[WebAddress] = None
    charity_number: Optional[Text] = None
    update_contact: Optional[Email] = None  # told (without content) when someone suggests a change to a listing


class Need(Model):
    """content/needs/ID.yml: a kind of non-medical need, with its own page."""

    label: TText
    summary: TText
    order: int = 100


class Schedule(Model):
    days: list[Day] = Field(min_length=1)
    opens: Time
    closes: Time


class Service(Model):
    """content/services/ID.yml: one service in the directory."""

    name: TText
    organisation: Id
    summary: TText
    description: TText
    who_for: Optional[TText] = None
    how_to_access: Optional[TText] = None
    needs: list[Id] = Field(min_length=1)
    areas: list[Id] = Field(min_length=1)
    referral: list[Id] = Field(min_length=1)
    cost: Id
    cost_details: Optional[TText] = None
    languages: list[Id] = Field(min_length=1)
    delivery: list[Id] = Field(min_length=1)
    access: list[Id] = []
    locations: list[Address] = []
    schedule: list[Schedule] = []
    schedule_note: Optional[TText] = None
    contact: Contact
    reviewed: Date


class LinkWorker(Model):
    """content/team/ID.yml: a link worker, the practices they cover and the languages they speak."""

    name: Text
    role: TText
    pcn: Id
    practices: list[Id] = Field(min_length=1)
    languages: list[Id] = Field(min_length=1)
    specialisms: list[Id] = []
    bio: Optional[TText] = None
    photo: Optional[ImagePath] = None  # relative to docs/
    photo_alt: Optional[TText] = None
    contact: Contact

    @model_validator(mode="after")
    def _photo_has_alt_text(self):
        if self.photo and not self.photo_alt:
            raise ValueError("photo_alt: expected a description of the photo for people who cannot see it")
        return self


ConsentScope = Literal["web", "print"]
REQUIRED_SCOPE: tuple[ConsentScope, ...] = ("web", "print")


class Consent(Model):
    given: Date
    scope: list[ConsentScope] = Field(min_length=1)
    review: Date

    @field_validator("scope")
    @classmethod
    def _covers_web_and_print(cls, scope: list[str]) -> list[str]:
        # Every story is shown on the site and in the printed leaflets, so consent for one is not enough.
        if not set(REQUIRED_SCOPE) <= set(scope):
            raise ValueError(
                f"expected consent covering [{', '.join(REQUIRED_SCOPE)}] (stories appear on the site and "
                f"in printed leaflets), found [{', '.join(scope)}]"
            )
        return scope

    @field_validator("review")
    @classmethod
    def _review_after_given(cls, review: datetime.date, info: ValidationInfo) -> datetime.date:
        given = info.data.get("given")  # absent when `given` itself was invalid
        if given is not None and review <= given:
            raise ValueError(
                f"expected a review date after consent was given ({given.isoformat()}), found {review.isoformat()}"
            )
        return review


class PiiException(Model):
    """Text the personal-details check would flag, reviewed and allowed, with the reason recorded."""

    text: Text
    reason: Text


class Story(Model):
    """content/stories/ID.yml: an anonymised story, published with the person's recorded consent."""

    title: TText
    pseudonym: Text
    name_changed: bool
    consent: Consent
    needs: list[Id] = Field(min_length=1)
    services: list[Id] = []
    summary: TText
    body: TText
    reviewed: Date
    pii_exceptions: list[PiiException] = []


class ClinicalCode(Model):
    scheme: Text
    code: Text
    term: Text


class Templates(Model):
    emis: Optional[Text] = None
    systmone: Optional[Text] = None


class Pathway(Model):
    """content/pathways/ID.yml: one referral route, for one audience."""

    title: TText
    audience: Audience
    order: int = 100
    summary: TText
    who_can_refer: TText
    eligibility: TTextList
    steps: TTextList
    include: TTextList = []
    templates: Optional[Templates] = None
    code: Optional[ClinicalCode] = None
    response_time: TText
    next_steps: TText
    contact: Contact
    reviewed: Optional[Date] = None  # when the pathway was last checked; leaflets print the latest date
