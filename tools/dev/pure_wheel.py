"""The pure-Python wheel, `httpcodes_py-VERSION-py3-none-any.whl`, made from an abi3 wheel that
maturin built: the same files, metadata and timestamps, but no native module, tagged for any
Python. Its lookups are then `httpcodes._pure`, answered from the same generated table.

Nothing in it depends on which abi3 wheel it is made from, so the same sources give the same
bytes (the entries keep maturin's order and SOURCE_DATE_EPOCH times; RECORD is written anew).

    python3 tools/dev/pure_wheel.py ABI3_WHEEL OUT_DIR   # prints the pure wheel's path
"""

import base64
import hashlib
import sys
import zipfile
from pathlib import Path

# What a native module's file ends with, on every platform a wheel is built for.
NATIVE_SUFFIXES = (".so", ".pyd", ".dylib")
PURE_TAG = "py3-none-any"


def record_line(name: str, data: bytes) -> str:
    """A RECORD row (PEP 376): the file, its urlsafe-base64 SHA-256 without padding, its size."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def pure_wheel_file(text: str) -> str:
    """The WHEEL file of the pure wheel: purelib, and the one tag `py3-none-any`."""
    lines = []
    for line in text.splitlines():
        if line.startswith("Root-Is-Purelib:"):
            lines.append("Root-Is-Purelib: true")
        elif not line.startswith("Tag:"):
            lines.append(line)
        elif f"Tag: {PURE_TAG}" not in lines:
            lines.append(f"Tag: {PURE_TAG}")
    return "\n".join(lines) + "\n"


def make(native: Path, out: Path) -> Path:
    """Writes the pure wheel made from the abi3 wheel `native` into `out`; returns its path."""
    name, version = native.name.split("-")[:2]
    dist_info = f"{name}-{version}.dist-info"
    target = out / f"{name}-{version}-{PURE_TAG}.whl"
    records = []
    with zipfile.ZipFile(native) as source, zipfile.ZipFile(target, "w") as wheel:
        infos = source.infolist()
        record = source.getinfo(f"{dist_info}/RECORD")
        for info in infos:
            if info.filename.endswith(NATIVE_SUFFIXES) or info is record:
                continue
            data = source.read(info)
            if info.filename == f"{dist_info}/WHEEL":
                data = pure_wheel_file(data.decode()).encode()
            wheel.writestr(copy_of(info), data)
            records.append(record_line(info.filename, data))
        records.append(f"{record.filename},,")
        wheel.writestr(copy_of(record), "\n".join(records) + "\n")
    return target


def copy_of(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A new entry with `info`'s name, time, mode and compression (no extra fields)."""
    entry = zipfile.ZipInfo(info.filename, info.date_time)
    entry.external_attr = info.external_attr
    entry.compress_type = info.compress_type
    entry.create_system = info.create_system
    return entry


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pure_wheel.py ABI3_WHEEL OUT_DIR")
    print(make(Path(sys.argv[1]), Path(sys.argv[2])))
