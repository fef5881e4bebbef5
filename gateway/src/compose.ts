import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDualLearningSchema } from '@werkplek/dual-learning';
import { buildInspectionSchema } from '@werkplek/inspection';
import { buildTrainingSchema } from '@werkplek/training';
import { subgraphUrls } from './subgraphs.js';
import { composeSupergraph } from './supergraph.js';

/**
 * Build step: every subgraph prints its SDL in-process and the composition writes the supergraph the gateway serves
 * (dist/supergraph.graphql) and the public API schema for frontend code generation (dist/api-schema.graphql).
 * A composition error fails the build.
 */
const urls = subgraphUrls();
try {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph([
    { name: 'dual-learning', url: urls['dual-learning'], schema: await buildDualLearningSchema() },
    { name: 'training', url: urls.training, schema: await buildTrainingSchema() },
    { name: 'inspection', url: urls.inspection, schema: await buildInspectionSchema() },
  ]);
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  mkdirSync(dist, { recursive: true });
  writeFileSync(`${dist}supergraph.graphql`, supergraphSdl);
  writeFileSync(`${dist}api-schema.graphql`, apiSchemaSdl);
  console.log('supergraph composed: dist/supergraph.graphql, dist/api-schema.graphql');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
