"""Sphinx configuration: MyST Markdown, the furo theme, the API from docstrings.

Built in CI with warnings as errors and every reference checked:
    sphinx-build -W -n -b html docs docs/_build/html
"""

from __future__ import annotations

import pressrelease

project = "pressrelease"
author = "The pressrelease developers"
copyright = "2026, The pressrelease developers"
release = version = pressrelease.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"pressrelease {release}"

# Types are not written into signatures: without the network there is no
# inventory to resolve datetime, phonenumbers or attrs against, and -n would
# (rightly) fail on them. Docstrings say what each argument is.
autodoc_typehints = "none"
autodoc_member_order = "bysource"
nitpicky = True
