"""Packs a folder into an archive (.tar.gz or .zip) the same way every time: entries sorted,
every time the last commit's (SOURCE_DATE_EPOCH), no owner, modes kept, and gzip without a time.
The archive holds the folder's own name as its top folder.
"""

import gzip
import io
import os
import sys
import tarfile
import time
import zipfile
from pathlib import Path


def entries(folder: Path) -> list[Path]:
    return sorted([folder, *folder.rglob("*")], key=lambda path: path.as_posix())


def pack_tar(archive: Path, folder: Path, epoch: int) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in entries(folder):
            info = tar.gettarinfo(str(path), arcname=path.relative_to(folder.parent).as_posix())
            info.mtime, info.uid, info.gid, info.uname, info.gname = epoch, 0, 0, "", ""
            if info.isfile():
                with path.open("rb") as data:
                    tar.addfile(info, data)
            else:
                tar.addfile(info)
    with (
        archive.open("wb") as out,
        gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as packed,
    ):
        packed.write(buffer.getvalue())


def pack_zip(archive: Path, folder: Path, epoch: int) -> None:
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip times start in 1980
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        for path in entries(folder):
            name = path.relative_to(folder.parent).as_posix() + ("/" if path.is_dir() else "")
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = (path.stat().st_mode & 0xFFFF) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            packed.writestr(info, b"" if path.is_dir() else path.read_bytes())


def pack(archive: Path, folder: Path) -> None:
    """Packs FOLDER into ARCHIVE, a .zip or a .tar.gz by its name."""
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    if archive.name.endswith(".zip"):
        pack_zip(archive, folder, epoch)
    elif archive.name.endswith(".tar.gz"):
        pack_tar(archive, folder, epoch)
    else:
        sys.exit(f"{archive.name} is neither .zip nor .tar.gz")
