// Runs the Python suite in Pyodide (CPython compiled to WebAssembly) under Node, offline:
//   node run.mjs REPO WHEELS
// Every wheel of WHEELS (the wheel under test and the pinned test runner's) is unpacked into
// Pyodide's site-packages, as an installer would, since Pyodide's own installer needs the
// network; the repository is mounted read-write at /repo, and pytest runs from
// /repo/tests/python. Exits with pytest's status.
import { loadPyodide } from 'pyodide';

const [repo, wheels] = process.argv.slice(2);
if (!repo || !wheels) {
  console.error('usage: node run.mjs REPO WHEELS');
  process.exit(2);
}
const pyodide = await loadPyodide();
// Python's output as it writes it (pytest's progress dots share a line).
const raw = (stream) => ({ write: (buffer) => (stream.write(buffer), buffer.length) });
pyodide.setStdout(raw(process.stdout));
pyodide.setStderr(raw(process.stderr));
pyodide.mountNodeFS('/repo', repo);
pyodide.mountNodeFS('/wheels', wheels);
const status = pyodide.runPython(`
import os, site, sys, sysconfig, zipfile

target = sysconfig.get_paths()["purelib"]
for name in sorted(os.listdir("/wheels")):
    if name.endswith(".whl"):
        with zipfile.ZipFile(os.path.join("/wheels", name)) as wheel:
            wheel.extractall(target)
os.chdir("/repo/tests/python")
os.environ["HTTPCODES_WHEEL"] = "pure"
import pyodide
print(f"Pyodide {pyodide.__version__} (Python {sys.version.split()[0]}, {sys.platform})", flush=True)
import pytest
pytest.main(["-p", "no:cacheprovider", "-q", "-rs"])
`);
process.exit(Number(status));
