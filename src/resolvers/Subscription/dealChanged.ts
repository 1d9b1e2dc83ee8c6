import type { DealChangeRow } from '../../domain/live-events';
import type { SubscriptionResolvers } from '../../generated/resolvers';
import { dealChangesFor } from '../../service/live-service';

export const dealChanged: SubscriptionResolvers['dealChanged'] = {
  subscribe: (_, args, context) => dealChangesFor(context, args),
  resolve: (change: DealChangeRow) => change,
};
