"""Benchmark pressrelease against the validation floor, pydantic v2 and msgspec.

    python tests/benchmarks/bench.py          # the full run (a few minutes)
    python tests/benchmarks/bench.py --quick  # what CI runs, so it cannot rot

Needs the benchmark extra: pip install -e '.[bench]'. Every case runs all
contenders in this one process on the same input, repeats, and prints
medians and ratios. It never fails on a missed target: it reports.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _baselines as base  # noqa: E402

from pressrelease import Contact, clear_caches, from_json, to_json  # noqa: E402
from pressrelease.iso import COUNTRIES  # noqa: E402
from pressrelease.strategies import example_numbers  # noqa: E402

ROOT = HERE.parent.parent
DOMAINS = ["undp.org", "un.or.th", "iom.int", "ilo.org", "example.org", "münchen.de"]


def seed_text() -> str:
    """The seed release, its pre-2017 number written as today's (pydantic
    rejects numbers that are not valid today), the same for every contender."""
    text = (ROOT / "examples" / "uniap_2009.json").read_text(encoding="utf-8")
    return text.replace('"+84439426511"', '"+842439426511"')


def contact_lines(count: int) -> list[str]:
    """Distinct contacts: every example number in turn, varied addresses."""
    numbers = [(r, n) for r, n in example_numbers(valid=True) if r in COUNTRIES]
    lines = []
    for i in range(count):
        region, number = numbers[i % len(numbers)]
        contact = {
            "name": f"Contact Number {i}",
            "language": "en",
            "emails": [f"person.{i}@{DOMAINS[i % len(DOMAINS)]}"],
            "phones": [{"number": str(number), "kind": "voice", "label": None}],
            "country": region,
        }
        lines.append(json.dumps(contact, ensure_ascii=False))
    return lines


def _as_csv(lines: list[str]) -> str:
    """The same contacts as a CSV list with the library's keys."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "language", "emails", "phones", "country"])
    for line in lines:
        c = json.loads(line)
        phones = " ::: ".join(p["number"] for p in c["phones"])
        emails = " ::: ".join(c["emails"])
        writer.writerow([c["name"], c["language"], emails, phones, c["country"]])
    return out.getvalue()


