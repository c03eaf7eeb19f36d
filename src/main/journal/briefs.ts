/**
 * The brief and the debrief. Neither owns a table: the brief reads through the services that own
 * each record (wishlist, contacts, notes, profile, offers, special orders, visits), and the
 * debrief writes through them — interactions, offers, purchases, the follow-up and the visit's
 * outcome — inside one transaction, so a bad part anywhere leaves nothing written.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ParsedInputOf } from '../../shared/api';
import type { Brief, BriefMoment, BriefSpend, BriefStore, Debrief, briefsContract } from '../../shared/api/briefs';
import { contactUpdate, interactionCreate, type Contact, type Interaction } from '../../shared/api/contacts';
import { offerCreate, type Offer } from '../../shared/api/offers';
import type { SpendScope } from '../../shared/api/profile';
import { purchaseCreate, type Purchase } from '../../shared/api/purchases';
import { visitUpdate, type Visit } from '../../shared/api/visits';
import { isFinal } from '../../shared/domain/special-order-status';
import { daysBetween } from '../../shared/domain/spend-profile';
import { conflict, DomainError, invalid } from '../../shared/result';
import type { Journal } from '../db/journal';
import { getAttempt } from './attempts';
import { createInteraction, getContact, listInteractions, updateContact } from './contacts';
import type { DomainHandlers } from './handler';
import { listNotes } from './notes';
import { createOffer, getOffer, listOffers } from './offers';
import { createPurchase, getPurchase } from './purchases';
import { quotaSummary, spendProfile } from './profile';
import { getSettings } from './settings';
import { listSpecialOrders } from './special-orders';
import { today } from './today';
import { getVisit, listVisits, updateVisit } from './visits';
import { listWishes } from './wishlist';

const PARIS = 'Europe/Paris';

function storeOf(journal: Journal, boutiqueId: number | null): BriefStore | null {
  if (boutiqueId === null) return null;
  const b = journal.first(journal.q.selectFrom('boutiques').select(['id', 'name', 'city', 'address', 'time_zone']).where('id', '=', boutiqueId));
  return b ? { id: b.id, name: b.name, city: b.city, address: b.address, timeZone: b.time_zone } : null;
}

function momentOf(journal: Journal, day: string, time: string | null, zone: string): BriefMoment {
  const homeZone = getSettings(journal).homeZone;
  const at = time ? DateTime.fromISO(`${day}T${time}`, { zone }) : null;
  const home = at?.isValid ? at.setZone(homeZone) : null;
  return {
    day,
    time,
    zone,
    at: home ? at!.toUTC().toISO() : null,
    homeZone,
    homeDay: home ? home.toISODate() : null,
    homeTime: home ? home.toFormat('HH:mm') : null,
    inDays: daysBetween(today(journal), day),
  };
}

const spendOf = (scope: SpendScope | undefined, year: number): BriefSpend[] =>
  (scope?.currencies ?? []).map((c) => ({ currency: c.currency, thisYearMinor: c.byYear.find((y) => y.year === year)?.minor ?? 0, allTimeMinor: c.allTimeMinor }));

interface Subject {
  title: string;
  moment: BriefMoment | null;
  boutiqueId: number | null;
  contactId: number | null;
  visitId: number | null;
}

function subjectOf(journal: Journal, input: ParsedInputOf<'briefs.get'>): Subject {
  if (input.subject === 'attempt') {
    const a = getAttempt(journal, { id: input.id });
    if (a.appointmentAt === null || (a.result !== 'granted' && a.result !== 'time_changed')) {
      throw conflict('This attempt has no appointment yet: a brief is for a granted appointment (record the result first).');
    }
    const boutiqueId = a.appointmentBoutiqueId ?? a.boutiqueId;
    const store = storeOf(journal, boutiqueId);
    const zone = store?.timeZone ?? PARIS;
    const local = DateTime.fromISO(a.appointmentAt).setZone(zone);
    return { title: `Appointment at ${store?.name ?? 'Hermès'}`, moment: momentOf(journal, local.toISODate()!, local.toFormat('HH:mm'), zone), boutiqueId, contactId: a.contactId, visitId: null };
  }
  if (input.subject === 'visit') {
    const v = getVisit(journal, { id: input.id });
    return { title: `Visit to ${v.boutiqueName ?? 'a boutique'}`, moment: momentOf(journal, v.day, v.time, v.timeZone), boutiqueId: v.boutiqueId, contactId: v.contactId, visitId: v.id };
  }
  const c = getContact(journal, { id: input.id });
  return { title: c.name, moment: null, boutiqueId: c.boutiqueId, contactId: c.id, visitId: null };
}

export function getBrief(journal: Journal, input: ParsedInputOf<'briefs.get'>): Brief {
  const s = subjectOf(journal, input);
  const day = today(journal);
  const year = Number(day.slice(0, 4));
  const contact: Contact | null = s.contactId !== null ? getContact(journal, { id: s.contactId }) : null;
  const profile = spendProfile(journal);
  const storeScope = s.boutiqueId !== null ? profile.scopes.find((x) => x.key === `store:${s.boutiqueId}`) : undefined;
  const groups = profile.scopes.filter((x) => x.kind === 'group' && s.boutiqueId !== null && x.boutiqueIds.includes(s.boutiqueId));

  let lastOffer: Offer | null = null;
  if (storeScope?.lastOffer) lastOffer = getOffer(journal, { id: storeScope.lastOffer.id });
  else if (s.boutiqueId === null) lastOffer = listOffers(journal, undefined).sort((a, b) => b.day.localeCompare(a.day) || b.id - a.id)[0] ?? null;

  const interactions: Interaction[] = contact ? listInteractions(journal, { contactId: contact.id }).sort((a, b) => b.day.localeCompare(a.day) || b.id - a.id).slice(0, 8) : [];
  const earlier: Visit[] = (contact ? listVisits(journal, { contactId: contact.id, query: null }) : s.boutiqueId !== null ? listVisits(journal, { boutiqueId: s.boutiqueId, query: null }) : [])
    .filter((v) => v.id !== s.visitId)
    .slice(0, 5);
  const wishlist = listWishes(journal, { status: ['wanted', 'offered'], query: null }).sort((a, b) => a.priority - b.priority || a.position - b.position);

  return {
    subject: input.subject,
    id: input.id,
    title: s.title,
    moment: s.moment,
    store: storeOf(journal, s.boutiqueId),
    contact,
    wishlist,
    interactions,
    contactNotes: contact ? listNotes(journal, { subjectType: 'contact', subjectId: contact.id }).reverse() : [],
    visits: earlier,
    year,
    storeSpend: spendOf(storeScope, year),
    groups: groups.map((g) => ({ id: g.id!, label: g.label, spend: spendOf(g, year) })),
    storeScope: storeScope ?? null,
    daysSinceLastOffer: lastOffer ? daysBetween(lastOffer.day, day) : null,
    lastOffer,
    quota: quotaSummary(journal),
    openOrders: listSpecialOrders(journal, undefined).filter((o) => !isFinal(o.status)),
    advice: listNotes(journal, { pinned: true })
      .filter((n) => n.kind === 'advice')
      .reverse(),
    today: day,
  };
}

// ── Debrief ──────────────────────────────────────────────────────────────────

/** The part of the form a failure belongs to: its issues are moved under `at` ("offers", 1, …). */
function within<T>(at: (string | number)[], run: () => T, rename: (path: (string | number)[]) => (string | number)[] = (p) => p): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof z.ZodError) {
      const issues = e.issues.map((i) => ({ path: [...at, ...rename(i.path.filter((p): p is string | number => typeof p !== 'symbol'))], message: i.message }));
      throw new DomainError('invalid_input', issues[0]?.message ?? 'Check the form.', issues);
    }
    if (e instanceof DomainError && e.code === 'invalid_input') {
      throw new DomainError(e.code, e.message, (e.issues ?? []).map((i) => ({ path: [...at, ...rename(i.path)], message: i.message })));
    }
    throw e;
  }
}

