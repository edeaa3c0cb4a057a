"""The models of the content an editor writes: one class per kind of file."""
from __future__ import annotations

import datetime
from typing import Annotated, Literal, Optional, Union

from pydantic import Field, ValidationInfo, field_validator

from signpost.models.base import (
    TRANSLATABLE, Date, Email, Id, ImagePath, Language, Model, cross_field, Phone, Postcode, TText, TTextList, Text, Time, WebAddress, overlay_model,
)
from signpost.models.site_extras import ImpactFigure, PressContact, SocialLink

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
    """A Primary Care Network; its practices may be left out when the team publishes only PCNs."""

    id: Id
    name: Text
    practices: list[Practice] = []


class Neighbourhood(Model):
    """A neighbourhood, made of PCNs, or of GP practices directly (no PCN level), or of neither."""

    id: Id
    name: Text
    pcns: list[Pcn] = []
    practices: list[Practice] = []

    @cross_field("pcns", "practices")
    def _one_level_below(self):
        if self.pcns and self.practices:
            raise ValueError("practices: expected a neighbourhood's practices under its pcns, or practices "
                             "with no pcns, found both")
        return self


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
    tagline: Optional[TText] = None  # shown on the contact page
    # The place the service covers, as the team names it ("Riverside", "the City of Exampleton", "North
    # Example PCN"): generated text says "in {area}" only when it is given, never "the borough".
    area_name: Optional[TText] = None
    url: WebAddress
    default_language: Language
    languages: list[Language] = Field(min_length=1)
    review_limit_months: int = Field(default=12, ge=1, le=60)
    contact: Contact
    address: Address
    opening_hours: Optional[TText] = None  # shown on the contact page and leaflets when given
    # How long a link worker supports someone; left out, the site says nothing about a length.
    referral_weeks: Optional[int] = Field(default=None, ge=1, le=52)
    # Where "Leave this site" goes: a neutral page that gives nothing away if someone looks over a shoulder.
    quick_exit_url: WebAddress = "https://www.bbc.co.uk/weather"
    # The areas, in whichever shape the team publishes (see signpost.areas): neighbourhoods (of PCNs or
    # of practices), or PCNs, or practices, or none of these for a borough-wide service.
    neighbourhoods: list[Neighbourhood] = []
    pcns: list[Pcn] = []
    practices: list[Practice] = []
    forms: Optional[FormsConfig] = None
    # An overlay translates only the labels, one a figure in this order (SiteOverlay).
    impact: Annotated[list[ImpactFigure], TRANSLATABLE] = []
    social: list[SocialLink] = []
    press: Optional[PressContact] = None

    @cross_field("neighbourhoods", "pcns", "practices")
    def _one_top_level(self):
        given = [name for name in ("neighbourhoods", "pcns", "practices") if getattr(self, name)]
        if len(given) > 1:
            raise ValueError(f"{given[1]}: expected one top level of areas (neighbourhoods, pcns or practices), "
                             f"found {' and '.join(given)}; put the smaller areas inside the larger ones")
        return self

    @cross_field("default_language", "languages")
    def _default_language_is_offered(self):
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language: expected one of the languages offered ({', '.join(self.languages)}), "
                f"found '{self.default_language}'"
            )
        return self


