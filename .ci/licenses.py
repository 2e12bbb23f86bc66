#!/usr/bin/env python3
"""Checks the licences of every dependency (offline: `cargo metadata` reads
the lock file and the local registry cache). Fails on a licence outside the
allowlist, or a package with none."""
import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "Unicode-3.0", "Unicode-DFS-2016", "CC0-1.0", "Unlicense", "BSL-1.0",
    "MPL-2.0", "MIT-0",
}


def ok(expr: str) -> bool:
    expr = expr.replace("/", " OR ")
    for branch in re.split(r"\s+OR\s+", expr.replace("(", " ").replace(")", " ")):
        terms = [t.strip() for t in re.split(r"\s+AND\s+", branch) if t.strip()]
        if terms and all(t in ALLOWED for t in terms):
            return True
    return False


def main() -> int:
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True, capture_output=True, text=True,
    ).stdout)
    bad = []
    for p in meta["packages"]:
        lic = p.get("license") or ""
        if p["name"] == "inroads":
            continue
        if not lic or not ok(lic):
            bad.append(f"{p['name']} {p['version']}: {lic or 'no licence'}")
    print(f"licences: {len(meta['packages']) - 1} dependencies checked")
    for b in bad:
        print("  not allowed:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
