/**
 * The static, append-only record of migrations. A migration never imports app code: it is
 * plain SQL, run in its own transaction. Add new ones at the end; never edit a landed one.
 */
import { sql as journal001 } from './001-journal';
import { sql as guidance002 } from './002-guidance';
import { sql as offers003 } from './003-offers';
import { sql as identities004 } from './004-identities';
import { sql as search005 } from './005-search';
import { sql as calendarIndexes006 } from './006-calendar-indexes';
import { sql as searchOffers007 } from './007-search-offers';
import { sql as quotaIndex008 } from './008-quota-index';
import { sql as searchPortable009 } from './009-search-portable';
import { sql as icsRevisions012 } from './012-ics-revisions';
import { sql as boutiqueDetails013 } from './013-boutique-details';
import { sql as dismissals014 } from './014-dismissals';
import { sql as isoMinorDigits015 } from './015-iso-minor-digits';
import { sql as appointmentDetails016 } from './016-appointment-details';
import { sql as detaxeForms017 } from './017-detaxe-forms';
import { sql as attachments018 } from './018-attachments';
import { sql as wishlistCollection019 } from './019-wishlist-collection';
import { sql as trash020 } from './020-trash';
import { sql as relationships021 } from './021-relationships';
import { sql as visits022 } from './022-visits';

export interface Migration {
  id: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { id: '001-journal', sql: journal001 },
  { id: '002-guidance', sql: guidance002 },
  { id: '003-offers', sql: offers003 },
  { id: '004-identities', sql: identities004 },
  { id: '005-search', sql: search005 },
  { id: '006-calendar-indexes', sql: calendarIndexes006 },
  { id: '007-search-offers', sql: searchOffers007 },
  { id: '008-quota-index', sql: quotaIndex008 },
  { id: '009-search-portable', sql: searchPortable009 },
  { id: '012-ics-revisions', sql: icsRevisions012 },
  { id: '013-boutique-details', sql: boutiqueDetails013 },
  { id: '014-dismissals', sql: dismissals014 },
  { id: '015-iso-minor-digits', sql: isoMinorDigits015 },
  { id: '016-appointment-details', sql: appointmentDetails016 },
  { id: '017-detaxe-forms', sql: detaxeForms017 },
  { id: '018-attachments', sql: attachments018 },
  { id: '019-wishlist-collection', sql: wishlistCollection019 },
  { id: '020-trash', sql: trash020 },
  { id: '021-relationships', sql: relationships021 },
  { id: '022-visits', sql: visits022 },
];
