import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Resident memory of a process in MiB (Linux /proc), or null elsewhere. */
export function residentMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Number(kib) / 1024 : null;
  } catch {
    return null;
  }
}

/** A subgraph's SQL statements so far, from its /metrics (werkplek_sql_statements_total, all kinds). */
export async function statementsSoFar(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('werkplek_sql_statements_total{'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const gzipKiB = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/**
 * The shell's JavaScript, gzipped: what index.html loads, plus the shell's own chunks webpack loads before the first
 * paint (all its .js files except async route chunks is an upper bound; here: the entry plus the chunks of its
 * bootstrap listed in mf-stats). Then each remote's entry and the chunks of its exposed App, loaded when its route opens.
 */
export function bundleKiB(repoRoot: string): { shellInitial: number; remotes: Record<string, number> } {
  const shellDist = join(repoRoot, 'frontends/shell/dist');
  const html = readFileSync(join(shellDist, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/<script[^>]*src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const stats = JSON.parse(readFileSync(join(shellDist, 'mf-stats.json'), 'utf8')) as { shared?: { assets?: { js?: { sync?: string[] } } }[] };
  const sharedSync = (stats.shared ?? []).flatMap((s) => s.assets?.js?.sync ?? []);
  const shellFiles = [...new Set([...entryFiles, ...sharedSync])].filter((file) => readdirSync(shellDist).includes(file));
  const shellInitial = shellFiles.reduce((sum, file) => sum + gzipKiB(join(shellDist, file)), 0);
  const remotes: Record<string, number> = {};
  for (const app of ['dual-learning', 'training', 'inspection']) {
    const dist = join(repoRoot, 'frontends', app, 'dist');
    const manifest = JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as {
      metaData: { remoteEntry: { name: string } };
      exposes: { assets: { js: { sync: string[] } } }[];
    };
    const files = [manifest.metaData.remoteEntry.name, ...manifest.exposes.flatMap((e) => e.assets.js.sync)];
    remotes[app] = files.reduce((sum, file) => sum + gzipKiB(join(dist, file)), 0);
  }
  return { shellInitial, remotes };
}
