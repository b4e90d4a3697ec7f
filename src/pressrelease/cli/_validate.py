"""``pressrelease validate``: JSON releases, or JSON Lines of releases or contacts.

JSON Lines are read one line at a time, so a file of 100,000 contacts is
validated in constant memory; problems are printed as they are found.
"""

from __future__ import annotations

import io
import json
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, Any, TextIO

import attrs

from pressrelease.cli._io import UsageError
from pressrelease.cli._jsonpos import line_of, path_lines
from pressrelease.converter import from_dict, loads
from pressrelease.errors import Problem, ValidationError
from pressrelease.findings import check
from pressrelease.limits import MAX_DOCUMENT
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release

_PROGRESS_EVERY = 1000


@attrs.define
class Tally:
    documents: int = 0
    problems: int = 0
    findings: int = 0
    files: int = 0


@attrs.frozen
class _Document:
    data: bytes
    line: int
    whole: bool  # a whole file, not one JSON Lines line


def _open(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None


def _is_json_line(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _documents(stream: IO[bytes], lines: bool | None) -> Iterator[_Document]:
    """JSON Lines one line at a time; any other file as one document.

    With *lines* None, a file whose first line is a JSON value on its own is
    taken for JSON Lines.
    """
    first = b""
    number = 0
    for number, line in enumerate(stream, start=1):  # noqa: B007 - used below
        if line.strip():
            first = line
            break
    if not first:
        return
    if lines if lines is not None else _is_json_line(first):
        yield _Document(first, number, whole=False)
        for number, line in enumerate(stream, start=number + 1):  # noqa: B020
            if line.strip():
                yield _Document(line, number, whole=False)
        return
    rest = stream.read(MAX_DOCUMENT + 1)
    if len(first) + len(rest) > MAX_DOCUMENT:
        raise UsageError(f"a JSON document over {MAX_DOCUMENT} bytes")
    yield _Document(b"\n" * (number - 1) + first + rest, 1, whole=True)


def _kind(data: Any, wanted: str) -> type[Release] | type[Contact]:
    if wanted == "release":
        return Release
    if wanted == "contact":
        return Contact
    return Release if isinstance(data, dict) and "schema_version" in data else Contact


def _check(
    document: _Document, wanted: str, strict: bool, region: str | None = None
) -> tuple[list[Problem], list[Any]]:
    try:
        data = loads(document.data)
        obj = from_dict(data, _kind(data, wanted), strict=strict, region=region)
    except ValidationError as exc:
        return list(exc.problems), []
    return [], list(check(obj))


def _where(document: _Document, path: str) -> int:
    if not document.whole:
        return document.line
    try:
        return line_of(path_lines(document.data.decode("utf-8")), path)
    except (UnicodeDecodeError, ValueError, IndexError):
        return 1


def _emit(
    out: TextIO, fmt: str, name: str, line: int, item: Any, severity: str
) -> None:
    if fmt == "json":
        record = {
            "file": name,
            "line": line,
            "path": item.path,
            "code": item.code,
            "severity": severity,
            "message": item.message,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        out.write(f"{name}:{line}: {item}\n")


_CHUNK = 256  # documents a worker process takes at a time


def _run_chunk(
    job: tuple[list[_Document], str, bool, str, str, str | None],
) -> tuple[str, int, int, int]:
    """Check documents; return the report text and the counts."""
    documents, wanted, strict, fmt, name, region = job
    out = io.StringIO()
    problems = findings = 0
    for document in documents:
        found, doubtful = _check(document, wanted, strict, region)
        for problem in found:
            problems += 1
            _emit(out, fmt, name, _where(document, problem.path), problem, "error")
        for finding in doubtful:
            findings += 1
            where = _where(document, finding.path)
            _emit(out, fmt, name, where, finding, finding.severity.value)
    return out.getvalue(), problems, findings, len(documents)


def _chunked(documents: Iterator[_Document], size: int) -> Iterator[list[_Document]]:
    chunk: list[_Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(
    jobs: Iterator[tuple[list[_Document], str, bool, str, str, str | None]],
    workers: int,
) -> Iterator[tuple[str, int, int, int]]:
    """Each job's result, in order; with workers, a bounded window in flight."""
    if workers <= 1:
        yield from map(_run_chunk, jobs)
        return
    with ProcessPoolExecutor(workers) as pool:
        window: deque[Future[tuple[str, int, int, int]]] = deque()
        for job in jobs:
            window.append(pool.submit(_run_chunk, job))
            if len(window) >= 2 * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def validate(
    names: list[str],
    *,
    wanted: str,
    strict: bool,
    fmt: str,
    out: TextIO,
    lines: bool | None = None,
    workers: int = 1,
    region: str | None = None,
) -> Tally:
    """Validate every document of every file, printing each problem.

    With *workers* over 1, documents are checked in that many processes, in
    chunks; the output is the same, in the same order. *region* reads the
    national numbers of objects that give no country.
    """
    tally = Tally()
    progress = sys.stderr.isatty()
    size = 1 if workers <= 1 else _CHUNK  # one at a time: output as it comes
    for name in names:
        tally.files += 1
        stream = _open(name)
        try:
            as_lines = lines
            if as_lines is None and name.endswith((".jsonl", ".ndjson")):
                as_lines = True
            chunks = _chunked(_documents(stream, as_lines), size)
            jobs = ((chunk, wanted, strict, fmt, name, region) for chunk in chunks)
            for text, problems, findings, count in _results(jobs, workers):
                out.write(text)
                out.flush()
                before = tally.documents
                tally.documents += count
                tally.problems += problems
                tally.findings += findings
                if (
                    progress
                    and tally.documents // _PROGRESS_EVERY > before // _PROGRESS_EVERY
                ):
                    sys.stderr.write(f"\r{tally.documents} documents validated")
                    sys.stderr.flush()
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    if progress and tally.documents >= _PROGRESS_EVERY:
        sys.stderr.write("\r\033[K")
    return tally
