"""``pressrelease validate``: JSON releases, or JSON Lines of releases or contacts.

JSON Lines are read one line at a time, so a file of 100,000 contacts is
validated in constant memory; problems are printed as they are found. No
read is unbounded: a line or a file longer than the document limit is
reported (the file named) and the batch goes on. Everything printed that
came from the input goes through :func:`~pressrelease.cli._escape.escape`.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, Any, TextIO

import attrs

from pressrelease._json_text import loads
from pressrelease.cli._escape import escape
from pressrelease.cli._io import UsageError, write_stream
from pressrelease.cli._jsonpos import line_of, path_lines
from pressrelease.converter import from_dict
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
    #: What made the input unreadable as a document, found while reading it.
    problem: Problem | None = None


def _unread(line: int, code: str, message: str) -> _Document:
    return _Document(
        b"", line, whole=False, problem=Problem(path="$", code=code, message=message)
    )


def _open(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise UsageError(f"cannot read {escape(name)}: {exc.strerror}") from None


def _is_json_line(line: bytes) -> bool:
    try:
        json.loads(line)
    except RecursionError:
        return True  # a value, nested too deeply: the check will say so
    except ValueError:
        return False
    return True


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of *stream*, none longer than the limit plus one byte.

    A longer line is cut there; the caller reports it and stops reading.
    """
    while True:
        line = stream.readline(MAX_DOCUMENT + 1)
        if not line:
            return
        yield line


def _too_large(line: int, what: str) -> _Document:
    return _unread(
        line,
        "json.too_large",
        f"{what} is over {MAX_DOCUMENT} bytes; at most that many are read, "
        "so the rest of the file is not read",
    )


def _documents(
    stream: IO[bytes], lines: bool | None, by_name: bool = False
) -> Iterator[_Document]:
    """JSON Lines one line at a time; any other file as one document.

    With *lines* None, a file whose first line is a JSON value on its own is
    taken for JSON Lines. *by_name* says JSON Lines were chosen by the file's
    name, so a pretty-printed document there gets a hint, not a flood of
    syntax errors.
    """
    first = b""
    number = 0
    read = _lines(stream)
    for number, line in enumerate(read, start=1):
        if len(line) > MAX_DOCUMENT:
            yield _too_large(number, f"line {number}")
            return
        if line.strip():
            first = line
            break
    if not first:
        yield _unread(
            max(number, 1),
            "json.empty",
            "the input is empty: it holds no JSON document",
        )
        return
    if lines if lines is not None else _is_json_line(first):
        if by_name and first.strip() in (b"{", b"[") and not _is_json_line(first):
            yield _unread(
                number,
                "json.not_lines",
                f"line {number} is only {first.strip().decode()!r}: this looks "
                "like one JSON document over several lines, not JSON Lines (one "
                "document a line); check it as one document with --no-lines",
            )
            return
        yield _Document(first, number, whole=False)
        for number, line in enumerate(read, start=number + 1):  # noqa: B020
            if len(line) > MAX_DOCUMENT:
                yield _too_large(number, f"line {number}")
                return
            if line.strip():
                yield _Document(line, number, whole=False)
        return
    rest = stream.read(MAX_DOCUMENT + 1 - len(first))
    if len(first) + len(rest) > MAX_DOCUMENT:
        yield _too_large(1, "the document")
        return
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
    if document.problem is not None:
        return [document.problem], []
    try:
        data = loads(document.data)
        obj = from_dict(data, _kind(data, wanted), strict=strict, region=region)
    except ValidationError as exc:
        return list(exc.problems), []
    return [], list(check(obj))


class _Lines:
    """The line of each path in one document, the text scanned at most once."""

    def __init__(self, document: _Document) -> None:
        self.document = document
        self.lines: dict[str, int] | None = None

    def __call__(self, path: str) -> int:
        if not self.document.whole:
            return self.document.line
        if self.lines is None:
            try:
                self.lines = path_lines(self.document.data.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, IndexError):
                self.lines = {}
        return line_of(self.lines, path)


def _emit(
    out: TextIO, fmt: str, name: str, line: int, item: Any, severity: str
) -> None:
    # Names, paths and messages can hold anything the input did: escaped.
    if fmt == "json":
        record = {
            "file": escape(name),
            "line": line,
            "path": escape(item.path),
            "code": item.code,
            "severity": severity,
            "message": escape(item.message),
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        out.write(f"{escape(name)}:{line}: {escape(str(item))}\n")


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
        where = _Lines(document)
        for problem in found:
            problems += 1
            _emit(out, fmt, name, where(problem.path), problem, "error")
        for finding in doubtful:
            findings += 1
            _emit(out, fmt, name, where(finding.path), finding, finding.severity.value)
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


#: How often a worker process checks that its parent is still there, seconds.
_WATCH_EVERY = 0.2


def _watch_parent(parent: int) -> None:
    """In a worker: end this process soon after the parent process ends.

    A parent killed by a signal (SIGTERM from a supervisor, SIGKILL) runs
    no cleanup, and its workers would wait for work forever. Workers are
    started with the spawn method, so their parent is the command itself:
    when it ends, they are re-parented and see it here.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_EVERY)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _results(
    jobs: Iterator[tuple[list[_Document], str, bool, str, str, str | None]],
    workers: int,
) -> Iterator[tuple[str, int, int, int]]:
    """Each job's result, in order; with workers, a bounded window in flight."""
    if workers <= 1:
        yield from map(_run_chunk, jobs)
        return
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_watch_parent,
        initargs=(os.getpid(),),
    ) as pool:
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
    tally: Tally | None = None,
    input_format: str = "auto",
    region: str | None = None,
) -> Tally:
    """Validate every document of every file, printing each problem.

    With *workers* over 1, documents are checked in that many processes, in
    chunks; the output is the same, in the same order. *region* reads the
    national numbers of objects that give no country. Counts go into
    *tally* as they are made (so a caller stopped by a closed pipe still has
    them). A failure to write the output is a UsageError; a closed pipe
    (BrokenPipeError) is left to the caller.
    """
    tally = Tally() if tally is None else tally
    progress = sys.stderr.isatty()
    size = 1 if workers <= 1 else _CHUNK  # one at a time: output as it comes
    for name in names:
        tally.files += 1
        stream = _open(name)
        try:
            if input_format == "csv" or (
                input_format == "auto" and name.lower().endswith(".csv")
            ):
                # Here, not at the top: a worker process never reads CSV.
                from pressrelease.cli._csv import validate_csv

                rows, problems, findings = validate_csv(
                    name,
                    stream,
                    region=region,
                    strict=strict,
                    fmt=fmt,
                    out=out,
                    progress=progress,
                )
                tally.documents += rows
                tally.problems += problems
                tally.findings += findings
                continue
            as_lines = lines
            by_name = as_lines is None and name.endswith((".jsonl", ".ndjson"))
            if by_name:
                as_lines = True
            chunks = _chunked(_documents(stream, as_lines, by_name), size)
            jobs = ((chunk, wanted, strict, fmt, name, region) for chunk in chunks)
            for text, problems, findings, count in _results(jobs, workers):
                write_stream(out, text, "the report")
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
