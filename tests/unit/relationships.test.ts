/** Contacts as relationships: cadence, snooze and done, birthdays, gifts, moving on, merging. Real SQLite journals. */
import { describe, expect, it } from 'vitest';
import { dueContactReminders } from '../../src/main/contact-reminders';
import { contentHash, harness } from './helpers';

/** A clock the test moves by hand (noon UTC, so the local day is the same in any nearby zone). */
function clockAt(day: string) {
  let now = new Date(`${day}T12:00:00.000Z`);
  return {
    clock: () => now,
    set: (d: string) => {
      now = new Date(`${d}T12:00:00.000Z`);
    },
  };
}

/** The journal's rows, without the full-text index's own pages (segments differ after a round trip; the documents do not). */
const records = (journal: Parameters<typeof contentHash>[0]): string =>
  contentHash(journal)
    .split('\n')
    .filter((line) => !line.startsWith('search_index_data:') && !line.startsWith('search_index_idx:'))
    .join('\n');

function setup(day = '2026-11-23') {
  const time = clockAt(day);
  const h = harness({ clock: time.clock });
  const fsh = h.call('boutiques.list', undefined).find((b) => b.code === 'fsh')!;
  return { ...h, time, fsh };
}

describe('keep-in-touch cadence', () => {
  it('gives the next follow-up as the last contact plus the cadence, or the follow-up day set by hand when sooner', () => {
    const { call, fsh } = setup();
    const sa = call('contacts.create', { name: 'Hélène', boutiqueId: fsh.id, cadence: { every: 6, unit: 'weeks' } });
    call('interactions.create', { contactId: sa.id, day: '2026-11-10', kind: 'visited', summary: 'Saw the new scarves.' });
    const read = call('contacts.get', { id: sa.id });
    expect(read.cadence).toEqual({ every: 6, unit: 'weeks' });
    expect(read.lastInteractionDay).toBe('2026-11-10');
    expect(read.nextFollowUp).toEqual({ day: '2026-12-22', reason: 'cadence' });
    expect(call('contacts.update', { id: sa.id, followUpOn: '2026-12-01' }).nextFollowUp).toEqual({ day: '2026-12-01', reason: 'explicit' });
    expect(call('contacts.update', { id: sa.id, followUpOn: '2027-02-01' }).nextFollowUp).toEqual({ day: '2026-12-22', reason: 'cadence' });
    // Never contacted: from the day they were met.
    const met = call('contacts.create', { name: 'Camille', metOn: '2026-11-01', cadence: { every: 10, unit: 'days' } });
    expect(met.nextFollowUp).toEqual({ day: '2026-11-11', reason: 'cadence' });
  });

  it('refuses a cadence of zero or over five years, and a wrong unit, with a sentence, changing nothing', () => {
    const { call, fail, journal } = setup();
    const sa = call('contacts.create', { name: 'Hélène' });
    const before = contentHash(journal);
    const zero = fail('contacts.update', { id: sa.id, cadence: { every: 0, unit: 'weeks' } });
    expect(zero.code).toBe('invalid_input');
    expect(zero.message).toBe('Keep in touch every… must be at least 1 day; leave it empty for no cadence.');
    expect(fail('contacts.update', { id: sa.id, cadence: { every: 261, unit: 'weeks' } }).message).toBe('Keep in touch every… can be at most five years (260 weeks).');
    expect(fail('contacts.update', { id: sa.id, cadence: { every: 1827, unit: 'days' } }).message).toBe('Keep in touch every… can be at most five years (260 weeks).');
    expect(fail('contacts.update', { id: sa.id, cadence: { every: 2, unit: 'months' } }).message).toBe('Choose days or weeks.');
    expect(fail('contacts.create', { name: 'X', cadence: { every: -3, unit: 'days' } }).code).toBe('invalid_input');
    expect(contentHash(journal)).toBe(before);
    expect(call('contacts.update', { id: sa.id, cadence: { every: 260, unit: 'weeks' } }).cadence).toEqual({ every: 260, unit: 'weeks' });
  });

  it('snoozes a follow-up to a later day and marks it done, after which the cadence counts from that day', () => {
    const { call, fail, journal, time } = setup('2026-12-22');
    const sa = call('contacts.create', { name: 'Hélène', cadence: { every: 6, unit: 'weeks' } });
    call('interactions.create', { contactId: sa.id, day: '2026-11-10', kind: 'visited', summary: 'Visit.' });
    expect(call('contacts.get', { id: sa.id }).nextFollowUp?.day).toBe('2026-12-22');
    const before = contentHash(journal);
    expect(fail('contacts.snooze', { id: sa.id, until: '2026-12-22' }).message).toBe('Snooze to a day after today (Tue 22 Dec 2026).');
    expect(fail('contacts.snooze', { id: sa.id, until: '2026-02-30' }).code).toBe('invalid_input');
    expect(fail('contacts.followUpDone', { id: sa.id, day: '2026-12-24' }).message).toBe('A follow-up cannot be done on a day still ahead (Thu 24 Dec 2026).');
    expect(contentHash(journal)).toBe(before);
    expect(call('contacts.snooze', { id: sa.id, until: '2026-12-29' }).nextFollowUp).toEqual({ day: '2026-12-29', reason: 'snoozed' });
    expect(call('dashboard.summary', {}).followUpsDue).toEqual([]);
    time.set('2026-12-29');
    expect(call('dashboard.summary', {}).followUpsDue.map((f) => [f.name, f.reason])).toEqual([['Hélène', 'snoozed']]);
    const done = call('contacts.followUpDone', { id: sa.id });
    expect(done.followUpDoneOn).toBe('2026-12-29');
    expect(done.followUpSnoozedTo).toBeNull();
    expect(done.nextFollowUp).toEqual({ day: '2027-02-09', reason: 'cadence' });
    // A contact with nothing to follow up cannot be snoozed.
    const none = call('contacts.create', { name: 'Marc' });
    expect(fail('contacts.snooze', { id: none.id, until: '2027-01-05' }).message).toBe('Marc has no follow-up to snooze: set a keep-in-touch cadence or a follow-up day first. Nothing was changed.');
  });

  it('shows the follow-up on the calendar on its day and on the dashboard from that day, with SAs past their cadence', () => {
    const { call, time, fsh } = setup('2026-12-21');
    const sa = call('contacts.create', { name: 'Hélène', boutiqueId: fsh.id, cadence: { every: 6, unit: 'weeks' } });
    call('interactions.create', { contactId: sa.id, day: '2026-11-10', kind: 'visited', summary: 'Visit.' });
    const events = call('calendar.range', { from: '2026-12-01', to: '2026-12-31', kinds: ['follow_up'] });
    expect(events.map((e) => [e.start, e.title, e.detail])).toEqual([['2026-12-22', 'Follow up with Hélène', 'SA · FSH · keep in touch every 6 weeks']]);
    let summary = call('dashboard.summary', {});
    expect(summary.followUpsDue).toEqual([]);
    expect(summary.nextFollowUp).toEqual({ id: sa.id, name: 'Hélène', followUpOn: '2026-12-22' });
    expect(summary.cadenceOverdue).toEqual([]);
    time.set('2026-12-22');
    summary = call('dashboard.summary', {});
    expect(summary.followUpsDue).toMatchObject([{ id: sa.id, followUpOn: '2026-12-22', daysOverdue: 0, reason: 'cadence' }]);
    expect(summary.cadenceOverdue).toEqual([]);
    time.set('2026-12-23');
    expect(call('dashboard.summary', {}).cadenceOverdue).toEqual([
      { id: sa.id, name: 'Hélène', boutiqueName: fsh.name, cadence: { every: 6, unit: 'weeks' }, lastInteractionDay: '2026-11-10', daysSince: 43 },
    ]);
  });

  it('announces a follow-up as a desktop notification once, on its day or the next start', () => {
    const { call, journal } = setup('2026-12-22');
    const sa = call('contacts.create', { name: 'Hélène', cadence: { every: 6, unit: 'weeks' } });
    call('interactions.create', { contactId: sa.id, day: '2026-11-10', kind: 'visited', summary: 'Visit.' });
    expect(dueContactReminders(journal, '2026-12-21', null)).toEqual([]);
    const today = dueContactReminders(journal, '2026-12-22', null);
    expect(today).toEqual([
      {
        key: `follow-up:${sa.id}:2026-12-22`,
        contactId: sa.id,
        day: '2026-12-22',
        title: 'Follow up with Hélène',
        body: 'You keep in touch every 6 weeks; last contact Tue 10 Nov.',
        route: `/contacts/${sa.id}`,
      },
    ]);
    // Closed from the 20th to the 24th: announced once on the next start; not again the day after.
    expect(dueContactReminders(journal, '2026-12-24', '2026-12-20').map((r) => r.key)).toEqual([`follow-up:${sa.id}:2026-12-22`]);
    expect(dueContactReminders(journal, '2026-12-25', '2026-12-24')).toEqual([]);
  });
});

