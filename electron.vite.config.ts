import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fullcalendarStaticCss } from './scripts/fullcalendar-static-css';

export default defineConfig({
  main: {
    build: {
      // better-sqlite3, kysely, zod, luxon stay in node_modules (packaged in the asar; the native
      // binding unpacked), so the main bundle is our code only.
      externalizeDeps: true,
      rollupOptions: { input: { index: 'src/main/index.ts' } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into one CJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: 'src/preload/index.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), fullcalendarStaticCss()],
    build: {
      // electron-vite leaves the renderer unminified by default; the budget is on what ships.
      minify: true,
      rollupOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
