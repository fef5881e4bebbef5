import type { SubgraphDefinition } from '@werkplek/subgraph-kit';
import { createTrainingContext, type TrainingContext } from './context.js';
import { openTrainingDatabase } from './database.js';
import { buildTrainingSchema } from './schema.js';
import { seedTraining } from './seed.js';

export const name = 'training';

/** The training subgraph on its database, ready to be started on a port. */
export async function createTrainingSubgraph(
  options: { url?: string; dataDir?: string | null; seed?: boolean } = {},
): Promise<SubgraphDefinition<TrainingContext>> {
  const database = await openTrainingDatabase(options);
  if (options.seed) await seedTraining(database.client);
  return {
    name,
    schema: await buildTrainingSchema(),
    createContext: (user) => createTrainingContext(database.client, user),
    healthCheck: async () => {
      await database.client.$queryRaw`SELECT 1`;
    },
    onStop: () => database.close(),
  };
}
