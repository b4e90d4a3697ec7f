"""``python -m pressrelease``: the command line."""

from pressrelease.cli import main

if __name__ == "__main__":  # not when a worker process imports it (spawn)
    raise SystemExit(main())
