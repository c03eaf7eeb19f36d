/** Every channel's service, merged from the domains; checked against the contract. */
import type { Channel, ParsedInputOf, ServiceOutputOf } from '../../shared/api';
import type { Journal } from '../db/journal';
import { boutiquesHandlers } from './boutiques';
import { tripsHandlers } from './trips';
import { contactsHandlers } from './contacts';
import { purchasesHandlers } from './purchases';
import { attemptsHandlers } from './attempts';
import { specialOrdersHandlers } from './special-orders';
import { notesHandlers } from './notes';
import { settingsHandlers } from './settings';
import { offersHandlers } from './offers';
import { profileHandlers } from './profile';
import { remindersHandlers } from './reminders';
import { calendarHandlers } from './calendar';
import { guidanceHandlers } from './guidance';
import { coloursHandlers } from './colours';
import { searchHandlers } from './search';
import { dashboardHandlers } from './dashboard';
import { dataHandlers } from './data';
import { identitiesHandlers } from './identities';
import { bannersHandlers } from './banners';
import { detaxeHandlers } from './detaxe';
import { trashHandlers } from './trash';
import { attachmentsHandlers } from './attachments';
import { wishlistHandlers } from './wishlist';
import { collectionHandlers } from './collection';
import { visitsHandlers } from './visits';
import { briefsHandlers } from './briefs';
import { giftsHandlers } from './gifts';
import { relationshipsHandlers } from './relationships';
import { pricesHandlers } from './prices';

export type Handlers = { [C in Channel]: (journal: Journal, input: ParsedInputOf<C>) => ServiceOutputOf<C> };

export const handlers: Handlers = {
  ...boutiquesHandlers,
  ...tripsHandlers,
  ...contactsHandlers,
  ...purchasesHandlers,
  ...attemptsHandlers,
  ...specialOrdersHandlers,
  ...notesHandlers,
  ...settingsHandlers,
  ...offersHandlers,
  ...profileHandlers,
  ...remindersHandlers,
  ...calendarHandlers,
  ...guidanceHandlers,
  ...coloursHandlers,
  ...searchHandlers,
  ...dashboardHandlers,
  ...dataHandlers,
  ...identitiesHandlers,
  ...bannersHandlers,
  ...detaxeHandlers,
  ...trashHandlers,
  ...attachmentsHandlers,
  ...wishlistHandlers,
  ...collectionHandlers,
  ...visitsHandlers,
  ...briefsHandlers,
  ...giftsHandlers,
  ...relationshipsHandlers,
  ...pricesHandlers,
};
