/** Every channel's service, merged from the domains; checked against the contract. */
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api';
import type { Journal } from '../db/journal';
import { boutiquesHandlers } from './boutiques';
import { tripsHandlers } from './trips';
import { contactsHandlers } from './contacts';
import { purchasesHandlers } from './purchases';
import { attemptsHandlers } from './attempts';
import { specialOrdersHandlers } from './special-orders';
import { notesHandlers } from './notes';
import { settingsHandlers } from './settings';

export type Handlers = { [C in Channel]: (journal: Journal, input: ParsedInputOf<C>) => OutputOf<C> };

export const handlers: Handlers = {
  ...boutiquesHandlers,
  ...tripsHandlers,
  ...contactsHandlers,
  ...purchasesHandlers,
  ...attemptsHandlers,
  ...specialOrdersHandlers,
  ...notesHandlers,
  ...settingsHandlers,
};
