import { Luggage, type LucideIcon } from 'lucide-react';
import type { ComponentType } from 'react';
import { TripsPage } from './trips/TripsPage';

export interface Section {
  path: string;
  label: string;
  icon: LucideIcon;
  /** Receives the route after the section's own segment, e.g. ['12'] for '#/trips/12'. */
  page: ComponentType<{ route: string[] }>;
}

/** The app's screens, in navigation order; the first is the home screen. */
export const sections: Section[] = [
  { path: 'trips', label: 'Trips', icon: Luggage, page: TripsPage },
];
