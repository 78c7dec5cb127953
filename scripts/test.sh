#!/usr/bin/env bash
# Runs every test: installs what it needs, then typecheck, lint, unit tests, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` refuses the lock file here (no macOS/Windows binaries on this registry);
# `npm install` leaves a good lock file unchanged.
npm install --no-audit --no-fund --loglevel=error
bash scripts/ensure-chromium.sh
npm run -s typecheck
npm run -s lint
npx vitest run
npx playwright test
