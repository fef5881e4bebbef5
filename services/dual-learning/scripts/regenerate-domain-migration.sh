#!/usr/bin/env bash
# While the dual-learning domain is being built (nothing of it has been released), its schema changes go into one
# migration, rewritten from schema.prisma: this replaces prisma/migrations/*_dual_learning_domain. Never use it once a
# release has applied that migration anywhere: add a new migration instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/werkplek-dual-learning-migration.lock
flock 9
rm -rf prisma/migrations/*_dual_learning_domain
../../packages/database/bin/werkplek-db.mjs generate
../../packages/database/bin/werkplek-db.mjs migration create dual_learning_domain
