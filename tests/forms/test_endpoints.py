"""Where the forms post, and the Content-Security-Policy that lets a form page (and only it) reach there."""
from __future__ import annotations

from signpost.csp import add_policy
from signpost.forms.endpoints import action_url, form_policy
from signpost.load import load_portal
from sites import PROJECT


def test_a_form_posts_to_the_sites_endpoint_followed_by_its_id():
    portal = load_portal(PROJECT / "content")
    assert action_url(portal, portal.forms["self-referral"]) == "http://127.0.0.1:8001/f/self-referral"


def test_only_form_pages_may_post_to_and_fetch_from_the_receiver():
    portal = load_portal(PROJECT / "content")
    receiver = ("http://127.0.0.1:8001",)
    assert form_policy(portal, "ar/forms/self-referral/") == {"form_actions": receiver, "connect_sources": receiver}
    assert form_policy(portal, "forms/") == {} and form_policy(portal, "thank-you/self-referral/") == {}
    # A service page's suggest-a-change form posts without script: it may post, not fetch.
    assert form_policy(portal, "services/community-food-bank/") == {"form_actions": receiver}
    assert form_policy(portal, "services/") == {}


def test_connect_sources_extend_the_policy():
    html = add_policy("<html><head></head><body></body></html>", ("https://f.example.org",), ("https://f.example.org",))
    assert "connect-src 'self' https://f.example.org; form-action 'self' https://f.example.org;" in html


def test_a_local_preview_points_the_forms_at_its_own_receiver_without_editing_content(monkeypatch):
    portal = load_portal(PROJECT / "content")
    monkeypatch.setenv("SIGNPOST_FORMS_ENDPOINT", "http://127.0.0.1:8011/f/")
    assert action_url(portal, portal.forms["self-referral"]) == "http://127.0.0.1:8011/f/self-referral"
    assert form_policy(portal, "forms/self-referral/")["form_actions"] == ("http://127.0.0.1:8011",)
