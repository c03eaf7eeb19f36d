/**
 * Dismissing and snoozing a banner: written to the journal (banners.dismiss), so it stays put
 * away after a reload; hidden at once, before the journal answers.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { request } from '../../api';
import { useChannel } from '../../lib/query';

export type Snooze = 'tomorrow' | 'week';

/** The instant a snooze ends: the start of tomorrow, or of the same day next week, here. */
export function snoozeUntil(snooze: Snooze, now = DateTime.now()): string {
  return now.startOf('day').plus({ days: snooze === 'tomorrow' ? 1 : 7 }).toISO()!;
}

export function useDismissals(now: number) {
  const client = useQueryClient();
  const list = useChannel('banners.dismissals');
  const [gone, setGone] = useState<Set<string>>(() => new Set());
  const write = useMutation({
    mutationFn: (input: { key: string; until: string | null }) => request('banners.dismiss', input),
    onSettled: () => client.invalidateQueries({ queryKey: ['banners'] }),
  });
  const hidden = (key: string): boolean =>
    gone.has(key) || (list.data ?? []).some((d) => d.key === key && (d.until === null || Date.parse(d.until) > now));
  const put = (key: string, until: string | null) => {
    setGone((g) => new Set(g).add(key));
    write.mutate({ key, until });
  };
  return {
    ready: list.isSuccess,
    error: write.error?.message ?? null,
    hidden,
    dismiss: (key: string) => put(key, null),
    snooze: (key: string, snooze: Snooze) => put(key, snoozeUntil(snooze)),
  };
}
