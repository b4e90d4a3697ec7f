"""Test configuration: hypothesis profiles and a no-network guard.

Profiles: ``dev`` (the default, quick), ``ci`` (more examples; chosen
automatically when the CI environment variable is set). Pick one explicitly
with HYPOTHESIS_PROFILE=ci.
"""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
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

ROOT = Path(__file__).resolve().parent.parent
#: Put on PYTHONPATH for subprocesses, so the guard below covers them too.
NETGUARD = Path(__file__).resolve().parent / "netguard"
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seeds" / "000_8d23bf7ad7701ba8.txt"


class NetworkUsedError(AssertionError):
    pass


def _no_network(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsedError("the test suite must never use the network")


def child_env() -> dict[str, str]:
    """The environment for a subprocess: with the network guard installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(NETGUARD), env.get("PYTHONPATH", "")) if p
    )
    return env


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to resolve a name or open a connection."""
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)


def load_example(name: str) -> ModuleType:
    """An example script from examples/, imported as a module."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
