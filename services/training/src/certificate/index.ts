import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { CertificateResolver, EnrolmentCertificateResolver } from './certificate.resolver.js';
import { certificateServiceOf } from './certificate.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [CertificateResolver, EnrolmentCertificateResolver];

export const referenceResolvers: ReferenceResolvers = {
  /** Certificate by reference: staff, inspectors and the centre's own users only (null for anyone else). */
  Certificate: {
    __resolveReference: (reference, context) => certificateServiceOf(context as TrainingContext).byReference(reference.id),
  },
};
