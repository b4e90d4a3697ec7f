"""Write the seed release's exports into examples/exports/.

Run it after changing an export:  python examples/make_exports.py
It also refreshes the outputs shown in docs/. The test suite checks that the
files and the docs are what the code writes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pressrelease import from_json
from pressrelease.cli._command import EXPORTS
from pressrelease.formats.schema import json_schema

HERE = Path(__file__).resolve().parent
#: file name in examples/exports/ -> export format
FILES = {
    "uniap_2009.ninjs.json": "ninjs",
    "uniap_2009.ninjs-quotes.json": "ninjs-quotes",
    "uniap_2009.jsonld": "jsonld",
    "uniap_2009.jsonld.html": "jsonld-html",
    "uniap_2009.vcf": "vcard",
    "uniap_2009.jcard.json": "jcard",
}


def exports() -> dict[str, str]:
    """Every export file's name and contents."""
    release = from_json((HERE / "uniap_2009.json").read_text(encoding="utf-8"))
    made = {name: EXPORTS[fmt](release) for name, fmt in FILES.items()}
    made["release.schema.json"] = json.dumps(json_schema(), indent=2) + "\n"
    return made


_OUTPUT = re.compile(r"(<!-- output: (\S+) -->\n```\w*\n)(.*?)(```)", re.DOTALL)


def refresh_docs() -> None:
    """Copy each file into the docs blocks that show it (marked <!-- output: -->)."""
    for page in sorted((HERE.parent / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")

        def current(match: re.Match[str]) -> str:
            shown = (HERE.parent / match.group(2)).read_text(encoding="utf-8")
            return match.group(1) + shown.replace("\r\n", "\n") + match.group(4)

        updated = _OUTPUT.sub(current, text)
        if updated != text:
            page.write_text(updated, encoding="utf-8")
            print(f"refreshed docs/{page.name}")


def main() -> None:
    folder = HERE / "exports"
    folder.mkdir(exist_ok=True)
    for name, text in exports().items():
        (folder / name).write_bytes(text.encode("utf-8"))
        print(f"wrote examples/exports/{name}")
    refresh_docs()


if __name__ == "__main__":
    main()
