import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * A subgraph's Prometheus metrics, served at GET /metrics on its own port (inside the cluster, never through the
 * gateway): the process (memory, CPU, event-loop lag, GC: prom-client's defaults), the GraphQL requests it answered
 * and every SQL statement it sent. The statement counter is what the benchmark reads before and after one operation
 * to count statements per operation (issue #8: N+1 shows), and what an operator alerts on.
 *
 * Why prom-client: the maintained Prometheus client for Node, with the process metrics every exporter is expected to
 * have; writing the text format by hand would be easy, the default process collectors would not.
 */
export interface SubgraphMetrics {
  registry: Registry;
  /** Counts one SQL statement (the database's onQuery hook). */
  statement(sql: string): void;
  /** Times one GraphQL request: call the returned function when it is answered. */
  request(): (labels: { outcome: 'ok' | 'error' }) => void;
}

export function createSubgraphMetrics(service: string): SubgraphMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'werkplek_' });
  const statements = new Counter({
    name: 'werkplek_sql_statements_total',
    help: 'SQL statements sent to the database, by kind (select, insert, update, delete, other)',
    labelNames: ['kind'],
    registers: [registry],
  });
  const requests = new Histogram({
    name: 'werkplek_graphql_request_duration_seconds',
    help: 'GraphQL requests answered by this subgraph, by outcome',
    labelNames: ['outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    statement(sql) {
      const kind = /^\s*(select|insert|update|delete)\b/i.exec(sql)?.[1]?.toLowerCase() ?? 'other';
      statements.inc({ kind });
    },
    request() {
      return requests.startTimer();
    },
  };
}
