import {
  CalendarClock,
  CalendarDays,
  Gift,
  LayoutDashboard,
  Luggage,
  Receipt,
  Settings as SettingsIcon,
  Stamp,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import { CalendarPage } from './calendar/CalendarPage';

export interface Section {
  path: string;
  label: string;
  icon: LucideIcon;
  /** Receives the route after the section's own segment, e.g. ['12'] for '#/trips/12'. */
  page: ComponentType<{ route: string[] }>;
}

/**
 * The calendar is the home screen and ships in the first bundle; every other screen is its
 * own chunk, loaded when first opened (the first paint parses only what it shows).
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType<{ route: string[] }>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** The app's screens, in navigation order; the first is the home screen. */
export const sections: Section[] = [
  { path: 'calendar', label: 'Calendar', icon: CalendarDays, page: CalendarPage },
  { path: 'dashboard', label: 'Dashboard', icon: LayoutDashboard, page: page(() => import('./dashboard/DashboardPage'), 'DashboardPage') },
  { path: 'trips', label: 'Trips', icon: Luggage, page: page(() => import('./trips/TripsPage'), 'TripsPage') },
  { path: 'appointments', label: 'Appointments', icon: CalendarClock, page: page(() => import('./appointments/AppointmentsPage'), 'AppointmentsPage') },
  { path: 'contacts', label: 'Contacts', icon: Users, page: page(() => import('./contacts/ContactsPage'), 'ContactsPage') },
  { path: 'purchases', label: 'Purchases', icon: Receipt, page: page(() => import('./purchases/PurchasesPage'), 'PurchasesPage') },
  { path: 'special-orders', label: 'Special orders', icon: Stamp, page: page(() => import('./special-orders/SpecialOrdersPage'), 'SpecialOrdersPage') },
  { path: 'offers', label: 'Offers', icon: Gift, page: page(() => import('./offers/OffersPage'), 'OffersPage') },
  { path: 'settings', label: 'Settings', icon: SettingsIcon, page: page(() => import('./settings/SettingsPage'), 'SettingsPage') },
];
