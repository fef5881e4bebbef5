#!/usr/bin/env bash
# While this domain is unreleased its schema lives in one migration, rewritten from schema.prisma
# (werkplek-db migration rewrite; see packages/database/README.md). After a release, add new migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ../../packages/database/bin/werkplek-db.mjs migration rewrite inspection_domain
