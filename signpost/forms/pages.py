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
    # The label as plain text, for the form's script, on a question in a `together` rule (one that must
    # be answered with others): the script words its error as the receiver does.
    together_label: str | None = None

    @property
    def id(self) -> str:
        return f"f-{self.field.id}"

    @property
    def grouped(self) -> bool:
        return self.field.type in ("single-choice", "multiple-choice", "yes-no")


def _mark(ctx: PageContext, localized: Localized | None) -> Markup | None:
    return None if localized is None else ctx._mark(localized, "span")


def questions(ctx: PageContext, form: Item, hidden: frozenset[str] = frozenset()) -> list[Question]:
    """The form's questions but the `hidden` ones (whose text, never shown, must not mark the page as
    partly untranslated)."""
    portal, lang = ctx.portal, ctx.lang
    result = []
    together = {other for field in form.data.fields for other in field.together}
    for field in form.data.fields:
        if field.id in hidden:
            continue
        label = field_text(portal, form, field, "label", lang)
        question = Question(field, _mark(ctx, label), _mark(ctx, field_text(portal, form, field, "hint", lang)),
                            _mark(ctx, field_text(portal, form, field, "stop", lang)),
                            together_label=str(label.text) if field.together or field.id in together else None)
        if field.type == "yes-no":
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
    files = [render_page(index, "forms_index.html", portal.string("forms_title", lang),
                         forms=forms, form_path=form_path)]
    for form in forms:
        ctx = PageContext(portal, lang, form_path(form.id))
        files.append(render_page(
            ctx, "form.html", ctx.portal.text(form, "title", ctx.lang), form=form, questions=questions(ctx, form),
            action=action_url(portal, form), next_url=next_url(portal, form, lang),
            thank_you=ctx.link(thank_you_path(form.id)), script=ctx.asset("assets/forms.js"),
            numbers={key: ctx.phone(number) for key, number in EMERGENCY_NUMBERS.items()},
        ))
        thanks = PageContext(portal, lang, thank_you_path(form.id))
        files.append(render_page(thanks, "form_thank_you.html", portal.string("form_thank_you_title", lang),
                                 form=form))
    return files

