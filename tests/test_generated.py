"""The generated readers and writers: they refuse what they cannot honour,
and a traceback through them shows their source."""

from __future__ import annotations

import linecache
import traceback
from typing import Any

import attrs
import pytest

from pressrelease import converter
from pressrelease._gen.reader import builders
from pressrelease._gen.skeleton import compile_function, plain_fields
from pressrelease._gen.writer import writers
from pressrelease.model import CLASSES


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_model_class_has_only_fields_the_generators_honour(cls: type) -> None:
    assert plain_fields(cls) == attrs.fields(cls)
    assert converter._fast()[cls] is not None
    assert converter._writers()[cls] is not None


def test_the_converter_knows_every_model_class() -> None:
    assert set(converter._MODEL) == set(CLASSES)
    assert {t.__name__ for t in CLASSES} == {
        t.__name__ for t in converter.Model.__args__
    }


def _check(value: Any) -> Any:
    return value


@attrs.frozen(kw_only=True)
class _Validated:
    name: str = attrs.field(converter=_check, validator=attrs.validators.min_len(1))


@attrs.define(kw_only=True)
class _Hooked:
    name: str = attrs.field(converter=_check, on_setattr=attrs.setters.convert)


@attrs.frozen(kw_only=True)
class _Factory:
    names: list[str] = attrs.field(factory=list, converter=_check)


@attrs.frozen(kw_only=True)
class _Shared:
    names: tuple[str, ...] = attrs.field(default=("a",), converter=_check)


@attrs.frozen(kw_only=True)
class _NotInit:
    name: str = attrs.field(default="x", init=False)


@pytest.mark.parametrize(
    ("cls", "reason"),
    [
        (_Validated, "validator"),
        (_Hooked, "on_setattr"),
        (_Factory, "default"),
        (_Shared, "default"),
        (_NotInit, "init=False"),
    ],
)
def test_the_generators_refuse_fields_they_cannot_honour(
    cls: type, reason: str
) -> None:
    with pytest.raises(TypeError, match=reason) as info:
        builders((cls,), lambda v, _: v, {})
    assert f"{cls.__name__}." in str(info.value)
    with pytest.raises(TypeError, match=reason):
        writers((cls,), lambda tp: str, {})


def test_generated_source_is_in_linecache_and_in_tracebacks() -> None:
    fail = compile_function(
        {}, ["    def fail(x):", "        return 1 // x  # generated line"], name="demo"
    )
    filename = fail.__code__.co_filename
    assert filename.startswith("<pressrelease generated demo")
    assert "generated line" in "".join(linecache.getlines(filename))
    try:
        fail(0)
    except ZeroDivisionError:
        shown = traceback.format_exc()
    assert "return 1 // x  # generated line" in shown


def test_model_readers_and_writers_have_readable_file_names() -> None:
    reader = converter._fast()[CLASSES[0]]
    writer = converter._writers()[CLASSES[0]]
    assert reader.__code__.co_filename.startswith("<pressrelease generated reader")
    assert writer.__code__.co_filename.startswith("<pressrelease generated writer")
    assert linecache.getlines(reader.__code__.co_filename)