/** A taken offer's purchase is made from its own price: an issue about the take is about the offer's price. */
const fromTake = (path: (string | number)[]) => (path[0] === 'take' ? path.slice(1) : path);

interface Occasion {
  day: string;
  time: string | null;
  boutiqueId: number | null;
  contactId: number | null;
  tripId: number | null;
  attemptId: number | null;
  source: 'appointment' | 'walk_in';
  visit: Visit | null;
  what: string;
  zone: string;
}

function occasionOf(journal: Journal, input: ParsedInputOf<'briefs.debrief'>): Occasion {
  if (input.subject === 'attempt') {
    const a = getAttempt(journal, { id: input.id });
    if (a.appointmentAt === null || (a.result !== 'granted' && a.result !== 'time_changed')) {
      throw conflict('This attempt has no appointment: record its result first, then the debrief. Nothing was saved.');
    }
    const boutiqueId = a.appointmentBoutiqueId ?? a.boutiqueId;
    const zone = storeOf(journal, boutiqueId)?.timeZone ?? PARIS;
    const local = DateTime.fromISO(a.appointmentAt).setZone(zone);
    return {
      day: local.toISODate()!,
      time: local.toFormat('HH:mm'),
      boutiqueId,
      contactId: a.contactId,
      tripId: a.tripId,
      attemptId: a.id,
      source: a.method === 'walk_in' ? 'walk_in' : 'appointment',
      visit: null,
      what: 'appointment',
      zone,
    };
  }
  const v = getVisit(journal, { id: input.id });
  return { day: v.day, time: v.time, boutiqueId: v.boutiqueId, contactId: v.contactId, tripId: null, attemptId: null, source: 'walk_in', visit: v, what: 'visit', zone: v.timeZone };
}

