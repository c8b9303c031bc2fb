"""The single-instance socket: Python's Unix sockets speak exactly as QLocalServer/QLocalSocket."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from walkcoach.ui.platform.local_socket import make_server, request, server_path, split_lines

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")

KINDS = {"python": False, "qt": True}
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def name(tmp_path):
    # Unique per test run; QLocalServer and ours both put it in QDir.tempPath().
    server_name = f"walkcoach-test-{os.getpid()}-{tmp_path.name}"[:60]
    yield server_name
    if os.path.exists(server_path(server_name)):
        os.unlink(server_path(server_name))


@pytest.fixture
def owner():
    # What owns the server in the app (the single-instance object); deleted after each test.
    parent = QObject()
    yield parent
    parent.deleteLater()


def _answering_server(owner, name: str, *, qt: bool):
    lines: list[bytes] = []

    def on_line(line: bytes, send) -> None:
        lines.append(line)
        send(b"got " + line + b"\n")

    server = make_server(on_line, owner, qt=qt)
    assert server.listen(name) == ""
    assert server.is_listening
    return server, lines


CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from walkcoach.ui.platform.local_socket import request

app = QCoreApplication([])
sys.stdout.buffer.write(request(sys.argv[1], b"raise\\n", 5000, qt=sys.argv[2] == "qt"))
"""


def _request_from_another_process(qtbot, name: str, kind: str) -> bytes:
    # As a later start asks: from its own process, while this one's event loop answers.
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT, name, kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO)),
    )
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=30_000)
    out, err = client.communicate()
    assert client.returncode == 0, err.decode()[-2000:]
    return out


@pytest.mark.parametrize("server_kind", KINDS)
@pytest.mark.parametrize("client_kind", KINDS)
def test_either_client_talks_to_either_server(qtbot, owner, name, server_kind, client_kind):
    server, lines = _answering_server(owner, name, qt=KINDS[server_kind])
    reply = _request_from_another_process(qtbot, name, client_kind)
    assert reply == b"got raise\n"
    assert lines == [b"raise"]
    server.close()


@pytest.mark.parametrize("kind", KINDS)
def test_socket_file_is_private_replaces_a_stale_one_and_goes_on_close(owner, name, kind):
    path = server_path(name)
    with open(path, "w") as stale:  # what a crashed instance leaves behind
        stale.write("old")
    server, _lines = _answering_server(owner, name, qt=KINDS[kind])
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)  # owner only, as QLocalServer's UserAccessOption
    server.close()
    assert not os.path.exists(path)
    assert not server.is_listening


def test_private_modes_match_qt(owner, name):
    modes = {}
    for kind, qt in KINDS.items():
        server, _lines = _answering_server(owner, name, qt=qt)
        modes[kind] = stat.S_IMODE(os.stat(server_path(name)).st_mode)
        server.close()
    assert modes["python"] == modes["qt"]


@pytest.mark.parametrize("kind", KINDS)
def test_no_server_means_an_empty_answer_after_the_retries(name, kind):
    assert request(name, b"raise\n", 300, qt=KINDS[kind]) == b""


def test_lines_are_split_and_a_partial_line_is_capped():
    assert split_lines(b"a\nb\nrest") == ([b"a", b"b"], b"rest")
    assert split_lines(b"x" * 1000) == ([], b"x" * 256)
