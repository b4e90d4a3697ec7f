"""Plain text: import a release from text (``read_text``) and render one."""

from pressrelease.text.importer import ImportResult, read_text
from pressrelease.text.render import render_text

__all__ = ["ImportResult", "read_text", "render_text"]
