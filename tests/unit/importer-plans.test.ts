import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS_MANIFEST, missingAnchors, parseManifest } from '../../src/lib/importer/anchors';
import { importPlan } from '../../src/lib/importer/pipeline';
import { collectInputs } from '../../src/lib/importer/run';

/** The five real plans, imported in memory: the facts each states, as the sources README lists them. */
const { inputs, errors } = collectInputs(process.cwd());
const plans = Object.fromEntries(inputs.map((i) => [i.slug, importPlan(i)]));
const fm = (slug: string) => plans[slug]!.frontmatter;

describe('the five plans', () => {
  it('import without errors', () => {
    expect(errors).toEqual([]);
    expect(Object.keys(plans).sort()).toEqual(['baoshan-2021-2025', 'ezhou-2021-2025', 'guangzhou-nansha-2022-2025', 'shenzhen-2022-2025', 'zhejiang-2021-2025']);
  });
  it('match the committed MDX byte for byte (import is deterministic)', () => {
    for (const [slug, out] of Object.entries(plans)) expect(readFileSync(`content/plans/${slug}.mdx`, 'utf8') === out.mdx, slug).toBe(true);
  });
  it('state their issuer, document number and dates', () => {
    const facts = (slug: string) => {
      const { issuer, documentNumber, signedDate, publishedDate, printedDate, region } = fm(slug);
      return { issuer, documentNumber, signedDate, publishedDate, printedDate, region };
    };
    expect(facts('shenzhen-2022-2025')).toEqual({ issuer: '深圳市人民政府', documentNumber: '深府函〔2022〕14号', signedDate: '2022-01-28', publishedDate: '2022-02-14', printedDate: null, region: { name: '深圳市', level: 'city', parents: ['广东省'] } });
    expect(facts('ezhou-2021-2025')).toEqual({ issuer: '鄂州市人民政府办公室', documentNumber: '鄂州政办发〔2022〕18号', signedDate: '2022-08-09', publishedDate: '2022-08-09', printedDate: null, region: { name: '鄂州市', level: 'city', parents: ['湖北省'] } });
    expect(facts('zhejiang-2021-2025')).toEqual({ issuer: '浙江省人民政府办公厅', documentNumber: '浙政办发〔2021〕67号', signedDate: '2021-12-08', publishedDate: '2021-12-22', printedDate: null, region: { name: '浙江省', level: 'province', parents: [] } });
    expect(facts('baoshan-2021-2025')).toEqual({ issuer: '保山市人民政府', documentNumber: '保政发〔2022〕5号', signedDate: '2022-03-14', publishedDate: '2022-04-24', printedDate: null, region: { name: '保山市', level: 'city', parents: ['云南省'] } });
    expect(facts('guangzhou-nansha-2022-2025')).toEqual({ issuer: '广州市南沙区人民政府', documentNumber: '穗南府[2022]7号', signedDate: '2022-12-09', publishedDate: null, printedDate: '2022-12-12', region: { name: '南沙区', level: 'district', parents: ['广东省', '广州市'] } });
  });
  it('state their 2025 literacy targets (Nansha states none)', () => {
    const target = (slug: string) => (fm(slug).literacyTarget ? `${fm(slug).literacyTarget!.comparator}${fm(slug).literacyTarget!.percent}` : null);
    expect(Object.fromEntries(Object.keys(plans).map((s) => [s, target(s)]))).toEqual({
      'baoshan-2021-2025': '达到12', 'ezhou-2021-2025': '达到16', 'guangzhou-nansha-2022-2025': null, 'shenzhen-2022-2025': '超过25', 'zhejiang-2021-2025': '超过18',
    });
    expect(fm('shenzhen-2022-2025').literacyBaseline).toMatchObject({ year: 2020, percent: 21.1 });
  });
  it('cover all five groups, except Shenzhen which names no farmers and calls workers 城市劳动者', () => {
    for (const [slug, out] of Object.entries(plans)) {
      const missing = Object.entries(out.frontmatter.groups).filter(([, v]) => v === null).map(([k]) => k);
      expect(missing, slug).toEqual(slug.startsWith('shenzhen') ? ['farmers'] : []);
    }
    expect(fm('shenzhen-2022-2025').groups.workers).toMatchObject({ matched: '城市劳动者', heading: '实施城市劳动者科学素质提升行动。', anchor: 'workers' });
  });
  it('record key projects named only in a measure (Shenzhen and Zhejiang on 应急科普)', () => {
    expect(fm('shenzhen-2022-2025').projectMentions.emergency).toEqual([{ text: '建立应急科普工作机制。', anchor: 's4-4-2-p2' }]);
    expect(fm('zhejiang-2021-2025').projectMentions.emergency?.[0]?.text).toBe('协同推进应急科普。');
  });
  it('list the documents they implement', () => {
    expect(fm('shenzhen-2022-2025').implements.map((d) => d.documentNumber)).toEqual(['国发〔2021〕9号', '粤府〔2021〕76号']);
    expect(fm('baoshan-2021-2025').implements.map((d) => d.documentNumber)).toEqual(['国发〔2021〕9号', '云政发〔2021〕29号']);
    expect(fm('guangzhou-nansha-2022-2025').implements.map((d) => d.documentNumber)).toEqual(['国发〔2021〕9号', '粤府〔2021〕76号', '穗府〔2022〕4号']);
  });
  it('have short headings: a numbered line with its body is split, never a 400-character heading', () => {
    for (const [slug, out] of Object.entries(plans)) {
      for (const h of out.frontmatter.outline) expect(h.text.length, `${slug} ${h.id}`).toBeLessThanOrEqual(70);
    }
  });
  it('never take a breadcrumb, bullet or letterhead line for the title', () => {
    for (const out of Object.values(plans)) expect(out.frontmatter.title).toMatch(/^[\u4e00-\u9fff]+(实施方案|行动方案)（\d{4}[—-]\d{4}年）$/);
  });
  it('keep every id the anchors manifest records', () => {
    const manifest = parseManifest(readFileSync(ANCHORS_MANIFEST, 'utf8'));
    for (const [slug, out] of Object.entries(plans)) expect(missingAnchors(manifest, slug, out.blocks.map((b) => b.id)), slug).toEqual([]);
  });
});
