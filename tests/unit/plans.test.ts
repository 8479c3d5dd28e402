// Invariants over every plan in content/, imported in memory: they hold for any set of plans and
// take their expectations from the sources, never from what one plan happens to say.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/fold';
import { DOC_NUMBER, standardNumber } from '../../src/lib/importer/rules/meta/document-number';
import { ANCHORS_MANIFEST, missingAnchors, parseManifest } from '../../src/lib/importer/anchors';
import { MODELS_DIR, serializeModel } from '../../src/lib/model/files';
import { planModelSchema } from '../../src/lib/model/plan';
import { correctedSource, frontmatterAnchors, importedPlans, sectionExtent, sectionsOf } from '../support/content';
import { addedProse, blocksText, hanCount, joinedSource, missingProse, PROSE_MIN_HAN, proseLines, sentencesOf } from '../support/fidelity';

const { plans, errors, failures } = await importedPlans();

/** A date as official documents write it in Chinese numerals: 2026-03-10 → 二〇二六年三月十日 (its own spelling, not the importer's reader). */
function chineseDate(y: number, m: number, d: number): string {
  const digit = '〇一二三四五六七八九';
  const small = (n: number) => (n < 10 ? digit[n]! : n === 10 ? '十' : n < 20 ? `十${digit[n - 10]}` : `${digit[Math.floor(n / 10)]}十${n % 10 ? digit[n % 10] : ''}`);
  return `${[...String(y)].map((c) => digit[Number(c)]).join('')}年${small(m)}月${small(d)}日`;
}

const extent = sectionExtent;

describe('content/', () => {
  it('has at least one plan, and every source imports without error', () => {
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
    expect(plans.length).toBeGreaterThan(0);
  });
  it('has one committed MDX per source, equal byte for byte to what import writes (import is deterministic)', () => {
    const committed = readdirSync('content/plans').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
    expect(committed).toEqual(plans.map((p) => p.slug).sort());
    for (const p of plans) expect(p.committedMdx === p.out.mdx, `content/plans/${p.slug}.mdx is stale: run npm run import`).toBe(true);
  });
  it('keeps every id the anchors manifest records (as a block, or an alias where a new reading moved it), and records every plan', () => {
    const manifest = parseManifest(readFileSync(ANCHORS_MANIFEST, 'utf8'));
    for (const p of plans) {
      expect(manifest[p.slug], p.slug).toBeDefined();
      expect(missingAnchors(manifest, p.slug, [...p.out.blocks.map((b) => b.id), ...p.out.model.anchorAliases.map((a) => a.id)]), p.slug).toEqual([]);
    }
  });
});

