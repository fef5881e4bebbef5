import { forbidden, requireUser, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { CourseResolver, TrainingCentreCoursesResolver } from './course.resolver.js';
import { courseServiceOf } from './course.service.js';
import { canReadCentre } from '../shared/access.js';

export { isRealised, realisationDeadlineOf } from './course.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [CourseResolver, TrainingCentreCoursesResolver];

export const referenceResolvers: ReferenceResolvers = {
  /** Reached from another subgraph: the same reading rights as here (a centre user only their own centre's). */
  Course: {
    __resolveReference: async (reference, context) => {
      const ctx = context as TrainingContext;
      const user = requireUser(ctx);
      const course = await courseServiceOf(ctx).byId.load(reference.id);
      if (course && !canReadCentre(user, course.centreId)) {
        throw forbidden('Deze cursus hoort bij een ander opleidingscentrum', 'This course belongs to another training centre');
      }
      return course;
    },
  },
};
