import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeTestConfig } from '../vitest.shared.js';

// The whole graph starts in beforeAll: three subgraphs on fresh databases with their full demonstration seed. On a
// busy 2-core machine that can take over a minute, so the hook gets more time than the shared default.
export default mergeConfig(nodeTestConfig, defineConfig({ test: { hookTimeout: 180_000 } }));
