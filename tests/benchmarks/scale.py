"""Validate 1,000,000 contacts as CSV and as JSON Lines; report time and memory.

    python tests/benchmarks/scale.py            # 1,000,000 rows (a few minutes)
    python tests/benchmarks/scale.py --rows 50000

Runs ``pressrelease validate`` in a child process on a generated file and
reads the child's peak resident memory (``ru_maxrss``), so the figures are
what a user sees. Every 100th row is bad, so problems are printed too. The
figures go into docs/performance.md by hand.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ["GB", "US", "TH", "DE", "FR"]
NUMBERS = {
    "GB": "020 7946 {:04d}",
    "US": "(202) 555-{:04d}",
    "TH": "02 288 {:04d}",
    "DE": "030 5557 {:04d}",
    "FR": "01 99 00 {:02d} {:02d}",
}


def _number(country: str, i: int) -> str:
    pattern = NUMBERS[country]
    if country == "FR":
        return pattern.format(i % 100, (i // 100) % 100)
    return pattern.format(i % 10_000)


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("First Name,Last Name,E-mail Address,Business Phone,Country\n")
        for i in range(rows):
            country = COUNTRIES[i % len(COUNTRIES)]
            phone = _number(country, i) if i % 100 else "+95 1 254 852-3"
            out.write(f"P{i},Q{i},p{i}@example.org,{phone},{country}\n")


def write_jsonl(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            good = i % 100 != 0
            contact = {
                "name": f"P{i} Q{i}",
                "emails": [f"p{i}@example.org"],
                "phones": [f"+44 20 7946 {i % 10_000:04d}" if good else "852/3"],
                "country": "GB" if good else COUNTRIES[i % len(COUNTRIES)],
            }
            out.write(json.dumps(contact) + "\n")


def run(path: Path, jobs: int) -> tuple[float, float, str]:
    start = time.perf_counter()
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "pressrelease",
            "validate",
            "--type",
            "contact",
            "--jobs",
            str(jobs),
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mib, child.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, write in ((".csv", write_csv), (".jsonl", write_jsonl)):
            path = Path(tmp) / f"contacts{suffix}"
            write(path, args.rows)
            size = path.stat().st_size / 2**20
            for jobs in (1, 2) if suffix == ".jsonl" else (1,):
                elapsed, peak, summary = run(path, jobs)
                print(
                    f"{suffix[1:]:5} rows={args.rows:,} size={size:.0f} MiB "
                    f"jobs={jobs} time={elapsed:.1f} s "
                    f"rate={args.rows / elapsed:,.0f}/s peak RSS<={peak:.0f} MiB "
                    f"| {summary}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
