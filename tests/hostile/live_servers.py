"""Rogue database servers on 127.0.0.1 for tests: silent, garbage-speaking, or a MySQL server
that asks the client for a local file. Each listens on a free port, serves one connection at a
time in a daemon thread, and gives up after `hold_s` so no test can hang on it.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Seen:
    """What the server observed, for the test to assert on."""

    connections: int = 0
    client_closed_first: bool = False  # the client hung up before the server gave up
    client_flags: int | None = None  # MySQL capability flags of the handshake response
    after_file_request: bytes = b""  # all the client sent after a LOCAL INFILE request
    done: threading.Event = field(default_factory=threading.Event)


class RogueServer:
    """`with RogueServer(handler) as server:` -> `server.url_port`, `server.seen`."""

    def __init__(self, handler: Callable[[socket.socket, Seen], None], hold_s: float = 15.0):
        self.handler = handler
        self.hold_s = hold_s
        self.seen = Seen()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(hold_s)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> RogueServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        # shutdown() wakes the thread blocked in accept(); a handler still waiting on a client
        # that kept its socket ends by itself within hold_s (the thread is a daemon).
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self.thread.join(0.5)

    def _serve(self) -> None:
        try:
            while True:
                try:
                    client, _ = self.listener.accept()
                except OSError:
                    return
                self.seen.connections += 1
                client.settimeout(self.hold_s)
                with client, contextlib.suppress(OSError):
                    self.handler(client, self.seen)
                self.seen.done.set()
        finally:
            self.seen.done.set()


def _wait_for_hangup(sock: socket.socket, seen: Seen) -> None:
    """Read until the client closes (it gave up) or `hold_s` passes (the server gives up)."""
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                seen.client_closed_first = True
                return
    except TimeoutError:
        return
    except OSError:
        seen.client_closed_first = True


def silent(sock: socket.socket, seen: Seen) -> None:
    """Accept and never say a word."""
    _wait_for_hangup(sock, seen)


def garbage(payload: bytes) -> Callable[[socket.socket, Seen], None]:
    """Answer whatever comes with `payload`, then wait for the client to hang up."""

    def handler(sock: socket.socket, seen: Seen) -> None:
        sock.sendall(payload)
        _wait_for_hangup(sock, seen)

    return handler


def mysql_packet(seq: int, payload: bytes) -> bytes:
    return struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload


# Capabilities the rogue server offers: everything a 5.7 server does, LOCAL_FILES included,
# except TLS (so the client talks in clear) and compression.
_CAPS = 0x000A_F7FF & ~0x0020
LOCAL_FILES = 0x80


def mysql_greeting() -> bytes:
    salt = b"abcdefghijklmnopqrst"
    payload = (b"\x0a" + b"5.7.99-rogue\x00" + struct.pack("<I", 7) + salt[:8] + b"\x00"
               + struct.pack("<H", _CAPS & 0xFFFF) + b"\x21" + struct.pack("<H", 2)
               + struct.pack("<H", _CAPS >> 16) + bytes([21]) + b"\x00" * 10
               + salt[8:] + b"\x00" + b"mysql_native_password\x00")
    return mysql_packet(0, payload)


def _read_packet(sock: socket.socket) -> bytes:
    header = b""
    while len(header) < 4:
        chunk = sock.recv(4 - len(header))
        if not chunk:
            raise ConnectionError("client closed")
        header += chunk
    size = int.from_bytes(header[:3], "little")
    body = b""
    while len(body) < size:
        chunk = sock.recv(size - len(body))
        if not chunk:
            raise ConnectionError("client closed")
        body += chunk
    return body


def mysql_local_infile(path: str) -> Callable[[socket.socket, Seen], None]:
    """A MySQL server that accepts any login, says OK to the driver's `SET …` statements, then
    answers the first other query with a LOAD DATA LOCAL request for `path`, and keeps
    whatever the client sends back."""

    def handler(sock: socket.socket, seen: Seen) -> None:
        sock.sendall(mysql_greeting())
        try:
            response = _read_packet(sock)
            seen.client_flags = int.from_bytes(response[:4], "little")
            sock.sendall(mysql_packet(2, b"\x00\x00\x00\x02\x00\x00\x00"))  # OK
            while _read_packet(sock).startswith(b"\x03SET "):
                sock.sendall(mysql_packet(1, b"\x00\x00\x00\x02\x00\x00\x00"))
            sock.sendall(mysql_packet(1, b"\xfb" + path.encode()))
            while True:
                data = _read_packet(sock)
                seen.after_file_request += data
                if not data:
                    break  # the empty packet that ends a file
        except ConnectionError:
            seen.client_closed_first = True
            return
        except TimeoutError:
            return
        _wait_for_hangup(sock, seen)

    return handler


def mysql_bogus_greeting(sock: socket.socket, seen: Seen) -> None:
    """A MySQL-looking first packet whose fields are cut short."""
    sock.sendall(mysql_packet(0, b"\x0a5.7\x00\x01"))
    _wait_for_hangup(sock, seen)


# Bytes a rogue or misconfigured server may say first: an HTTP server, an SSH banner, random
# binary noise, a MySQL greeting to a PostgreSQL client and the reverse, a length that lies.
GARBAGE: dict[str, bytes] = {
    "http": b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
    "ssh": b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n",
    "noise": bytes((i * 97 + 13) % 256 for i in range(512)),
    "mysql-greeting": mysql_greeting(),
    "postgres-auth": b"R\x00\x00\x00\x08\x00\x00\x00\x00" + b"Z\x00\x00\x00\x05I",
    "huge-length": b"\xff\xff\xff\x00" + b"\x00" * 64,
    "nul": b"\x00" * 64,
}
