"""The referral forms' pages: an index, one page a form, one thank-you page a form, in every language."""
from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field

from markupsafe import Markup

from signpost.exports.urls import page_url
from signpost.forms.endpoints import action_url, ordered_forms
from signpost.forms.models import FormField
from signpost.forms.words import choices, field_text
from signpost.portal import Item, Localized, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page
from signpost.text import EMERGENCY_NUMBERS

INDEX = "forms/index.md"


def form_path(form_id: str) -> str:
    return f"forms/{form_id}.md"


def thank_you_path(form_id: str) -> str:
    return f"thank-you/{form_id}.md"


def next_url(portal: Portal, form: Item, lang: str) -> str:
    """The thank-you page's absolute address on the published site (the `_next` a browser is sent to)."""
    return page_url(portal, thank_you_path(form.id), lang)


@dataclass
class Question:
    """What the template needs of one question, already in the page's language."""

    field: FormField
    label: Markup
    hint: Markup | None
    stop: Markup | None
    choices: list[tuple[str, str, Markup]] = dataclass_field(default_factory=list)  # (input id, value, label)

    @property
    def id(self) -> str:
        return f"f-{self.field.id}"

    @property
    def grouped(self) -> bool:
        return self.field.type in ("single-choice", "multiple-choice", "yes-no")


def _mark(ctx: PageContext, localized: Localized | None) -> Markup | None:
    return None if localized is None else ctx._mark(localized, "span")


def _options_fall_back(portal, form: Item, field, lang: str) -> bool:
    key = ("options fall back", form.id, field.id, lang)
    if key not in portal.memo:
        portal.memo[key] = any(choice.label.fallback for choice in choices(portal, form, field, lang))
    return portal.memo[key]


def questions(ctx: PageContext, form: Item, hidden: str | None = None) -> list[Question]:
    """The form's questions in the page's language; the `hidden` field's options are not made (a service
    page's hidden service field would list every service), though the page is told when they fall back."""
    portal, lang = ctx.portal, ctx.lang
    result = []
    for field in form.data.fields:
        question = Question(field, _mark(ctx, field_text(portal, form, field, "label", lang)),
                            _mark(ctx, field_text(portal, form, field, "hint", lang)),
                            _mark(ctx, field_text(portal, form, field, "stop", lang)))
        if field.id == hidden and field.type != "yes-no":
            ctx.fell_back = ctx.fell_back or _options_fall_back(portal, form, field, lang)
            options = []
        elif field.type == "yes-no":
            options = [("yes", ctx.s("form_yes")), ("no", ctx.s("form_no"))]
        else:
            options = [(choice.id, _mark(ctx, choice.label)) for choice in choices(portal, form, field, lang)]
        # The first option's id is the field's, so an error can link to it (the GOV.UK pattern).
        question.choices = [(question.id if index == 0 else f"{question.id}-{value}", value, label)
                            for index, (value, label) in enumerate(options)]
        result.append(question)
    return result


def pages(portal: Portal, lang: str) -> list[PageFile]:
    if not portal.forms:
        return []
    forms = ordered_forms(portal)
    index = PageContext(portal, lang, INDEX)
    files = [render_page(index, "forms_index.html", str(portal.string("forms_title", lang).text),
                         forms=forms, form_path=form_path)]
    for form in forms:
        ctx = PageContext(portal, lang, form_path(form.id))
        files.append(render_page(
            ctx, "form.html", ctx.plain(form, "title"), form=form, questions=questions(ctx, form),
            action=action_url(portal, form), next_url=next_url(portal, form, lang),
            thank_you=ctx.link(thank_you_path(form.id)), script=ctx.asset("assets/forms.js"),
            numbers={key: ctx.phone(number) for key, number in EMERGENCY_NUMBERS.items()},
        ))
        thanks = PageContext(portal, lang, thank_you_path(form.id))
        files.append(render_page(thanks, "form_thank_you.html", str(portal.string("form_thank_you_title", lang).text),
                                 form=form))
    return files

