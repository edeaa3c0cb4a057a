""""Suggest a change" and "Update your listing", end to end: the form as the service page renders it,
posted to a real receiver over HTTP, the update contact notified without content, and the export."""
from __future__ import annotations

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
import yaml

from receiver.support import SIGNPOST, free_port, running_receiver, smtp_inbox
from sites import PROJECT


class _Form(HTMLParser):
    """The first form posting outside the site: its action and every named input's value."""

    def __init__(self):
        super().__init__()
        self.action, self.fields, self.inside = None, {}, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.action is None and attrs.get("action", "").startswith("http"):
            self.action, self.inside = attrs["action"], True
        elif tag in ("input", "textarea") and self.inside and attrs.get("name"):
            self.fields[attrs["name"]] = (attrs.get("type", tag), attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _post(url: str, fields: dict) -> int:
    body = urllib.parse.urlencode(fields, doseq=True).encode()
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        return opener.open(urllib.request.Request(url, data=body, method="POST"), timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def content(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(PROJECT / "content", root)
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")  # files the content names
    trust = root / "organisations" / "riverside-churches-trust.yml"
    trust.write_text(trust.read_text(encoding="utf-8") + "update_contact: listings@example.org\n", encoding="utf-8")
    return root


def _service_page_form(content, lang: str, service_id: str) -> _Form:
    from signpost.load import load_portal
    from signpost.pages import directory

    portal = load_portal(content)
    suffix = "" if lang == "en" else f".{lang}"
    [page] = [p for p in directory.pages(portal, lang) if p.path == f"services/{service_id}{suffix}.md"]
    form = _Form()
    form.feed(page.text)
    return form


def test_a_service_page_carries_the_form_with_the_service_filled_in(content):
    form = _service_page_form(content, "ar", "community-food-bank")
    assert form.action.endswith("/f/suggest-a-change")
    assert form.fields["service"] == ("hidden", "community-food-bank")
    assert form.fields["_lang"] == ("hidden", "ar")
    assert set(form.fields) >= {"what-is-wrong", "contact-email", "consent", "_next", "_gotcha"}


def test_the_service_page_may_post_to_the_receiver_under_its_policy(content):
    from signpost.forms.endpoints import form_policy
    from signpost.load import load_portal

    portal = load_portal(content)
    assert form_policy(portal, "ar/services/community-food-bank/")["form_actions"] == ("http://127.0.0.1:8001",)
    assert form_policy(portal, "services/") == {}


def test_both_forms_reach_the_receiver_the_contact_is_told_and_the_export_has_them(content, tmp_path):
    port, data = free_port(), tmp_path / "data"
    data.mkdir()
    with smtp_inbox() as inbox, running_receiver(content, data, port, extra=[
            "--smtp-host", "127.0.0.1", "--smtp-port", str(inbox.port), "--notify-to", "team@example.org"]) as receiver:
        page = _service_page_form(content, "en", "community-food-bank")
        action = page.action.replace("http://127.0.0.1:8001", receiver.url)
        suggestion = {name: value for name, (_, value) in page.fields.items()}
        suggestion.update({"what-is-wrong": "The Saturday session now starts at 11:00.",
                           "contact-email": "", "consent": "yes"})
        assert _post(action, suggestion) == 303
        proposal = {
            "_lang": "en", "_next": "https://socialprescribing.example.org/thank-you/update-listing/", "your-name": "Sam Example", "your-email": "sam@example.org",
            "organisation-name": "Riverside Churches Trust", "service-name": "Riverside Baby Bank",
            "summary": "Free clothes, nappies and prams for families with a new baby.",
            "description": "Come and choose what you need. Volunteers help you carry it home.",
            "needs": ["food", "money-debt"], "areas": ["north-riverside"], "referral": ["self", "link-worker"],
            "cost": "free", "languages": ["en", "ar"], "delivery": ["in-person"], "phone": "020 7946 0999",
            "venue": "St Mark's Hall", "address": "12 Example Road, Riverside", "postcode": "RV1 2AB",
            "session-1-day": "wed", "session-1-opens": "10:00", "session-1-closes": "12:00",
            "session-2-day": "sat", "session-2-opens": "10:00", "session-2-closes": "12:00",
            "when": "Not in August.", "consent": "yes",
        }
        assert _post(f"{receiver.url}/f/update-listing", proposal) == 303
        half_a_session = dict(proposal, **{"session-2-closes": "", "session-1-opens": "10am"})
        assert _post(f"{receiver.url}/f/update-listing", half_a_session) == 422  # refused, like any answer
        broken = dict(proposal, **{"organisation-name": "A Group Nobody Listed", "service-name": "Pop-up Pantry"})
        assert _post(f"{receiver.url}/f/update-listing", broken) == 303

    recipients = sorted(rcpt for rcpts, _ in inbox.messages for rcpt in rcpts)
    assert recipients.count("listings@example.org") == 1  # only for the suggestion about its listing
    for _, message in inbox.messages:
        assert "11:00" not in message and "Baby Bank" not in message and "sam@example.org" not in message

    proposals = tmp_path / "proposals"
    result = subprocess.run([str(SIGNPOST), "receiver", "export", "--data", str(data), "--private-key",
                             str(data / "team.key"), "--format", "json", "--proposals", str(proposals),
                             "--content", str(content)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    [suggested] = [r for r in records if r["form"] == "suggest-a-change"]
    assert suggested["answers"]["service"] == "community-food-bank"
    assert suggested["answers"]["service_file"] == "content/services/community-food-bank.yml"

    good = proposals / "2-riverside-baby-bank.yml"
    text = good.read_text(encoding="utf-8")
    assert "# No errors found." in text
    service = yaml.safe_load(text)
    assert service["organisation"] == "riverside-churches-trust" and service["schedule_note"] == "Not in August."
    assert service["schedule"] == [{"days": ["wed", "sat"], "opens": "10:00", "closes": "12:00"}]
    # Ready to review: copied into the content as it is, the whole portal still loads, with the new service.
    from signpost.load import load_portal

    shutil.copy(good, content / "services" / "riverside-baby-bank.yml")
    loaded = load_portal(content).services["riverside-baby-bank"].data
    assert loaded.locations[0].postcode == "RV1 2AB"
    assert [(slot.days, slot.opens, slot.closes) for slot in loaded.schedule] == [(["wed", "sat"], "10:00", "12:00")]

    bad = (proposals / "3-pop-up-pantry.yml").read_text(encoding="utf-8")
    assert "# ERROR file: organisation: 'A Group Nobody Listed' is not in content/organisations/" in bad
    assert "3-pop-up-pantry.yml: 1 errors" in result.stderr
