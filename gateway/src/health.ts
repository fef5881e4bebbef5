import type { Request, Response } from 'express';

/** GET /health: the gateway and every subgraph it routes to (their /health), 503 when any is down. */
export function health(subgraphs: Record<string, string>) {
  return async (_req: Request, res: Response) => {
    const entries = await Promise.all(
      Object.entries(subgraphs).map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(2_000) });
          return [name, response.ok ? 'ok' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const allOk = entries.every(([, status]) => status === 'ok');
    res.status(allOk ? 200 : 503).json({ status: allOk ? 'ok' : 'degraded', subgraphs: Object.fromEntries(entries) });
  };
}
