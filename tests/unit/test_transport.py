"""Nagle's algorithm off on the server's sockets (components/transport.py)."""

import socket

from components.transport import disable_nagle


def _no_delay(sock: socket.socket) -> int:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def test_connections_accepted_after_the_change_send_without_delay():
    with socket.socket(socket.AF_INET) as listener:  # protocol 0, as Streamlit binds it
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        assert _no_delay(listener) == 0
        assert disable_nagle() >= 1
        with socket.create_connection(listener.getsockname()) as client:
            accepted, _ = listener.accept()
            with accepted:
                assert _no_delay(accepted) == 1


def test_other_descriptors_are_left_alone(tmp_path):
    with open(tmp_path / "file.txt", "w") as handle:
        disable_nagle()
        handle.write("still open")  # the file's descriptor was not closed or wrapped


def test_without_proc_nothing_changes(tmp_path):
    assert disable_nagle(str(tmp_path / "missing")) == 0
