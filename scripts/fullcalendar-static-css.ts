/**
 * FullCalendar 6 ships its CSS inside its JavaScript and, on import, creates a <style> element
 * and fills it through the CSSOM. Under the renderer's CSP (`style-src 'self'`, no
 * 'unsafe-inline') Chromium refuses that element: the console reports a CSP violation and the
 * calendar is unstyled. Rather than weaken the CSP (a nonce in a static index.html is public,
 * so it would admit any inline style), this build step moves FullCalendar's CSS into the app's
 * own stylesheet file, served from 'self' like the rest:
 *
 * 1. each FullCalendar module's CSS string (`var css_… = "…"`) becomes an import of a virtual
 *    .css module, which Vite bundles into the app's CSS file;
 * 2. `registerStylesRoot` in @fullcalendar/core becomes a no-op, so no <style> element is ever
 *    created (the CSS strings are still handed to `injectStyles`, which then has nowhere to put
 *    them);
 * 3. the icon font (a data: URL, which `font-src 'self'` also refuses) is dropped; the calendar
 *    screen draws its own toolbar with lucide icons.
 *
 * The build fails loudly if a FullCalendar update changes what this relies on.
 */
import type { Plugin } from 'vite';

const PREFIX = '/@carnet-fullcalendar-css/';
/** The modules that carry CSS, and the packages we expect to see (all four are used). */
const CSS_MODULE = /[\\/]node_modules[\\/]@fullcalendar[\\/](core|daygrid|timegrid|list)[\\/](internal-common|internal)\.js$/;
const CSS_VAR = /var (css_\w+) = ("(?:[^"\\]|\\.)*");/g;
const REGISTER = 'function registerStylesRoot(rootNode) {';
const ICON_FONT = /@font-face\s*\{\s*font-family:\s*fcicons;[^}]*\}/g;

export function fullcalendarStaticCss(): Plugin {
  const css = new Map<string, string>();
  return {
    name: 'carnet:fullcalendar-static-css',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const pkg = id.slice(PREFIX.length).replace(/\.css$/, '');
      const text = css.get(pkg);
      if (text === undefined) this.error(`FullCalendar CSS for @fullcalendar/${pkg} was not extracted before it was loaded.`);
      return text;
    },
    transform(code, id) {
      const match = CSS_MODULE.exec(id.split('?')[0]!);
      if (!match) return null;
      const [, pkg, file] = match as unknown as [string, string, string];
      if ((pkg === 'core') !== (file === 'internal-common')) return null;
      let out = code;
      if (pkg === 'core') {
        if (!out.includes(REGISTER)) {
          this.error('@fullcalendar/core no longer has registerStylesRoot: update scripts/fullcalendar-static-css.ts for this FullCalendar version.');
        }
        out = out.replace(REGISTER, `${REGISTER}\n    return; // Carnet: FullCalendar's CSS ships as a static stylesheet (see scripts/fullcalendar-static-css.ts).`);
      }
      const texts = [...code.matchAll(CSS_VAR)].map((m) => {
        try {
          return JSON.parse(m[2]!) as string;
        } catch {
          return this.error(`Could not read the CSS string ${m[1]} of @fullcalendar/${pkg}.`);
        }
      });
      if (texts.length === 0) {
        this.error(`@fullcalendar/${pkg} no longer carries its CSS as a string: update scripts/fullcalendar-static-css.ts for this FullCalendar version.`);
      }
      css.set(pkg, texts.join('\n').replace(ICON_FONT, ''));
      return { code: `import ${JSON.stringify(`${PREFIX}${pkg}.css`)};\n${out}`, map: null };
    },
  };
}
