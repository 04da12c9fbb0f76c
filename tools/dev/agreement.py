"""`tools/dev targets`: the target table, and its check that every other place naming the release
targets agrees with it (the npm platform packages, the release workflow)."""

import json

import targets
import workflow
from repo import ROOT, say, version


def problems() -> list[str]:
    found = []
    manifest = json.loads((ROOT / "node/package.json").read_text())
    with_npm = [target for target in targets.load() if target.npm]
    if "targets" in manifest["napi"]:
        found.append("node/package.json lists napi.targets: tools/dev/targets.toml is their list")
    folders = sorted(path.name for path in (ROOT / "node/npm").iterdir() if path.is_dir())
    if folders != sorted(target.npm.name for target in with_npm if target.npm):
        found.append(f"node/npm/ holds {folders}, not one package per npm target")
    for target in with_npm:
        assert target.npm
        path = ROOT / "node/npm" / target.npm.name / "package.json"
        if not path.exists():
            continue
        package = json.loads(path.read_text())
        want = {
            "name": f"httpcodes-{target.npm.name}",
            "os": [target.npm.os],
            "cpu": [target.npm.cpu],
        }
        if target.npm.libc:
            want["libc"] = [target.npm.libc]
        for key, value in want.items():
            if package.get(key) != value:
                found.append(
                    f"{path.relative_to(ROOT)}: {key} {package.get(key)!r}, targets.toml {value!r}"
                )
    # The workflow names no artifact: `tools/dev publish` reads them from dist/'s SHA256SUMS.
    current = (ROOT / workflow.PATH).read_text() if (ROOT / workflow.PATH).exists() else ""
    if current != workflow.render():
        found.append(f"{workflow.PATH} is stale: run `make generate` and commit it")
    return found


def main(check: bool) -> int:
    if not check:
        print(targets.describe())
        print()
        print("\n".join(targets.artifacts(version())))
        return 0
    found = problems()
    for problem in found:
        say(problem)
    if found:
        return 1
    artifacts = len(targets.artifacts(version()))
    print(f"targets: {len(targets.load())} targets and {artifacts} artifacts, all agree")
    return 0
