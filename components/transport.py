"""Socket tuning for the Streamlit server the app runs in.

Streamlit 1.67 binds its listening socket as socket.socket(family) (protocol 0), and asyncio
only turns Nagle's algorithm off for sockets whose protocol says TCP. With Nagle on, a
rerun's later messages wait for the browser's delayed ACK: every click here took about
40 ms longer than its work (bench/rerun.py; a one-line app went from 44 ms to 3 ms).
Connections inherit the option from the listening socket, so setting it once suffices."""

from __future__ import annotations

import os
import socket
import stat

_PROC_FDS = "/proc/self/fd"


def _set_no_delay(fd: int) -> bool:
    """TCP_NODELAY on descriptor fd if it is an IPv4/IPv6 stream socket (works on a dup)."""
    try:
        if not stat.S_ISSOCK(os.fstat(fd).st_mode):
            return False
        copy = os.dup(fd)
    except OSError:  # closed meanwhile
        return False
    try:
        sock = socket.socket(fileno=copy)
    except OSError:  # a socket kind Python cannot wrap
        os.close(copy)
        return False
    with sock:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
            return False
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return True


def disable_nagle(fds_dir: str = _PROC_FDS) -> int:
    """Turn Nagle's algorithm off on every TCP socket this process holds (Linux; elsewhere a
    no-op). Returns how many sockets were changed."""
    try:
        fds = [int(name) for name in os.listdir(fds_dir)]
    except (OSError, ValueError):
        return 0
    return sum(_set_no_delay(fd) for fd in fds)
