"""The client-side watchdog: one guard thread cuts a statement that outlives its limit, and
leaves statements that end in time alone."""

from __future__ import annotations

import socket
import threading
import time

from privflow.sources.live.watchdog import Watchdog


class _Raw:
    """What the watchdog needs of a DBAPI connection: its socket and whether it is closed."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.closed = False

    def fileno(self) -> int:
        return self.sock.fileno()


def test_a_statement_past_its_limit_is_cut_and_others_are_not():
    ours, theirs = socket.socketpair()
    try:
        dog = Watchdog(0.3)
        raw = _Raw(ours)
        for _ in range(50):  # many quick statements: armed and disarmed, never cut
            dog._before(None, type("Cursor", (), {"connection": raw})())
            dog._after()
        time.sleep(0.5)
        assert not dog.fired
        assert threading.active_count() < 10  # one guard thread, not one per statement
        dog._before(None, type("Cursor", (), {"connection": raw})())  # a statement hangs
        ours.settimeout(5)
        started = time.monotonic()
        assert ours.recv(1) == b""  # the guard shut the socket down: the read ends
        assert dog.fired and time.monotonic() - started < 3
        dog.stop()
        assert dog._thread is not None and not dog._thread.is_alive()
    finally:
        ours.close()
        theirs.close()
