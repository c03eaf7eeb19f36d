/**
 * Rules that come from outside (the lottery window, the boutiques' hours, the détaxe threshold)
 * are reference data kept once in src/shared/domain with their source and check date. This holds
 * the old literals out of every other source file (comments aside), so a changed rule changes
 * everywhere it is said.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const RULES: { what: string; pattern: RegExp; home: string[] }[] = [
  { what: 'the lottery window or boutique hours (10:30, 19:00)', pattern: /\b(10:30|19:00)\b(?!:)/, home: ['shared/domain/lottery.ts', 'shared/domain/boutique-calendar.ts'] },
  { what: 'the détaxe threshold (€100.00 / 10001 cents)', pattern: /€100\.0[01]\b|\b10001\b|\b100\.01\b/, home: ['shared/domain/detaxe.ts'] },
  { what: 'the reported special-order wait (6 to 18 months)', pattern: /\b6 to 18 months\b|\b6–18 months\b/, home: ['shared/domain/special-order-timing.ts'] },
  { what: 'the quota models (Birkin and Kelly as a list)', pattern: /\[\s*'Birkin',\s*'Kelly'\s*\]/, home: ['shared/domain/quota-rule.ts'] },
];

const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);

describe('rule values live only in their reference data', () => {
  for (const rule of RULES) {
    it(`keeps ${rule.what} out of code outside ${rule.home.join(', ')}`, () => {
      const found: string[] = [];
      for (const file of sources(root)) {
        const rel = path.relative(root, file).split(path.sep).join('/');
        if (rule.home.includes(rel)) continue;
        fs.readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (!isComment(line) && rule.pattern.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
          });
      }
      expect(found).toEqual([]);
    });
  }

  it('finds a literal when one is there (the check can fail)', () => {
    expect(RULES[0]!.pattern.test("label: 'Apply 10:30–19:00 Paris'")).toBe(true);
    expect(RULES[0]!.pattern.test("'2026-12-07T10:30:00+01:00'")).toBe(false);
    expect(RULES[1]!.pattern.test('minSpendMinor: 10001,')).toBe(true);
  });
});
