"""The ``pressrelease`` command: import, validate, render and export releases.

Exit status: 0 when all is well, 1 when problems were found, 2 for a usage
error (a bad option, an unreadable input, an unwritable output, an output
that would overwrite an input); on a closed output pipe, 1 if problems had
been found, else 141. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from pressrelease import __version__
from pressrelease.cli._escape import escape
from pressrelease.cli._io import (
    EXIT_BROKEN_PIPE,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    InputTooLargeError,
    UsageError,
    read_bytes,
    write_stream,
    write_text,
)
from pressrelease.cli._validate import Tally, validate
from pressrelease.converter import from_json, to_json
from pressrelease.errors import ValidationError
from pressrelease.findings import check
from pressrelease.formats.csv import to_csv
from pressrelease.formats.jcard import to_jcard
from pressrelease.formats.jsonld import jsonld_script, to_jsonld
from pressrelease.formats.ninjs import to_ninjs
from pressrelease.formats.schema import json_schema
from pressrelease.formats.vcard import to_vcard
from pressrelease.iso import parse_country
from pressrelease.limits import MAX_DOCUMENT
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release
from pressrelease.text.importer import MAX_IMPORT_TEXT, read_text
from pressrelease.text.render import render_text

__all__ = ["main"]

_IMPORT_EXAMPLES = """\
examples:
  pressrelease import release.txt -o release.json
  pdftotext release.pdf - | pressrelease import - > release.json

