"""Prints each instruction count beside its budget and fails when one is more than 10% past it.

    python3 judge.py BUDGETS COUNTS

Both files are `hot path<TAB>instructions per call` lines; `#` starts a comment.
"""

import sys
from pathlib import Path

ALLOWED_GROWTH = 1.10
WHAT_TO_DO = """\
A hot path now costs more instructions than its budget allows. If a change made it slower by
mistake, find it. If the cost is one the table's growth brings (a longer key, one more byte
position for the reverse lookup's hash), measure it with `make bench`, then rewrite the budgets
with `make bless-instructions` and say why in the commit."""


def read(path: Path) -> dict[str, int]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, count = line.split("\t")
            rows[name] = int(count)
    return rows


def main(budgets_path: Path, counts_path: Path) -> int:
    budgets, counts = read(budgets_path), read(counts_path)
    failed = 0
    print(f"{'hot path':<32} {'instructions':>12} {'budget':>8}  verdict")
    for name, count in counts.items():
        budget = budgets.get(name)
        if budget is None:
            verdict = "NO BUDGET"
            failed += 1
        elif count > budget * ALLOWED_GROWTH:
            verdict = f"FAIL: {count / budget:.2f}x the budget"
            failed += 1
        else:
            verdict = "ok"
        print(f"{name:<32} {count:>12} {budget if budget is not None else '-':>8}  {verdict}")
    for name in sorted(set(budgets) - set(counts)):
        print(f"{name:<32} {'not measured':>12} {budgets[name]:>8}  FAIL")
        failed += 1
    print(f"callgrind: {len(counts) - failed} passed, {failed} failed")
    if failed:
        print(WHAT_TO_DO, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
