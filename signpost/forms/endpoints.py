"""Where each form posts, and what that means for a form page's Content-Security-Policy.

(Kept apart from signpost.forms.pages so the MkDocs hooks can import it without the page generators.)"""
from __future__ import annotations

import os
from urllib.parse import urlsplit

from signpost.portal import Item, Portal


def ordered_forms(portal: Portal) -> list[Item]:
    return sorted(portal.forms.values(), key=lambda form: (form.data.order, form.id))


def action_url(portal: Portal, form: Item) -> str:
    """Where the form posts: its own endpoint, or site.yml's forms.endpoint followed by the form's id.

    SIGNPOST_FORMS_ENDPOINT, when set, stands for forms.endpoint: `make serve` points the local preview's
    forms at the local receiver with it, so nobody edits content to preview."""
    if form.data.endpoint:
        return form.data.endpoint
    base = os.environ.get("SIGNPOST_FORMS_ENDPOINT") or portal.site.data.forms.endpoint
    return base.rstrip("/") + "/" + form.id


def form_origins(portal: Portal) -> tuple[str, ...]:
    """The origins the form pages post to, for their Content-Security-Policy (form-action, connect-src)."""
    origins = []
    for form in ordered_forms(portal):
        parts = urlsplit(action_url(portal, form))
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in origins:
            origins.append(origin)
    return tuple(origins)


def _parts(url: str, portal: Portal) -> list[str]:
    """A site-relative URL's path segments, without the language's: 'ar/forms/x/' -> ['forms', 'x']."""
    parts = [part for part in url.split("/") if part]
    return parts[1:] if parts and parts[0] in portal.languages else parts


def is_form_page(url: str, portal: Portal) -> bool:
    """True for a form page's site-relative URL ('forms/self-referral/', 'ar/forms/self-referral/')."""
    parts = _parts(url, portal)
    return len(parts) == 2 and parts[0] == "forms" and parts[1] in portal.forms


def _has_suggest_form(url: str, portal: Portal) -> bool:
    # Every service page carries the suggest-a-change form (signpost.forms.suggest), which posts to the receiver.
    parts = _parts(url, portal)
    return "suggest-a-change" in portal.forms and len(parts) == 2 and parts[0] == "services" and parts[1] in portal.services


def form_policy(portal: Portal, url: str) -> dict[str, tuple[str, ...]]:
    """The Content-Security-Policy additions of a page: a form page may post to and fetch from its receiver;
    a service page, whose suggest-a-change form posts without script, may only post."""
    if _has_suggest_form(url, portal):
        return {"form_actions": form_origins(portal)}
    if not is_form_page(url, portal):
        return {}
    origins = form_origins(portal)
    return {"form_actions": origins, "connect_sources": origins}
