// The message catalogue and the language routes: every locale has every entry, the English
// catalogue has no Chinese outside the { zh } runs that quote Chinese on purpose, and links of
// English pages go to English pages exactly where those exist.
import { describe, expect, it } from 'vitest';
import { MESSAGES, ZH, type Messages } from '../../src/lib/i18n/messages';
import { SCRIPT_MESSAGES } from '../../src/lib/i18n/script-messages';
import { LOCALES, alternates, basePath, isTranslated, localeOfPath, localizedHref, switchTarget, toLocale } from '../../src/lib/i18n/locales';
import { regionNameEn, unitNameEn, pinyinWord } from '../../src/lib/i18n/region';
import { LEVEL_LABELS, ABSENT } from '../../src/lib/site/format';
import { STATUS_LABELS } from '../../src/lib/plan-status';
import { ROLE_LABELS } from '../../src/lib/matrix/departments';

const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20]/;
/** Sample arguments for a catalogue function: numbers, a word, a list, a topic kind. */
const SAMPLES: unknown[][] = [[1], [2], ['groups'], ['projects'], [3, 4], ['X', 'Y'], ['X', 5, 6], [['X', 'Y']], ['X', 'Y', 'Z'], [1, 2, 3, 4, 5, 6], ['X', 1, 2, 'groups'], ['X', 'Y', 'groups', ['X']]];

/** Every string a catalogue can produce, with its key path; { zh } runs are left out (quoted Chinese). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const out: [string, string][] = [];
    for (const args of SAMPLES) {
      try {
        const r = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof r === 'string') out.push([`${path}(${args.join(',')})`, r]);
      } catch {
        // Not a signature this sample fits; another one will.
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    if ('zh' in value && Object.keys(value).length === 1) return [];
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The shape of a catalogue: its keys, and for arrays of runs only that they are arrays. */
const shape = (value: unknown): unknown =>
  typeof value === 'function' ? 'fn' : Array.isArray(value) ? 'array' : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;

describe('the message catalogue', () => {
  it('has every entry in every locale, page strings and script strings alike', () => {
    for (const locale of LOCALES) {
      expect(shape(MESSAGES[locale])).toEqual(shape(ZH));
      expect(shape(SCRIPT_MESSAGES[locale])).toEqual(shape(SCRIPT_MESSAGES['zh-Hans']));
    }
  });

  it('has no Chinese in the English strings, except runs quoted as { zh } and the few entries shown under lang="zh-Hans"', () => {
    /**
     * The language switch names Chinese in Chinese (中文); the search inputs take Chinese text and
     * their examples are Chinese words. The pages render these with lang="zh-Hans" (the built-page
     * check, tests/e2e/english.e2e.test.ts, holds that).
     */
    const SHOWN_AS_CHINESE = new Set(['switchTo', 'search.placeholder', 'search.planPickerPlaceholder']);
    const en = [...strings(MESSAGES.en), ...strings(SCRIPT_MESSAGES.en)];
    expect(en.length).toBeGreaterThan(150);
    // Quotation marks hold an argument (a plan's wording); the samples are Latin, so none remains.
    expect(en.filter(([key, s]) => CHINESE.test(s) && !SHOWN_AS_CHINESE.has(key))).toEqual([]);
  });

  it('gives English strings that differ from the Chinese ones wherever the Chinese has Chinese', () => {
    const zh = new Map([...strings(ZH), ...strings(SCRIPT_MESSAGES['zh-Hans'])]);
    const en = new Map([...strings(MESSAGES.en), ...strings(SCRIPT_MESSAGES.en)]);
    for (const [key, text] of zh) if (CHINESE.test(text)) expect(en.get(key), key).not.toBe(text);
  });

  it('is where the Chinese labels of the site come from (one definition)', () => {
    expect(LEVEL_LABELS).toBe(ZH.levels);
    expect(STATUS_LABELS).toBe(ZH.statuses);
    expect(ROLE_LABELS).toBe(ZH.roles);
    expect(ABSENT).toBe(ZH.absent);
  });

  it('writes English plurals by count', () => {
    const m: Messages = MESSAGES.en;
    expect(m.planIndex.closingAll(1)).toContain('1 plan.');
    expect(m.planIndex.closingAll(2)).toContain('2 plans.');
    expect(SCRIPT_MESSAGES.en.sectionCount(1)).toBe('1 section');
    expect(SCRIPT_MESSAGES.en.sectionCount(1234)).toBe('1234 sections');
  });

  it('counts a page of a region’s plans once, in words that read in each language', () => {
    expect(MESSAGES.en.matrix.countSubsetPage('Guangdong', 1, 20, 45, 300)).toBe('Guangdong: plans 1–20 of 45 (300 plans in all)');
    expect(MESSAGES.en.matrix.countSubset('Guangdong', 12, 300)).toBe('Guangdong: 12 of 300 plans');
    expect(ZH.matrix.countSubsetPage('广东省', 1, 20, 45, 300)).toBe('广东省：第 1–20 个，共 45 / 300 个方案');
  });

  it('writes literacy targets in each language from the plan’s comparator', () => {
    expect(ZH.literacy(2025, '超过', 25)).toBe('2025年超过25%');
    expect(MESSAGES.en.literacy(2025, '超过', 25)).toBe('25% (above) in 2025');
    expect(MESSAGES.en.literacy(2025, '不低于', 15)).toBe('15% (at least) in 2025');
    expect(MESSAGES.en.literacy(2020, null, 21.1)).toBe('21.1% in 2020');
  });
});

