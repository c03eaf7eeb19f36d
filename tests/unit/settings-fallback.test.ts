/**
 * A bad stored settings value (written straight into the SQLite file) reads as its safe default,
 * with a sentence saying so; the stored row is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { harness } from './helpers';

describe('settings read with the contract’s rules', () => {
  it('falls back to safe defaults for a zone, a currency and a theme that cannot be used, and says so', () => {
    const { call, journal } = harness();
    call('settings.update', { homeZone: 'America/New_York' });
    const put = journal.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    put.run('homeZone', JSON.stringify('Mars/Olympus'));
    put.run('defaultCurrency', JSON.stringify('XXXX'));
    put.run('theme', 'not json');
    put.run('alarmClosingMinutes', JSON.stringify(-3));
    const s = call('settings.get', undefined);
    expect(s.homeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(s.defaultCurrency).toBe('EUR');
    expect(s.theme).toBe('system');
    expect(s.alarmClosingMinutes).toBe(60);
    expect(s.fallbacks).toHaveLength(4);
    expect(s.fallbacks?.find((f) => f.includes("home time zone"))).toMatch(/^The stored home time zone "Mars\/Olympus" is not valid, so ".+" is used instead; choose it again in Settings\.$/);
    expect(s.fallbacks?.join(' ')).toContain('default currency "XXXX"');
    expect(journal.sqlite.prepare("SELECT value FROM settings WHERE key = 'homeZone'").pluck().get()).toBe('"Mars/Olympus"');
    // Choosing a good value again clears the notice for it.
    const fixed = call('settings.update', { homeZone: 'Asia/Tokyo', defaultCurrency: 'JPY', theme: 'dark', alarmClosingMinutes: 30 });
    expect(fixed.fallbacks).toBeUndefined();
    expect(fixed.homeZone).toBe('Asia/Tokyo');
  });

  it('has no notice when every stored value is good', () => {
    const { call } = harness();
    expect(call('settings.get', undefined).fallbacks).toBeUndefined();
  });
});
