/**
 * The contract: every channel the renderer may call, with the schema its input must pass.
 * One domain per file; this file only merges them. Channel names are `domain.action`.
 */
import type { ClientFn, InputOfDef, OutputOfDef, ParsedOfDef, ServiceOutputOfDef } from './channel';
import { boutiquesContract } from './boutiques';
import { tripsContract } from './trips';
import { contactsContract } from './contacts';
import { purchasesContract } from './purchases';
import { attemptsContract } from './attempts';
import { specialOrdersContract } from './special-orders';
import { notesContract } from './notes';
import { settingsContract } from './settings';
import { offersContract } from './offers';
import { profileContract } from './profile';
import { remindersContract } from './reminders';
import { calendarContract } from './calendar';
import { guidanceContract } from './guidance';
import { coloursContract } from './colours';
import { searchContract } from './search';
import { dashboardContract } from './dashboard';
import { dataContract } from './data';
import { identitiesContract } from './identities';
import { bannersContract } from './banners';
import { detaxeContract } from './detaxe';
import { trashContract } from './trash';
import { attachmentsContract } from './attachments';
import { wishlistContract } from './wishlist';
import { collectionContract } from './collection';
import { visitsContract } from './visits';
import { briefsContract } from './briefs';
import { giftsContract } from './gifts';
import { relationshipsContract } from './relationships';
import { pricesContract } from './prices';

export const contract = {
  ...boutiquesContract,
  ...tripsContract,
  ...contactsContract,
  ...purchasesContract,
  ...attemptsContract,
  ...specialOrdersContract,
  ...notesContract,
  ...settingsContract,
  ...offersContract,
  ...profileContract,
  ...remindersContract,
  ...calendarContract,
  ...guidanceContract,
  ...coloursContract,
  ...searchContract,
  ...dashboardContract,
  ...dataContract,
  ...identitiesContract,
  ...bannersContract,
  ...detaxeContract,
  ...trashContract,
  ...attachmentsContract,
  ...wishlistContract,
  ...collectionContract,
  ...visitsContract,
  ...briefsContract,
  ...giftsContract,
  ...relationshipsContract,
  ...pricesContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = InputOfDef<Contract[C]>;
export type ParsedInputOf<C extends Channel> = ParsedOfDef<Contract[C]>;
export type OutputOf<C extends Channel> = OutputOfDef<Contract[C]>;
/** What the channel's service returns (a promise for a channel answered later). */
export type ServiceOutputOf<C extends Channel> = ServiceOutputOfDef<Contract[C]>;

/** What the renderer sees as `window.carnet`: one async function per channel. */
export type CarnetApi = { [C in Channel]: ClientFn<Contract[C]> };

export const channels = Object.keys(contract) as Channel[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/** Channels whose service answers a promise (see ChannelDef.answeredLater). */
export const isAnsweredLater = (name: string): boolean => isChannel(name) && (contract[name] as { answeredLater?: true }).answeredLater === true;
