"""Shared test helpers: paths, the seed in its forms, subprocess setup.

One naming scheme for the seed (the UNIAP release of 19 June 2009):
``SEED_TEXT_PATH`` / ``seed_text()`` its original text, ``SEED_JSON_PATH`` /
``seed_json()`` the checked-in JSON, ``seed_release()`` the loaded Release.
Test modules import from here (or get fixtures from conftest), never from
each other.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.util
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from hypothesis import strategies as st

from pressrelease import (
    Contact,
    ContactRole,
    Phone,
    PhoneKind,
    Release,
    clear_caches,
    from_json,
)

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Fixtures written for the tests (releases, vCards, CSV lists, schemas).
DATA = Path(__file__).resolve().parent / "data"
#: Put on PYTHONPATH for subprocesses, so the network guard covers them too.
NETGUARD = Path(__file__).resolve().parent / "netguard"

#: The seed's original text, as shipped in examples/.
SEED_TEXT_PATH = EXAMPLES / "uniap_2009.txt"
#: SHA-256 of the seed as the project received it (shared/seeds/000_8d23...txt).
SEED_SHA256 = "f2a7886519de6966073a08fedf026b862caa2f72de2ec0b6fa74a9304502aebb"
#: The seed release as the library writes it.
SEED_JSON_PATH = EXAMPLES / "uniap_2009.json"


@functools.cache
def seed_text() -> str:
    """The seed's original text."""
    return SEED_TEXT_PATH.read_text(encoding="utf-8")


def seed_sha256() -> str:
    """SHA-256 of the shipped seed text's bytes."""
    return hashlib.sha256(SEED_TEXT_PATH.read_bytes()).hexdigest()


@functools.cache
def seed_json() -> str:
    """The checked-in JSON of the seed release."""
    return SEED_JSON_PATH.read_text(encoding="utf-8")


@functools.cache
def seed_release() -> Release:
    """The seed release, loaded from its checked-in JSON."""
    return from_json(seed_json())


def child_env() -> dict[str, str]:
    """The environment for a subprocess: with the network guard installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(NETGUARD), env.get("PYTHONPATH", "")) if p
    )
    return env


def load_example(name: str) -> ModuleType:
    """An example script from examples/, imported as a module."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


INJECTED = st.sampled_from(
    [
        "\x00", "\\u0000", "\\ud800", "\\udfff", "\u202e", "\\u202e", "\u2028",
        "NaN", "Infinity", "-Infinity", "1e999", "9" * 5000, "true", "null",
        '"', "\\", "{", "}", "[", "]", ",", ":", '"name": 1,', '"x": [',
        "\ufeff", "\r\n", "</script>", "\udcff",
    ]
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """*text* with one edit: delete, duplicate, truncate, inject or swap."""
    size = len(text)
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, min(size, start + 200)))
    edit = draw(st.sampled_from(["delete", "duplicate", "truncate", "inject", "swap"]))
    if edit == "delete":
        return text[:start] + text[end:]
    if edit == "duplicate":
        return text[:end] + text[start:end] + text[end:]
    if edit == "truncate":
        return text[:start]
    if edit == "inject":
        return text[:start] + draw(INJECTED | st.text(max_size=5)) + text[start:]
    other = draw(st.integers(0, size))
    return text[:start] + text[other : other + (end - start)] + text[end:]


#: The most the time may grow when the input grows 8 times.
RATIO = 16
#: Timings under this are rounded up to it, so that noise in a very fast
#: call cannot fail a test.
FLOOR = 0.002


def timed(run: Callable[[T], object], data: T) -> float:
    """The CPU time of one run, with caches cleared and (as timeit does) no
    garbage collection: a collection's cost depends on everything else alive
    in the test process, not on the code measured. CPU time, not wall time:
    on a busy machine a long run is preempted more often than a short one."""
    clear_caches()
    gc.disable()
    try:
        start = time.process_time()
        run(data)
        return time.process_time() - start
    finally:
        gc.enable()


def assert_linear(make: Callable[[int], T], run: Callable[[T], object], n: int) -> None:
    """Best of 3 at n and at 8n, the runs interleaved so that a burst of load
    on the machine slows both sizes alike. A ratio over the bound is
    measured again, up to twice, with 3 more runs of each size: the bound
    stays, a moment's noise on a busy machine does not decide."""
    small, large = make(n), make(8 * n)
    run(small)  # warm up: converters and generated code are built on first use
    small_times: list[float] = []
    large_times: list[float] = []
    ratio = float("inf")
    for _ in range(3):
        for _ in range(3):
            small_times.append(timed(run, small))
            large_times.append(timed(run, large))
        ratio = max(min(large_times), FLOOR) / max(min(small_times), FLOOR)
        if ratio <= RATIO:
            return
    raise AssertionError(f"8x the input took {ratio:.1f}x the time")


def contact_of_every_kind() -> Contact:
    """A contact with a role, three emails and one number of each kind, their
    labels holding what parameter values must encode (``;,:"^``)."""
    numbers = [
        ("+351 212 345 678", PhoneKind.VOICE, 'desk; "24h", ^ok: yes'),
        ("+351 912 345 678", PhoneKind.MOBILE, "journalists only"),
        ("+351 212 345 679", PhoneKind.FAX, None),
        ("+351 212 345 670;ext=12", PhoneKind.PAGER, "a,b"),
        ("+351 912 345 679", PhoneKind.TEXT, "Ação"),
    ]
    return Contact(
        name="Ana Costa, Jr.",
        role=ContactRole.INVESTOR,
        emails=("press@example.pt", "ana@example.org", "ana.costa@example.com"),
        phones=tuple(Phone(number=n, kind=k, label=lbl) for n, k, lbl in numbers),
        country="PT",
    )