describe('birthdays and name days', () => {
  it('keeps a month and day with an optional year, and refuses days that do not exist with a sentence', () => {
    const { call, fail, journal } = setup('2026-11-23');
    const sa = call('contacts.create', { name: 'Hélène', birthday: { month: 11, day: 26, year: 1988 }, nameDay: { month: 2, day: 29 } });
    expect(sa.birthday).toEqual({ month: 11, day: 26, year: 1988 });
    expect(sa.nextBirthday).toBe('2026-11-26');
    expect(sa.nextNameDay).toBe('2027-02-28');
    const before = contentHash(journal);
    const feb30 = fail('contacts.update', { id: sa.id, birthday: { month: 2, day: 30 } });
    expect(feb30.code).toBe('invalid_input');
    expect(feb30.message).toBe('There is no 30 February: a birthday in February is on day 1 to 29.');
    expect(fail('contacts.update', { id: sa.id, birthday: { month: 2, day: 29, year: 1987 } }).message).toBe('1987 had no 29 February: check the year of the birthday.');
    expect(fail('contacts.update', { id: sa.id, nameDay: { month: 4, day: 31 } }).message).toBe('There is no 31 April: a name day in April is on day 1 to 30.');
    expect(fail('contacts.update', { id: sa.id, birthday: { month: 13, day: 1 } }).message).toBe('Choose the month of the birthday.');
    expect(fail('contacts.update', { id: sa.id, remindDaysBefore: -1 }).message).toBe('Remind me… is 0 (on the day) to 60 days before.');
    expect(contentHash(journal)).toBe(before);
    expect(call('contacts.update', { id: sa.id, birthday: { month: 2, day: 29, year: 1988 } }).nextBirthday).toBe('2027-02-28');
  });

  it('puts birthdays and name days on the calendar each year the range covers', () => {
    const { call } = setup('2026-11-23');
    const sa = call('contacts.create', { name: 'Hélène', birthday: { month: 1, day: 5 }, nameDay: { month: 12, day: 30 } });
    const events = call('calendar.range', { from: '2026-12-01', to: '2027-01-31', kinds: ['follow_up'] });
    expect(events.map((e) => [e.id, e.start, e.shortTitle]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      [`name-day:${sa.id}:2026`, '2026-12-30', 'Name day: Hélène'],
      [`birthday:${sa.id}:2027`, '2027-01-05', 'Birthday: Hélène'],
    ]);
  });

  it('lists birthdays this week on the dashboard and reminds the contact’s number of days before', () => {
    const { call, journal } = setup('2026-11-23');
    const sa = call('contacts.create', { name: 'Hélène', birthday: { month: 11, day: 26, year: 1988 }, remindDaysBefore: 3 });
    call('contacts.create', { name: 'Later', birthday: { month: 12, day: 5 } });
    expect(call('dashboard.summary', {}).birthdaysThisWeek).toEqual([{ id: sa.id, name: 'Hélène', what: 'birthday', day: '2026-11-26', inDays: 3, turns: 38 }]);
    expect(dueContactReminders(journal, '2026-11-22', null)).toEqual([]);
    expect(dueContactReminders(journal, '2026-11-23', null)).toMatchObject([{ title: 'Hélène’s birthday on Thu 26 Nov', body: 'Hélène turns 38.', day: '2026-11-23' }]);
    expect(dueContactReminders(journal, '2026-11-24', '2026-11-23')).toEqual([]);
  });
});

