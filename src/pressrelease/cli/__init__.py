"""The ``pressrelease`` command: ``main`` is its entry point."""

from pressrelease.cli.main import main

__all__ = ["main"]