Findings go to standard error as FILE:LINE: PATH: MESSAGE [CODE, SEVERITY].
Exit status 0 when a release, or contacts alone (written as JSON Lines), were
imported, warnings allowed; 1 when nothing was importable; 2 for usage errors.
"""
_VALIDATE_EXAMPLES = """\
examples:
  pressrelease validate release.json
  pressrelease validate --strict archive/*.json
  pressrelease validate contacts.jsonl --format json > problems.jsonl
  cat contacts.jsonl | pressrelease validate --type contact -
  pressrelease validate --jobs 2 crm-export.jsonl
  pressrelease validate --region GB contacts.csv

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
  pressrelease export --to csv release.json -o contacts.csv
  pressrelease export --to csv contacts.jsonl -o contacts.csv   # a list
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
    "csv": lambda r: to_csv(r.contacts),
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
        epilog="Exit status: 0 clean, 1 problems found, 2 usage error, "
        "141 output pipe closed before the end with no problem found.",
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
        "--language",
        default=None,
        help="the release's language tag (default: detected from the text)",
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
    val.add_argument(
        "--region",
        type=_region,
        metavar="CC",
        help="the country (ISO 3166-1, such as GB) to read numbers written "
        "without a country code for, in objects and CSV rows that give none",
    )
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
        "--input-format",
        choices=("auto", "json", "csv"),
        default="auto",
        help="auto: CSV for a .csv file, else JSON or JSON Lines",
    )
    val.add_argument(
        "--lines",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read every input as JSON Lines, or (--no-lines) each as one "
        "document (default: by name and first line)",
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
        _say(
            f"{escape(name)}: not UTF-8 at byte {exc.start}; undecodable bytes "
            "were replaced with U+FFFD"
        )
        return data.decode("utf-8", errors="replace")


def _say(line: str) -> None:
    """A line on standard error (for text already escaped)."""
    write_stream(sys.stderr, line + "\n", "standard error")


def _import(args: argparse.Namespace) -> int:
    # A character is at most 4 bytes of UTF-8: a longer input is too long.
    limit = 4 * MAX_IMPORT_TEXT
    try:
        data = read_bytes(args.input, limit)
    except InputTooLargeError:
        _say(
            f"{escape(args.input)}: the text is over {limit} bytes; at most "
            f"{MAX_IMPORT_TEXT} characters are read [import.too_long, error]"
        )
        return EXIT_PROBLEMS
    text = _decode(data, args.input)
    result = read_text(text, language=args.language)
    findings = list(result.findings)
    if result.release is not None:
        findings += check(result.release)
    for finding in findings:
        line = (
            finding.line if finding.line is not None else result.line_of(finding.path)
        )
        name = escape(args.input)
        where = f"{name}:{line}" if line is not None else name
        _say(f"{where}: {escape(str(finding))}")
    if result.release is None and result.contact_objects:
        # No release, but contacts: written as JSON Lines of contacts, which
        # `pressrelease validate` reads back.
        lines = "".join(to_json(c, indent=None) + "\n" for c in result.contact_objects)
        write_text(args.output, lines, inputs=(args.input,))
        count = _count(len(result.contact_objects), "contact")
        _say(
            f"{escape(args.input)}: no release imported; {count} written as JSON Lines"
        )
        return EXIT_OK
    if result.release is None:
        _say(f"{escape(args.input)}: nothing imported (no release, no contacts)")
        return EXIT_PROBLEMS
    write_text(args.output, to_json(result.release), inputs=(args.input,))
    return EXIT_OK  # imported; warnings are on stderr


def _count(number: int, noun: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _region(value: str) -> str:
    try:
        return parse_country(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.problems[0].message) from None


def _validate(args: argparse.Namespace) -> int:
    tally = Tally()
    try:
        validate(
            args.inputs,
            wanted=args.type,
            strict=args.strict,
            fmt=args.format,
            out=sys.stdout,
            lines=args.lines,
            workers=args.jobs if args.jobs > 0 else (os.cpu_count() or 1),
            tally=tally,
            input_format=args.input_format,
            region=args.region,
        )
    except BrokenPipeError:
        # The reader went away (head, less): stop, and let the status say
        # whether problems had been found by then.
        _quiet_stdout()
        return EXIT_PROBLEMS if tally.problems else EXIT_BROKEN_PIPE
    summary = (
        f"{_count(tally.documents, 'document')} in {_count(tally.files, 'file')}: "
        f"{_count(tally.problems, 'problem')}, {_count(tally.findings, 'finding')}"
    )
    stream = sys.stdout if args.format == "text" else sys.stderr
    write_stream(stream, summary + "\n", "the summary")
    return EXIT_PROBLEMS if tally.problems else EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    """render and export: read a JSON release, write it in another form."""
    if args.command == "export" and args.format == "csv" and _is_list(args.input):
        return _export_list(args)
    try:
        release = from_json(read_bytes(args.input, MAX_DOCUMENT))
    except InputTooLargeError:
        _say(
            f"{escape(args.input)}: $: the document is over {MAX_DOCUMENT} "
            "bytes; at most that many are read [json.too_large]"
        )
        return EXIT_PROBLEMS
    except ValidationError as exc:
        for problem in exc.problems:
            _say(f"{escape(args.input)}: {escape(str(problem))}")
        return EXIT_PROBLEMS
    write = render_text if args.command == "render" else EXPORTS[args.format]
    write_text(args.output, write(release), inputs=(args.input,))
    return EXIT_OK


def _is_list(name: str) -> bool:
    return name.lower().endswith((".jsonl", ".ndjson"))


def _export_list(args: argparse.Namespace) -> int:
    """export --to csv from JSON Lines of contacts: every line checked first."""
    contacts: list[Contact] = []
    failed = False
    try:
        data = read_bytes(args.input, MAX_DOCUMENT)
    except InputTooLargeError:
        _say(
            f"{escape(args.input)}: $: the list is over {MAX_DOCUMENT} bytes; "
            "at most that many are exported at once [json.too_large]"
        )
        return EXIT_PROBLEMS
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            contacts.append(from_json(line, Contact))
        except ValidationError as exc:
            failed = True
            for problem in exc.problems:
                _say(f"{escape(args.input)}:{number}: {escape(str(problem))}")
    if failed:
        return EXIT_PROBLEMS
    write_text(args.output, to_csv(contacts), inputs=(args.input,))
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
        status = handlers[args.command](args)
        write_stream(sys.stdout, "", "standard output")  # flush: fail here, not at exit
    except UsageError as exc:
        with contextlib.suppress(OSError):
            print(f"pressrelease: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (head, less) went away before the output was written.
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
    return status


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    raise SystemExit(main())
