"""signpost.receiver.proposals without a receiver: who is told, and what a proposal file says."""
from __future__ import annotations

import yaml

from sites import PROJECT


def _portal():
    from signpost.load import load_portal

    return load_portal(PROJECT / "content")


def test_only_an_organisation_with_an_update_contact_is_told_and_only_of_listing_forms():
    from signpost.receiver.proposals import update_contacts

    portal = _portal()
    assert update_contacts(portal, "suggest-a-change", {"service": "community-food-bank"}) == ()
    trust = portal.organisations["riverside-churches-trust"]
    trust.data = trust.data.model_copy(update={"update_contact": "listings@example.org"})
    assert update_contacts(portal, "suggest-a-change", {"service": "community-food-bank"}) == ("listings@example.org",)
    assert update_contacts(portal, "self-referral", {"service": "community-food-bank"}) == ()
    assert update_contacts(portal, "suggest-a-change", {"service": "no-such-service"}) == ()


def test_a_proposal_lists_the_models_errors_with_lines_in_its_own_file(tmp_path):
    from signpost.receiver.proposals import write_proposal

    record = {"reference": 7, "form": "update-listing", "received": "2026-11-30T10:00:00+00:00",
              "answers": {"service": "community-food-bank", "organisation-name": "Riverside Churches Trust",
                          "service-name": "Riverside Community Food Bank", "summary": "Food.", "description": "Food.",
                          "needs": ["food"], "areas": ["north-riverside"], "referral": ["self"], "cost": "free",
                          "languages": ["en"], "delivery": ["in-person"], "postcode": "rv1 2ab"}}
    proposal = write_proposal(_portal(), record, tmp_path)
    assert proposal.path.name == "7-community-food-bank.yml"
    text = proposal.path.read_text(encoding="utf-8")
    assert "an update to content/services/community-food-bank.yml" in text
    fields = {error.field for error in proposal.errors}
    assert "locations[0].address" in fields and "locations[0].postcode" in fields
    lines = text.splitlines()
    [postcode] = [error for error in proposal.errors if error.field == "locations[0].postcode"]
    assert lines[postcode.line - 1] == "- postcode: rv1 2ab"  # the line in the file as written, header included
    assert f"# ERROR locations[0].postcode: {postcode.message}" in lines
    assert yaml.safe_load(text)["organisation"] == "riverside-churches-trust"


LISTING = {"your-name": "Sam Example", "your-email": "sam@example.org", "organisation-name": "Riverside Churches Trust",
           "service-name": "Baby Bank", "summary": "Clothes for babies.", "description": "Come and choose.",
           "needs": "food", "areas": "north-riverside", "referral": "self", "cost": "free", "languages": "en",
           "delivery": "in-person", "consent": "yes"}


def _submit(portal, lang="en", **answers):
    from signpost.forms.submission import validate_submission

    data = {key: value if isinstance(value, list) else [value] for key, value in {**LISTING, **answers}.items()}
    return validate_submission(portal, portal.forms["update-listing"], data, lang)


def test_the_listing_form_asks_for_sessions_as_day_start_and_end_with_days_named_in_each_language():
    from signpost.forms.words import choices

    portal = _portal()
    form = portal.forms["update-listing"]
    days = {lang: [c.label.text for c in choices(portal, form, form.data.field("session-1-day"), lang)]
            for lang in portal.languages}
    assert days["en"][0] == "Monday" and days["fr"][0] == "lundi" and days["es"][6] == "domingo"
    assert days["ar"][0] == "الاثنين" and len(set(days["hi"])) == 7
    assert [c.id for c in choices(portal, form, form.data.field("session-2-day"), "en")] == \
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def test_a_session_is_validated_like_any_answer_and_needs_all_three_parts():
    portal = _portal()
    answers, errors = _submit(portal, **{"session-1-day": "wed", "session-1-opens": "10:00", "session-1-closes": "12:00"})
    assert errors == [] and answers["session-1-day"] == "wed"
    _, errors = _submit(portal, "fr", **{"session-1-day": "wed", "session-1-opens": "10h", "session-2-opens": "09:00"})
    found = {error.field: (error.code, error.message) for error in errors}
    assert found["session-1-opens"][0] == "PATTERN_MISMATCH"
    assert found["session-1-closes"] == ("REQUIRED_FIELD_MISSING",
                                         "Répondez aussi à : Séance 1 : fin (vous avez répondu à : Séance 1 : jour)")
    assert {"session-2-day", "session-2-closes"} <= set(found)
    _, errors = _submit(portal, **{"session-1-day": "sunday"})
    assert ("session-1-day", "INVALID_CHOICE") in {(error.field, error.code) for error in errors}


def test_sessions_become_the_services_schedule_and_impossible_times_are_listed(tmp_path):
    from signpost.receiver.proposals import write_proposal

    portal = _portal()
    answers, errors = _submit(portal, **{
        "session-1-day": "tue", "session-1-opens": "10:00", "session-1-closes": "13:00",
        "session-2-day": "thu", "session-2-opens": "10:00", "session-2-closes": "13:00",
        "session-3-day": "sat", "session-3-opens": "14:00", "session-3-closes": "11:00"})
    assert errors == []
    record = {"reference": 9, "form": "update-listing", "received": "2026-11-30T10:00:00+00:00", "answers": answers}
    proposal = write_proposal(portal, record, tmp_path)
    data = yaml.safe_load(proposal.path.read_text(encoding="utf-8"))
    assert data["schedule"] == [{"days": ["tue", "thu"], "opens": "10:00", "closes": "13:00"},
                                {"days": ["sat"], "opens": "14:00", "closes": "11:00"}]
    [error] = proposal.errors
    assert error.field == "schedule[1].closes" and "closing time after the opening time" in error.message
    lines = proposal.path.read_text(encoding="utf-8").splitlines()
    assert lines[error.line - 1].strip() == "closes: '11:00'"
