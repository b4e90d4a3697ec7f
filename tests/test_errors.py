"""Problems, findings and ValidationError as data."""

from __future__ import annotations

import copy
import pickle

import pytest

from pressrelease import Finding, Problem, Severity, ValidationError
from pressrelease.errors import READING_JSON, describe, join_path, key_path


def test_validation_error_is_a_value_error_with_every_problem() -> None:
    problems = [
        Problem(path="$.a", code="x", message="first"),
        Problem(path="$.b[0]", code="y", message="second"),
    ]
    err = ValidationError(problems)
    assert isinstance(err, ValueError)
    assert err.problems == tuple(problems)
    assert str(err) == "2 problems:\n  $.a: first [x]\n  $.b[0]: second [y]"


def test_validation_error_needs_a_problem() -> None:
    with pytest.raises(ValueError, match="at least one problem"):
        ValidationError([])


def test_validation_error_pickles_and_copies() -> None:
    err = ValidationError.single("empty", "must not be empty", path="$.name")
    for again in (pickle.loads(pickle.dumps(err)), copy.deepcopy(err)):
        assert isinstance(again, ValidationError)
        assert again.problems == err.problems


def test_under_prefixes_paths() -> None:
    err = ValidationError.single("c", "m", path="$.phones[0]").under("$.contacts[4]")
    assert err.problems[0].path == "$.contacts[4].phones[0]"
    assert join_path("$.a", "$") == "$.a"


@pytest.mark.parametrize(
    ("key", "step"),
    [("name", ".name"), ("a b", '["a b"]'), ("7", '["7"]'), ('q"', '["q\\""]')],
)
def test_key_path(key: str, step: str) -> None:
    assert key_path(key) == step


def test_finding_becomes_a_problem() -> None:
    finding = Finding(path="$.x", code="c", severity=Severity.WARNING, message="m")
    assert finding.to_problem() == Problem(path="$.x", code="c", message="m")
    assert str(finding) == "$.x: m [c, warning]"


def test_describe_long_values_is_bounded() -> None:
    assert describe("x" * 100) == "a string ('" + "x" * 36 + "...)"
    assert describe({"a": 1}) == "a dict"  # as Python names it
    assert describe(True) == "a bool (True)"
    token = READING_JSON.set(True)  # as JSON names it, while JSON is read
    try:
        assert describe({"a": 1}) == "an object"
        assert describe(True) == "a boolean (True)"
        assert describe(None) == "null"
    finally:
        READING_JSON.reset(token)