describe('gifts', () => {
  it('records gifts given and received with a value and an optional purchase, and ideas with no day', () => {
    const { call, fsh } = setup();
    const sa = call('contacts.create', { name: 'Hélène', boutiqueId: fsh.id });
    const receipt = call('purchases.create', {
      day: '2026-11-20',
      boutiqueId: fsh.id,
      currency: 'EUR',
      items: [{ category: 'home', description: 'Candle', priceMinor: 9500 }],
    });
    const given = call('gifts.create', { contactId: sa.id, direction: 'given', what: 'Candle', day: '2026-11-20', amountMinor: 9500, currency: 'EUR', purchaseId: receipt.id });
    expect(given).toMatchObject({ direction: 'given', what: 'Candle', day: '2026-11-20', amountMinor: 9500, currency: 'EUR', purchaseId: receipt.id });
    const idea = call('gifts.create', { contactId: sa.id, direction: 'idea', what: 'Macarons from Ladurée' });
    call('gifts.create', { contactId: sa.id, direction: 'received', what: 'Birthday card', day: '2026-10-01' });
    expect(call('gifts.list', { contactId: sa.id }).map((g) => g.what)).toEqual(['Macarons from Ladurée', 'Candle', 'Birthday card']);
    // Giving the idea: a day and a direction.
    expect(call('gifts.update', { id: idea.id, direction: 'given', day: '2026-11-23' })).toMatchObject({ direction: 'given', day: '2026-11-23' });
  });

  it('refuses a negative value, an idea with a day, a gift given without one, a value without currency; nothing changes', () => {
    const { call, fail, journal } = setup();
    const sa = call('contacts.create', { name: 'Hélène' });
    const gift = call('gifts.create', { contactId: sa.id, direction: 'idea', what: 'Flowers' });
    const before = contentHash(journal);
    const negative = fail('gifts.create', { contactId: sa.id, direction: 'given', what: 'Scarf', day: '2026-11-20', amountMinor: -100, currency: 'EUR' });
    expect(negative.code).toBe('invalid_input');
    expect(negative.message).toBe('A gift’s value cannot be negative.');
    expect(fail('gifts.create', { contactId: sa.id, direction: 'idea', what: 'Scarf', day: '2026-11-20' }).message).toBe('A gift idea has no day: leave the day empty, or choose given or received.');
    expect(fail('gifts.create', { contactId: sa.id, direction: 'given', what: 'Scarf' }).message).toBe('Enter the day it was given.');
    expect(fail('gifts.create', { contactId: sa.id, direction: 'received', what: 'Card', day: '2026-11-20', amountMinor: 100 }).message).toBe('Choose the currency of the value.');
    expect(fail('gifts.update', { id: gift.id, day: '2026-11-20' }).message).toBe('A gift idea has no day: leave the day empty, or choose given or received.');
    expect(fail('gifts.update', { id: gift.id, amountMinor: -1 }).message).toBe('A gift’s value cannot be negative.');
    expect(fail('gifts.create', { contactId: 999, direction: 'idea', what: 'Scarf' }).code).toBe('invalid_input');
    expect(contentHash(journal)).toBe(before);
  });

  it('sends a deleted gift to the Trash and brings it back', () => {
    const { call } = setup();
    const sa = call('contacts.create', { name: 'Hélène' });
    const gift = call('gifts.create', { contactId: sa.id, direction: 'given', what: 'Candle', day: '2026-11-20', amountMinor: 9500, currency: 'EUR' });
    call('gifts.delete', { id: gift.id });
    expect(call('gifts.list', { contactId: sa.id })).toEqual([]);
    const entry = call('trash.list', undefined)[0]!;
    expect(entry).toMatchObject({ kind: 'gift', kindLabel: 'Gift', label: 'Candle' });
    call('trash.restore', { id: entry.id });
    expect(call('gifts.list', { contactId: sa.id })).toEqual([gift]);
  });
});

