/** Says so when a stored settings value could not be used and reads as its safe default. */
import { href } from '../lib/router';
import { useChannel } from '../lib/query';

export function SettingsNotice() {
  const settings = useChannel('settings.get');
  const fallbacks = settings.data?.fallbacks ?? [];
  if (fallbacks.length === 0) return null;
  return (
    <div className="banner banner--warn" role="status" data-testid="settings-fallback">
      {fallbacks.map((f) => (
        <p key={f}>{f}</p>
      ))}
      <a href={href('/settings')}>Open Settings</a>
    </div>
  );
}
