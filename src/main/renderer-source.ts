/**
 * Which page the window loads. A dev server (electron-vite's ELECTRON_RENDERER_URL) only while
 * developing: a packaged Carnet always loads its own built files, whatever the environment says —
 * otherwise anyone who can set an environment variable could point the trusted page at their server.
 */
export function devServerUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const url = env['ELECTRON_RENDERER_URL'];
  return url ? url : null;
}
