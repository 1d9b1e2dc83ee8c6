import type { ChangeRow } from '../../domain/change-events';
import type { SubscriptionResolvers } from '../../generated/resolvers';
import { valueChangesFor } from '../../service/live-service';

export const valueChanged: SubscriptionResolvers['valueChanged'] = {
  subscribe: (_, args, context) => valueChangesFor(context, args),
  resolve: (event: ChangeRow) => event,
};