describe('language routes', () => {
  it('knows which pages have an English version', () => {
    for (const p of ['/', '/matrix/', '/matrix/province/广东省/', '/groups/youth/', '/projects/digital/x/', '/department-kinds/', '/search/', '/status/ended/', '/provinces/云南省/']) expect(isTranslated(p), p).toBe(true);
    for (const p of ['/plans/x/', '/departments/', '/data/', '/compare/', '/reuse/', '/documents/', '/plans/x/cite.bib']) expect(isTranslated(p), p).toBe(false);
  });

  it('writes an English page’s links to English pages where they exist, and leaves the rest', () => {
    expect(localizedHref('en', '/matrix/#projects-heading')).toBe('/en/matrix/#projects-heading');
    expect(localizedHref('en', '/matrix/?province=x')).toBe('/en/matrix/?province=x');
    expect(localizedHref('en', '/plans/x/#youth')).toBe('/plans/x/#youth');
    expect(localizedHref('en', '//other.example/matrix/')).toBe('//other.example/matrix/');
    expect(localizedHref('en', 'https://other.example/')).toBe('https://other.example/');
    expect(localizedHref('zh-Hans', '/matrix/')).toBe('/matrix/');
  });

  it('pairs each translated page with its other-language version, and sends the switch of the rest to the home page', () => {
    expect(alternates('/en/groups/youth/')).toEqual([
      { locale: 'zh-Hans', path: '/groups/youth/' },
      { locale: 'en', path: '/en/groups/youth/' },
    ]);
    expect(alternates('/plans/x/')).toEqual([{ locale: 'zh-Hans', path: '/plans/x/' }]);
    expect(switchTarget('/matrix/', 'en')).toBe('/en/matrix/');
    expect(switchTarget('/en/matrix/', 'zh-Hans')).toBe('/matrix/');
    expect(switchTarget('/plans/x/', 'en')).toBe('/en/');
    expect(basePath('/en/')).toBe('/');
    expect(localeOfPath('/en/search/')).toBe('en');
    expect(localeOfPath('/english/')).toBe('zh-Hans');
    expect(toLocale('en')).toBe('en');
    expect(toLocale(undefined)).toBe('zh-Hans');
  });
});

describe('region names in English', () => {
  it('romanizes each unit, innermost first, with English unit words (a city bare)', () => {
    expect(regionNameEn({ name: '深圳市', parents: [] })).toBe('Shenzhen');
    expect(regionNameEn({ name: '广州市南沙区', parents: [] })).toBe('Nansha District, Guangzhou');
    expect(unitNameEn('某某县')).toBe('Moumou County');
    expect(unitNameEn('沙市区')).toBe('Shashi District');
    expect(pinyinWord('西安')).toBe("Xi'an");
  });

  it('takes provincial-level names from the region table, not from pinyin (陕西 is Shaanxi)', () => {
    expect(unitNameEn('陕西省')).toBe('Shaanxi');
    expect(unitNameEn('山西省')).toBe('Shanxi');
    expect(unitNameEn('内蒙古自治区')).toBe('Inner Mongolia');
  });

  it('lets the plan’s YAML override a reading (regionEn)', () => {
    expect(regionNameEn({ name: '六安市', parents: [] }, "Lu'an")).toBe("Lu'an");
  });
});