export function recordDebrief(journal: Journal, input: ParsedInputOf<'briefs.debrief'>): Debrief {
  return journal.tx(() => {
    const o = occasionOf(journal, input);
    const now = DateTime.fromISO(journal.now()).setZone(o.zone);
    const ahead = o.time ? DateTime.fromISO(`${o.day}T${o.time}`, { zone: o.zone }) > now : o.day > now.toISODate()!;
    if (ahead) throw invalid([], `This ${o.what} is still to come; write the debrief once it has happened. Nothing was saved.`);
    if (o.visit && o.visit.status === 'planned') throw invalid([], 'This visit is still marked planned: mark it done first, then write what happened. Nothing was saved.');
    if (o.contactId === null && (input.interaction || input.followUpOn !== undefined)) {
      const path = input.interaction ? ['interaction', 'summary'] : ['followUpOn'];
      throw invalid(path, `This ${o.what} names no SA, so there is no log to write in: add the SA to the ${o.what} first. Nothing was saved.`);
    }
    if (!input.interaction && input.offers.length === 0 && input.purchases.length === 0 && input.followUpOn === undefined) {
      throw invalid([], 'Nothing to record yet: write what happened, an offer, a purchase or the next follow-up.');
    }

    let interaction: Interaction | null = null;
    if (input.interaction) {
      const parsed = within(['interaction'], () =>
        interactionCreate.parse({ contactId: o.contactId, day: o.day, kind: input.interaction!.kind, summary: input.interaction!.summary, followUpOn: input.followUpOn }),
      );
      interaction = within(['interaction'], () => createInteraction(journal, parsed));
    } else if (input.followUpOn !== undefined) {
      const parsed = within([], () => contactUpdate.parse({ id: o.contactId, followUpOn: input.followUpOn }));
      within([], () => updateContact(journal, parsed));
    }

    const purchases: Purchase[] = input.purchases.map((p, i) => {
      const parsed = within(['purchases', i], () =>
        purchaseCreate.parse({ day: o.day, boutiqueId: o.boutiqueId, contactId: o.contactId, tripId: o.tripId, currency: p.currency, items: p.items, notes: p.notes }),
      );
      return within(['purchases', i], () => createPurchase(journal, parsed));
    });

    const offers: Offer[] = input.offers.map((f, i) => {
      const parsed = within(
        ['offers', i],
        () =>
          offerCreate.parse({
            day: o.day,
            time: o.time,
            boutiqueId: o.boutiqueId,
            contactId: o.contactId,
            source: o.source,
            attemptId: o.attemptId,
            category: f.category,
            model: f.model,
            size: f.size,
            leather: f.leather,
            colour: f.colour,
            hardware: f.hardware,
            quota: f.quota,
            priceMinor: f.priceMinor,
            currency: f.currency,
            decision: f.decision,
            reason: f.reason,
            take: f.decision === 'taken' ? { tripId: o.tripId } : undefined,
          }),
        fromTake,
      );
      return within(['offers', i], () => createOffer(journal, parsed), fromTake);
    });
    for (const f of offers) if (f.purchaseId !== null) purchases.push(getPurchase(journal, { id: f.purchaseId }));

    let visit = o.visit;
    if (visit) {
      const outcome = purchases.length > 0 ? 'bought' : offers.length > 0 ? 'offered' : null;
      if (outcome && visit.outcome !== outcome) visit = updateVisit(journal, visitUpdate.parse({ id: visit.id, outcome }));
    }
    const followUpOn = o.contactId !== null ? getContact(journal, { id: o.contactId }).followUpOn : null;
    return { interaction, offers, purchases, followUpOn, visit };
  });
}

export const briefsHandlers = {
  'briefs.get': getBrief,
  'briefs.debrief': recordDebrief,
} satisfies DomainHandlers<typeof briefsContract>;
