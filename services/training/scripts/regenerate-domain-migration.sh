#!/usr/bin/env bash
# While the training domain is being built (nothing of it has been released), its schema changes go into one
# migration, rewritten from schema.prisma: this replaces prisma/migrations/*_training_domain. Never use it once a
# release has applied that migration anywhere: add a new migration instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/werkplek-training-migration.lock
flock 9
rm -rf prisma/migrations/*_training_domain
../../packages/database/bin/werkplek-db.mjs generate
../../packages/database/bin/werkplek-db.mjs migration create training_domain
