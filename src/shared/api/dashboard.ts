import type { Cadence, FollowUpReason } from '../domain/keep-in-touch';
import { z } from 'zod';
import type { LocalWindow } from '../domain/lottery';
import type { SpecialOrderStatus } from '../domain/special-order-status';
import type { QuotaYearCount } from '../domain/spend-profile';
import { channel } from './channel';
import type { ContactRole } from './contacts';
import type { OfferDecision } from './offers';

/**
 * The next Paris lottery window still to come or open now, over the days of the upcoming
 * trips (each day of a trip is a day the user may want an appointment for).
 */
export interface NextLotteryWindow {
  tripId: number;
  tripTitle: string;
  /** The day the appointment would be on. */
  appointmentDay: string;
  /** The Paris day to apply on, 10:30–19:00 Europe/Paris. */
  applyOn: string;
  /** ISO instants with the Paris offset of that day. */
  opensAt: string;
  closesAt: string;
  /** At the journal's "now": not open yet, or open now. */
  state: 'not_yet_open' | 'open';
  /** The same window on the user's home-zone clock. */
  local: LocalWindow;
  /** The window opens before the trip's first day: the user must already be in France to apply. */
  beforeTripStarts: boolean;
  /** Who may apply for the day: the user plus the trip's adult companions. */
  applicants: number;
  /** Lottery requests recorded as registered (step 3 done) for the appointment day. */
  registered: number;
  /** Bookable windows of the upcoming trips after this one. */
  laterWindows: number;
}

export interface NextTrip {
  id: number;
  title: string;
  city: string;
  startDay: string;
  endDay: string;
  hotelName: string | null;
  /** Today is one of the trip's days. */
  inProgress: boolean;
  /** Days from today to the first day (0 when in progress). */
  daysUntil: number;
  /** 1-based day of the trip when in progress, else null. */
  dayOfTrip: number | null;
  /** Wishlist items still wanted. */
  wanted: number;
  /** Travellers: the user plus companions. */
  travellers: number;
  /** Upcoming trips after this one. */
  laterTrips: number;
}

export interface WaitingOrder {
  id: number;
  model: string;
  size: string | null;
  status: SpecialOrderStatus;
  boutiqueName: string | null;
  offeredOn: string | null;
  placedOn: string | null;
  arrivedOn: string | null;
  /** From the placed day to the arrival (or today while waiting); null when no placed day is known. */
  daysWaited: number | null;
  expectedFrom: string | null;
  expectedTo: string | null;
  /** Where today (or the arrival) sits in the expected range. */
  rangePosition: 'before' | 'within' | 'after' | null;
}

export interface FollowUpDue {
  id: number;
  name: string;
  role: ContactRole;
  boutiqueName: string | null;
  followUpOn: string;
  /** Days since the follow-up day (0 = due today). */
  daysOverdue: number;
  lastInteractionDay: string | null;
  /** What produced it: the keep-in-touch cadence, a day set by hand, or a snooze that ended. */
  reason: FollowUpReason;
}

/** An SA not contacted (nothing logged) for longer than their keep-in-touch cadence. */
export interface CadenceOverdue {
  id: number;
  name: string;
  boutiqueName: string | null;
  cadence: Cadence;
  lastInteractionDay: string | null;
  /** Days since the last contact (or since they were met or added, when nothing is logged). */
  daysSince: number;
}

/** A birthday or name day in the coming seven days, today included. */
export interface AnniversarySoon {
  id: number;
  name: string;
  what: 'birthday' | 'name_day';
  day: string;
  /** 0 = today. */
  inDays: number;
  /** The age they turn, when the birth year is known. */
  turns: number | null;
}

export interface SpendInCurrency {
  currency: string;
  totalMinor: number;
  /** Receipts in that currency this year. */
  purchases: number;
}

/** One recorded offer, as the dashboard names it. */
export interface RecentOffer {
  id: number;
  day: string;
  /** "Kelly 25 · Epsom Gold · gold hardware". */
  label: string;
  boutiqueName: string | null;
  decision: OfferDecision;
  /** Whole days from the offer's day to today. */
  daysSince: number;
}

/** Offers and the quota year (community-reported guidance, never Hermès policy). */
export interface DashboardOffers {
  /** The quota year exactly as `profile.quota` gives it: the calendar year in Paris time. */
  quota: {
    year: number;
    /** Reported limit (two) and the sentence that says it is folklore. */
    limit: number;
    limitLabel: string;
    current: QuotaYearCount;
  };
  /** The latest offer of anything, and the latest bag offer (managers are said to look at the time since). */
  lastOffer: RecentOffer | null;
  lastBagOffer: RecentOffer | null;
  /** Offers recorded, all years. */
  count: number;
}

/** A wish on the standing wishlist that an offer still being decided answers. */
export interface WishOffered {
  wishId: number;
  /** "Kelly 25, exterior Epsom Gold, hardware GHW". */
  wish: string;
  offerId: number;
  offerDay: string;
  boutiqueName: string | null;
  /** Whole days from the offer's day to today. */
  daysSince: number;
}

/** The wishlist and the collection at a glance. */
export interface DashboardWishes {
  /** Wishes answered by an offer still being decided, the oldest offer first. */
  offered: WishOffered[];
  /** Wishes still wanted (not offered, bought or let go). */
  wanted: number;
}

export interface DashboardCollection {
  /** Pieces still owned. */
  pieces: number;
  /** What was paid, per currency (never summed across currencies). */
  paid: { currency: string; totalMinor: number; count: number }[];
  /** Today's prices from the price book, per currency, of the pieces that have one. */
  today: { currency: string; totalMinor: number; count: number }[];
}

/** How many records the journal holds, so each empty card can say what to do first. */
export interface JournalCounts {
  trips: number;
  contacts: number;
  purchases: number;
  specialOrders: number;
}

export interface DashboardSummary {
  /** The journal's clock: the instant the figures were computed at, and its local day. */
  now: string;
  today: string;
  /** The user's home zone (settings). */
  homeZone: string;
  nextLottery: NextLotteryWindow | null;
  nextTrip: NextTrip | null;
  /** Orders not yet decided or cancelled: a bag that arrived (a decision to make) first, then the longest waits. */
  specialOrders: WaitingOrder[];
  /** Contacts whose follow-up day is today or past, the oldest first (at most 8; see followUpsDueCount). */
  followUpsDue: FollowUpDue[];
  followUpsDueCount: number;
  /** The next follow-up after today, when none is due. */
  nextFollowUp: { id: number; name: string; followUpOn: string } | null;
  /** SAs not contacted for longer than their cadence, the longest first. */
  cadenceOverdue: CadenceOverdue[];
  /** Birthdays and name days from today to six days ahead, the soonest first. */
  birthdaysThisWeek: AnniversarySoon[];
  spend: {
    year: number;
    /** One line per currency, largest first; amounts in different currencies are never added. */
    totals: SpendInCurrency[];
    /** Bags marked quota bought this year (reported guidance: at most two a calendar year). */
    quotaBags: number;
  };
  offers: DashboardOffers;
  wishes: DashboardWishes;
  collection: DashboardCollection;
  counts: JournalCounts;
}

export const FOLLOW_UPS_SHOWN = 8;
export const ANNIVERSARY_DAYS = 7;

export const dashboardContract = {
  /** Everything the dashboard shows, in one call. */
  'dashboard.summary': channel<DashboardSummary>()(z.strictObject({}).optional()),
};
