"""Adds the made-up 598, an alias of it and their vector lines to the workspace copy WORK: what
CONTRIBUTING.md says adding a code takes (tests/add-a-code/run.sh). With --duplicate-key, adds
instead an alias key equal to 418's phrase under ASCII folding, which the build must refuse.

    python3 tests/add-a-code/add_rows.py WORK [--duplicate-key]
"""

import sys
from pathlib import Path

work = Path(sys.argv[1])
table = work / "core/src/table.rs"
text = table.read_text()
if sys.argv[2:] == ["--duplicate-key"]:
    invented = '    "Invented Status" INVENTED_STATUS => MADE_UP_STATUS;\n'
    assert invented in text, "run without --duplicate-key first"
    table.write_text(text.replace(invented, invented + '    "I\'m a teapot" => IM_A_TEAPOT;\n'))
    sys.exit(0)
end = "\n}\n\nclass_table! {"
alias = '    "URI Too Long" URI_TOO_LONG => REQUEST_URI_TOO_LONG;\n'
assert end in text and alias in text, "table.rs changed shape: update this script"
description = "A code made up to prove that adding one takes a row and its vectors."
row = f'\n    598 MADE_UP_STATUS "Made Up Status"\n        "{description}";'
text = text.replace(end, row + end)
text = text.replace(alias, alias + '    "Invented Status" INVENTED_STATUS => MADE_UP_STATUS;\n')
table.write_text(text)
vectors = work / "tests/vectors"
with (vectors / "statuses.tsv").open("a") as rows:
    rows.write("598\tMade Up Status\tMADE_UP_STATUS\tServer Error\t-\n")
with (vectors / "facts.tsv").open("a") as rows:
    rows.write(f"598\tMade Up Status\tnone\t{description}\n")
with (vectors / "aliases.tsv").open("a") as rows:
    rows.write("Invented Status\t598\n")
with (vectors / "alias_names.tsv").open("a") as rows:
    rows.write("INVENTED_STATUS\t598\n")
