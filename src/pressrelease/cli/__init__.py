"""The ``pressrelease`` command: ``main`` is its entry point.

The command's modules load when ``main`` runs, not when the package is
imported: a worker process of ``validate --jobs`` (started with spawn)
imports only what checking needs, not every command's formats and importer.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from pressrelease.cli._command import main as run

    return run(argv)
