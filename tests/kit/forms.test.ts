/**
 * The forms can be written on by hand (lines and rows of at least 8 mm) and filled in on screen: the
 * action plan, the evaluation, the group contract and each method's notes column are AcroForm text
 * fields with names that say what goes in them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKit } from '../../scripts/kit/kit.ts';
import { writeLine } from '../../scripts/kit/jobAids/pageElements.ts';
import { mmToPt } from '../../scripts/kit/units.ts';

let out = '';
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kit-forms-'));
  await buildKit({ out: join(out, 'kit'), langs: ['nl', 'en'], kinds: ['job-aid'], sets: ['action-plan', 'session-evaluation', 'group-contract', 'method-incidentmethode'], workers: 1 });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fields = async (file: string) => {
  const doc = await PDFDocument.load(readFileSync(join(out, 'kit', file)));
  return doc.getForm().getFields();
};

describe('the group contract', () => {
  it('carries the points of the page themselves, on three sheets with twenty signature rows', async () => {
    for (const [file, words] of [
      ['nl/job-aid-group-contract-a4.pdf', ['Wat in de groep gezegd wordt, blijft in de groep.', 'Hoe vaak evalueren we de groep?']],
      ['en/job-aid-group-contract-letter.pdf', ['11. Evaluation']],
    ] as const) {
      const doc = await PDFDocument.load(readFileSync(join(out, 'kit', file)));
      expect(doc.getPageCount()).toBe(3);
      const textOf = execFileSync('pdftotext', ['-raw', join(out, 'kit', file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const w of words) expect(textOf).toContain(w);
    }
  });
});

describe('forms', () => {
  it('rules write-in lines and rows at least 8 mm apart', () => {
    expect(writeLine).toBeGreaterThanOrEqual(mmToPt(8));
  });

  it.for([
    ['nl/job-aid-action-plan-a4.pdf', ['naam-van-de-inbrenger', 'mijn-vraag-was', 'mijn-acties-wat-ga-ik-doen-1', 'mijn-acties-gedaan-10']],
    ['en/job-aid-action-plan-letter.pdf', ['name-of-the-case-owner', 'my-actions-what-will-i-do-1']],
    ['nl/job-aid-session-evaluation-a4.pdf', ['wat-ging-goed']],
    ['nl/job-aid-group-contract-a4.pdf', ['1-vertrouwelijkheid', '11-evaluatie', 'ondertekend-door-naam-1', 'ondertekend-door-handtekening-20']],
    ['nl/job-aid-method-incidentmethode-a4.pdf', ['klok-stap-1', 'aantekeningen-stap-1']],
    ['en/job-aid-method-incidentmethode-letter.pdf', ['clock-step-1', 'notes-step-1']],
  ] as const)('%s has named text fields', async ([file, names]) => {
    const list = await fields(file);
    expect(list.every((f) => f instanceof PDFTextField)).toBe(true);
    const all = list.map((f) => f.getName());
    for (const name of names) expect(all).toContain(name);
    expect(new Set(all).size).toBe(all.length);
    // Every field sits on the page, at least one handwriting line high.
    for (const f of list)
      for (const w of f.acroField.getWidgets()) {
        const r = w.getRectangle();
        expect(r.height).toBeGreaterThanOrEqual(mmToPt(8) - 0.5);
        expect(r.x).toBeGreaterThan(0);
        expect(r.y).toBeGreaterThan(0);
      }
  });
});
