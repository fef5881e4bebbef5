import type { GraphQLSchema } from 'graphql';
import type { User } from '@werkplek/auth';
import { readOptional, readPort, servicePorts, type ServiceName } from '@werkplek/config';
import { openServiceDatabase, type DriverAdapter } from '@werkplek/database';
import type { SubgraphContext } from './auth.js';
import { runSubgraph, type SubgraphDefinition } from './server.js';
import { createSubgraphMetrics } from './metrics.js';

/** The least a generated PrismaClient offers that the kit needs. */
interface PrismaLike {
  $disconnect(): Promise<void>;
  $queryRawUnsafe(query: string): Promise<unknown>;
}

/** Everything that makes one subgraph different from another; the rest is the same for all. */
export interface SubgraphModule<Client extends PrismaLike, Context extends SubgraphContext> {
  name: ServiceName;
  /** The folder of Prisma migrations (prisma/migrations), applied on every start. */
  migrationsDir: string;
  createClient(adapter: DriverAdapter): Client;
  buildSchema(): Promise<GraphQLSchema>;
  /** Per request: services hold request-scoped DataLoaders, so nothing cached leaks between callers. */
  createContext(client: Client, user: User | null, environment: SubgraphEnvironment): Context;
  /** Realistic demonstration data; must be idempotent. */
  seed?(client: Client): Promise<void>;
  /**
   * Work the subgraph does on its own besides answering requests (e.g. relaying an outbox). Started once the database
   * is migrated and seeded; stopped when the subgraph stops, after the last request and before the database closes.
   */
  background?(client: Client, environment: SubgraphEnvironment): BackgroundTask;
}

/** A running background task; `stop` resolves once it has finished what it was doing. */
export interface BackgroundTask {
  stop(): Promise<void>;
}

/** What a request's services may depend on besides the database: the clock (tests set it to check deadlines). */
export interface SubgraphEnvironment {
  now(): Date;
}

export interface SubgraphStartOptions<Client = unknown> {
  /** A PostgreSQL URL; defaults to `<NAME>_DATABASE_URL`, else embedded PGlite. */
  url?: string;
  /** The PGlite folder; null keeps it in memory. */
  dataDir?: string | null;
  seed?: boolean;
  /** Fills the fresh database with this instead of the module's seed (test fixtures), before the subgraph serves. */
  seedWith?: (client: Client) => Promise<void>;
  /** Called with the SQL of every statement (tests prove batching with it). */
  onQuery?: (sql: string) => void;
  /** The clock; defaults to the system's. */
  now?: () => Date;
}

export type CreateSubgraph<Context extends SubgraphContext, Client = unknown> = (
  options?: SubgraphStartOptions<Client>,
) => Promise<SubgraphDefinition<Context>>;

/** Opens the subgraph's own database (migrated), optionally seeds it, and gives what startSubgraph needs. */
export function defineSubgraph<Client extends PrismaLike, Context extends SubgraphContext>(
  module: SubgraphModule<Client, Context>,
): CreateSubgraph<Context, Client> {
  return async (options = {}) => {
    const metrics = createSubgraphMetrics(module.name);
    const observe = options.onQuery;
    const database = await openServiceDatabase({
      service: module.name,
      migrationsDir: module.migrationsDir,
      createClient: module.createClient,
      url: options.url,
      dataDir: options.dataDir,
      onQuery: (sql) => {
        metrics.statement(sql);
        observe?.(sql);
      },
    });
    const environment: SubgraphEnvironment = { now: options.now ?? (() => new Date()) };
    try {
      if (options.seedWith) await options.seedWith(database.client);
      else if (options.seed) await module.seed?.(database.client);
      const schema = await module.buildSchema();
      const background = module.background?.(database.client, environment);
      return {
        name: module.name,
        schema,
        createContext: (user) => module.createContext(database.client, user, environment),
        metrics,
        healthCheck: async () => {
          await database.client.$queryRawUnsafe('SELECT 1');
        },
        onStop: async () => {
          try {
            await background?.stop();
          } finally {
            await database.close();
          }
        },
      };
    } catch (error) {
      await database.close();
      throw error;
    }
  };
}

/** A subgraph's main: port from `<NAME>_PORT`, seeding unless WERKPLEK_SEED=false, clean stop on signals. */
export async function runSubgraphFromEnvironment<Context extends SubgraphContext, Client>(
  name: ServiceName,
  create: CreateSubgraph<Context, Client>,
): Promise<void> {
  const variable = `${name.toUpperCase().replace(/-/g, '_')}_PORT`;
  const definition = await create({ seed: readOptional('WERKPLEK_SEED') !== 'false' });
  await runSubgraph({ ...definition, port: readPort(variable, servicePorts[name]), host: readOptional('HOST') });
}
