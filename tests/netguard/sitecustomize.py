"""Installed in the test suite's subprocesses: any network use fails loudly."""

import socket
from typing import NoReturn


def _refuse(*args: object, **kwargs: object) -> NoReturn:
    raise OSError("the test suite must never use the network")


socket.getaddrinfo = _refuse
socket.create_connection = _refuse
socket.socket.connect = _refuse  # type: ignore[method-assign]
socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
