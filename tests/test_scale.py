"""At scale: flat memory while streaming, pickling for workers, Dask."""

from __future__ import annotations

import io
import json
import pickle
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from pressrelease import Contact, ValidationError, from_dict, from_json, read_csv
from pressrelease.cli._validate import validate

from .helpers import SEED_JSON_PATH

# Bytes a run may peak above the smaller one: four reading chunks.
SLACK = 4 * 65_536


# Emails and phones repeat every 1,000 rows, so that the phone and email
# caches (bounded, 4,096 entries each) hold the same in both runs.
def _csv(rows: int) -> bytes:
    lines = ["Name,Email,Phone,Country"]
    lines += [
        f"Person {i},p{i % 1000}@example.org,+44 20 7946 {i % 1000:04d},GB"
        for i in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def _jsonl(rows: int) -> bytes:
    return "".join(
        json.dumps({"name": f"P {i}", "phones": [f"+44 20 7946 {i % 1000:04d}"]}) + "\n"
        for i in range(rows)
    ).encode()


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _drain_csv(data: bytes) -> None:
    for _ in read_csv(io.BytesIO(data)):
        pass


def test_read_csv_memory_is_flat_between_n_and_8n_rows() -> None:
    small, large = _csv(500), _csv(4_000)
    # Warm the (bounded) phone and email caches to their capacity first, so
    # that both runs start alike: what is left must not grow with the rows.
    _drain_csv(large)
    peaks = [_peak(lambda d=d: _drain_csv(d)) for d in (small, large)]  # type: ignore[misc]
    # The input bytes are not traced (made before start); what is left is
    # what reading holds: a few 64 KiB reading chunks, not the rows.
    assert peaks[1] < peaks[0] * 1.5 + SLACK, peaks


@pytest.mark.parametrize(("suffix", "make"), [(".csv", _csv), (".jsonl", _jsonl)])
def test_validate_memory_is_flat_between_n_and_8n_rows(
    tmp_path: Path, suffix: str, make: Callable[[int], bytes]
) -> None:
    paths = []
    for rows in (500, 4_000):
        path = tmp_path / f"{rows}{suffix}"
        path.write_bytes(make(rows))
        paths.append(path)

    def run(path: Path) -> None:
        out = io.StringIO()
        tally = validate(
            [str(path)], wanted="contact", strict=False, fmt="text", out=out
        )
        assert tally.problems == 0, out.getvalue()[:500]

    run(paths[1])  # the bounded caches filled, as above
    peaks = [_peak(lambda p=p: run(p)) for p in paths]  # type: ignore[misc]
    assert peaks[1] < peaks[0] * 1.5 + SLACK, peaks


def test_objects_and_errors_pickle() -> None:
    release = from_json(SEED_JSON_PATH.read_bytes())
    contact = release.contacts[0]
    for obj in (release, contact, contact.phones[0]):
        assert pickle.loads(pickle.dumps(obj)) == obj
    with pytest.raises(ValidationError) as caught:
        from_dict({"name": "", "phones": ["+95 1 254 852/3"]}, Contact)
    again = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(again, ValidationError)
    assert again.problems == caught.value.problems
