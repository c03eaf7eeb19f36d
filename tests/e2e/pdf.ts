import { expect } from '@playwright/test';

/** Pages of a PDF Chromium wrote: its page objects, checked against the page tree's own count. */
export function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const count = /\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/.exec(text);
  expect(count, 'the PDF has a page tree').not.toBeNull();
  expect(Number(count![1])).toBe(pages);
  return pages;
}
