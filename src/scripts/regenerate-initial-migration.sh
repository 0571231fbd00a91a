#!/usr/bin/env bash
# Pre-release only: rebuilds the single initial SQLite migration from the current schema.
# Once a database has run it in production, add migrations with `npm run migrate:create` instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f src/migrations/2*_initial.ts src/migrations/2*_initial.json
echo 'export const migrations = []' > src/migrations/index.ts
DATABASE_URL="file:$(mktemp -d)/schema.db" npx payload migrate:create initial
