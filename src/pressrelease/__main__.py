"""``python -m pressrelease``: the command line."""

from pressrelease.cli import main

raise SystemExit(main())
