import { fileURLToPath } from 'node:url';
import { defineSubgraph, type SubgraphStartOptions } from '@werkplek/subgraph-kit';
import { createInspectionContextWith } from './context.js';
import { createGraphClient, gatewayRiskSignals, type GraphClient } from './cross-domain/index.js';
import { PrismaClient } from './generated/prisma/client.js';
import { gatewayProposalDelivery, startProposalRelay, type ProposalDelivery, type ProposalRelay } from './revocation-proposal/index.js';
import type { RiskSignalSource } from './risk/risk-signals.js';
import { buildInspectionSchema } from './schema.js';
import { seedInspection } from './seed.js';

export interface InspectionSubgraphOptions extends SubgraphStartOptions<PrismaClient> {
  /** How this subgraph reaches the other domains (the gateway, under its service identity). */
  graphClient?: GraphClient;
  /** The gateway's /graphql URL for the default graph client (GATEWAY_URL); a function when it is known only later. */
  gatewayUrl?: string | (() => string);
  /** Where the annual planning reads the other domains' risk signals; by default through the gateway. */
  riskSignals?: RiskSignalSource;
  /** Where the outbox delivers revocation proposals; by default dual learning's mutation through the gateway. */
  proposalDelivery?: ProposalDelivery;
  /** How often the outbox relay looks for due proposals besides right after a proposal (default 15 s). */
  relayIntervalMs?: number;
}

/** The inspection subgraph on its own database (PGlite by default, PostgreSQL with INSPECTION_DATABASE_URL). */
export function createInspectionSubgraph(options: InspectionSubgraphOptions = {}) {
  const graphClient = options.graphClient ?? createGraphClient({ url: options.gatewayUrl });
  const riskSignals = options.riskSignals ?? gatewayRiskSignals(graphClient);
  const proposalDelivery = options.proposalDelivery ?? gatewayProposalDelivery(graphClient);
  // Requests nudge the relay; it exists once the database is ready (background start), which is before any request.
  let relay: ProposalRelay | undefined;
  return defineSubgraph({
    name: 'inspection',
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
    createClient: (adapter) => new PrismaClient({ adapter }),
    buildSchema: buildInspectionSchema,
    createContext: createInspectionContextWith({ riskSignals, deliverProposalsSoon: () => relay?.soon() }),
    seed: seedInspection,
    background: (prisma, environment) => {
      relay = startProposalRelay({ prisma, delivery: proposalDelivery, now: environment.now, intervalMs: options.relayIntervalMs });
      return relay;
    },
  })(options);
}
