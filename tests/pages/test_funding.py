"""Funding for community groups, on /our-partners/: amount or range, deadline, closed by build date."""
import datetime

from signpost.pages import partners

from conftest import write
from .kinds import errors_of, page, portal_of

GRANT = ("title: Small grants\nfunder: Fixture Foundation\nwho_can_apply: Local groups.\npays_for: Activities.\n"
         "how_to_apply: Email **grants@example.org**.\n")


def funding_html(content, extra, built=datetime.date(2026, 11, 1)):
    write(content / "funding/small-grants.yml", GRANT + extra)
    return page(partners.pages(portal_of(content, built), "en"), "our-partners.md")


def test_an_open_opportunity_shows_its_range_deadline_and_how_to_apply(content):
    html = funding_html(content, "amount_from: 500\namount_to: 3000\ndeadline: 2026-12-01\n")
    assert "£500–£3,000" in html and "1 December 2026" in html
    assert "<strong>grants@example.org</strong>" in html and "(closed)" not in html


def test_after_its_deadline_it_is_marked_closed_and_how_to_apply_is_gone(content):
    html = funding_html(content, "amount: 1000\ndeadline: 2026-10-31\n")
    assert "Small grants (closed)" in html and "grants@example.org" not in html and "£1,000" in html


def test_no_amount_and_no_deadline_claim_nothing(content):
    html = funding_html(content, "")
    assert "Amount" not in html and "No deadline: apply at any time" in html


def test_an_amount_and_a_range_together_is_an_error(content):
    write(content / "funding/small-grants.yml", GRANT + "amount: 100\namount_to: 500\n")
    [error] = errors_of(content)
    assert error.field == "amount" and "found both" in error.message