describe('the SA’s profile and moving on', () => {
  it('keeps what they may offer, working days and moving on; pauses the cadence and suggests who to continue with', () => {
    const { call, fail, fsh } = setup();
    const sa = call('contacts.create', { name: 'Hélène', boutiqueId: fsh.id, mayOffer: 'non_quota', workingDays: [6, 2, 3, 2], cadence: { every: 4, unit: 'weeks' } });
    expect(sa).toMatchObject({ mayOffer: 'non_quota', workingDays: [2, 3, 6] });
    const manager = call('contacts.create', { name: 'Anne', role: 'manager', boutiqueId: fsh.id });
    const other = call('contacts.create', { name: 'Bruno', boutiqueId: fsh.id });
    call('interactions.create', { contactId: other.id, day: '2026-11-01', kind: 'messaged', summary: 'Hello.' });
    call('contacts.create', { name: 'Elsewhere' });
    expect(fail('contacts.update', { id: sa.id, mayOffer: 'everything' }).message).toBe('Choose what they may offer: leather, non-quota only, none or not known.');
    expect(fail('contacts.update', { id: sa.id, workingDays: [8] }).message).toBe('Working days are weekdays 1 (Monday) to 7 (Sunday).');
    const moved = call('contacts.update', { id: sa.id, movedOn: { reason: 'changed_store', day: '2026-10-01', to: 'George V' } });
    expect(moved.movedOn).toEqual({ reason: 'changed_store', day: '2026-10-01', to: 'George V' });
    expect(moved.nextFollowUp).toBeNull();
    expect(moved.boutiqueId).toBe(fsh.id);
    expect(call('contacts.continueWith', { id: sa.id }).map((c) => c.name)).toEqual([other.name, manager.name]);
    expect(fail('contacts.update', { id: sa.id, movedOn: { reason: 'fired', day: '2026-10-01' } }).message).toBe('Choose how they moved on: left, retired or changed store.');
  });

  it('sorts the list by last contacted: never contacted first, then the longest ago', () => {
    const { call } = setup();
    const a = call('contacts.create', { name: 'A' });
    const b = call('contacts.create', { name: 'B' });
    call('contacts.create', { name: 'C' });
    call('interactions.create', { contactId: a.id, day: '2026-11-20', kind: 'messaged', summary: 'x' });
    call('interactions.create', { contactId: b.id, day: '2026-10-01', kind: 'messaged', summary: 'x' });
    expect(call('contacts.list', { sort: 'lastContacted' }).map((c) => c.name)).toEqual(['C', 'B', 'A']);
  });
});

