"""Turns the `BENCH` and `SIZE` lines that every bench prints into one table of ratios.

Usage: ... | report.py [--markdown FILE]

    BENCH <TAB> row <TAB> ours <TAB> peer <TAB> goal [<TAB> unit, default ns (per call)]
    SIZE  <TAB> row <TAB> bytes <TAB> limit bytes

A goal `-` marks a row shown for context only. A goal `<=X` asks ours/peer to be at most X (as fast as the peer, or within X of it); `>=X` asks
peer/ours to be at least X (X times faster). Other lines pass through to stderr. Exits 0 even when
a row misses: a MISS is reported, not hidden, and the table says so.
"""

import argparse
import os
import platform
import sys
from datetime import date


def bench_row(name: str, ours: str, peer: str, goal: str, unit: str = "ns") -> list[str]:
    ours_ns, peer_ns = float(ours), float(peer)
    figures = [f"{ours_ns:.1f} {unit}", f"{peer_ns:.1f} {unit}"]
    if goal == "-":  # shown for context, judged by no goal
        shown = f"{ours_ns / peer_ns:.2f}x the peer's time"
        return [name, *figures, shown, "-", "info"]
    target = float(goal[2:])
    if goal.startswith("<="):
        ratio = ours_ns / peer_ns
        shown, passed = f"{ratio:.2f}x the peer's time", ratio <= target
        wanted = f"<= {target:g}x"
    else:
        speedup = peer_ns / ours_ns
        shown, passed = f"{speedup:.1f}x faster", speedup >= target
        wanted = f">= {target:g}x faster"
    return [name, *figures, shown, wanted, "PASS" if passed else "MISS"]


def size_row(name: str, size: str, limit: str) -> list[str]:
    kb, limit_kb = int(size) / 1024, int(limit) / 1024
    verdict = "PASS" if int(size) <= int(limit) else "MISS"
    return [name, f"{kb:.1f} KB", "", "", f"<= {limit_kb:g} KB", verdict]


def describe_machine() -> str:
    """CPU model, core count and OS, for the record beside the figures."""
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            names = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
            model = names[0] if names else model
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--markdown")
    args = parser.parse_args()
    rows = []
    for line in sys.stdin:
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "BENCH" and len(fields) in (5, 6):
            rows.append(bench_row(*fields[1:]))
        elif fields[0] == "SIZE" and len(fields) == 4:
            rows.append(size_row(*fields[1:]))
        else:
            print(line, end="", file=sys.stderr)

    header = ["row", "ours", "peer", "ratio", "goal", "verdict"]
    table = [header, ["---"] * len(header)] + rows
    text = "\n".join("| " + " | ".join(row) + " |" for row in table)
    misses = sum(row[-1] == "MISS" for row in rows)
    passes = sum(row[-1] == "PASS" for row in rows)
    summary = f"{passes} PASS, {misses} MISS"
    print(text)
    print(summary)
    if args.markdown:
        machine = describe_machine()
        with open(args.markdown, "w", encoding="utf-8") as out:
            out.write(f"# httpcodes bench results\n\n{date.today()} on {machine} "
                      f"(`make bench`, one run, best of several repeats per figure).\n\n")
            out.write(text + "\n\n" + summary + "\n")


if __name__ == "__main__":
    main()
