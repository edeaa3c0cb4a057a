"""Runs `signpost receiver serve` as a real process (uvicorn) on a free loopback port, for tests."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from signpost.receiver.cli import decrypted
from signpost.receiver.sealing import PRIVATE_KEY, generate_keys

SIGNPOST = Path(sys.executable).parent / "signpost"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, seconds: float = 30, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the receiver exited with {process.returncode}: {process.stdout.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listening on 127.0.0.1:{port} after {seconds} s")


@dataclass
class ReceiverProcess:
    content: Path
    data: Path
    port: int
    args: list[str]
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = open(self.data / "receiver.log", "ab")
        self.process = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
        log.close()
        wait_for_port(self.port, process=self.process)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush: what a power cut or the OOM killer does."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def records(self) -> list[dict]:
        return decrypted(self.data, self.data / PRIVATE_KEY)

    def log(self) -> str:
        return (self.data / "receiver.log").read_text(encoding="utf-8", errors="replace")


class Inbox:
    """What a local SMTP server received: (recipients, message text) a message."""

    def __init__(self):
        self.messages: list[tuple[list[str], str]] = []
        self.port = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8")))
        return "250 OK"


@contextmanager
def smtp_inbox() -> Iterator[Inbox]:
    """An SMTP server (aiosmtpd) on a free loopback port, in a thread; yields its inbox (with its port)."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    try:
        yield inbox
    finally:
        controller.stop()


@contextmanager
def running_receiver(content: Path, data: Path, port: int, site_origins: list[str] = (),
                     extra: list[str] = ()) -> Iterator[ReceiverProcess]:
    generate_keys(data)
    args = [str(SIGNPOST), "receiver", "serve", "--content", str(content), "--data", str(data),
            "--port", str(port), *[arg for origin in site_origins for arg in ("--site-origin", origin)], *extra]
    receiver = ReceiverProcess(content, data, port, args)
    receiver.start()
    try:
        yield receiver
    finally:
        receiver.stop()
