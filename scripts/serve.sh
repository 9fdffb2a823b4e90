#!/usr/bin/env bash
# README's serve command: set-up, release build, then dist/ on http://127.0.0.1:8080 with the
# SPA fallback that deep links need. PORT=9000 scripts/serve.sh picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}" 127.0.0.1
