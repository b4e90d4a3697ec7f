"""Command-line input and output: ``-`` for stdin/stdout, atomic writes."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2."""


def read_bytes(name: str) -> bytes:
    """The contents of file *name*, or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.exists() and b.exists() and a.samefile(b)
    return False


def write_text(name: str | None, text: str, *, inputs: tuple[str, ...] = ()) -> None:
    """Write *text* to file *name* atomically, or to stdout for None or ``-``.

    The file is written to a temporary file beside it and renamed over it, so
    a failed run never leaves a truncated or half-written file. An output that
    is one of the inputs is refused.
    """
    if name is None or name == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(name)
    for source in inputs:
        if source != "-" and _same_file(Path(source), target):
            raise UsageError(f"refusing to overwrite the input file {name}")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise UsageError(f"cannot write {name}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
