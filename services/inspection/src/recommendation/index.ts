import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AuditRecommendationsResolver, FindingRecommendationsResolver, RecommendationResolver } from './recommendation.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RecommendationResolver, FindingRecommendationsResolver, AuditRecommendationsResolver];

/** A recommendation is reached through its audit or the recommendations queries, never as an entity of its own. */
export const referenceResolvers: ReferenceResolvers = {};
