import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_HEADING_LENGTH, MAX_HEADING_LENGTH, splitHeading } from '../../src/lib/importer/outline';
import { headingStatement, MAX_STATED_HEADING_LENGTH } from '../../src/lib/importer/structure/heading-statement';
import { KIND_RANK, LEADING_NUMBER, numberValue, opensItem, parseNumber } from '../../src/lib/importer/structure/numbering';
import { headingContinuation, MAX_HEADING_REST } from '../../src/lib/importer/rules/text/heading-continuation';
import { garbledReason, MAX_STEM_FOR_LOSS, MIN_STEM_FOR_CHANGE, stemOf } from '../../src/lib/importer/rules/names/garbled';
import { firstSentence, similarity } from '../../src/lib/importer/semantic/assign';
import { FIRST_YEAR, LAST_YEAR, validDate } from '../../src/lib/importer/rules/meta/date';

/**
 * The named thresholds of the importer's structure and name rules, each at its boundary on both
 * sides, and the numbering grammar level by level. Texts are made up in the genre; lengths are built
 * from the constants, so a moved threshold moves its examples with it only where the rule says so.
 */
const han = (n: number, unit = '科') => unit.repeat(n);

describe('numbering (GB/T 9704 levels)', () => {
  it.each([
    ['第一部分 总体要求', 'part', '第一部分', '总体要求'],
    ['第二章　主要任务', 'part', '第二章', '主要任务'],
    ['第三篇保障', 'part', '第三篇', '保障'],
    ['第一节 目标', 'part-section', '第一节', '目标'],
    ['一、总体要求', 'cn', '一、', '总体要求'],
    ['二．目标', 'cn', '二．', '目标'],
    ['三.任务', 'cn', '三.', '任务'],
    ['十二、其他', 'cn', '十二、', '其他'],
    ['（一）指导思想', 'cn-paren', '（一）', '指导思想'],
    ['(二)基本原则', 'cn-paren', '(二)', '基本原则'],
    ['1.加强科学教育', 'arabic', '1.', '加强科学教育'],
    ['12．推进', 'arabic', '12．', '推进'],
    ['3、措施', 'arabic', '3、', '措施'],
    ['（3）分工', 'arabic-paren', '（3）', '分工'],
    ['(10)分工', 'arabic-paren', '(10)', '分工'],
    ['①组织', 'circled', '①', '组织'],
    ['⑳组织', 'circled', '⑳', '组织'],
  ])('reads %s as %s', (text, kind, number, rest) => {
    expect(parseNumber(text)).toEqual({ kind, number, rest });
  });

  it.each([
    ['第一章程', 'a word beginning with 第…章: 章程'],
    ['第一节约用水', '节约, not 第一节'],
    ['一.5倍', 'a decimal after a Chinese numeral'],
    ['1.2万人次', 'a decimal'],
    ['123.任务', 'three digits: a figure, not an item number'],
    ['2025年目标', 'a year'],
    ['第十一十一部分', 'four Chinese numerals'],
    ['（1二）', 'mixed numerals'],
    ['　一、', 'numbering not at the start'],
    ['总体要求', 'no numbering'],
  ])('reads no numbering in %s (%s)', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('ranks the levels from part down to circled numbers', () => {
    const order = (['part', 'part-section', 'cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'] as const).map((k) => KIND_RANK[k]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(KIND_RANK.cn).toBe(0);
  });

  it('opens an item at any numbering or a —— dash item, and nowhere else', () => {
    expect(opensItem('（一）指导思想')).toBe(true);
    expect(opensItem('——加强科学教育')).toBe(true);
    expect(opensItem('一一加强科学教育')).toBe(true);
    expect(opensItem('加强——科学教育')).toBe(false);
    expect(opensItem('加强科学教育')).toBe(false);
  });

  it.each([
    ['一、', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['第三部分', 3],
    ['3.', 3],
    ['（14）', 14],
    ['①', 1],
    ['②', 2],
    ['⑳', 20],
  ])('gives %s the value %i', (printed, value) => {
    expect(numberValue(printed)).toBe(value);
  });

  it('gives no value to a text without a number', () => {
    expect(numberValue('总体要求')).toBeNull();
    expect(numberValue('')).toBeNull();
  });

  it('finds a number at the start of a cell with the spaces around it, never a decimal', () => {
    expect(' 1．加强'.replace(LEADING_NUMBER, '')).toBe('加强');
    expect('十、加强'.replace(LEADING_NUMBER, '')).toBe('加强');
    expect('(2) 加强'.replace(LEADING_NUMBER, '')).toBe('加强');
    expect('（三）加强'.replace(LEADING_NUMBER, '')).toBe('加强');
    expect('③ 加强'.replace(LEADING_NUMBER, '')).toBe('加强');
    expect(LEADING_NUMBER.test('1.5万人')).toBe(false);
    expect(LEADING_NUMBER.test('加强1.')).toBe(false);
  });
});

describe(`splitHeading: MAX_HEADING_LENGTH ${MAX_HEADING_LENGTH}, MAX_CLAUSE_HEADING_LENGTH ${MAX_CLAUSE_HEADING_LENGTH}`, () => {
  it('takes a heading of exactly MAX_HEADING_LENGTH characters (its full stop counted), not one more', () => {
    const at = `${han(MAX_HEADING_LENGTH - 1)}。正文`;
    expect(splitHeading(at)).toEqual({ heading: `${han(MAX_HEADING_LENGTH - 1)}。`, body: '正文' });
    expect(splitHeading(`${han(MAX_HEADING_LENGTH)}。正文`)).toBeNull();
    expect(splitHeading(han(MAX_HEADING_LENGTH))).toEqual({ heading: han(MAX_HEADING_LENGTH), body: '' });
    expect(splitHeading(han(MAX_HEADING_LENGTH + 1))).toBeNull();
  });

  it('ends a heading at 。！？, whichever comes first', () => {
    expect(splitHeading('加强宣传！正文')).toEqual({ heading: '加强宣传！', body: '正文' });
    expect(splitHeading('为什么？正文。后文')).toEqual({ heading: '为什么？', body: '正文。后文' });
  });

  it('refuses an empty rest', () => {
    expect(splitHeading('')).toBeNull();
    expect(splitHeading('。正文')).toEqual({ heading: '。', body: '正文' });
  });

  it('takes a heading with one clause up to MAX_CLAUSE_HEADING_LENGTH characters, not one more', () => {
    const clause = (n: number) => `实施${han(n - 4)}，提`;
    expect(clause(MAX_CLAUSE_HEADING_LENGTH)).toHaveLength(MAX_CLAUSE_HEADING_LENGTH);
    expect(splitHeading(clause(MAX_CLAUSE_HEADING_LENGTH))).toEqual({ heading: clause(MAX_CLAUSE_HEADING_LENGTH), body: '' });
    expect(splitHeading(clause(MAX_CLAUSE_HEADING_LENGTH + 1))).toBeNull();
    // A semicolon counts as a clause mark too.
    expect(splitHeading(`${han(MAX_CLAUSE_HEADING_LENGTH)}；提`)).toBeNull();
    expect(splitHeading(`${han(10)}；提`)).toEqual({ heading: `${han(10)}；提`, body: '' });
  });

  it('refuses two clause marks at any length; one is a heading', () => {
    expect(splitHeading('加强宣传，提高素质，服务大局')).toBeNull();
    expect(splitHeading('加强宣传，提高素质')).toEqual({ heading: '加强宣传，提高素质', body: '' });
  });

  it('leaves the clause limit to headings without a full stop (a sentence heading may be long)', () => {
    const long = `${han(MAX_CLAUSE_HEADING_LENGTH)}，提高，服务。正文`;
    expect(splitHeading(long)?.body).toBe('正文');
  });
});

describe(`headingStatement: MAX_STATED_HEADING_LENGTH ${MAX_STATED_HEADING_LENGTH}`, () => {
  const statement = '（牵头单位：市教育局）';
  it('splits a heading of exactly MAX_STATED_HEADING_LENGTH characters from its statement, not one more', () => {
    expect(headingStatement.apply(`${han(MAX_STATED_HEADING_LENGTH)}${statement}`)).toEqual({ heading: han(MAX_STATED_HEADING_LENGTH), statement, rest: '' });
    expect(headingStatement.apply(`${han(MAX_STATED_HEADING_LENGTH + 1)}${statement}`)).toBeNull();
  });
  it('takes a heading with one comma, not two, and none with 。 or ；', () => {
    expect(headingStatement.apply(`加强宣传，提高素质${statement}`)?.heading).toBe('加强宣传，提高素质');
    expect(headingStatement.apply(`加强宣传，提高素质,服务${statement}`)).toBeNull();
    expect(headingStatement.apply(`加强宣传。提高素质${statement}`)).toBeNull();
    expect(headingStatement.apply(`加强宣传；提高素质${statement}`)).toBeNull();
  });
  it('reads 牵头 anywhere in the parenthesis, a label only at its start', () => {
    expect(headingStatement.apply('加强科学教育（市教育局牵头）')).toEqual({ heading: '加强科学教育', statement: '（市教育局牵头）', rest: '' });
    expect(headingStatement.apply('加强科学教育( 责任单位 : 市教育局)')?.statement).toBe('( 责任单位 : 市教育局)');
    expect(headingStatement.apply('加强科学教育（含责任单位：市教育局）')).toBeNull();
  });
  it('looks past a parenthesis that is part of the heading to the statement after it', () => {
    expect(headingStatement.apply('建设新时代文明实践中心（所、站）（牵头单位：区委宣传部）')).toEqual({
      heading: '建设新时代文明实践中心（所、站）',
      statement: '（牵头单位：区委宣传部）',
      rest: '',
    });
  });
  it('keeps a full stop after the statement with it, and the text after as the rest', () => {
    expect(headingStatement.apply('加强科学教育（责任单位：市教育局）．开课。')).toMatchObject({ statement: '（责任单位：市教育局）．', rest: '开课。' });
    expect(headingStatement.apply('加强科学教育（责任单位：市教育局）开课。')).toMatchObject({ statement: '（责任单位：市教育局）', rest: '开课。' });
  });
  it('gives up on a statement that is never closed, and on a line that opens with one', () => {
    expect(headingStatement.apply('加强科学教育（责任单位：市教育局')).toBeNull();
    expect(headingStatement.apply('（责任单位：市教育局）加强科学教育')).toBeNull();
  });
});

describe(`headingContinuation: MAX_HEADING_REST ${MAX_HEADING_REST}`, () => {
  const apply = (previous: string, next: string) => headingContinuation.apply({ previous, next });
  it('joins a rest of exactly MAX_HEADING_REST characters, not one more', () => {
    const rest = (n: number) => `${han(n - 2)}行动`;
    expect(apply('（五）领导干部', rest(MAX_HEADING_REST))).toBe(`（五）领导干部${rest(MAX_HEADING_REST)}`);
    expect(apply('（五）领导干部', rest(MAX_HEADING_REST + 1))).toBeNull();
  });
  it('completes …行动, …工程 and …计划 endings, and only those', () => {
    expect(apply('（一）科技资源', '科普化工程')).toBe('（一）科技资源科普化工程');
    expect(apply('（二）科普人才', '培养计划')).toBe('（二）科普人才培养计划');
    expect(apply('（二）科普人才', '培养方案')).toBeNull();
  });
  it('joins only under a numbered first line, with no punctuation on either', () => {
    expect(apply('领导干部和公务员', '科学素质提升行动')).toBeNull();
    expect(apply('（五）领导干部、公务员', '科学素质提升行动')).toBeNull();
    expect(apply('（五）领导干部和公务员', '科学素质提升行动。')).toBeNull();
    expect(apply('（五）领导干部和公务员', '（六）提升行动')).toBeNull();
  });
});

describe(`garbled names: MIN_STEM_FOR_CHANGE ${MIN_STEM_FOR_CHANGE}, MAX_STEM_FOR_LOSS ${MAX_STEM_FOR_LOSS}`, () => {
  it('flags one changed character in a stem of MIN_STEM_FOR_CHANGE characters, not in one shorter', () => {
    expect(stemOf('市文化旅行局')).toHaveLength(MIN_STEM_FOR_CHANGE);
    expect(garbledReason({ name: '市文化旅行局', known: ['市文化旅游局', '市文化旅游局', '市文化旅行局'] })).toBe('“市文化旅行局”与本方案中的“市文化旅游局”只差一个字，像是错漏');
    expect(stemOf('市体育分局')).toHaveLength(MIN_STEM_FOR_CHANGE - 1);
    expect(garbledReason({ name: '市体育分局', known: ['市体育总局', '市体育总局', '市体育分局'] })).toBeNull();
  });
  it('flags a changed character only in the rarer of the two names', () => {
    expect(garbledReason({ name: '市文化旅游局', known: ['市文化旅游局', '市文化旅游局', '市文化旅行局'] })).toBeNull();
    expect(garbledReason({ name: '市文化旅行局', known: ['市文化旅游局', '市文化旅行局'] })).toBeNull();
  });
  it('flags a lost character when MAX_STEM_FOR_LOSS characters of the stem are left, not more', () => {
    expect(stemOf('区政局')).toHaveLength(MAX_STEM_FOR_LOSS);
    expect(garbledReason({ name: '区政局', known: ['区民政局'] })).toBe('“区政局”像是“区民政局”丢了一个字');
    expect(stemOf('市体育局')).toHaveLength(MAX_STEM_FOR_LOSS + 1);
    expect(garbledReason({ name: '市体育局', known: ['市体育总局'] })).toBeNull();
  });
  it('flags an extra character only against a name with a stem of three or more that the plan writes more often', () => {
    expect(garbledReason({ name: '市下规划局', known: ['市规划局', '市规划局', '市下规划局'] })).toBeNull();
    expect(garbledReason({ name: '市下自然资源局', known: ['市自然资源局', '市自然资源局', '市下自然资源局'] })).toBe('“市下自然资源局”像是“市自然资源局”多了一个字');
    expect(garbledReason({ name: '市下自然资源局', known: ['市自然资源局', '市下自然资源局'] })).toBeNull();
  });
  it('flags names run together only when two or more known stems make up nearly all of it', () => {
    expect(garbledReason({ name: '市科技农业农村局', known: ['市科技局', '市农业农村局'] })).toBe('“市科技农业农村局”像是几个单位名称粘连在一起');
    expect(garbledReason({ name: '市科技信息中心', known: ['市科技局'] })).toBeNull();
  });
  it('strips the region prefix and the organisational suffix to find the stem', () => {
    expect(stemOf('市委宣传部')).toBe('宣传');
    expect(stemOf('区卫生健康委员会')).toBe('卫生健康');
    expect(stemOf('市场监管局')).toBe('市场监管');
    expect(stemOf('县科协')).toBe('科');
  });
});

describe('similarity (annex rows to measures)', () => {
  it('is 1 for equal wordings, 0 for wordings without a common bigram or too short to have one', () => {
    expect(similarity('加强科学教育', '加强科学教育')).toBe(1);
    expect(similarity('加强科学教育', '推进文化建设')).toBe(0);
    expect(similarity('加', '加强')).toBe(0);
    expect(similarity('', '加强')).toBe(0);
  });
  it('is Dice over character bigrams, punctuation and spaces left out', () => {
    // 加强 强科 科学 vs 加强 强科 科普: 2·2 / (3 + 3)
    expect(similarity('加强科学', '加强科普')).toBeCloseTo(4 / 6);
    expect(similarity('加强，科学。', '加 强科学')).toBe(1);
  });
  it('counts a repeated bigram only as often as the other side has it', () => {
    expect(similarity('科普科普', '科普')).toBeCloseTo((2 * 1) / (3 + 1));
  });
  it('divides by the shorter side with containment', () => {
    expect(similarity('加强科学', '加强科学教育工作', true)).toBe(1);
    expect(similarity('加强科学', '加强科学教育工作')).toBeCloseTo((2 * 3) / (3 + 7));
  });
});

describe('firstSentence', () => {
  it('ends at the first 。；！？ and drops a trailing responsibility parenthesis', () => {
    expect(firstSentence('加强科学教育。开齐课程。')).toBe('加强科学教育。');
    expect(firstSentence('加强科学教育；开齐课程。')).toBe('加强科学教育；');
    expect(firstSentence('加强科学教育（市教育局牵头）')).toBe('加强科学教育');
    expect(firstSentence('加强科学教育（责任单位：市教育局）')).toBe('加强科学教育');
    expect(firstSentence('建设中心（所、站）')).toBe('建设中心（所、站）');
  });
  it('cuts a sentence longer than 80 characters at 80, with …', () => {
    expect(firstSentence(han(80))).toBe(han(80));
    expect(firstSentence(han(81))).toBe(`${han(80)}…`);
  });
});

describe('validDate (the date grammar’s check)', () => {
  it('reads the first and last years and no year outside them', () => {
    expect(validDate(FIRST_YEAR, 1, 1)).toBe(`${FIRST_YEAR}-01-01`);
    expect(validDate(FIRST_YEAR - 1, 12, 31)).toBeNull();
    expect(validDate(LAST_YEAR, 12, 31)).toBe(`${LAST_YEAR}-12-31`);
    expect(validDate(LAST_YEAR + 1, 1, 1)).toBeNull();
  });
  it('refuses a part that is not a whole number, and a day that does not exist', () => {
    for (const [y, m, d] of [[NaN, 1, 1], [2022, NaN, 1], [2022, 1, NaN], [2022.5, 1, 1], [2022, 1.5, 1], [2022, 1, 1.5], [2022, 2, 29], [2022, 0, 1]]) {
      expect(validDate(y!, m!, d!), `${y}-${m}-${d}`).toBeNull();
    }
    expect(validDate(2024, 2, 29)).toBe('2024-02-29');
  });
});
