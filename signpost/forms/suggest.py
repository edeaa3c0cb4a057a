""""Is something wrong or out of date?": the suggest-a-change form, inline on every service page.

The form is content/forms/suggest-a-change.yml; on a service page its `service` question is a hidden
field holding that service's id, so the reader answers only what is wrong (and, if they like, how to
reply). Without that file, service pages have no such form."""
from __future__ import annotations

from dataclasses import dataclass

from signpost.forms.endpoints import action_url
from signpost.forms.pages import Question, form_path, next_url, questions
from signpost.portal import Item
from signpost.rendering.context import PageContext

FORM_ID = "suggest-a-change"
SERVICE_FIELD = "service"


@dataclass(frozen=True)
class SuggestChange:
    """What the service page's include needs: where to post, where to go after, the visible questions."""

    form: Item
    service_id: str
    action: str
    next_url: str
    questions: list[Question]
    page: str  # the form's own page, relative to the service page


def suggest_change(ctx: PageContext, service_id: str) -> SuggestChange | None:
    form = ctx.portal.forms.get(FORM_ID)
    if form is None:
        return None
    visible = [question for question in questions(ctx, form, hidden=SERVICE_FIELD) if question.field.id != SERVICE_FIELD]
    return SuggestChange(form, service_id, action_url(ctx.portal, form), next_url(ctx.portal, form, ctx.lang),
                         visible, ctx.link(form_path(FORM_ID)))
