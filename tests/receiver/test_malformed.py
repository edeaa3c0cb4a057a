"""Whatever a sender posts, the receiver answers 4xx in the Formspree shape with the site's CORS
headers, never 5xx, and stores nothing it refused: a property test over generated bodies (bounded,
derandomized so CI runs the same examples every time), against the real ASGI application."""
from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from signpost.receiver.app import ReceiverConfig, create_app
from signpost.receiver.ratelimit import Limit
from signpost.receiver.sealing import generate_keys
from signpost.receiver.storage import DATABASE
from sites import PROJECT

SITE = "https://socialprescribing.example.org"
FIELDS = ["full-name", "date-of-birth", "phone", "email", "needs", "language", "consent", "about",
          "_lang", "_next", "_gotcha"]
KINDS = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
         "multipart/form-data", "text/plain", "", "application/json; charset=latin-1", "multipart/form-data; boundary="]

texts = st.text(max_size=40)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | texts
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                           max_leaves=12)


@st.composite
def bodies(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(KINDS) | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30))
    shape = draw(st.sampled_from(["bytes", "json", "deep", "form", "multipart", "surrogate"]))
    if shape == "bytes":
        body = draw(st.binary(max_size=600))
    elif shape == "json":
        body = json.dumps(draw(st.dictionaries(st.sampled_from(FIELDS) | texts, json_values, max_size=8)) if draw(st.booleans())
                          else draw(json_values)).encode()
    elif shape == "deep":
        depth = draw(st.integers(min_value=1, max_value=20_000))
        body = (draw(st.sampled_from(['{"a":', "[", '{"full-name":['])) * depth).encode()
    elif shape == "surrogate":
        body = b'{"full-name": "\\ud800", "' + draw(st.sampled_from([b"\\udfff", b"x"])) + b'": "y"}'
    elif shape == "form":
        pairs = draw(st.lists(st.tuples(st.sampled_from(FIELDS) | texts, texts), max_size=12))
        body = "&".join(f"{key}={value}" for key, value in pairs).encode("utf-8", "surrogatepass")
    else:
        parts = draw(st.lists(st.tuples(st.sampled_from(FIELDS) | texts, st.binary(max_size=40), st.booleans()), max_size=5))
        body = b"".join(b'--xyz\r\nContent-Disposition: form-data; name="' + key.encode("utf-8", "surrogatepass") + b'"'
                        + (b'; filename="a.txt"' if is_file else b"") + b"\r\n\r\n" + value + b"\r\n"
                        for key, value, is_file in parts) + draw(st.sampled_from([b"--xyz--\r\n", b"", b"--xy"]))
    return kind, body


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    data = tmp_path_factory.mktemp("receiver")
    generate_keys(data)
    config = ReceiverConfig(content=PROJECT / "content", data=data, per_address=Limit(10**9, 60), per_form=Limit(10**9, 60))
    with TestClient(create_app(config), follow_redirects=False) as client:
        yield client, data


def stored(data) -> int:
    with sqlite3.connect(data / DATABASE) as connection:
        return connection.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=bodies(), wants_json=st.booleans(), from_site=st.booleans())
@example(body=("application/json", b"[" * 1000 + b"]" * 1000), wants_json=True, from_site=True)
@example(body=("application/json", b'{"a":' * 100_000), wants_json=False, from_site=True)
@example(body=("application/json", b'{"full-name": "\\ud800"}'), wants_json=True, from_site=True)
def test_no_body_gets_a_5xx_and_a_refused_one_is_not_stored(receiver, body, wants_json, from_site):
    client, data = receiver
    kind, content = body
    headers = {"Content-Type": kind} if kind else {}
    if wants_json:
        headers["Accept"] = "application/json"
    if from_site:
        headers["Origin"] = SITE
    before = stored(data)
    response = client.post("/f/self-referral", content=content, headers=headers)
    assert response.status_code < 500, response.text
    if from_site:
        assert response.headers["access-control-allow-origin"] == SITE
    if wants_json:
        reply = response.json()
        assert reply.get("ok") is True or (isinstance(reply["error"], str) and isinstance(reply["errors"], list))
    if response.status_code >= 400:
        assert stored(data) == before
