/** Applies the theme setting app-wide: data-theme on <html> ('system' leaves it to the OS). */
import { useEffect } from 'react';
import { useChannel } from '../../lib/query';

export function useAppliedTheme(): void {
  const settings = useChannel('settings.get');
  const theme = settings.data?.theme;
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
