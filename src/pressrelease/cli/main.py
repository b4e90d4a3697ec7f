"""The ``pressrelease`` command: import, validate, render and export releases.

Exit status: 0 when all is well, 1 when problems were found, 2 for a usage
error (a bad option, an unreadable file, an output that would overwrite an
input).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from pressrelease import __version__
from pressrelease.cli._io import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    read_bytes,
    write_text,
)
from pressrelease.cli._validate import validate
from pressrelease.converter import from_json, to_json
from pressrelease.errors import ValidationError
from pressrelease.findings import check
from pressrelease.formats.jcard import to_jcard
from pressrelease.formats.jsonld import jsonld_script, to_jsonld
from pressrelease.formats.ninjs import to_ninjs
from pressrelease.formats.schema import json_schema
from pressrelease.formats.vcard import to_vcard
from pressrelease.model.release import Release
from pressrelease.text.importer import read_text
from pressrelease.text.render import render_text

__all__ = ["main"]

_IMPORT_EXAMPLES = """\
examples:
  pressrelease import release.txt -o release.json
  pdftotext release.pdf - | pressrelease import - > release.json

Findings go to standard error as FILE:LINE: PATH: MESSAGE [CODE, SEVERITY].
Exit status 1 when the text held no release or a finding is a warning or error.
"""
_VALIDATE_EXAMPLES = """\
examples:
  pressrelease validate release.json
  pressrelease validate --strict archive/*.json
  pressrelease validate contacts.jsonl --format json > problems.jsonl
  cat contacts.jsonl | pressrelease validate --type contact -
  pressrelease validate --jobs 2 crm-export.jsonl

Each problem is printed as FILE:LINE: PATH: MESSAGE [CODE]; findings (legal
but doubtful) add their severity. A summary follows. Exit status 1 when any
document has problems (with --strict, findings count too).
"""
_EXPORT_EXAMPLES = """\
examples:
  pressrelease export --to ninjs release.json -o release.ninjs.json
  pressrelease export --to ninjs-quotes release.json   # with the quotes extension
  pressrelease export --to jsonld-html release.json    # a <script> element
  pressrelease export --to vcard release.json -o contacts.vcf
"""
_RENDER_EXAMPLES = """\
examples:
  pressrelease render release.json
  pressrelease render release.json -o release.txt
"""


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


#: Every export format: the release to the text written.
EXPORTS: dict[str, Callable[[Release], str]] = {
    "ninjs": lambda r: _dump(to_ninjs(r)),
    "ninjs-quotes": lambda r: _dump(to_ninjs(r, quotes=True)),
    "jsonld": lambda r: _dump(to_jsonld(r)),
    "jsonld-html": jsonld_script,
    "vcard": lambda r: to_vcard(r.contacts, r),
    "jcard": lambda r: _dump([to_jcard(c, r) for c in r.contacts]),
}


def _command(
    commands: Any, name: str, summary: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _in_out(parser: argparse.ArgumentParser, source: str, target: str) -> None:
    parser.add_argument("input", metavar=source, help="the file, or - for stdin")
    parser.add_argument("-o", "--output", metavar=target, help="default: stdout")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressrelease",
        description="Import, validate, render and export press releases.",
        epilog="Exit status: 0 clean, 1 problems found, 2 usage error.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    imp = _command(
        commands,
        "import",
        "read a plain-text release, write its JSON",
        "Read a press release from plain text and write it as JSON.",
        _IMPORT_EXAMPLES,
    )
    _in_out(imp, "RELEASE.txt", "OUT.json")
    imp.add_argument(
        "--language", default="en", help="the release's language tag (default: en)"
    )

    val = _command(
        commands,
        "validate",
        "check JSON releases or JSON Lines of releases/contacts",
        "Validate JSON releases, or JSON Lines of releases or contacts.",
        _VALIDATE_EXAMPLES,
    )
    val.add_argument("inputs", nargs="+", metavar="FILE", help="files, or - for stdin")
    val.add_argument("--strict", action="store_true", help="findings are problems too")
    val.add_argument("--format", choices=("text", "json"), default="text")
    val.add_argument(
        "--type",
        choices=("auto", "release", "contact"),
        default="auto",
        help="what each document is (auto: a release if it has schema_version)",
    )
    val.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="check in N processes (0: one per CPU); output is the same",
    )
    val.add_argument(
        "--lines",
        action="store_true",
        default=None,
        help="read every input as JSON Lines (default: by name and first line)",
    )

    exp = _command(
        commands,
        "export",
        "write a JSON release as ninjs, JSON-LD, vCard or jCard",
        "Export a JSON release to another format.",
        _EXPORT_EXAMPLES,
    )
    _in_out(exp, "FILE.json", "OUT")
    exp.add_argument("--to", required=True, choices=sorted(EXPORTS), dest="format")

    sch = _command(
        commands,
        "schema",
        "print the JSON Schema of the release format",
        "Print the JSON Schema (draft 2020-12) of a release document.",
        "example:\n  pressrelease schema > release.schema.json",
    )
    sch.add_argument("-o", "--output", metavar="OUT.json", help="default: stdout")

    ren = _command(
        commands,
        "render",
        "write a JSON release as plain text",
        "Render a JSON release as a plain-text press release.",
        _RENDER_EXAMPLES,
    )
    _in_out(ren, "FILE.json", "OUT.txt")
    return parser


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(
            f"{name}: not UTF-8 at byte {exc.start}; undecodable bytes were "
            "replaced with U+FFFD",
            file=sys.stderr,
        )
        return data.decode("utf-8", errors="replace")


def _import(args: argparse.Namespace) -> int:
    text = _decode(read_bytes(args.input), args.input)
    result = read_text(text, language=args.language)
    findings = list(result.findings)
    if result.release is not None:
        findings += check(result.release)
    for finding in findings:
        line = (
            finding.line if finding.line is not None else result.line_of(finding.path)
        )
        where = f"{args.input}:{line}" if line is not None else args.input
        print(f"{where}: {finding}", file=sys.stderr)
    if result.release is None:
        print(f"{args.input}: no release imported", file=sys.stderr)
        return EXIT_PROBLEMS
    write_text(args.output, to_json(result.release), inputs=(args.input,))
    return EXIT_OK  # imported; warnings are on stderr


def _validate(args: argparse.Namespace) -> int:
    tally = validate(
        args.inputs,
        wanted=args.type,
        strict=args.strict,
        fmt=args.format,
        out=sys.stdout,
        lines=args.lines,
        workers=args.jobs if args.jobs > 0 else (os.cpu_count() or 1),
    )
    summary = (
        f"{tally.documents} documents in {tally.files} files: "
        f"{tally.problems} problems, {tally.findings} findings"
    )
    print(summary, file=sys.stdout if args.format == "text" else sys.stderr)
    return EXIT_PROBLEMS if tally.problems else EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    """render and export: read a JSON release, write it in another form."""
    try:
        release = from_json(read_bytes(args.input))
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"{args.input}: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    write = render_text if args.command == "render" else EXPORTS[args.format]
    write_text(args.output, write(release), inputs=(args.input,))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    write_text(args.output, _dump(json_schema()))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    handlers = {
        "import": _import,
        "validate": _validate,
        "render": _convert,
        "export": _convert,
        "schema": _schema,
    }
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"pressrelease: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK  # the reader (head, less) went away
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
