"""Inspects the macOS and Windows artifacts of DIST with Debian's llvm tools, since they cannot
run here (Windows ones also run under wine: tests/dist/windows.sh). Each check prints what it
verified; the first failure stops the run.

    python3 tests/dist/inspect_binaries.py DIST HEADER

macOS (Mach-O): each binary's architecture and minimum macOS, the dylib's install name and
versions, that everything links only libSystem, that the dylib exports exactly the header's
functions, and that each wheel's extension exports PyInit__httpcodes and links no libpython.
Windows (PE): that httpcodes.dll exports exactly the header's functions and that the wheel's
extension imports only python3.dll and Windows' own DLLs.
"""

import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

# Per architecture: Mach-O's name for it and the oldest macOS the builds claim.
MACHO = {"aarch64": ("ARM64", "11.0"), "x86_64": ("X86_64", "10.12")}
# What the Mach-O linker defines in every dylib besides the library's own symbols.
LINKER_MADE = {"_mh_dylib_header", "__dso_handle"}
# Windows' own DLLs an extension may import besides python3.dll.
WINDOWS_DLLS = re.compile(
    r"^(kernel32|ntdll|msvcrt|ucrtbase|api-ms-win-.*|bcrypt(primitives)?)\.dll$", re.IGNORECASE
)
LIBSYSTEM = "/usr/lib/libSystem.B.dylib"
# What Rust's std links on macOS besides libSystem, all in every macOS's /usr/lib: the Python
# extension and the Node addon carry std (the C library does not).
STD_DYLIBS = [LIBSYSTEM, "/usr/lib/libcharset.1.dylib", "/usr/lib/libiconv.2.dylib"]


class Inspection:
    """Counts what passed; a failed requirement stops the run with its reason."""

    def __init__(self) -> None:
        self.passed = 0

    def require(self, holds: bool, failure: str) -> None:
        if not holds:
            sys.exit(f"inspect: FAILED: {failure}")

    def ok(self, message: str) -> None:
        self.passed += 1
        print(f"inspect: {message}")


def tool(*command: str, check: bool = True) -> str:
    return subprocess.run(command, check=check, capture_output=True, text=True).stdout


def exported(path: Path) -> set[str]:
    """The defined external symbols of a Mach-O file, without the leading underscore. Debian's
    llvm-nm cannot read the newer LLVM bitcode some archive members carry besides their machine
    code, and says so on stderr; the symbols it can read are all this needs."""
    archive = path.suffix == ".a"
    command = ("llvm-nm", "--extern-only", "--defined-only", "--just-symbol-name", str(path))
    return {name.removeprefix("_") for name in tool(*command, check=not archive).split()}


def unpack(archive: Path, into: Path) -> Path:
    """Unpacks a .zip, .tar.gz, .tgz or .whl into `into` and returns `into`."""
    if archive.suffix in (".zip", ".whl"):
        with zipfile.ZipFile(archive) as packed:
            packed.extractall(into)
    else:
        with tarfile.open(archive) as packed:
            packed.extractall(into)
    return into


def header_functions(header: Path) -> set[str]:
    """The functions the header declares: its lines that are not comments."""
    lines = header.read_text().splitlines()
    code = [line for line in lines if not line.lstrip().startswith(("/", "*"))]
    return set(re.findall(r"\b(httpcodes_[a-z_]+)\(", "\n".join(code)))


def macho(check: Inspection, path: Path, arch: str, what: str, std: bool = False) -> str:
    """Checks `path`'s architecture, minimum macOS and that it links only libSystem (and, with
    `std`, the system libraries Rust's std links)."""
    cputype, minos = MACHO[arch]
    file_headers = tool("llvm-objdump", "--macho", "--private-header", str(path))
    check.require(re.search(rf"\b{cputype}\b", file_headers) is not None, f"{path}: not {cputype}")
    headers = tool("llvm-objdump", "--macho", "--private-headers", str(path))
    # LC_BUILD_VERSION's minos, or LC_VERSION_MIN_MACOSX's version for targets before 10.14.
    found = re.search(r"minos (\S+)|cmd LC_VERSION_MIN_MACOSX\n.*\n\s+version (\S+)", headers)
    found_minos = found and (found[1] or found[2])
    check.require(found_minos == minos, f"{path}: minos is {found_minos}, not {minos}")
    linked = re.findall(r"cmd LC_LOAD_DYLIB\n.*\n\s+name (\S+)", headers)
    allowed = STD_DYLIBS if std else [LIBSYSTEM]
    check.require(LIBSYSTEM in linked and set(linked) <= set(allowed), f"{path} links {linked}")
    names = ", ".join(Path(dylib).name for dylib in linked)
    check.ok(f"{what}: {cputype}, macOS {minos} and later, links only {names} from /usr/lib")
    return headers