class SiteOverlay(overlay_model(Site)):
    """content/site.LANG.yml: the translatable fields of site.yml, each optional; `impact` is only the
    figures' labels, one a figure in site.yml's order (values and dates are not repeated):

        impact:
          - habitants accompagnés depuis 2023
          - services locaux dans l'annuaire

    A list of another length is an error (signpost.load reports it with both counts)."""

    impact: Optional[list[Text]] = None

    @field_validator("impact", mode="before")
    @classmethod
    def _labels_only(cls, value):
        if isinstance(value, list) and any(isinstance(entry, dict) for entry in value):
            raise ValueError("expected only each figure's label as text, such as '- habitants accompagnés' "
                             "(values and dates come from site.yml), found whole figures")
        return value


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
    """content/services/ID.yml: one service in the directory.

    Unknown facts stay out rather than being guessed: no `cost` or `languages` shows "ask the
    service". `starts`/`ends` bound a time-limited scheme: once `ends` is before the build date the
    service is not listed (signpost.lifetime)."""

    name: TText
    organisation: Id
    partners: list[Id] = []  # other organisations that run it with `organisation`, in partnership
    summary: TText
    description: TText
    who_for: Optional[TText] = None
    how_to_access: Optional[TText] = None
    needs: list[Id] = Field(min_length=1)
    areas: list[Id] = []  # the broadest areas of site.yml it serves; none means the whole area
    referral: list[Id] = Field(min_length=1)
    # An id from lists/costs.yml, or several ([free, low-cost]); left out, the page says "ask the service".
    cost: Union[Id, list[Id], None] = None
    cost_details: Optional[TText] = None
    languages: list[Id] = []
    delivery: list[Id] = Field(min_length=1)
    access: list[Id] = []
    locations: list[Address] = []
    schedule: list[Schedule] = []
    schedule_note: Optional[TText] = None
    starts: Optional[Date] = None
    ends: Optional[Date] = None
    contact: Contact
    reviewed: Date

    @property
    def costs(self) -> list[str]:
        return [self.cost] if isinstance(self.cost, str) else list(self.cost or [])

    @cross_field("starts", "ends")
    def _ends_after_start(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValueError(f"ends: expected a date on or after starts ({self.starts.isoformat()}), "
                             f"found {self.ends.isoformat()}")
        return self


class LinkWorker(Model):
    """content/team/ID.yml: a member of the team (link worker, team leader, hub staff), what they cover
    and the languages they speak.

    Coverage is at the level the team publishes: `practices`, `pcns`, `neighbourhoods` (ids from
    site.yml), or `whole_area: true`; none of them for someone who covers no particular place (a team
    leader, a central referral hub). `lead: true` lists them first."""

    name: Text
    role: TText
    lead: bool = False
    practices: list[Id] = []
    pcns: list[Id] = []
    neighbourhoods: list[Id] = []
    whole_area: bool = False
    languages: list[Id] = []
    specialisms: list[Id] = []
    bio: Optional[TText] = None
    photo: Optional[ImagePath] = None  # relative to docs/
    photo_alt: Optional[TText] = None
    contact: Contact

    @cross_field("photo", "photo_alt")
    def _photo_has_alt_text(self):
        if self.photo and not self.photo_alt:
            raise ValueError("photo_alt: expected a description of the photo for people who cannot see it")
        return self

    @cross_field("whole_area", "practices", "pcns", "neighbourhoods")
    def _whole_area_alone(self):
        named = [name for name in ("practices", "pcns", "neighbourhoods") if getattr(self, name)]
        if self.whole_area and named:
            raise ValueError(f"whole_area: expected either whole_area: true or a list of places, found both "
                             f"(whole_area and {named[0]})")
        return self


ConsentScope = Literal["web", "print"]


class Consent(Model):
    """What the person agreed to. `scope` must hold `web` (every story is on the site); `print` is
    needed only when a leaflet includes stories (signpost.leaflets.catalogue checks that)."""

    given: Date
    scope: list[ConsentScope] = Field(min_length=1)
    review: Date

    @field_validator("scope")
    @classmethod
    def _covers_web(cls, scope: list[str]) -> list[str]:
        if "web" not in scope:
            raise ValueError(f"expected consent covering web (every story is shown on the site), "
                             f"found [{', '.join(scope)}]")
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
    pseudonym: Optional[Text] = None  # none: the story says "A resident"
    name_changed: bool = False
    consent: Consent
    needs: list[Id] = Field(min_length=1)
    services: list[Id] = []
    # Organisations or services the story names that are not in the directory, shown as plain text.
    mentions: TTextList = []
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
    # Only what differs for this route (a referrals inbox); a field left out is site.yml's, so the team's
    # phone is typed once and a change reaches every pathway page and leaflet.
    contact: Optional[Contact] = None
    reviewed: Optional[Date] = None  # when the pathway was last checked; leaflets print the latest date
