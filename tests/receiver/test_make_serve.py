"""`make serve` stops with a clear message when the receiver's port is taken, instead of serving forms
that post to whatever holds it. (A random port stands in for 8001, which tests never bind.)"""
from __future__ import annotations

import socket
import subprocess

from sites import PROJECT


def test_make_serve_stops_when_the_receivers_port_is_taken():
    with socket.socket() as holder, socket.socket() as free:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        free.bind(("127.0.0.1", 0))
        site_port = free.getsockname()[1]
        free.close()  # a port nothing holds, for the site (8000 may be in use on a developer's machine)
        result = subprocess.run(["make", "--no-print-directory", "serve", f"PORT={site_port}", f"RECEIVER_PORT={port}"],
                                cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr
    assert "RECEIVER_PORT=" in result.stderr  # says how to choose another
    assert "Serving on" not in result.stdout + result.stderr  # mkdocs never started