def median_time(run: Callable[[], object], number: int, repeat: int) -> float:
    """Median seconds per call over *repeat* runs of *number* calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def command_time(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class Table:
    def __init__(self) -> None:
        self.rows: list[str] = []

    def add(
        self, case: str, ours: float, others: dict[str, float], target: str, met: bool
    ) -> None:
        shown = " | ".join(
            f"{others[k] * 1e6:,.1f}" if k in others else "-"
            for k in ("floor", "pydantic", "msgspec")
        )
        floor = f"{ours / others['floor']:.2f}" if "floor" in others else "-"
        pyd = f"{ours / others['pydantic']:.2f}" if "pydantic" in others else "-"
        verdict = "yes" if met else "no"
        self.rows.append(
            f"| {case} | {ours * 1e6:,.1f} | {shown} | {floor} | {pyd} "
            f"| {target} | {verdict} |"
        )

    def print(self) -> None:
        print(
            "| case | pressrelease µs | floor µs | pydantic µs | msgspec µs "
            "| ÷ floor | ÷ pydantic | target | met |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
        for row in self.rows:
            print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run, for CI")
    args = parser.parse_args()
    n, repeat = (20, 3) if args.quick else (200, 7)
    count = 2_000 if args.quick else 10_000
    text = seed_text()
    release = from_json(text)
    table = Table()

    def cold() -> None:
        clear_caches()
        from_json(text)

    loads = {
        "floor": median_time(lambda: base.floor_release(text), n, repeat),
        "pydantic": median_time(
            lambda: base.PRelease.model_validate_json(text), n, repeat
        ),
        "msgspec": median_time(lambda: base.RELEASE_DECODER.decode(text), n, repeat),
    }
    ours = median_time(cold, n, repeat)
    met = ours <= 1.2 * loads["floor"] and ours <= 0.7 * loads["pydantic"]
    table.add("load, cold", ours, loads, "≤ 1.2 x floor, ≤ 0.7 x pydantic", met)
    from_json(text)
    ours = median_time(lambda: from_json(text), n * 10, repeat)
    table.add(
        "load, warm", ours, loads, "≤ 0.1 x pydantic", ours <= 0.1 * loads["pydantic"]
    )

    model = base.PRelease.model_validate_json(text)
    struct = base.RELEASE_DECODER.decode(text)
    dumps = {
        "pydantic": median_time(lambda: model.model_dump_json(indent=2), n, repeat),
        "msgspec": median_time(lambda: base.msgspec_dump(struct), n, repeat),
    }
    ours = dump_time = median_time(lambda: to_json(release), n, repeat)
    table.add("dump", ours, dumps, "≤ 0.5 x pydantic", ours <= 0.5 * dumps["pydantic"])
    # What the targets ask, set against what the standard library can do at
    # all: the C encoder alone, on plain data already built, with no indent.
    plain = json.loads(text)
    stdlib_dump = median_time(
        lambda: json.dumps(plain, ensure_ascii=False, separators=(",", ":")),
        n,
        repeat,
    )
    context = (
        f"For context, in this run: pydantic's own cold load is "
        f"{loads['pydantic'] / loads['floor']:.2f} x the floor, and 0.7 x pydantic "
        f"is {0.7 * loads['pydantic'] / loads['floor']:.2f} x the floor; "
        f"json.dumps of the plain data alone (C encoder, no indent) takes "
        f"{stdlib_dump * 1e6:,.1f} µs = {stdlib_dump / dumps['pydantic']:.2f} x "
        f"pydantic's dump; to_json (indented) takes {dump_time / stdlib_dump:.2f} "
        "x the C encoder's time."
    )

    lines = contact_lines(count)

    def each(run: Callable[[str], object]) -> Callable[[], None]:
        def over_all() -> None:
            for line in lines:
                run(line)

        return over_all

    def ours_contacts() -> None:
        clear_caches()
        for line in lines:
            from_json(line, Contact)

    per = {
        "floor": median_time(each(base.floor_contact), 1, repeat) / count,
        "pydantic": median_time(each(base.PContact.model_validate_json), 1, repeat)
        / count,
        "msgspec": median_time(each(base.CONTACT_DECODER.decode), 1, repeat) / count,
    }
    ours = contacts_per = median_time(ours_contacts, 1, repeat) / count
    table.add(
        f"contacts ({count:,}), per contact",
        ours,
        per,
        "≤ floor (throughput ≥ floor's)",
        ours <= per["floor"],
    )

    def ours_uncached() -> None:
        for line in lines:
            clear_caches()  # every contact cold: no help from repeated numbers
            from_json(line, Contact)

    ours = median_time(ours_uncached, 1, repeat) / count
    table.add("contacts, caches cleared each time", ours, per, "(for reference)", True)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cli = [
            sys.executable,
            "-m",
            "pressrelease",
            "validate",
            "--type",
            "contact",
            str(path),
        ]
        scaling = {
            jobs: command_time([*cli, "--jobs", str(jobs)], repeat)
            for jobs in range(1, max(2, os.cpu_count() or 1) + 1)
        }
        one, two = scaling[1], scaling[2]
        csv_path = Path(folder) / "contacts.csv"
        csv_path.write_text(_as_csv(lines), encoding="utf-8")
        csv_time = command_time(
            [sys.executable, "-m", "pressrelease", "validate", str(csv_path)], repeat
        )
    speedup = one / two
    rates = {"pressrelease": 1 / contacts_per, **{k: 1 / v for k, v in per.items()}}

    runs = 5 if args.quick else 21
    imports = {
        "pydantic": command_time(
            [
                sys.executable,
                "-c",
                f"import sys; sys.path.insert(0, {str(HERE)!r}); "
                "import _pydantic_models",
            ],
            runs,
        ),
    }
    ours = command_time([sys.executable, "-c", "import pressrelease"], runs)
    table.add(
        "import (a new interpreter)",
        ours,
        imports,
        "≤ 0.8 x pydantic",
        ours <= 0.8 * imports["pydantic"],
    )

    print(
        f"pressrelease benchmark{' (quick)' if args.quick else ''}: "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}"
    )
    print()
    table.print()
    print()
    print(
        f"`pressrelease validate --jobs 2` over {count:,} contacts: {one:.2f} s with "
        f"one process, {two:.2f} s with two: {speedup:.2f} x (target ≥ 1.7 x: "
        f"{'met' if speedup >= 1.7 else 'not met'})"
    )
    print()
    print(
        "Contacts per second per core (one process, JSON Lines lines in memory): "
        + ", ".join(f"{k} {v:,.0f}" for k, v in rates.items())
    )
    print(
        f"`pressrelease validate` (whole command) over {count:,} contacts: "
        + ", ".join(
            f"--jobs {n}: {t:.2f} s ({count / t:,.0f}/s, {one / t:.2f} x)"
            for n, t in scaling.items()
        )
        + f"; as CSV (one process): {csv_time:.2f} s ({count / csv_time:,.0f}/s)"
    )
    print()
    print(context)


if __name__ == "__main__":
    main()
