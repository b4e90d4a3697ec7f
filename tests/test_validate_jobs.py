"""``validate --jobs``: many small chunks, checked by worker processes, come
out in the order and with the counts one process gives."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pressrelease.cli import _validate

from .helpers import EXAMPLES


def _report(path: Path, workers: int) -> tuple[str, _validate.Tally]:
    out = io.StringIO()
    tally = _validate.validate(
        [str(path)], wanted="auto", strict=False, fmt="text", out=out, workers=workers
    )
    return out.getvalue(), tally


def test_many_chunks_in_workers_keep_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (EXAMPLES / "contacts.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines * 40) + "\n", encoding="utf-8")
    monkeypatch.setattr(_validate, "_CHUNK", 3)  # about 90 chunks
    serial, one = _report(path, 1)
    parallel, two = _report(path, 2)
    assert parallel == serial
    assert (two.documents, two.problems, two.findings) == (
        one.documents,
        one.problems,
        one.findings,
    )
    assert one.documents == len(lines) * 40
