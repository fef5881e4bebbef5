import DataLoader from 'dataloader';
import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Recognition } from '../generated/prisma/client.js';
import { CompanyExclusionResolver } from './company-exclusion.resolver.js';
import { RecognitionResolver } from './recognition.resolver.js';
import { WorkplaceRecognitionsResolver } from './workplace-recognitions.resolver.js';
import { recognitionServiceOf } from './recognition.service.js';

export { recognitionValidOn, recognitionsValidOn } from './recognition-validity.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RecognitionResolver, CompanyExclusionResolver, WorkplaceRecognitionsResolver];

const referenceLoaderKey = {};

export const referenceResolvers: ReferenceResolvers = {
  // Other subgraphs refer to a Recognition by id: one query per request for all of them, with the caller's visibility.
  Recognition: {
    __resolveReference: (reference, context) => {
      const ctx = context as DualLearningContext;
      const loader = ctx.scoped(
        referenceLoaderKey,
        () =>
          new DataLoader<string, Recognition | null>(async (ids) => {
            const rows = await recognitionServiceOf(ctx).visible([...ids]);
            const byId = new Map(rows.map((row) => [row.id, row]));
            return ids.map((id) => byId.get(id) ?? null);
          }),
      );
      return loader.load(reference.id as string);
    },
  },
};
