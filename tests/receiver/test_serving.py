"""`signpost receiver serve` as a real process on loopback: it outlives its log reader, trusts proxy
headers only from a named proxy, and holds up against slow and half-sent requests. Every test is bounded
in count and time."""
from __future__ import annotations

import os
import socket
import subprocess
import time

import httpx

from receiver.support import SIGNPOST, free_port, wait_for_port
from signpost.receiver.sealing import generate_keys
from sites import PROJECT

POST = {"full-name": "Ann Example", "date-of-birth": "1985-03-27", "phone": "020 7946 0123",
        "needs": ["food"], "language": "en", "consent": "yes"}
JSON = {"Accept": "application/json"}


def serve_args(data, port, *extra) -> list[str]:
    return [str(SIGNPOST), "receiver", "serve", "--content", str(PROJECT / "content"), "--data", str(data),
            "--port", str(port), *extra]


def test_the_receiver_outlives_a_log_reader_that_went_away(tmp_path):
    """`signpost receiver serve | tee log`, then the tee stops: the next post must still be answered."""
    generate_keys(tmp_path)
    port = free_port()
    process = subprocess.Popen(serve_args(tmp_path, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process=process)
        process.stdout.close()  # the reader goes away: every later log line meets a broken pipe
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            first = http.post("/f/self-referral", json=POST, headers=JSON)
            second = http.post("/f/self-referral", json=POST, headers=JSON)
        assert (first.status_code, second.status_code) == (200, 200)
        assert process.poll() is None, f"the receiver exited with {process.returncode}"
    finally:
        process.kill()
        process.wait(timeout=10)
