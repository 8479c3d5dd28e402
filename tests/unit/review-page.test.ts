import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, derivedInput } from '../../src/lib/importer/run';
import { importPlan, slugOf, type PlanInput, type PlanOutput } from '../../src/lib/importer/pipeline';
import { decode } from '../../src/lib/importer/decode';
import { topicCells } from '../../src/lib/importer/report';
import { mergedYaml, reviewPage, yamlDecisions } from '../../src/lib/review/page';
import { GROUP_KEYS, groupByKey } from '../../src/lib/taxonomy';

// The review page (`npm run review`, src/lib/review/page.ts): every expectation is derived from the
// plan's own model and messages, over the plans in content/ and the layout fixtures, and on small
// made-up plans for the YAML decisions.
const ROOT = resolve(__dirname, '../..');
const LAYOUTS = join(ROOT, 'tests/fixtures/layouts');

interface Reviewed {
  slug: string;
  text: string;
  out: PlanOutput;
  html: string;
  doc: HTMLElement;
}

async function review(input: PlanInput): Promise<Reviewed> {
  const derived = await derivedInput(input);
  const text = decode(derived.bytes, derived.file).text;
  const out = importPlan(derived);
  const html = reviewPage(text, out, input.meta?.text);
  return { slug: input.slug, text, out, html, doc: parse(html) };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
/** A small plan: a notice, a title and group sections, the given ones left out. */
function madeUp(groups: readonly string[], extraLines: readonly string[] = []): string {
  const sections: Record<string, string[]> = {
    青少年: ['(一)实施青少年科学素质提升行动', '加强科学教育。(牵头单位:市教育局;配合单位:市科协)'],
    农民: ['(二)实施农民科学素质提升行动', '培育高素质农民。(牵头单位:市农业农村局)'],
    产业工人: ['(三)实施产业工人科学素质提升行动', '开展职业技能培训。(牵头单位:市人力资源社会保障局)'],
    老年人: ['(四)实施老年人科学素质提升行动', '开展老年人健康科普。(牵头单位:市卫生健康委)'],
    领导干部和公务员: ['(五)实施领导干部和公务员科学素质提升行动', '加强科学素质培训。(牵头单位:市委组织部)'],
  };
  return [
    '某市人民政府关于印发某市全民科学素质行动实施方案的通知',
    '各区人民政府：',
    '现将方案印发给你们。',
    ...extraLines,
    '某市人民政府',
    '2022年3月1日',
    '某市全民科学素质行动实施方案(2021—2025年)',
    '一、重点任务',
    ...groups.flatMap((g) => sections[g]!),
  ].join('\n');
}
const madeUpInput = (text: string, yaml?: string): PlanInput => ({
  slug: 'made-up',
  file: 'content/sources/made-up.txt',
  bytes: utf8(text),
  ...(yaml !== undefined ? { meta: { file: 'content/sources/made-up.yaml', text: yaml } } : {}),
});

const rowOf = (r: Reviewed, line: number) => r.doc.querySelector(`tr#L${line}`);

describe('the review page over the plans in content/ and the layout fixtures', () => {
  const plans: Reviewed[] = [];
  beforeAll(async () => {
    for (const input of collectInputs(ROOT).inputs) plans.push(await review(input));
    for (const name of readdirSync(LAYOUTS).filter((n) => n.endsWith('.txt')).sort()) {
      plans.push(await review({ slug: slugOf(name), file: join(LAYOUTS, name), bytes: new Uint8Array(readFileSync(join(LAYOUTS, name))) }));
    }
  }, 240_000);

  it('reads every plan', () => {
    expect(plans.length).toBeGreaterThan(collectInputs(ROOT).inputs.length);
  });

  it('has a line anchor for every line of the derived text, holding that line literally', () => {
    for (const r of plans) {
      const lines = r.text.split('\n');
      expect(r.doc.querySelectorAll('tr[id^="L"]').length, r.slug).toBe(lines.length);
      for (const [i, line] of lines.entries()) expect(rowOf(r, i + 1)?.querySelector('td.t')?.textContent, `${r.slug}:${i + 1}`).toBe(line);
    }
  });

  it('shows every message with a line at that line (rule id and reason), and every non-info message highlights its line', () => {
    let nonInfo = 0;
    for (const r of plans) {
      for (const m of r.out.messages.filter((x) => x.line !== null)) {
        const row = rowOf(r, m.line!);
        expect(row, `${r.slug}:${m.line}`).not.toBeNull();
        const notes = row!.querySelector('td.m')!.textContent;
        expect(notes, `${r.slug}:${m.line} ${m.ruleId}`).toContain(m.ruleId);
        expect(notes).toContain(m.reason);
        if (m.severity !== 'info') {
          nonInfo++;
          expect(row!.classList.contains('error') || row!.classList.contains('warning'), `${r.slug}:${m.line}`).toBe(true);
        }
      }
    }
    // The corpus does reach non-info messages at lines (else the check above would be empty).
    expect(nonInfo).toBeGreaterThan(0);
  });

  it('marks every line stripped as furniture with the rule that stripped it', () => {
    for (const r of plans) {
      for (const f of r.out.furniture) {
        const row = rowOf(r, f.line)!;
        expect(row.classList.contains('furniture'), `${r.slug}:${f.line}`).toBe(true);
        expect(row.querySelector('td.m')!.textContent).toContain(f.rule);
      }
    }
  });

  it('lists every group and key project present with its heading line and measures, and says the absent ones are absent', () => {
    for (const r of plans) {
      const lineOf = new Map(r.out.model.blocks.map((b) => [b.id, b.line]));
      for (const cell of topicCells(r.out.frontmatter)) {
        const id = `topic-${cell.kind}-${cell.kind === 'extra' ? encodeURIComponent(cell.key) : cell.key}`;
        const section = r.doc.getElementById(id);
        expect(section, `${r.slug} ${id}`).not.toBeNull();
        if (cell.ref) {
          expect(section!.querySelector('b.measures')!.textContent, `${r.slug} ${id}`).toBe(String(cell.ref.measures));
          expect(section!.querySelectorAll('ol.measures > li').length).toBe(cell.ref.items.length);
          expect(section!.querySelector('h3 a.ln')!.getAttribute('href')).toBe(`#L${lineOf.get(cell.ref.anchor)}`);
        } else {
          expect(section!.textContent).toContain('未单列');
          if (cell.kind === 'group') {
            const said = r.out.messages.filter((m) => m.ruleId === 'topics/group-absent' && m.reason.includes(`“${cell.label}”`));
            expect(said.length, `${r.slug} ${cell.key}`).toBeGreaterThan(0);
            for (const m of said) expect(section!.textContent).toContain(m.reason);
          }
        }
      }
    }
  });

  it('links the literacy figures and targets to their lines', () => {
    for (const r of plans) {
      const fm = r.out.frontmatter;
      const lineOf = new Map(r.out.model.blocks.map((b) => [b.id, b.line]));
      for (const anchor of [fm.literacyTarget?.anchor, fm.literacyBaseline?.anchor, ...fm.targets.map((t) => t.anchor)].filter((a): a is string => !!a)) {
        expect(r.html, `${r.slug} ${anchor}`).toContain(`href="#L${lineOf.get(anchor)}"`);
      }
    }
  });

  it('is self-contained: no script, no stylesheet or image fetched, no link out of the page', () => {
    for (const r of plans) {
      expect(r.doc.querySelectorAll('script, link, img, iframe').length).toBe(0);
      expect(r.html).not.toMatch(/\bsrc=|url\(|@import/);
      for (const a of r.doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^#/);
    }
  });
});

describe('the review page of a made-up plan', () => {
  it('escapes the text: a line with <script> and & shows literally', async () => {
    const line = '现将方案印发给你们。<script>alert("x")</script> & <b>粗</b>';
    const r = await review(madeUpInput(madeUp(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员']).replace('现将方案印发给你们。', line)));
    expect(r.html).not.toContain('<script');
    expect(r.html).not.toContain('<b>粗</b>');
    expect(r.html).toContain('&lt;script&gt;');
    const n = r.text.split('\n').indexOf(line) + 1;
    expect(n).toBeGreaterThan(0);
    expect(rowOf(r, n)!.querySelector('td.t')!.textContent).toBe(line);
  });

  it('offers absent: for each group the plan lacks, and the snippets settle the warnings when written', async () => {
    const lacking = ['老年人', '领导干部和公务员'];
    const text = madeUp(['青少年', '农民', '产业工人']);
    const r = await review(madeUpInput(text));
    const decisions = yamlDecisions(r.out).filter((d) => d.field === 'absent');
    const keys = GROUP_KEYS.filter((k) => lacking.includes(groupByKey(k).zh));
    expect(decisions.map((d) => d.data)).toEqual(keys.map((k) => ({ absent: [k] })));
    for (const k of keys) expect(r.html).toContain(`absent:\n  - ${k}`);
    // Merged into the plan's YAML, its comment kept, the absent groups become notes.
    const yaml = mergedYaml(decisions, '# 已核对\nshortName: 某市\n');
    expect(yaml).toContain('# 已核对');
    expect(parseYaml(yaml)).toEqual({ shortName: '某市', absent: keys });
    const settled = importPlan(madeUpInput(text, yaml));
    expect(settled.messages.filter((m) => m.ruleId === 'topics/group-absent').map((m) => m.severity)).toEqual(keys.map(() => 'info'));
  });

  it('adds to an absent list the YAML already has, once', async () => {
    const r = await review(madeUpInput(madeUp(['青少年', '农民', '产业工人', '领导干部和公务员']), 'absent: [farmers]\n'));
    const yaml = mergedYaml([...yamlDecisions(r.out), ...yamlDecisions(r.out)].filter((d) => d.field === 'absent'), 'absent: [farmers]\n');
    expect(parseYaml(yaml)).toEqual({ absent: ['farmers', 'elderly'] });
  });

  it('offers topics: for a heading beside the group sections that is none of them, keyed as the YAML keys it', async () => {
    const text = `${madeUp(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员'])}\n(六)加强乡村振兴人才培养。\n开展培训。(牵头单位:市人力资源社会保障局)`;
    const r = await review(madeUpInput(text));
    const topics = yamlDecisions(r.out).filter((d) => d.field === 'topics');
    expect(topics.map((d) => d.data)).toEqual([{ topics: { 加强乡村振兴人才培养: 'none' } }]);
    expect(topics[0]!.message.line).toBe(text.split('\n').indexOf('(六)加强乡村振兴人才培养。') + 1);
    const settled = importPlan(madeUpInput(text, mergedYaml(topics)));
    expect(settled.messages.some((m) => m.ruleId === 'topics/unplaced-heading')).toBe(false);
  });

  it('names the field to write for a fact the text lacks (no signature: signedDate; no document number: documentNumber), as an empty value the schema refuses', async () => {
    const text = madeUp(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员']).replace('某市人民政府\n2022年3月1日\n', '');
    const r = await review(madeUpInput(text));
    const fields = yamlDecisions(r.out).map((d) => d.field);
    expect(fields).toContain('signedDate');
    expect(fields).toContain('documentNumber');
    expect(fields).toContain('publishedDate');
    const signed = yamlDecisions(r.out).find((d) => d.field === 'signedDate')!;
    expect(signed.data).toEqual({ signedDate: '' });
    expect(() => importPlan(madeUpInput(text, mergedYaml([signed])))).toThrow(/signedDate/);
    // A signed, numbered plan asks for neither.
    const whole = await review(madeUpInput(madeUp(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员'], ['某府发〔2022〕1号'])));
    expect(whole.out.frontmatter.signedDate).not.toBeNull();
    expect(yamlDecisions(whole.out).map((d) => d.field)).not.toContain('signedDate');
  });

  it('a page without notice: issuer and signedDate each asked once; an address off a government host offered as sourceUrl, the recorded one', () => {
    const text = ['某市全民科学素质行动实施方案(2021—2025年)', '一、重点任务', '(一)实施青少年科学素质提升行动', '加强科学教育。(牵头单位:市教育局;配合单位:市科协)'].join('\n');
    const url = 'https://www.example.com/a.html';
    const out = importPlan({ ...madeUpInput(text), file: 'content/sources/made-up.html', original: { file: 'content/sources/made-up.html', format: 'html', sha256: 'a'.repeat(64), url, attachments: [], messages: [] } });
    const decisions = yamlDecisions(out);
    expect(decisions.filter((d) => d.field === 'issuer').map((d) => d.data)).toEqual([{ issuer: '' }]);
    expect(decisions.filter((d) => d.field === 'signedDate').map((d) => d.data)).toEqual([{ signedDate: '' }]);
    expect(decisions.filter((d) => d.field === 'sourceUrl').map((d) => d.data)).toEqual([{ sourceUrl: url }]);
  });

  it('says there is nothing to settle when no message asks for it', async () => {
    for (const input of collectInputs(ROOT).inputs) {
      const r = await review(input);
      const box = r.doc.querySelector('section.box')!;
      expect(box.querySelectorAll('ol.decisions > li').length, r.slug).toBe(yamlDecisions(r.out).length);
      if (!yamlDecisions(r.out).length) expect(box.textContent).toContain('没有');
    }
  }, 120_000);
});
