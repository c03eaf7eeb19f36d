import { Luggage, type LucideIcon } from 'lucide-react';
import type { ComponentType } from 'react';
import { CalendarDays } from 'lucide-react';
import { CalendarPage } from './calendar/CalendarPage';
import { TripsPage } from './trips/TripsPage';
import { Receipt, Users } from 'lucide-react';
import { ContactsPage } from './contacts/ContactsPage';
import { PurchasesPage } from './purchases/PurchasesPage';
import { LayoutDashboard } from 'lucide-react';
import { DashboardPage } from './dashboard/DashboardPage';
import { Stamp } from 'lucide-react';
import { SpecialOrdersPage } from './special-orders/SpecialOrdersPage';
import { Gift } from 'lucide-react';
import { OffersPage } from './offers/OffersPage';
import { CalendarClock, Settings as SettingsIcon } from 'lucide-react';
import { AppointmentsPage } from './appointments/AppointmentsPage';
import { SettingsPage } from './settings/SettingsPage';

export interface Section {
  path: string;
  label: string;
  icon: LucideIcon;
  /** Receives the route after the section's own segment, e.g. ['12'] for '#/trips/12'. */
  page: ComponentType<{ route: string[] }>;
}

/** The app's screens, in navigation order; the first is the home screen. */
export const sections: Section[] = [
  { path: 'calendar', label: 'Calendar', icon: CalendarDays, page: CalendarPage },
  { path: 'dashboard', label: 'Dashboard', icon: LayoutDashboard, page: DashboardPage },
  { path: 'trips', label: 'Trips', icon: Luggage, page: TripsPage },
  { path: 'appointments', label: 'Appointments', icon: CalendarClock, page: AppointmentsPage },
  { path: 'contacts', label: 'Contacts', icon: Users, page: ContactsPage },
  { path: 'purchases', label: 'Purchases', icon: Receipt, page: PurchasesPage },
  { path: 'special-orders', label: 'Special orders', icon: Stamp, page: SpecialOrdersPage },
  { path: 'offers', label: 'Offers', icon: Gift, page: OffersPage },
  { path: 'settings', label: 'Settings', icon: SettingsIcon, page: SettingsPage },
];
