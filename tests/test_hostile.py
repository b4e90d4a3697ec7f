"""Hostile and broken input: nothing crashes, nothing is lost, nothing leaks.

Every input ends in a valid object or a ValidationError. The mutation tests
here run with the current hypothesis profile; for a long fuzzing run:

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_hostile.py
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import (
    Contact,
    Release,
    Severity,
    ValidationError,
    from_json,
    read_text,
    to_dict,
    to_json,
)
from pressrelease import strategies as prs
from pressrelease.cli import main
from pressrelease.limits import MAX_DOCUMENT

from .helpers import mutated, seed_json, seed_release, seed_text


def loads_or_problems(data: str | bytes, cls: Any = None) -> Any:
    """The object, or the problems; anything else raised fails the test."""
    try:
        return from_json(data, cls)
    except ValidationError as exc:
        problems = exc.problems
    assert problems
    assert all(p.path.startswith("$") for p in problems)
    return problems


@given(mutated(seed_json()))
def test_mutated_documents_load_or_fail_cleanly(text: str) -> None:
    result = loads_or_problems(text)
    if isinstance(result, Release):
        to_json(result).encode("utf-8")  # what loads can always be written


@given(prs.releases().flatmap(lambda r: mutated(to_json(r))))
def test_mutated_generated_documents_load_or_fail_cleanly(text: str) -> None:
    loads_or_problems(text)


@given(mutated(seed_json()).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_mutated_bytes_load_or_fail_cleanly(data: bytes) -> None:
    loads_or_problems(data)


@given(st.lists(st.sampled_from(["{", "[", '{"a":', "["]), min_size=1, max_size=10))
def test_deep_nesting(openers: list[str]) -> None:
    text = "".join(openers) * 20_000
    result = loads_or_problems(text)
    assert not isinstance(result, Release)


def test_nesting_past_the_recursion_limit() -> None:
    problems = loads_or_problems("[" * 100_000 + "]" * 100_000)
    assert [p.code for p in problems] == ["json.too_deep"]
    assert from_json(seed_json()) == seed_release()  # the interpreter is still fine


def test_lone_surrogates_are_refused_not_written() -> None:
    problems = loads_or_problems('{"name": "a\\ud800b"}', Contact)
    assert [(p.path, p.code) for p in problems] == [("$.name", "control_character")]


def test_every_duplicate_key_has_its_path() -> None:
    text = (
        '{"schema_version": 1, "id": "a", "id": "b", '
        '"contacts": [{"name": "x", "name": "y"}]}'
    )
    problems = loads_or_problems(text)
    assert [(p.path, p.code) for p in problems] == [
        ("$.id", "json.duplicate_key"),
        ("$.contacts[0].name", "json.duplicate_key"),
    ]


@pytest.mark.parametrize(
    ("document", "code"),
    [
        ({"name": "x" * 100_001}, "too_long"),
        ({"name": "A", "phones": ["+66 2 288 1746"] * 10_001}, "too_many"),
        ({"name": "A", "phones": ["+" + "1" * 300]}, "phone.too_long_input"),
        ({"name": "A", "emails": ["a" * 2000 + "@x.org"]}, "email.too_long"),
        ({"name": "A", "emails": ["a" * 250 + "@example.org"]}, "email.invalid"),
        ({"name": "A", "language": "en-" + "a" * 70}, "language.malformed"),
    ],
)
def test_documented_limits(document: dict[str, Any], code: str) -> None:
    problems = loads_or_problems(json.dumps(document), Contact)
    assert code in [p.code for p in problems]


def test_document_size_is_checked_before_parsing() -> None:
    problems = loads_or_problems(b" " * (MAX_DOCUMENT + 1))
    assert [p.code for p in problems] == ["json.too_large"]


@given(mutated(seed_text()) | st.text(max_size=300))
def test_mutated_text_imports_or_reports(text: str) -> None:
    result = read_text(text)
    if result.release is None:
        assert any(f.severity is Severity.ERROR for f in result.findings)
    else:
        to_json(result.release).encode("utf-8")


def run_cli(*argv: str) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        return main(list(argv))


@given(mutated(seed_json()), st.sampled_from(["validate", "render", "export"]))
def test_cli_on_mutated_documents(text: str, command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        args = [command, str(path)]
        if command == "export":
            args += ["--to", "jsonld-html"]
        assert run_cli(*args) in (0, 1)


@given(mutated(seed_text()))
def test_cli_import_on_mutated_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        out = Path(folder) / "out.json"
        status = run_cli("import", str(path), "-o", str(out))
        assert status in (0, 1)
        if out.exists():  # what is written loads back: a release, or contacts
            data = out.read_bytes()
            if data.startswith(b"{\n"):
                from_json(data)
            else:
                for line in data.splitlines():
                    from_json(line, Contact)


def test_loading_from_many_threads_gives_equal_results() -> None:
    results: list[Release] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                results.append(from_json(seed_json()))
                to_json(results[-1])
        except BaseException as exc:  # collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 160
    assert all(r == seed_release() for r in results)


def test_errors_from_many_threads_are_equal() -> None:
    bad = json.dumps({**to_dict(seed_release()), "language": "english", "extra": 1})
    found: list[tuple[Any, ...]] = []

    def work() -> None:
        for _ in range(20):
            found.append(tuple(loads_or_problems(bad)))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(found)) == 1


# Growing inputs: long runs of one character and deep repetition of one
# grammar rule, put anywhere in a valid document. Each must end cleanly and
# quickly (the bound is far above linear time, far below quadratic time).
RUNS = st.sampled_from(
    ['"', "\\", "[", "{", ",", ":", "0", "9", " ", "\n", "a", "é", "\x00", "\ud800"]
)
RULES = st.sampled_from(
    [
        '{"a":',
        "[",
        '{"name": "x", "name": ',
        '"k": 1, ',
        "[1, ",
        '"\\u0000',
        '"\\ud800\\udc00',
        '{"phones": ["+1 ',
        "1e999, ",
    ]
)


@given(
    st.one_of(RUNS, RULES),
    st.integers(1, 60_000),
    st.integers(0, len(seed_json())),
    st.booleans(),
)
def test_grown_inputs_end_cleanly_and_quickly(
    piece: str, count: int, at: int, closed: bool
) -> None:
    grown = piece * count
    if closed and piece in ("[", '{"a":'):
        grown += ("]" if piece == "[" else "1}") * count
    text = seed_json()[:at] + grown + seed_json()[at:]
    start = time.perf_counter()
    loads_or_problems(text.encode("utf-8", "surrogatepass"))
    loads_or_problems(text)
    assert time.perf_counter() - start < 10
