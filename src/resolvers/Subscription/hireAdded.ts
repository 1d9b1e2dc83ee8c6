import type { HireAddedRow } from '../../domain/live-events';
import type { SubscriptionResolvers } from '../../generated/resolvers';
import { hiresAddedFor } from '../../service/live-service';

export const hireAdded: SubscriptionResolvers['hireAdded'] = {
  subscribe: (_, args, context) => hiresAddedFor(context, args),
  resolve: (hire: HireAddedRow) => hire,
};
