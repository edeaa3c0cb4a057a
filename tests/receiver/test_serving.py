"""`signpost receiver serve` as a real process on loopback: it outlives its log reader, trusts proxy
headers only from a named proxy, and holds up against slow and half-sent requests. Every test is bounded
in count and time."""
from __future__ import annotations

import json
import socket
import subprocess

import httpx2 as httpx

from receiver.support import SIGNPOST, free_port, wait_for_port
from signpost.receiver.sealing import generate_keys
from signpost.receiver.server import TOO_SLOW
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


def start(data, port, *extra, preexec_fn=None) -> subprocess.Popen:
    generate_keys(data)
    log = open(data / "receiver.log", "ab")
    process = subprocess.Popen(serve_args(data, port, *extra), stdout=log, stderr=subprocess.STDOUT,
                               preexec_fn=preexec_fn)
    log.close()
    wait_for_port(port, process=process)
    return process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def posts_from(port: int, addresses: list[str]) -> list[int]:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
        return [http.post("/f/self-referral", json=POST, headers={**JSON, "X-Forwarded-For": address}).status_code
                for address in addresses]


def test_forwarded_for_is_ignored_unless_the_proxy_is_named(tmp_path):
    spoofed = [f"198.51.100.{number}" for number in range(14)]
    port = free_port()
    process = start(tmp_path / "plain", port, "--per-address", "2/60")
    try:
        assert posts_from(port, spoofed) == [200, 200] + [429] * 12
    finally:
        stop(process)
    log = (tmp_path / "plain" / "receiver.log").read_text()
    assert log.count("refused with 429") == 1, log  # one line per refused client per minute, not per post
    port = free_port()
    process = start(tmp_path / "proxied", port, "--per-address", "2/60", "--trust-proxy", "127.0.0.1")
    try:
        assert posts_from(port, spoofed) == [200] * 14  # each a real client behind the named proxy
        # Keys are addresses: header text that is not one shares a single key, however it varies.
        assert posts_from(port, ["junk-1", "junk-2", "junk-3"]) == [200, 200, 429]
    finally:
        stop(process)


def half_open(port: int, source: str, count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        sock = socket.socket()
        sock.bind((source, 0))
        sock.settimeout(5)
        sock.connect(("127.0.0.1", port))
        sock.sendall(b"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")  # headers never end
        sockets.append(sock)
    return sockets


def closed_by_server(sock: socket.socket) -> bool:
    try:
        while sock.recv(4096):
            pass
        return True  # end of stream
    except ConnectionResetError:
        return True
    except (TimeoutError, socket.timeout):
        return False


def test_half_sent_requests_are_closed_capped_and_logged_once_and_a_real_post_still_gets_through(tmp_path):
    import resource

    def small_file_limit():  # 300 half-open sockets would exhaust it without the connection caps
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    port = free_port()
    process = start(tmp_path, port, "--header-timeout", "1", "--body-timeout", "1",
                    "--max-connections-per-address", "8", preexec_fn=small_file_limit)
    sockets: list[socket.socket] = []
    try:
        sockets = half_open(port, "127.0.0.2", 300)  # another loopback address than the real sender's
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            assert http.post("/f/self-referral", json=POST, headers=JSON).status_code == 200
        assert all(closed_by_server(sock) for sock in sockets)  # by the cap at once, or the header timeout

        slow_body = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=("127.0.0.3", 0))
        slow_body.sendall(b"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          b"Accept: application/json\r\nContent-Length: 100\r\n\r\n{\"full-name\"")
        reply = b""
        while chunk := slow_body.recv(4096):
            reply += chunk
        reply = reply.decode()
        slow_body.close()
        assert reply.startswith("HTTP/1.1 408") and '"errors":[]' in reply

        assert process.poll() is None
    finally:
        for sock in sockets:
            sock.close()
        stop(process)
    log = (tmp_path / "receiver.log").read_text(errors="replace")
    assert log.count("refused a connection from 127.0.0.2") == 1, log[-3000:]
    assert log.count("closed a connection from 127.0.0.2") == 1, log[-3000:]
    assert len(log.splitlines()) < 40, log[-3000:]


def read_replies(sock: socket.socket) -> bytes:
    reply = b""
    try:
        while chunk := sock.recv(65536):
            reply += chunk
    except (ConnectionResetError, TimeoutError, socket.timeout):
        pass
    return reply


def test_oversized_headers_are_refused_and_pipelined_posts_are_each_answered(tmp_path):
    """The C parser keeps no header limit of its own: the guard's cap (16 KiB) closes a connection whose
    headers grow past it, and kept-alive, pipelined posts each still get their reply."""
    port = free_port()
    process = start(tmp_path, port, "--header-timeout", "2")
    try:
        huge = socket.create_connection(("127.0.0.1", port), timeout=10)
        huge.sendall(b"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        try:
            for number in range(400):  # about 40 KB of headers, never finished
                huge.sendall(b"X-Filler-%d: %s\r\n" % (number, b"a" * 100))
        except (BrokenPipeError, ConnectionResetError):
            pass  # closed by the receiver while still sending
        assert read_replies(huge).startswith(b"HTTP/1.1 400")
        huge.close()

        body = json.dumps(POST).encode()
        post = (b"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b"Accept: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        pipelined = socket.create_connection(("127.0.0.1", port), timeout=10)
        pipelined.sendall(post * 3)  # three posts in one write, before any reply
        replies = read_replies(pipelined)  # then the connection idles: closed after the header timeout
        pipelined.close()
        assert replies.count(b"HTTP/1.1 200") == 3 and replies.endswith(b"\r\n\r\n" + TOO_SLOW.split(b"\r\n\r\n", 1)[1])
        assert process.poll() is None
    finally:
        stop(process)
    log = (tmp_path / "receiver.log").read_text(errors="replace")
    assert log.count("request headers over 16384 bytes") == 1, log[-3000:]


def test_a_client_trickling_its_headers_a_byte_at_a_time_is_closed_at_the_deadline(tmp_path):
    """Each byte arrives well within the header timeout, but the whole headers never do: the deadline runs
    from the first moment headers are awaited, so the connection is closed with a 408 long before the
    headers could end (about 12 s of trickle against a 1 s timeout)."""
    import time

    port = free_port()
    process = start(tmp_path, port, "--header-timeout", "1")
    head = b"POST /f/self-referral HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n"
    sent = 0
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        try:
            for byte in head:
                sock.sendall(bytes([byte]))
                sent += 1
                time.sleep(0.15)
                sock.setblocking(False)
                try:
                    if sock.recv(1, socket.MSG_PEEK):
                        break  # the receiver answered (and closes) before the headers ended
                except BlockingIOError:
                    pass
                finally:
                    sock.setblocking(True)
                    sock.settimeout(10)
        except (BrokenPipeError, ConnectionResetError):
            pass
        reply = read_replies(sock)
        sock.close()
        assert sent < len(head) and reply.startswith(b"HTTP/1.1 408"), (sent, reply)
    finally:
        stop(process)
