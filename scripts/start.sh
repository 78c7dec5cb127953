#!/usr/bin/env bash
# Installs what the app needs, builds it and serves it at http://localhost:4173.
# The first open creates the board with the sample workshops.
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund --loglevel=error
npm run -s build
echo "Recboard: open http://localhost:4173 in your browser (Ctrl+C stops it)."
exec node_modules/.bin/vite preview --host 127.0.0.1
