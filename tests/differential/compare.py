"""Fails on the first input where two doors answer differently, and prints it.

Usage: compare.py INPUT_DIR ANSWERS...

Each ANSWERS file holds one line per input (ints.txt, then phrases.txt). For an integer:
`phrase<TAB>NAME<TAB>class label<TAB>flags<TAB>registered phrase<TAB>reference<TAB>description<TAB>
header fields`, the flags as one 0/1 character per flag in core's order (`Flag::ALL`), the header
fields each as it shows (`Allow (MUST, RFC 9110, Section 15.5.6)`) joined by "; "; for a phrase:
`code<TAB>code of it as a NAME`. `-` stands for unknown (and for the registered phrase and
reference of an unregistered code, and the header fields of a code with none). A line `SKIP` means the
door cannot take that input (C's int32_t, Rust's i64) and is left out of that comparison.
"""

import sys
from pathlib import Path


def main() -> int:
    inputs_dir, answer_paths = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    ints = (inputs_dir / "ints.txt").read_text().splitlines()
    phrases = (inputs_dir / "phrases.txt").read_text().splitlines()
    inputs = [f"integer {n}" for n in ints] + [
        f"phrase {bytes.fromhex(h)!r}" for h in phrases
    ]
    answers = {p.name: p.read_text(encoding="utf-8").splitlines() for p in answer_paths}
    for name, lines in answers.items():
        if len(lines) != len(inputs):
            print(f"{name}: {len(lines)} answers for {len(inputs)} inputs")
            return 1
    for i, case in enumerate(inputs):
        given = {name: lines[i] for name, lines in answers.items() if lines[i] != "SKIP"}
        if len(set(given.values())) > 1:
            print(f"doors disagree on {case}:")
            for name, answer in given.items():
                print(f"  {name:>20}: {answer!r}")
            return 1
    compared = {name: sum(line != "SKIP" for line in lines) for name, lines in answers.items()}
    print(f"differential: {len(inputs)} inputs, all doors agree ({compared})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
