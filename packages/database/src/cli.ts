import { relative } from 'node:path';
import { versionTriggerSql } from './version-trigger.js';
import { checkMigrations, createMigration, generateClient, rewriteMigration } from './prisma-cli.js';

const usage = `werkplek-db: Prisma tooling that works offline, run from a service folder

  werkplek-db generate                 generate the Prisma client (src/generated/prisma)
  werkplek-db migration create <name>  write prisma/migrations/<timestamp>_<name> for the changes in schema.prisma
  werkplek-db migration check          fail when schema.prisma and prisma/migrations differ
  werkplek-db migration rewrite <name> replace the unreleased migration *_<name> with one from schema.prisma
  werkplek-db migration version-trigger <table>…
                                       print the SQL whose trigger raises these tables' version on every update`;

const [command, sub, name, ...more] = process.argv.slice(2);
const serviceDir = process.cwd();

try {
  if (command === 'generate') {
    generateClient(serviceDir);
    console.log('Prisma client generated');
  } else if (command === 'migration' && sub === 'create' && name) {
    const folder = createMigration(serviceDir, name);
    console.log(folder ? `Created ${relative(serviceDir, folder)}` : 'schema.prisma and the migrations agree: nothing to create');
  } else if (command === 'migration' && sub === 'rewrite' && name) {
    generateClient(serviceDir);
    const folder = rewriteMigration(serviceDir, name);
    console.log(folder ? `Rewrote ${relative(serviceDir, folder)}` : 'schema.prisma and the migrations agree: nothing to rewrite');
  } else if (command === 'migration' && sub === 'version-trigger' && name) {
    process.stdout.write(versionTriggerSql([name, ...more]));
  } else if (command === 'migration' && sub === 'check') {
    const diff = checkMigrations(serviceDir);
    if (!diff.inSync) {
      console.error(`schema.prisma and prisma/migrations differ; run \`werkplek-db migration create <name>\`:\n${diff.sql}`);
      process.exit(1);
    }
    console.log('schema.prisma and prisma/migrations agree');
  } else {
    console.error(usage);
    process.exit(2);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