describe.each(plans.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
  const { fm, out } = p;
  const source = correctedSource(p.input);
  const ids = new Set(out.blocks.map((b) => b.id));

  it('has unique block ids', () => {
    expect(ids.size).toBe(out.blocks.length);
  });

  it('every anchor in the frontmatter resolves to a block id', () => {
    const anchors = frontmatterAnchors(fm);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((a) => !ids.has(a.anchor))).toEqual([]);
  });

  it('the committed plan model is what import writes, and its sections tile the blocks', () => {
    const committed = readFileSync(`${MODELS_DIR}/${p.slug}.json`, 'utf8');
    expect(committed === serializeModel(out.model), `${MODELS_DIR}/${p.slug}.json is stale: run npm run import`).toBe(true);
    const model = planModelSchema.parse(JSON.parse(committed));
    expect(model.blocks.map((b) => b.id)).toEqual(out.blocks.map((b) => b.id));
    for (const s of model.sections) {
      expect(s.start < s.ownEnd && s.ownEnd <= s.end && s.end <= model.blocks.length, s.id).toBe(true);
      expect(model.blocks[s.start]!.kind, s.id).toBe('heading');
      if (s.parent) expect(model.sections.find((x) => x.id === s.parent), s.id).toBeDefined();
    }
    for (const m of model.measures) {
      const section = model.sections.find((x) => x.id === m.section)!;
      expect(m.start >= section.start && m.end <= section.end, m.id).toBe(true);
    }
  });

  it('the outline is the headings, in order, with their text', () => {
    const headings = out.blocks.filter((b) => b.kind === 'heading');
    expect(fm.outline.map((o) => [o.id, o.number, o.text])).toEqual(headings.map((h) => [h.id, h.number, h.text]));
  });

  it('every heading, paragraph and table cell is the plan’s text (occurs in the corrected source)', () => {
    const joined = joinedSource(source);
    const pieces = out.blocks.flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()] : [b.kind === 'heading' ? `${b.number}${b.text}` : `${b.number ?? ''}${b.text}`]));
    expect(pieces.filter((t) => t.trim() !== '' && !joined.includes(foldText(t)))).toEqual([]);
  });

  it('no prose sentence of the source is lost, none is added (fidelity, independent of the strip stage)', () => {
    const texts = blocksText(out.blocks);
    expect(hanCount(source)).toBeGreaterThan(0);
    expect(missingProse(source, texts.join(''))).toEqual([]);
    expect(addedProse(source, sentencesOf(texts))).toEqual([]);
  });

  it('no line removed as furniture is prose (unless its text is kept elsewhere, as a repeated title is)', () => {
    const prose = proseLines(source);
    const page = foldText(blocksText(out.blocks).join(''));
    const lost = out.furniture.filter((f) => prose.has(f.line) && hanCount(f.text) >= PROSE_MIN_HAN && !page.includes(foldText(f.text)));
    expect(lost).toEqual([]);
  });

  it('department aliases map a name as the plan writes it to that name with its list’s region prefix', () => {
    const joined = joinedSource(source);
    for (const [short, full] of Object.entries(fm.departmentAliases)) {
      expect(joined.includes(foldText(short)) || joined.includes(foldText(short.replace(/管委会$/, ''))), short).toBe(true);
      expect(full.endsWith(short) || short.endsWith('管委会'), `${short} → ${full}`).toBe(true);
    }
  });

  it('headings are short: a numbered line with its body is split, never a 70-character heading', () => {
    for (const h of fm.outline) expect(h.text.length, h.id).toBeLessThanOrEqual(70);
  });

  it('the title is a plan title, not a breadcrumb, bullet or letterhead line', () => {
    // A plan's name ends in its document noun, with its period in parentheses or inside the name (某区2022—2025年…实施方案).
    expect(fm.title).toMatch(/^[\p{Script=Han}\d—–-]+(方案|计划|规划|纲要|意见)([（(]\d{4}\s*[—–-]\s*\d{4}年?[)）])?$/u);
    expect(joinedSource(source)).toContain(foldText(fm.title).replace(/[（）()]/g, '').slice(0, 6));
  });

  it('states only dates, numbers and issuers the text contains (absent is null)', () => {
    const joined = joinedSource(source);
    const meta = p.input.meta?.text ?? '';
    for (const [field, value] of Object.entries({ issuer: fm.issuer, documentNumber: fm.documentNumber })) {
      // A number is published in its standard form (〔〕, no spaces: rule meta/document-number-form); the text holds it in some form.
      const written = field === 'documentNumber' ? [...source.matchAll(DOC_NUMBER)].some((m) => standardNumber(m[0]) === value) : false;
      if (value !== null) expect(joined.includes(foldText(value)) || written || meta.includes(value), `${field} ${value}`).toBe(true);
    }
    for (const field of ['signedDate', 'publishedDate', 'printedDate'] as const) {
      const d = fm[field];
      if (d === null) continue;
      const [y, m, day] = d.split('-').map(Number);
      // 2022年1月28日, 2022-02-14, 2021- 12- 22 11: 01: the date as the source writes it.
      const written = new RegExp(`${y}\\s*[年./-]\\s*0?${m}\\s*[月./-]\\s*0?${day}(?!\\d)`);
      // Invisible characters inside a printed date (2023年4月\u200b26日) are no text.
      const visible = source.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
      expect(written.test(visible) || visible.includes(chineseDate(y!, m!, day!)) || meta.includes(d), `${field} ${d}`).toBe(true);
    }
    for (const [name, fact] of [['literacyTarget', fm.literacyTarget], ['literacyBaseline', fm.literacyBaseline]] as const) {
      if (!fact) continue;
      expect(joined, `${name} sentence`).toContain(foldText(fact.sentence));
      // The figures are the sentence's own: its percentage and year, as written.
      const sentence = fact.sentence.normalize('NFKC');
      expect(sentence, `${name} percent`).toMatch(new RegExp(`(?<![\\d.])${String(fact.percent).replace('.', '\\.')}\\s*%`));
      expect(sentence, `${name} year`).toContain(String(fact.year));
    }
    for (const t of fm.targets) {
      expect(joined, t.sentence).toContain(foldText(t.sentence));
      expect(t.sentence.normalize('NFKC').replace(/\s/g, ''), t.sentence).toContain(String(t.value));
    }
  });

  describe.each(sectionsOf(fm).map((s) => [`${s.kind} ${s.key}`, s] as const))('%s', (_name, { section }) => {
    const blocks = extent(out.blocks, section.anchor);

    it('is a heading with the recorded wording, and its section has text', () => {
      expect(blocks[0]).toMatchObject({ kind: 'heading', id: section.anchor, text: section.heading, number: section.number });
      expect(section.heading).toContain(section.matched);
      // chars counts the text of its measures (responsibility statements left out, so plans compare):
      // more than nothing when it has measures, never more than the section's headings and paragraphs.
      const prose = blocks.reduce((n, b) => n + (b.kind === 'table' ? 0 : b.text.length), 0);
      expect(section.chars).toBeLessThanOrEqual(prose);
      if (section.measures > 0) expect(section.chars).toBeGreaterThan(0);
    });

    it('counts its measures: measures === items.length, each item inside the section', () => {
      expect(section.measures).toBe(section.items.length);
      const inside = new Set(blocks.map((b) => b.id));
      expect(section.items.filter((i) => !inside.has(i.anchor)).map((i) => i.anchor)).toEqual([]);
      const texts = foldText(blocksText(blocks).join(''));
      for (const item of section.items) expect(texts, item.anchor).toContain(foldText(item.text.replace(/…$/, '')).replace(/。$/, '')); // a long first sentence is shortened with …
    });

    it('no department is both lead and support, of the section or of one measure', () => {
      const both = (d: { lead: string[]; support: string[] }) => d.lead.filter((x) => d.support.includes(x));
      expect(both(section.departments)).toEqual([]);
      for (const item of section.items) expect(both(item), item.anchor).toEqual([]);
    });

    it('its departments include every measure’s, and every name is written in the text', () => {
      const all = [...section.departments.lead, ...section.departments.support, ...section.departments.responsible];
      for (const item of section.items) for (const d of [...item.lead, ...item.support, ...item.responsible]) expect(all, `${item.anchor} ${d}`).toContain(d);
      // Every name is the form the plan writes, or that form completed from its list: the region prefix
      // the list's first name carries (市教育局、科技局 → 市科技局), or the 管委会 two zones share.
      const joined = joinedSource(source);
      const refs = out.model.measures.filter((m) => m.section === section.anchor).flatMap((m) => m.departments);
      for (const r of refs) {
        expect(joined.includes(foldText(r.written)) || joined.includes(foldText(r.written.replace(/管委会$/, ''))), r.written).toBe(true);
        expect(r.name === r.written || r.name.endsWith(r.written), `${r.name} ← ${r.written}`).toBe(true);
      }
      for (const d of all) expect(refs.some((r) => r.name === d) || joined.includes(foldText(d)), d).toBe(true);
      // A name is one unit: no list separator outside its parentheses, no verb of the responsibility phrase.
      for (const d of all) {
        expect(d.replace(/（[^）]*）|\([^)]*\)/g, ''), d).not.toMatch(/[、，,；;：:。]/);
        expect(d, d).not.toMatch(/牵头|配合|负责$|责任单位/);
      }
    });
  });
});
