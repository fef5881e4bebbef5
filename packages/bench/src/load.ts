/**
 * A closed-loop load generator: `concurrency` virtual users each send the next request as soon as the previous answer
 * arrived, for `durationMs`. Every latency is kept (a few thousand numbers per run), so p50/p95/p99 are exact rather
 * than bucketed. Written here rather than taken from autocannon because autocannon reports p97.5, not the p95 the
 * issue's targets are stated in, and the request body is the same JSON each time anyway.
 */
export interface LoadResult {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A failure is a non-200 answer or a GraphQL answer with errors: a fast error must not count as speed. */
async function once(target: LoadTarget): Promise<boolean> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await response.text();
  return response.ok && !text.includes('"errors"');
}

export async function runLoad(target: LoadTarget, concurrency: number, durationMs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const user = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const ok = await once(target).catch(() => false);
      latencies.push(performance.now() - sent);
      if (!ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, user));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