describe('merging duplicate contacts', () => {
  function twoContacts() {
    const h = setup();
    const { call, journal, fsh } = h;
    const kept = call('contacts.create', { name: 'Hélène Martin', boutiqueId: fsh.id });
    const dup = call('contacts.create', { name: 'Helene M.', boutiqueId: fsh.id, phone: '+33 6' });
    call('interactions.create', { contactId: kept.id, day: '2026-10-01', kind: 'visited', summary: 'First.' });
    const log = call('interactions.create', { contactId: dup.id, day: '2026-11-02', kind: 'messaged', summary: 'From the duplicate.' });
    const receipt = call('purchases.create', { day: '2026-11-02', boutiqueId: fsh.id, contactId: dup.id, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55000 }] });
    const offer = call('offers.create', { day: '2026-11-02', source: 'walk_in', boutiqueId: fsh.id, contactId: dup.id, model: 'Picotin', size: '18', quota: false, priceMinor: 260000, currency: 'EUR' });
    const note = call('notes.create', { subjectType: 'contact', subjectId: dup.id, day: '2026-11-02', kind: 'reflection', body: 'Same person as Hélène.' });
    const gift = call('gifts.create', { contactId: dup.id, direction: 'given', what: 'Chocolates', day: '2026-11-02' });
    journal.sqlite
      .prepare(`INSERT INTO appointment_attempts (method, wanted_day, contact_id, result, created_at, updated_at) VALUES ('sa_relationship', '2026-11-03', ?, 'pending', 'x', 'x')`)
      .run(dup.id);
    return { ...h, kept, dup, log, receipt, offer, note, gift };
  }

  it('moves logs, purchases, offers, attempts, notes and gifts to the kept contact in one transaction; the other goes to the Trash', () => {
    const { call, journal, kept, dup, receipt, offer, note, gift } = twoContacts();
    const result = call('contacts.merge', { keepId: kept.id, mergeId: dup.id });
    expect(result.sentence).toBe('1 log entry, 1 purchase, 1 appointment attempt, 1 offer, 1 gift and 1 decision note moved from Helene M. to Hélène Martin; Helene M. is in the Trash.');
    expect(result.kept.interactionCount).toBe(2);
    expect(result.kept.lastInteractionDay).toBe('2026-11-02');
    expect(call('purchases.get', { id: receipt.id }).contactId).toBe(kept.id);
    expect(call('offers.get', { id: offer.id }).contactId).toBe(kept.id);
    expect(call('notes.get', { id: note.id }).subjectId).toBe(kept.id);
    expect(call('gifts.list', { contactId: kept.id }).map((g) => g.id)).toEqual([gift.id]);
    expect(journal.sqlite.prepare('SELECT count(*) FROM appointment_attempts WHERE contact_id = ?').pluck().get(kept.id)).toBe(1);
    expect(call('contacts.list', undefined).map((c) => c.name)).toEqual(['Hélène Martin']);
    expect(call('trash.list', undefined)[0]).toMatchObject({ kind: 'contact', label: 'Helene M.' });
  });

  it('undoes a merge: the merged-away contact comes back with exactly what was moved', () => {
    const { call, journal, kept, dup, log, receipt, gift } = twoContacts();
    const before = records(journal);
    const { mergeId } = call('contacts.merge', { keepId: kept.id, mergeId: dup.id });
    const back = call('contacts.unmerge', { mergeId });
    expect(back.restored).toMatchObject({ id: dup.id, name: 'Helene M.', phone: '+33 6', interactionCount: 1 });
    expect(back.kept.interactionCount).toBe(1);
    expect(call('interactions.list', { contactId: dup.id }).map((i) => i.id)).toEqual([log.id]);
    expect(call('purchases.get', { id: receipt.id }).contactId).toBe(dup.id);
    expect(call('gifts.list', { contactId: dup.id }).map((g) => g.id)).toEqual([gift.id]);
    expect(records(journal)).toBe(before);
    expect(call('trash.list', undefined)).toEqual([]);
  });

  it('also moves the records back when the contact is restored from Settings › Trash', () => {
    const { call, kept, dup, receipt } = twoContacts();
    call('contacts.merge', { keepId: kept.id, mergeId: dup.id });
    call('trash.restore', { id: call('trash.list', undefined)[0]!.id });
    expect(call('purchases.get', { id: receipt.id }).contactId).toBe(dup.id);
    expect(call('contacts.get', { id: dup.id }).interactionCount).toBe(1);
  });

  it('refuses merging a contact with itself or with one that does not exist, and an undo already done; nothing changes', () => {
    const { call, fail, journal, kept, dup } = twoContacts();
    const before = contentHash(journal);
    const self = fail('contacts.merge', { keepId: kept.id, mergeId: kept.id });
    expect(self.code).toBe('invalid_input');
    expect(self.message).toBe('Choose another contact to merge: a contact cannot be merged with itself.');
    expect(fail('contacts.merge', { keepId: kept.id, mergeId: 999 }).code).toBe('not_found');
    expect(contentHash(journal)).toBe(before);
    const { mergeId } = call('contacts.merge', { keepId: kept.id, mergeId: dup.id });
    call('contacts.unmerge', { mergeId });
    expect(fail('contacts.unmerge', { mergeId }).message).toBe('That merge has already been undone, or the contacts it joined are gone.');
    const again = call('contacts.merge', { keepId: kept.id, mergeId: dup.id });
    call('trash.purge', { all: true });
    expect(fail('contacts.unmerge', { mergeId: again.mergeId }).message).toBe('Helene M. was deleted for good from the Trash: the merge can no longer be undone. Nothing was changed.');
  });
});
