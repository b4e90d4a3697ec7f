"""Command-line input and output: ``-`` for stdin/stdout, bounded reads, safe writes.

Inputs are read with a size limit, so no input (``/dev/zero`` included) can
make the command hold more than the limit in memory. Outputs (``-o FILE``)
go to a regular file atomically (a temporary file beside it, renamed over
it); a device, a FIFO or ``/dev/stdout`` is written in place; a symlink is
followed, never replaced; a directory, a read-only file and an input are
refused. Every failure to read or write is a :class:`UsageError` (exit 2).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from pressrelease.cli._escape import escape

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
#: The status of a run stopped by a closed pipe (128 + SIGPIPE, as a shell
#: reports a process killed by it) when it had found no problem before.
EXIT_BROKEN_PIPE = 141

#: Names that mean the process's own output streams.
_STDOUT_NAMES = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
_STDERR_NAMES = frozenset({"/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"})


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2."""


class InputTooLargeError(Exception):
    """An input longer than the limit; only the limit and one byte were read."""

    def __init__(self, name: str, limit: int) -> None:
        super().__init__(name, limit)
        self.name = name
        self.limit = limit


def read_bytes(name: str, limit: int) -> bytes:
    """The contents of file *name* (stdin for ``-``), at most *limit* bytes.

    Raises :class:`InputTooLargeError` for a longer input, having read one byte more
    than *limit*, and :class:`UsageError` for an unreadable one.
    """
    try:
        if name == "-":
            data = _read_up_to(sys.stdin.buffer, limit + 1)
        else:
            with open(name, "rb") as stream:
                data = _read_up_to(stream, limit + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {escape(name)}: {exc.strerror}") from None
    if len(data) > limit:
        raise InputTooLargeError(name, limit)
    return data


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0:
        part = stream.read(min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _identity(path: str | int) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _is_an_input(target: Path, inputs: tuple[str, ...]) -> bool:
    """Whether writing *target* would write one of *inputs* (stdin for ``-``)."""
    wanted = _identity(str(target))
    if wanted is None:
        return False
    for source in inputs:
        if source == "-":
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if _identity(sys.stdin.fileno()) == wanted:
                    return True
        elif _identity(source) == wanted:
            return True
    return False


def write_stream(stream: TextIO, text: str, what: str) -> None:
    """Write *text* to an open text stream; a failure is a UsageError.

    A closed pipe (BrokenPipeError) is left to the caller.
    """
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise UsageError(f"cannot write {what}: {reason}") from None


def write_text(name: str | None, text: str, *, inputs: tuple[str, ...] = ()) -> None:
    """Write *text* to file *name*, or to stdout for None or ``-``.

    A regular file is written atomically: to a temporary file beside it, then
    renamed over it, so a failed run never leaves a truncated or half-written
    file. A symlink is followed (the file it names is replaced, the link
    kept). A device or FIFO is written in place. Refused, with a UsageError:
    an empty name, a directory, a read-only file, and any of *inputs*.
    """
    if name is None or name in _STDOUT_NAMES:
        write_stream(sys.stdout, text, "standard output")
        return
    if name in _STDERR_NAMES:
        write_stream(sys.stderr, text, "standard error")
        return
    shown = escape(name)
    if not name or name.endswith(os.sep):
        raise UsageError(f"cannot write {shown!r}: not a file name")
    target = Path(os.path.realpath(name))  # a symlink is followed
    if _is_an_input(target, inputs):
        raise UsageError(f"refusing to overwrite the input file {shown}")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise UsageError(f"cannot write {shown}: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(f"cannot write {shown}: it is a directory")
    if mode is not None and not stat.S_ISREG(mode):
        _write_in_place(target, text, shown)  # a device, a FIFO, a socket
        return
    if mode is not None and (not mode & 0o222 or not os.access(target, os.W_OK)):
        raise UsageError(f"refusing to replace {shown}: the file is read-only")
    try:
        _write_atomically(target, text, mode)
    except OSError as exc:
        raise UsageError(f"cannot write {shown}: {exc.strerror}") from None


def _write_in_place(target: Path, text: str, shown: str) -> None:
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise UsageError(f"cannot write {shown}: {exc.strerror}") from None


def _write_atomically(target: Path, text: str, mode: int | None) -> None:
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode & 0o7777 if mode is not None else _default_mode())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
