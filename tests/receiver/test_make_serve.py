"""`make serve` stops with a clear message when the receiver's port is taken, instead of serving forms
that post to whatever holds it. (A random port stands in for 8001, which tests never bind.)"""
from __future__ import annotations

import socket
import subprocess

from sites import PROJECT


def test_make_serve_stops_when_the_receivers_port_is_taken():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = subprocess.run(["make", "--no-print-directory", "serve", f"RECEIVER_PORT={port}"], cwd=PROJECT,
                                capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr
    assert "forms.endpoint" in result.stderr
    assert "Serving on" not in result.stdout + result.stderr  # mkdocs never started
