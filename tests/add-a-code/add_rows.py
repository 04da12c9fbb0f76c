"""Adds the made-up 598, an alias of it and their vector lines to the workspace copy WORK: what
CONTRIBUTING.md says adding a code takes (tests/add-a-code/run.sh). The new keys are long ones (a
phrase over 40 bytes, an alias and an alias name over 32), each with a vector for every text that
differs from it in one byte, and 414 gains the alias "Request-URI Too Large". With
--duplicate-key, adds instead an alias key equal to 418's phrase under ASCII folding, which the
build must refuse.

    python3 tests/add-a-code/add_rows.py WORK [--duplicate-key]
"""

import json
import sys
from pathlib import Path

work = Path(sys.argv[1])
table = work / "core/src/table.rs"
text = table.read_text()
if sys.argv[2:] == ["--duplicate-key"]:
    invented = "=> MADE_UP_STATUS_WITH_A_PHRASE_OF_OVER_FORTY_BYTES;\n"
    assert invented in text, "run without --duplicate-key first"
    table.write_text(text.replace(invented, invented + '    "I\'m a teapot" => IM_A_TEAPOT;\n'))
    sys.exit(0)
PHRASE = "Made Up Status With a Phrase of Over Forty Bytes"
ALIAS = "An Invented Alias of Over Thirty-Two Bytes"
# Each NAME is its phrase's, by spec/API.md's rule.
NAME = "MADE_UP_STATUS_WITH_A_PHRASE_OF_OVER_FORTY_BYTES"
ALIAS_NAME = "AN_INVENTED_ALIAS_OF_OVER_THIRTY_TWO_BYTES"
LONG_ALIAS_414 = "Request-URI Too Large"
LONG_ALIAS_414_NAME = "REQUEST_URI_TOO_LARGE"
DESCRIPTION = "A code made up to prove that adding one takes a row and its vectors."


def escaped(text: str) -> str:
    """TEXT as a vector's input column writes it (tests/vectors/README.md): every character but
    a letter or a digit as its \\uXXXX escape, so no changed byte can become a tab or padding."""
    return "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in text)


def one_byte_changed(key: str) -> list[str]:
    """Every text that differs from KEY in one byte: its lowest bit flipped, which never makes a
    letter its own capital."""
    return [key[:at] + chr(ord(key[at]) ^ 1) + key[at + 1 :] for at in range(len(key))]


def vectors_of(key: str, code: int) -> list[str]:
    rows = [f"{escaped(key)}\t{code}\tlong key\n"]
    rows += [
        f"{escaped(text)}\tunknown\tlong key, byte {at} changed\n"
        for at, text in enumerate(one_byte_changed(key))
    ]
    return rows


end = "\n}\n\nclass_table! {"
alias = '    "URI Too Long" URI_TOO_LONG => REQUEST_URI_TOO_LONG;\n'
assert end in text and alias in text, "table.rs changed shape: update this script"
assert len(PHRASE) > 40 and len(ALIAS) > 32 and len(ALIAS_NAME) > 32 and len(NAME) > 40
row = f'\n    598 {NAME} "{PHRASE}"\n        "{DESCRIPTION}";'
text = text.replace(end, row + end)
aliases = f'    "{ALIAS}" {ALIAS_NAME} => {NAME};\n'
aliases += f'    "{LONG_ALIAS_414}" {LONG_ALIAS_414_NAME} => REQUEST_URI_TOO_LONG;\n'
text = text.replace(alias, alias + aliases)
table.write_text(text)
vectors = work / "tests/vectors"
with (vectors / "statuses.tsv").open("a") as rows:
    rows.write(f"598\t{PHRASE}\t{NAME}\tServer Error\t-\n")
with (vectors / "facts.tsv").open("a") as rows:
    # Unregistered, as a row without a reference is: no registered phrase either.
    rows.write(f"598\tnone\tnone\t{DESCRIPTION}\n")
with (vectors / "aliases.tsv").open("a") as rows:
    rows.write(f"{ALIAS}\t598\n{LONG_ALIAS_414}\t414\n")
with (vectors / "alias_names.tsv").open("a") as rows:
    rows.write(f"{ALIAS_NAME}\t598\n{LONG_ALIAS_414_NAME}\t414\n")
with (vectors / "reverse.tsv").open("a") as rows:
    rows.writelines(vectors_of(PHRASE, 598) + vectors_of(ALIAS, 598))
    rows.writelines(vectors_of(LONG_ALIAS_414, 414))
with (vectors / "names.tsv").open("a") as rows:
    rows.writelines(vectors_of(NAME, 598) + vectors_of(ALIAS_NAME, 598))
# Each new name is one more difference from http.HTTPStatus, which the Python suite requires to
# be listed with its reason (tests/compat/http.HTTPStatus.json).
compat_file = work / "tests/compat/http.HTTPStatus.json"
compat = json.loads(compat_file.read_text())
for member, code in [(NAME, 598), (ALIAS_NAME, 598), (LONG_ALIAS_414_NAME, 414)]:
    reason = f"spec/status-codes.txt would list {member} for {code}: a row made up by this test"
    difference = {"member": member, "attribute": "value", "stdlib": None, "httpcodes": code}
    compat["differences"].append({**difference, "reason": reason})
compat_file.write_text(json.dumps(compat, indent=2, ensure_ascii=False) + "\n")
