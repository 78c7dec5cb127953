#!/usr/bin/env bash
# Builds one commit's benchmark build (app + harness page, `vite build --mode bench`) into a
# directory, for an interleaved A/B run (bench/experiments/ab-cold-load.experiment.ts).
#
# What it does: exports <rev> with `git archive` into a temporary directory (the checkout and
# its uncommitted work are left alone), uses this checkout's node_modules when every package
# the commit's package.json names is installed here, and runs `npm install` there otherwise
# (older commits had other dependencies, lucide-react for one; their lock files are not always
# in step with their package.json, so `npm ci` refuses them, and versions may then differ from
# what was measured), builds, and copies the build to <out-dir>.
#
# Usage: bash bench/experiments/build-rev.sh <rev> <out-dir>
#   e.g. bash bench/experiments/build-rev.sh 044bf7a /tmp/ab/inline-read
#        bash bench/experiments/build-rev.sh 044bf7a~1 /tmp/ab/before
set -euo pipefail

rev="${1:?usage: build-rev.sh <rev> <out-dir>}"
out="${2:?usage: build-rev.sh <rev> <out-dir>}"
repo="$(git rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git -C "$repo" archive "$rev" | tar -x -C "$work"
missing="$(node -e '
  const { existsSync, readFileSync } = require("node:fs");
  const pkg = JSON.parse(readFileSync(process.argv[1], "utf8"));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  console.log(names.filter((name) => !existsSync(`${process.argv[2]}/${name}/package.json`)).join(" "));
' "$work/package.json" "$repo/node_modules")"
if [ -z "$missing" ]; then
  ln -s "$repo/node_modules" "$work/node_modules"
else
  echo "build-rev: $rev needs packages not installed here ($missing): npm install" >&2
  (cd "$work" && npm install --no-audit --no-fund --loglevel=error)
fi
(cd "$work" && node_modules/.bin/vite build --mode bench --outDir dist-bench)
mkdir -p "$out"
cp -r "$work/dist-bench/." "$out/"
echo "build-rev: $rev ($(git -C "$repo" rev-parse --short "$rev")) built into $out"
