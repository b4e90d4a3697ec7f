"""``pressrelease validate`` for CSV contact lists: one row at a time."""

from __future__ import annotations

import json
import sys
from typing import IO, TextIO

from pressrelease.errors import ValidationError
from pressrelease.findings import Severity, check
from pressrelease.formats.csv import CsvIssue, read_csv

_PROGRESS_EVERY = 10_000


def _emit(out: TextIO, fmt: str, name: str, issue: CsvIssue) -> None:
    if fmt == "json":
        record = {
            "file": name,
            "line": issue.line,
            "path": issue.path,
            "column": issue.column,
            "code": issue.code,
            "severity": issue.severity.value,
            "message": issue.message,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    tag = issue.code
    if issue.severity is not Severity.ERROR:
        tag += f", {issue.severity.value}"
    out.write(f"{name}:{issue.line}: {issue.where}: {issue.message} [{tag}]\n")


def validate_csv(
    name: str,
    stream: IO[bytes],
    *,
    region: str | None,
    strict: bool,
    fmt: str,
    out: TextIO,
    progress: bool,
) -> tuple[int, int, int]:
    """Validate a CSV contact list; return (contacts, problems, findings).

    With *strict*, warnings count as problems.
    """
    try:
        records = read_csv(stream, region=region)
    except ValidationError as exc:  # a bad --region
        problem = exc.problems[0]
        out.write(f"{name}: --region: {problem.message} [{problem.code}]\n")
        return 0, 1, 0
    rows = problems = findings = 0
    for record in records:
        if record.kind == "contact":
            rows += 1
        issues = list(record.problems) + list(record.findings)
        if record.contact is not None:
            for finding in check(record.contact):
                issues.append(
                    CsvIssue(
                        line=record.line,
                        path=finding.path,
                        column=record.column_of(finding.path),
                        code=finding.code,
                        severity=finding.severity,
                        message=finding.message,
                    )
                )
        for issue in issues:
            serious = issue.severity is Severity.ERROR or (
                strict and issue.severity is Severity.WARNING
            )
            if serious:
                problems += 1
            else:
                findings += 1
            _emit(out, fmt, name, issue)
        if progress and rows % _PROGRESS_EVERY == 0 and record.kind == "contact":
            sys.stderr.write(f"\r{rows} rows validated")
            sys.stderr.flush()
    out.flush()
    return rows, problems, findings