def inspect_c_archives(check: Inspection, dist: Path, work: Path, functions: set[str]) -> None:
    for archive in sorted(dist.glob("libhttpcodes-*-apple-darwin.tar.gz")):
        arch = archive.name.split("-")[2]
        lib = unpack(archive, work / archive.name) / archive.name.removesuffix(".tar.gz") / "lib"
        dylib = next(lib.glob("libhttpcodes.*.*.dylib"))
        headers = macho(check, dylib, arch, dylib.name)
        identity = re.search(
            r"cmd LC_ID_DYLIB\n.*\n\s+name (\S+).*\n.*\n\s+current version (\S+)\n"
            r"compatibility version (\S+)",
            headers,
        )
        check.require(identity is not None, f"{dylib}: no LC_ID_DYLIB")
        assert identity is not None  # for mypy
        name, current, compatibility = identity.groups()
        check.require(name == f"@rpath/{dylib.name}", f"{dylib}: install name {name}")
        check.ok(f"{dylib.name}: install name {name}, current {current}, compat {compatibility}")
        symbols = exported(dylib) - LINKER_MADE
        check.require(symbols == functions, f"{dylib.name} exports {symbols ^ functions}")
        check.ok(f"{dylib.name} exports exactly the header's {len(functions)} functions")
        check.require(functions <= exported(lib / "libhttpcodes.a"), f"{lib}/libhttpcodes.a")
        check.ok(f"libhttpcodes.a ({arch}) defines every function of the header")
        cmake = (lib / "cmake/httpcodes/httpcodesConfig.cmake").read_text()
        check.require(dylib.name in cmake, f"the CMake package ({arch}) misses {dylib.name}")
        check.ok(f"the CMake package ({arch}) names {dylib.name}")
    for archive in sorted(dist.glob("libhttpcodes-*-windows-gnu.zip")):
        root = unpack(archive, work / archive.name) / archive.name.removesuffix(".zip")
        dll = root / "bin" / "httpcodes.dll"
        symbols = set(re.findall(r"Name: (\S+)", tool("llvm-readobj", "--coff-exports", str(dll))))
        check.require(symbols == functions, f"httpcodes.dll exports {symbols ^ functions}")
        check.ok(f"httpcodes.dll exports exactly the header's {len(functions)} functions")
        cmake = (root / "lib/cmake/httpcodes/httpcodesConfig.cmake").read_text()
        check.require("../bin/httpcodes.dll" in cmake, "the CMake package misses the DLL")
        check.require("libhttpcodes.dll.a" in cmake, "the CMake package misses the import library")
        check.ok("the CMake package (Windows) names bin/httpcodes.dll and its import library")


def inspect_packages(check: Inspection, dist: Path, work: Path) -> None:
    for archive in sorted(dist.glob("httpcodes-cli-*-apple-darwin.tar.gz")):
        arch = archive.name.split("-")[3]
        folder = unpack(archive, work / archive.name) / archive.name.removesuffix(".tar.gz")
        macho(check, folder / "httpcodes", arch, f"httpcodes ({arch})")
    for wheel in sorted(dist.glob("httpcodes_py-*-macosx_*.whl")):
        arch = "aarch64" if wheel.name.endswith("arm64.whl") else "x86_64"
        tag = re.search(r"macosx_(\d+)_(\d+)_", wheel.name)
        check.require(tag is not None and f"{tag[1]}.{tag[2]}" == MACHO[arch][1], wheel.name)
        extension = next((unpack(wheel, work / wheel.name) / "httpcodes").glob("_httpcodes*.so"))
        macho(check, extension, arch, f"{wheel.name}'s extension", std=True)
        check.require("PyInit__httpcodes" in exported(extension), f"{wheel.name}: no PyInit")
        check.ok(f"{wheel.name}'s extension exports PyInit__httpcodes and links no libpython")
    for package in sorted(dist.glob("httpcodes-darwin-*.tgz")):
        arch = "aarch64" if "arm64" in package.name else "x86_64"
        addon = next((unpack(package, work / package.name) / "package").glob("*.node"))
        macho(check, addon, arch, f"{package.name}'s {addon.name}", std=True)
    for package in sorted(dist.glob("httpcodes-win32-*.tgz")):
        addon = next((unpack(package, work / package.name) / "package").glob("*.node"))
        listing = tool("llvm-readobj", "--coff-imports", str(addon))
        imports = sorted(set(re.findall(r"Name: (\S+\.dll)", listing, re.IGNORECASE)))
        check.require(all(WINDOWS_DLLS.match(dll) for dll in imports), f"{addon.name}: {imports}")
        check.ok(f"{package.name}'s addon imports only Windows' DLLs ({', '.join(imports)})")
    for wheel in sorted(dist.glob("httpcodes_py-*-win_amd64.whl")):
        extension = next((unpack(wheel, work / wheel.name) / "httpcodes").glob("_httpcodes*.pyd"))
        listing = tool("llvm-readobj", "--coff-imports", str(extension))
        imports = sorted(set(re.findall(r"Name: (\S+\.dll)", listing, re.IGNORECASE)))
        others = [dll for dll in imports if dll != "python3.dll" and not WINDOWS_DLLS.match(dll)]
        check.require("python3.dll" in imports and not others, f"{wheel.name} imports {imports}")
        check.ok(f"{wheel.name}'s extension imports only {', '.join(imports)}")


def main(dist: Path, header: Path) -> int:
    check = Inspection()
    with tempfile.TemporaryDirectory() as work:
        inspect_c_archives(check, dist, Path(work), header_functions(header))
        inspect_packages(check, dist, Path(work))
    print(f"inspect: {check.passed} passed, 0 failed")
    return 0 if check.passed else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
