import {
  CalendarClock,
  CalendarDays,
  Footprints,
  Gem,
  Gift,
  Heart,
  LayoutDashboard,
  Luggage,
  Receipt,
  Settings as SettingsIcon,
  Stamp,
  Store,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import { SCREENS, type ScreenPath } from '../../../shared/navigation';
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

/** Each screen's icon and page; the screens themselves (order, labels) are in shared/navigation. */
const PAGES: Record<ScreenPath, Omit<Section, 'path' | 'label'>> = {
  calendar: { icon: CalendarDays, page: CalendarPage },
  dashboard: { icon: LayoutDashboard, page: page(() => import('./dashboard/DashboardPage'), 'DashboardPage') },
  trips: { icon: Luggage, page: page(() => import('./trips/TripsPage'), 'TripsPage') },
  appointments: { icon: CalendarClock, page: page(() => import('./appointments/AppointmentsPage'), 'AppointmentsPage') },
  contacts: { icon: Users, page: page(() => import('./contacts/ContactsPage'), 'ContactsPage') },
  purchases: { icon: Receipt, page: page(() => import('./purchases/PurchasesPage'), 'PurchasesPage') },
  'special-orders': { icon: Stamp, page: page(() => import('./special-orders/SpecialOrdersPage'), 'SpecialOrdersPage') },
  offers: { icon: Gift, page: page(() => import('./offers/OffersPage'), 'OffersPage') },
  boutiques: { icon: Store, page: page(() => import('./boutiques/BoutiquesPage'), 'BoutiquesPage') },
  wishlist: { icon: Heart, page: page(() => import('./wishlist/WishlistPage'), 'WishlistPage') },
  visits: { icon: Footprints, page: page(() => import('./visits/VisitsPage'), 'VisitsPage') },
  collection: { icon: Gem, page: page(() => import('./collection/CollectionPage'), 'CollectionPage') },
  settings: { icon: SettingsIcon, page: page(() => import('./settings/SettingsPage'), 'SettingsPage') },
};

/** The app's screens, in navigation order; the first is the home screen. */
export const sections: Section[] = SCREENS.map((s) => ({ path: s.path, label: s.label, ...PAGES[s.path] }));
