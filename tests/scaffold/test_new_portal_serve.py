"""A new portal's `make serve` runs the site and a local form receiver beside it, on whatever ports the
team chooses, so a form filled in the preview is sealed and stored; the key pair it makes is never
committed. Run as a team runs it: `make serve` as a subprocess, the form posted over real HTTP."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .support import SIGNPOST, add_self_referral_form, new_portal

FILLED = {"full-name": "Ann Example", "date-of-birth-day": "27", "date-of-birth-month": "3",
          "date-of-birth-year": "1985", "phone": "020 7946 0123", "language": "en", "consent": "yes"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


@pytest.fixture
def served(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    add_self_referral_form(project, "https://forms.example.org/f/", ("en",))
    site_port, receiver_port = free_port(), free_port()
    process = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={site_port}", f"RECEIVER_PORT={receiver_port}"],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while (page := fetch(f"http://127.0.0.1:{site_port}/forms/self-referral/")) is None:
            assert process.poll() is None and time.monotonic() < deadline, process.stdout.read() if process.poll() is not None else "timed out"
            time.sleep(0.5)
        yield project, site_port, receiver_port, page
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_a_form_filled_in_the_preview_of_a_new_portal_is_stored_by_its_local_receiver(served):
    project, site_port, receiver_port, page = served
    [action] = re.findall(r'<form[^>]*action="([^"]+)"', page)
    assert action == f"http://127.0.0.1:{receiver_port}/f/self-referral"  # not the live endpoint in site.yml
    [next_url] = re.findall(r'name="_next" value="([^"]+)"', page)
    need = re.findall(r'name="needs" value="([^"]+)"', page)[0]  # the new portal's own needs
    answers = {**FILLED, "needs": need, "_next": next_url}
    request = urllib.request.Request(action, data=urllib.parse.urlencode(answers).encode(),
                                     headers={"Origin": f"http://127.0.0.1:{site_port}"}, method="POST")
    try:
        urllib.request.build_opener(NoRedirect).open(request, timeout=30)
        raise AssertionError("expected a redirect to the thank-you page")
    except urllib.error.HTTPError as reply:
        assert reply.code == 303, reply.read().decode()[-1500:]
        assert reply.headers["Location"].startswith(f"http://127.0.0.1:{site_port}/thank-you/")
    exported = subprocess.run([str(SIGNPOST), "receiver", "export", "--data", ".receiver", "--private-key",
                               ".receiver/team.key", "--format", "json"], cwd=project, capture_output=True, text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    assert '"full-name": "Ann Example"' in exported.stdout


def test_the_key_pair_make_serve_makes_is_ignored_by_git(served):
    project = served[0]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    assert (project / ".receiver" / "team.key").is_file()
    ignored = subprocess.run(["git", "check-ignore", ".receiver/team.key", "keys/team.key"], cwd=project,
                             capture_output=True, text=True)
    assert ignored.stdout.split() == [".receiver/team.key", "keys/team.key"]


def test_make_serve_of_a_new_portal_stops_with_a_sentence_when_a_port_is_taken(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        result = subprocess.run(["make", "--no-print-directory", "serve", f"PORT={taken}", f"RECEIVER_PORT={free_port()}"],
                                cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and f"port {taken} on 127.0.0.1 is in use" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
