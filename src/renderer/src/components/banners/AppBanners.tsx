/**
 * Everything the app frame has to say, in one stack: damage the background check found in the
 * journal file, a stored setting that could not be used,
 * the lottery reminders, and the decision notes resurfacing now (not those of the record on
 * screen: its page shows them itself). Dismissed and snoozed banners stay away after a reload.
 */
import { useQuery } from '@tanstack/react-query';
import { BellRing, DatabaseZap, ImageOff, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { AttachmentCheck } from '../../../../shared/api/attachments';
import { RECORD_KINDS } from '../../../../shared/domain/records';
import { request } from '../../api';
import type { ResurfacedNote } from '../../../../shared/api/banners';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { formatDay } from '../../lib/format';
import { useLotteryBanners } from '../../pages/appointments/lottery-banners';
import { useNow } from '../../pages/appointments/time';
import { NOTE_KIND_META } from '../notes-card';
import { localToday } from '../notes-form';
import { BannerStack, type BannerItem } from './BannerStack';
import { useDismissals } from './dismissals';

const excerpt = (s: string, max = 90): string => (s.length > max ? `${s.slice(0, max).trimEnd()}…` : s);

/** "You asked to see this doubt again today: “…”", for the frame and for the record's own page. */
export function resurfacedText(n: ResurfacedNote['note'], today: string) {
  return (
    <>
      You asked to see this {NOTE_KIND_META[n.kind].label.toLowerCase()} again {n.resurfaceOn === today ? 'today' : `on ${formatDay(n.resurfaceOn!)}`}: <em>“{excerpt(n.body)}”</em>
    </>
  );
}

export const noteBannerKey = (noteId: number): string => `note:${noteId}`;

/**
 * Every photo and document checked against its SHA-256 once, when Carnet opens (not on each
 * write: hashing a folder of photos is not free); what is missing or damaged is listed.
 */
function useAttachmentCheck(): AttachmentCheck | null {
  const [check, setCheck] = useState<AttachmentCheck | null>(null);
  useEffect(() => {
    request('attachments.check', undefined).then(setCheck, () => setCheck(null));
  }, []);
  return check;
}

/**
 * The full check of the journal file runs in the background after it opens (a second or two on
 * a twenty-year journal): asked again every two seconds while it runs, then never.
 */
function useJournalCheck() {
  return useQuery({
    queryKey: ['journal-check'],
    queryFn: () => request('data.journalCheck', undefined),
    refetchInterval: (q) => (q.state.data?.state === 'checking' ? 2000 : false),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

const listed = (names: string[], max = 3): string =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

export function AppBanners({ route }: { route: string }) {
  const check = useAttachmentCheck();
  const journalCheck = useJournalCheck();
  const now = useNow();
  const settings = useChannel('settings.get');
  const notes = useChannel('banners.resurfacing');
  const dismissals = useDismissals(now);
  const lottery = useLotteryBanners(now, settings.data?.homeZone);
  const today = localToday();
  if (!dismissals.ready) return null;

  const fallbacks = settings.data?.fallbacks ?? [];
  const items: BannerItem[] = [];
  if (journalCheck?.state === 'damaged' && journalCheck.message) {
    items.push({
      key: 'journal-check',
      tone: 'warn',
      testId: 'journal-check',
      icon: <DatabaseZap size={17} aria-hidden />,
      text: <p>{journalCheck.message}</p>,
      action: (
        <a className="button button--small" href={href('/settings')}>
          Open Settings
        </a>
      ),
    });
  }
  if (fallbacks.length > 0) {
    items.push({
      key: 'settings',
      tone: 'warn',
      testId: 'settings-fallback',
      icon: <TriangleAlert size={17} aria-hidden />,
      text: fallbacks.map((f) => <p key={f}>{f}</p>),
      action: (
        <a className="button button--small" href={href('/settings')}>
          Open Settings
        </a>
      ),
    });
  }
  if (check && check.problems.length > 0) {
    const [first] = check.problems;
    const n = check.problems.length;
    items.push({
      key: `attachments:${check.problems.map((p) => `${p.id}${p.problem[0]}`).join(',')}`,
      tone: 'warn',
      testId: 'attachments-check',
      icon: <ImageOff size={17} aria-hidden />,
      text: (
        <p>
          {n === 1 ? 'One photo or document is' : `${n} photos or documents are`} missing or damaged in Carnet’s files folder:{' '}
          {listed(check.problems.map((p) => `${p.name} (${p.recordLabel}, ${p.problem})`))}. Restore the folder from a copy to see them again.
        </p>
      ),
      what: 'the list of missing files',
      action: first && RECORD_KINDS[first.recordKind].screen && (
        <a className="button button--small" href={href(`/${RECORD_KINDS[first.recordKind].screen}/${first.recordId}`)}>
          Open the {RECORD_KINDS[first.recordKind].inSentence}
        </a>
      ),
    });
  }
  const [closing, rest] = [lottery.filter((b) => b.tone === 'closing' || b.tone === 'open'), lottery.filter((b) => b.tone !== 'closing' && b.tone !== 'open')];
  items.push(...closing);
  for (const r of notes.data ?? []) {
    if (r.route === route) continue;
    items.push({
      key: noteBannerKey(r.note.id),
      tone: 'note',
      icon: <BellRing size={17} aria-hidden />,
      text: <p>{resurfacedText(r.note, today)}</p>,
      what: `the ${NOTE_KIND_META[r.note.kind].label.toLowerCase()} of ${formatDay(r.note.day)}`,
      snoozable: true,
      action: (
        <a className="button button--small" href={href(`${r.route}`)}>
          Open the {r.subject}
        </a>
      ),
    });
  }
  items.push(...rest);
  const shown = items.filter((i) => !dismissals.hidden(i.key));
  return <BannerStack items={shown} label="Reminders" actions={dismissals} />;
}
