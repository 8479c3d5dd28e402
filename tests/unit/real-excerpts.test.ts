import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compareExcerpt, excerptTotals, foldTitle, loadExcerpts, refusalCheck, type ExcerptGold } from '../../src/lib/eval/excerpts';
import { importPlan } from '../../src/lib/importer/pipeline';

/**
 * Page beginnings with hand-read facts: every gold fact (title, issuer, number, dates, period,
 * region, implements as a set) must come out of the import. Titles are compared after folding
 * punctuation width and dash variants (the importer prints ASCII parentheses full-width by design;
 * a period's dash may be written —, ―, – or -): see foldTitle in src/lib/eval/excerpts.ts.
 */
const folders = [
  { name: 'real excerpts (../shared/real-excerpts)', dir: resolve(__dirname, '../../../shared/real-excerpts') },
  { name: 'header arrangements (tests/fixtures/headers)', dir: resolve(__dirname, '../fixtures/headers') },
  // Real page beginnings collected by someone who had not seen the importer: a check on layouts it was not built on.
  { name: 'real pages, other layouts (tests/fixtures/real-pages)', dir: resolve(__dirname, '../fixtures/real-pages') },
];

for (const { name, dir } of folders) {
  const excerpts = loadExcerpts(dir);
  // The real excerpts live outside the repository: without them the suite is skipped, and says why.
  describe.skipIf(excerpts === null)(`${name}${excerpts === null ? ` — skipped: ${dir} is absent` : ''}`, () => {
    for (const e of excerpts ?? []) {
      // A page the importer refuses by design (gold `refused`): it must be refused, naming the attachment, not scored.
      if (e.gold.refused) {
        it(`${e.slug}: refused (${e.gold.refused}), naming what the page holds instead of the plan`, () => {
          let error: unknown;
          try {
            importPlan({ slug: e.slug, file: `content/sources/${e.slug}.txt`, bytes: e.text });
          } catch (err) {
            error = err;
          }
          expect(refusalCheck(e.gold, new TextDecoder().decode(e.text), error)).toMatchObject({ ok: true });
        });
        continue;
      }
      it(`${e.slug}: every gold fact`, () => {
        const out = importPlan({ slug: e.slug, file: `content/sources/${e.slug}.txt`, bytes: e.text });
        const wrong = compareExcerpt(e.gold, out.frontmatter).filter((c) => !c.ok);
        expect(wrong).toEqual([]);
      });
      // Every one of these is the beginning of a page: the import must say the text stops short, at its last line.
      it(`${e.slug}: said to stop short at its last line`, () => {
        const out = importPlan({ slug: e.slug, file: `content/sources/${e.slug}.txt`, bytes: e.text });
        const lastLine = new TextDecoder().decode(e.text).replace(/\s+$/, '').split(/\r\n|\r|\n/).length;
        expect(out.frontmatter.incomplete?.line).toBe(lastLine);
        expect(out.messages.some((m) => m.ruleId === 'text/truncated' && m.severity === 'warning' && m.line === lastLine)).toBe(true);
      });
    }
  });
}

describe('excerpt comparison', () => {
  const gold: ExcerptGold = {
    title: '某市实施方案(2021—2025年)', issuer: '某市人民政府', documentNumber: '某政发〔2022〕1号', signedDate: '2022-01-02', publishedDate: null,
    periodStart: 2021, periodEnd: 2025, region: { name: '某市', level: 'city' }, implements: ['国发〔2021〕9号', '某省发〔2021〕3号'],
    alsoAccept: { publishedDate: ['2022-01-05'], 'region.name': ['某某市'] },
  };
  const fm = {
    title: '某市实施方案（2021―2025年）', issuer: '某市人民政府', documentNumber: '某政发〔2022〕1号', signedDate: '2022-01-02', publishedDate: '2022-01-05',
    period: { from: 2021, to: 2025 }, region: { name: '某某市', level: 'city' as const, parents: [] },
    implements: [{ documentNumber: '某省发〔2021〕3号', title: null }, { documentNumber: '国发〔2021〕9号', title: null }],
  };
  it('folds title punctuation width and dashes, reads implements as a set, accepts alsoAccept', () => {
    expect(compareExcerpt(gold, fm).every((c) => c.ok)).toBe(true);
  });
  it('counts a wrong fact wrong', () => {
    const checks = compareExcerpt(gold, { ...fm, issuer: '某市人民政府办公室', implements: [] });
    expect(checks.filter((c) => !c.ok).map((c) => c.field)).toEqual(['issuer', 'implements']);
    expect(excerptTotals(checks).overall).toEqual({ right: 8, total: 10 });
  });
  it('a refusal counts only when it names the attachment the page prints', () => {
    const refused = { ...gold, refused: 'attachment' as const };
    const page = '各镇人民政府：\n现印发给你们。\n某市人民政府办公室\n某市实施方案.doc';
    expect(refusalCheck(refused, page, new Error('no plan text: a notice whose plan is the attached 某市实施方案.doc (text/attachment-only)')).ok).toBe(true);
    expect(refusalCheck(refused, page, new Error('no recognisable plan title')).ok).toBe(false);
    expect(refusalCheck(refused, page, undefined).ok).toBe(false);
  });
  it('does not fold words', () => {
    expect(foldTitle('某市实施方案')).not.toBe(foldTitle('某市工作方案'));
  });
});
