/** Every channel's service, merged from the domains; checked against the contract. */
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api';
import type { Journal } from '../db/journal';
import { boutiquesHandlers } from './boutiques';
import { tripsHandlers } from './trips';

export type Handlers = { [C in Channel]: (journal: Journal, input: ParsedInputOf<C>) => OutputOf<C> };

export const handlers: Handlers = {
  ...boutiquesHandlers,
  ...tripsHandlers,
};
