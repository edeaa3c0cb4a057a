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
