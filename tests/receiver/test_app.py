"""The receiver's endpoint, in process (Starlette's test client): every reply of the protocol, every
refusal, and what is stored: sealed, readable only with the team's private key."""
from __future__ import annotations

import logging
import shutil

import pytest
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey
from starlette.testclient import TestClient

from signpost.load import load_portal
from signpost.receiver.app import ReceiverConfig, create_app
from signpost.receiver.cli import decrypted
from signpost.receiver.ratelimit import Limit
from signpost.receiver.sealing import PRIVATE_KEY, generate_keys, unseal
from signpost.receiver.storage import DATABASE, read_rows
from sites import PROJECT

SITE = "https://socialprescribing.example.org"
PREVIEW = "http://127.0.0.1:8000"
NEXT = f"{SITE}/thank-you/self-referral/"
VALID = {
    "full-name": "Ann Example", "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
    "needs": ["housing", "food"], "language": "en", "consent": "yes", "_lang": "en", "_next": NEXT,
}


@pytest.fixture(scope="module")
def portal():
    return load_portal(PROJECT / "content")


@pytest.fixture
def make_client(tmp_path, portal):
    generate_keys(tmp_path)
    clients = []

    def make(**options) -> TestClient:
        config = ReceiverConfig(content=PROJECT / "content", data=tmp_path, **options)
        client = TestClient(create_app(config, portal), follow_redirects=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


def stored(tmp_path) -> list[dict]:
    return decrypted(tmp_path, tmp_path / PRIVATE_KEY)


def test_a_browser_post_is_stored_sealed_and_redirected_to_the_thank_you_page(client, tmp_path):
    response = client.post("/f/self-referral", data=VALID, headers={"Origin": SITE})
    assert response.status_code == 303
    assert response.headers["location"] == NEXT
    [record] = stored(tmp_path)
    assert record["form"] == "self-referral" and record["lang"] == "en"
    assert record["answers"] == {"full-name": "Ann Example", "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
                                 "needs": ["food", "housing"], "language": "en", "consent": "yes"}


def test_the_stored_row_is_unreadable_without_the_private_key(client, tmp_path):
    client.post("/f/self-referral", data=VALID)
    [row] = read_rows(tmp_path / DATABASE)
    assert b"Ann Example" not in row.sealed and b"Ann Example" not in (tmp_path / DATABASE).read_bytes()
    with pytest.raises(CryptoError):
        unseal(PrivateKey.generate(), row.sealed)


def test_a_post_from_the_local_preview_is_sent_to_the_thank_you_page_there(make_client):
    client = make_client(dev=True)
    response = client.post("/f/self-referral", data={**VALID, "_next": f"{SITE}/ar/thank-you/self-referral/"},
                           headers={"Origin": PREVIEW})
    assert response.headers["location"] == f"{PREVIEW}/ar/thank-you/self-referral/"


def test_a_next_on_another_site_is_not_followed(client, tmp_path):
    response = client.post("/f/self-referral", data={**VALID, "_next": "https://evil.example.com/phish"})
    assert response.status_code == 200 and "Form sent" in response.text
    assert len(stored(tmp_path)) == 1


def test_a_json_post_gets_ok_and_the_next_page(client, tmp_path):
    response = client.post("/f/self-referral", json=VALID, headers={"Accept": "application/json", "Origin": SITE})
    assert response.status_code == 200
    assert response.json() == {"ok": True, "next": NEXT}
    assert response.headers["access-control-allow-origin"] == SITE
    assert stored(tmp_path)[0]["answers"]["needs"] == ["food", "housing"]


def test_json_errors_name_each_field_with_a_code_and_a_message_in_the_senders_language(client, tmp_path):
    response = client.post("/f/self-referral", data={"phone": "12", "email": "not-an-email", "_lang": "ar"},
                           headers={"Accept": "application/json"})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "هناك مشكلة"
    codes = {error["field"]: error["code"] for error in body["errors"]}
    assert codes == {"full-name": "REQUIRED_FIELD_MISSING", "date-of-birth": "REQUIRED_FIELD_MISSING",
                     "phone": "TYPE_TEL", "email": "TYPE_EMAIL", "needs": "REQUIRED_FIELD_MISSING",
                     "language": "REQUIRED_FIELD_MISSING", "consent": "CONSENT_REQUIRED"}
    assert all(error["message"] for error in body["errors"])
    assert stored(tmp_path) == []


def test_a_browser_post_with_errors_gets_an_html_page_listing_them_and_linking_back_to_the_form(client, tmp_path):
    response = client.post("/f/self-referral", data={**VALID, "consent": "", "_next": f"{SITE}/fr/thank-you/self-referral/",
                                                     "_lang": "fr"}, headers={"Origin": SITE})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="fr" dir="ltr">' in response.text
    assert "Cochez la case" in response.text
    assert f'href="{SITE}/fr/forms/self-referral/"' in response.text
    assert stored(tmp_path) == []


def test_an_unknown_form_is_not_found(client):
    assert client.post("/f/no-such-form", data=VALID).status_code == 404
    response = client.post("/f/no-such-form", json=VALID, headers={"Accept": "application/json"})
    assert response.status_code == 404 and response.json()["error"] == "There is no such form."


def test_a_post_from_another_site_is_refused_and_gets_no_cors_header(client, tmp_path):
    response = client.post("/f/self-referral", data=VALID, headers={"Origin": "https://evil.example.com"})
    assert response.status_code == 403
    assert "access-control-allow-origin" not in response.headers
    assert stored(tmp_path) == []


def test_cors_preflight_is_allowed_only_for_the_sites_origins(make_client):
    client = make_client(dev=True)
    allowed = client.options("/f/self-referral", headers={"Origin": PREVIEW, "Access-Control-Request-Method": "POST"})
    assert allowed.status_code == 204 and allowed.headers["access-control-allow-origin"] == PREVIEW
    refused = client.options("/f/self-referral", headers={"Origin": "https://evil.example.com",
                                                          "Access-Control-Request-Method": "POST"})
    assert refused.status_code == 403 and "access-control-allow-origin" not in refused.headers


def test_a_filled_honeypot_gets_the_reply_of_success_and_nothing_is_stored(client, tmp_path):
    browser = client.post("/f/self-referral", data={**VALID, "_gotcha": "buy now"})
    script = client.post("/f/self-referral", data={"_gotcha": "x", "_next": NEXT}, headers={"Accept": "application/json"})
    assert browser.status_code == 303 and browser.headers["location"] == NEXT
    assert script.json() == {"ok": True, "next": NEXT}
    assert stored(tmp_path) == []


def test_the_partner_form_refuses_a_referral_the_person_has_not_agreed_to(client, tmp_path):
    response = client.post("/f/partner-referral", data={"person-agreed": "no", "_lang": "en"},
                           headers={"Accept": "application/json"})
    errors = {error["field"]: error for error in response.json()["errors"]}
    assert errors["person-agreed"]["code"] == "AGREEMENT_REQUIRED"
    assert "without their agreement" in errors["person-agreed"]["message"]
    assert stored(tmp_path) == []


def test_too_many_posts_from_one_address_get_429_with_retry_after(make_client):
    client = make_client(per_address=Limit(2, 60))
    assert [client.post("/f/self-referral", data=VALID).status_code for _ in range(2)] == [303, 303]
    response = client.post("/f/self-referral", data=VALID, headers={"Accept": "application/json"})
    assert response.status_code == 429
    assert 1 <= int(response.headers["retry-after"]) <= 60
    assert response.json()["error"].startswith("Too many forms")


def test_too_many_posts_to_one_form_get_429(make_client):
    client = make_client(per_form=Limit(1, 60))
    assert client.post("/f/self-referral", data=VALID).status_code == 303
    assert client.post("/f/self-referral", data=VALID).status_code == 429
    assert client.post("/f/partner-referral", data={"_lang": "en"}).status_code == 422  # another form: its own limit


def test_a_body_over_the_limit_gets_413_whether_declared_or_streamed(make_client, tmp_path):
    client = make_client(max_body=1024)
    big = {**VALID, "about": "x" * 2000}
    assert client.post("/f/self-referral", data=big).status_code == 413

    def chunks():  # no Content-Length: the limit holds while reading
        yield b"full-name=" + b"x" * 800
        yield b"&about=" + b"y" * 800

    response = client.post("/f/self-referral", content=chunks(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413
    assert stored(tmp_path) == []


def test_file_uploads_are_refused(client, tmp_path):
    response = client.post("/f/self-referral", data=VALID, files={"letter": ("letter.pdf", b"%PDF-1.4", "application/pdf")})
    assert response.status_code == 415
    assert stored(tmp_path) == []


def test_a_multipart_post_without_files_is_accepted(client, tmp_path):
    fields = [(key, (None, value)) for key, values in VALID.items()
              for value in (values if isinstance(values, list) else [values])]
    response = client.post("/f/self-referral", files=fields)
    assert response.status_code == 303
    assert stored(tmp_path)[0]["answers"]["full-name"] == "Ann Example"


def test_unreadable_bodies_are_refused(client):
    bad_json = client.post("/f/self-referral", content=b"{not json", headers={"Content-Type": "application/json"})
    not_object = client.post("/f/self-referral", content=b"[1, 2]", headers={"Content-Type": "application/json"})
    plain = client.post("/f/self-referral", content=b"hello", headers={"Content-Type": "text/plain"})
    assert (bad_json.status_code, not_object.status_code, plain.status_code) == (400, 400, 415)


def test_the_logs_hold_no_submitted_value(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/f/self-referral", data=VALID)
    client.post("/f/self-referral", data={**VALID, "phone": "Secret 12"})
    assert "stored submission" in caplog.text and "rejected" in caplog.text
    for value in ("Ann Example", "1985-03-27", "020 7946 0123", "Secret 12"):
        assert value not in caplog.text


def test_replies_are_never_cached_or_framed(client):
    response = client.post("/f/self-referral", data=VALID)
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_the_team_is_notified_by_email_without_any_submitted_content(make_client, tmp_path):
    from receiver.support import smtp_inbox
    from signpost.receiver.notify import Notifier

    with smtp_inbox() as inbox:
        client = make_client(notifier=Notifier("127.0.0.1", inbox.port, "receiver@example.org", "team@example.org"))
        assert client.post("/f/self-referral", data=VALID).status_code == 303
    [(recipients, message)] = inbox.messages
    assert recipients == ["team@example.org"]
    assert "self-referral" in message and "reference 1" in message
    for value in ("Ann Example", "1985", "7946", "housing"):
        assert value not in message


def test_junk_and_honeypot_posts_do_not_use_up_the_forms_limit(make_client, tmp_path):
    client = make_client(per_form=Limit(2, 60), per_address=Limit(1000, 60))
    for _ in range(5):
        assert client.post("/f/self-referral", data={**VALID, "consent": ""}).status_code == 422
        assert client.post("/f/self-referral", data={**VALID, "_gotcha": "x"}).status_code == 303
        assert client.post("/f/self-referral", content=b"{", headers={"Content-Type": "application/json"}).status_code == 400
    assert [client.post("/f/self-referral", data=VALID).status_code for _ in range(3)] == [303, 303, 429]
    assert len(stored(tmp_path)) == 2


def test_a_live_receiver_accepts_no_local_preview_origin_unless_in_dev_mode(client, tmp_path):
    post = client.post("/f/self-referral", data={**VALID, "_next": f"{PREVIEW}/thank-you/self-referral/"},
                       headers={"Origin": PREVIEW})
    preflight = client.options("/f/self-referral", headers={"Origin": PREVIEW, "Access-Control-Request-Method": "POST"})
    assert (post.status_code, preflight.status_code) == (403, 403)
    assert "access-control-allow-origin" not in post.headers
    assert stored(tmp_path) == []


@pytest.mark.parametrize("preview", ["http://127.0.0.1:8120", "http://localhost:9000", "http://[::1]:8000"])
def test_in_dev_mode_a_preview_on_this_machine_is_accepted_on_whatever_port_it_was_served(make_client, tmp_path, preview):
    client = make_client(dev=True)
    response = client.post("/f/self-referral", data={**VALID, "_next": f"{preview}/thank-you/self-referral/"},
                           headers={"Origin": preview})
    assert response.status_code == 303 and response.headers["location"] == f"{preview}/thank-you/self-referral/"
    assert len(stored(tmp_path)) == 1


@pytest.mark.parametrize("lookalike", ["http://127.0.0.1.evil.example.com:8000", "https://localhost.example.com",
                                       "http://evil.example.com:8000", "file://localhost"])
def test_in_dev_mode_an_origin_that_only_looks_local_is_still_refused(make_client, tmp_path, lookalike):
    client = make_client(dev=True)
    assert client.post("/f/self-referral", data=VALID, headers={"Origin": lookalike}).status_code == 403
    assert stored(tmp_path) == []


def test_a_refusal_page_is_in_the_forms_language_looks_like_the_site_and_links_to_the_form_under_its_prefix(make_client):
    client = make_client(per_address=Limit(1, 60))
    next_url = f"{SITE}/social-prescribing/ar/thank-you/self-referral/"
    client.post("/f/self-referral", data=VALID, headers={"Origin": SITE})
    response = client.post("/f/self-referral", data={**VALID, "_lang": "ar", "_next": next_url}, headers={"Origin": SITE})
    assert response.status_code == 429
    assert '<html lang="ar" dir="rtl">' in response.text
    assert "عدد كبير جدًا" in response.text  # the Arabic "too many" message
    assert f'href="{SITE}/social-prescribing/ar/forms/self-referral/"' in response.text
    assert '<link rel="stylesheet" href="receiver.css">' in response.text and "style=" not in response.text
    policy = response.headers["content-security-policy"]
    assert "style-src 'self'" in policy and "unsafe-inline" not in policy and "default-src 'none'" in policy
    stylesheet = client.get("/f/receiver.css")
    assert stylesheet.status_code == 200 and stylesheet.headers["content-type"].startswith("text/css")
    assert "#00546b" in stylesheet.text  # the site's primary colour


def test_a_body_refused_before_it_is_read_gets_a_page_in_the_readers_language_linking_to_the_form(make_client):
    client = make_client(max_body=1024)
    response = client.post("/f/self-referral", data={**VALID, "about": "x" * 2000},
                           headers={"Origin": SITE, "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 413
    assert '<html lang="fr" dir="ltr">' in response.text
    assert f'href="{SITE}/fr/forms/self-referral/"' in response.text
    assert response.headers["access-control-allow-origin"] == SITE


def editable_receiver(tmp_path, dev: bool) -> tuple[TestClient, object]:
    """A receiver (not yet started) over a copy of the sample's content, and the copy's self-referral form."""
    content = tmp_path / "content"
    shutil.copytree(PROJECT / "content", content)
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")
    generate_keys(tmp_path / "data")
    return TestClient(create_app(ReceiverConfig(content=content, data=tmp_path / "data", dev=dev))), content / "forms" / "self-referral.yml"


def missing_name_message(client: TestClient) -> tuple[int, str]:
    reply = client.post("/f/self-referral", data={**VALID, "full-name": ""}, headers={"Accept": "application/json"})
    return reply.status_code, next(error["message"] for error in reply.json()["errors"] if error["field"] == "full-name")


def replace_in(path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_in_dev_mode_an_edit_to_content_reaches_the_next_post_and_a_broken_edit_keeps_the_last_good_forms(tmp_path):
    # Beside `make serve`: an editor changes a form (or adds a language) and posts again, without a restart.
    client, form = editable_receiver(tmp_path, dev=True)
    with client:
        assert missing_name_message(client) == (422, "Enter your full name")
        replace_in(form, "Enter your full name", "Enter your whole name")
        assert missing_name_message(client) == (422, "Enter your whole name")
        replace_in(form, "Enter your whole name", "Enter your name now\n  - this: [is not closed")  # not YAML
        assert missing_name_message(client) == (422, "Enter your whole name")


def test_a_live_receiver_keeps_the_forms_it_started_with(tmp_path):
    client, form = editable_receiver(tmp_path, dev=False)
    with client:
        replace_in(form, "Enter your full name", "Enter your whole name")
        assert missing_name_message(client) == (422, "Enter your full name")
