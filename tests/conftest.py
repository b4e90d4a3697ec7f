"""Test configuration: hypothesis profiles and a no-network guard.

Profiles: ``dev`` (the default, quick), ``ci`` (more examples; chosen
automatically when the CI environment variable is set). Pick one explicitly
with HYPOTHESIS_PROFILE=ci.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# CI explores more, and always the same examples for the same code: a red run
# is reproducible, and a green one cannot turn red by the draw of the seed.
# The dev and fuzz profiles keep drawing new examples; what they find becomes
# an explicit @example.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# For maintainers: a long fuzzing run, HYPOTHESIS_PROFILE=fuzz pytest -k hostile
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)


class NetworkUsedError(AssertionError):
    pass


def _no_network(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsedError("the test suite must never use the network")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to resolve a name or open a connection."""
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)
