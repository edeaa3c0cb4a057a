"""The kinds of content under content/: a folder each, with the model its files must fit."""
from __future__ import annotations

import re

from pydantic import BaseModel

from signpost.forms.models import Form, FormOverlay
from signpost.models.content import LinkWorker, Need, Organisation, Pathway, Service, Site, SiteOverlay, Story
from signpost.models.funding import Funding
from signpost.models.leaflets import Leaflet
from signpost.models.news import NewsItem
from signpost.models.notices import Notice
from signpost.models.partners import Partner
from signpost.models.quotes import Quote
from signpost.models.resources import Resource

COLLECTIONS: dict[str, type[BaseModel]] = {
    "organisations": Organisation,
    "needs": Need,
    "services": Service,
    "team": LinkWorker,
    "stories": Story,
    "pathways": Pathway,
    "forms": Form,
    "leaflets": Leaflet,
    "news": NewsItem,
    "notices": Notice,
    "quotes": Quote,
    "partners": Partner,
    "funding": Funding,
    "resources": Resource,
}
# Overlays shaped otherwise than "the translatable fields, each optional" (a form keys its questions by id).
OVERLAYS: dict[type[BaseModel], type[BaseModel]] = {Form: FormOverlay, Site: SiteOverlay}
ITEM_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
