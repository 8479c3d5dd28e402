import { describe, expect, it } from 'vitest';
import { carryPrefix } from '../../src/lib/importer/rules/names/prefix';
import { NAME_END, splitByVocabulary, splitNames, splitRunTogether } from '../../src/lib/importer/rules/names/split';
import { extraGroupRule, groupHeadingRule, projectHeadingRule } from '../../src/lib/importer/rules/topics/topics';

/**
 * The word lists of the topic and name rules, member by member, each with an example on both sides:
 * the word makes the rule fire, the same text without it does not.
 */

describe('topics/group-heading: the words that make a heading a group section', () => {
  it.each([
    ['素质', '老年人科学素质'],
    ['行动', '银龄助老行动'],
    ['人群', '老年人群'],
    ['提升', '老年人能力提升'],
    ['计划', '银龄计划'],
  ])('%s: %s is the elderly section', (_word, heading) => {
    expect(groupHeadingRule.apply(heading)).toMatchObject({ key: 'elderly' });
  });
  it('a heading naming the group without one of those words is a measure', () => {
    expect(groupHeadingRule.apply('老年人健康服务')).toBeNull();
    expect(groupHeadingRule.apply('银龄助老')).toBeNull();
  });
  it('a group word needs a group wording', () => {
    expect(groupHeadingRule.apply('科学素质提升行动')).toBeNull();
  });
});

describe('topics/project-heading: only a 工程 is a key project', () => {
  it('fires on 工程 and not without it', () => {
    expect(projectHeadingRule.apply('科普信息化工程')).toMatchObject({ key: 'digital' });
    expect(projectHeadingRule.apply('科普信息化提升行动')).toBeNull();
    expect(projectHeadingRule.apply('實施科普信息化工程')).toMatchObject({ key: 'digital' });
  });
});

describe('topics/extra-group', () => {
  it.each(['实施', '开展', '推进', '深入实施', '组织实施'])('reads past the verb %s', (verb) => {
    expect(extraGroupRule.apply(`${verb}妇女科学素质提升行动`)).toEqual({ name: '妇女' });
  });
  it.each([
    ['科学素质提升行动', '妇女科学素质提升行动'],
    ['科技素质提高行动', '妇女科技素质提高行动'],
    ['素质促进计划', '妇女素质促进计划'],
    ['科学素质工程', '妇女科学素质工程。'],
  ])('takes the form …%s', (_form, heading) => {
    expect(extraGroupRule.apply(heading)).toEqual({ name: '妇女' });
  });
  it('reads past the heading’s own number', () => {
    expect(extraGroupRule.apply('（七）少数民族群众科学素质提升行动')).toEqual({ name: '少数民族群众' });
    expect(extraGroupRule.apply('7.妇女科学素质提升行动')).toEqual({ name: '妇女' });
  });
  it.each(['全民', '公民', '科普', '科技', '教师'])('a name with %s is no group', (word) => {
    expect(extraGroupRule.apply(`${word}队伍科学素质提升行动`)).toBeNull();
    expect(extraGroupRule.apply('队伍科学素质提升行动')).toEqual({ name: '队伍' });
  });
  it('a heading of another form, or naming a key project, is none', () => {
    expect(extraGroupRule.apply('妇女科学素质提升')).toBeNull();
    expect(extraGroupRule.apply('加强妇女科学素质提升行动的宣传')).toBeNull();
    expect(extraGroupRule.apply('科普信息化素质提升行动')).toBeNull();
    expect(extraGroupRule.apply(`${'妇'.repeat(17)}科学素质提升行动`)).toBeNull();
    expect(extraGroupRule.apply(`${'妇'.repeat(16)}科学素质提升行动`)).toEqual({ name: '妇'.repeat(16) });
  });
});

describe('names/carry-prefix: party organs and names never prefixed', () => {
  const party = ['宣传部', '组织部', '统战部', '统一战线工作部', '政法委', '政法委员会', '网信办', '编办', '机构编制委员会办公室', '老干部局', '老干局', '党校', '党史研究室', '政策研究室', '研究室', '直属机关工委', '农办', '文明办', '社会工作部'];
  it.each(party)('%s is the party committee’s: 市委%s', (organ) => {
    expect(carryPrefix(['市教育局', organ])[1]).toEqual({ name: `市委${organ}`, written: organ });
    expect(carryPrefix(['区委组织部', organ])[1]).toEqual({ name: `区委${organ}`, written: organ });
  });
  it('a government body takes the level alone, after a party organ as after a bureau', () => {
    expect(carryPrefix(['市委宣传部', '教育局'])[1]).toEqual({ name: '市教育局', written: '教育局' });
  });
  it.each(['团市委', '各乡镇', '中共某委', '国家统计局某调查队', '中国人民银行某支行', '驻某部队', '人民银行某支行', '人行某支行'])('%s keeps its written form', (name) => {
    expect(carryPrefix(['市教育局', name])[1]).toEqual({ name, written: name });
  });
  it('a name that names its own place or zone keeps its form; 市场, 社区, 区域, 县域, 市民 name no place', () => {
    expect(carryPrefix(['市教育局', '保山供电局'])[1]?.name).toBe('市保山供电局');
    expect(carryPrefix(['市教育局', '潭州市税务局'])[1]?.name).toBe('潭州市税务局');
    expect(carryPrefix(['市教育局', '经开区'])[1]?.name).toBe('经开区');
    for (const word of ['市场', '社区', '区域', '县域', '市民']) expect(carryPrefix(['市教育局', `科技${word}服务中心`])[1]?.name).toBe(`市科技${word}服务中心`);
  });
  it('nothing is carried before the first prefixed name', () => {
    expect(carryPrefix(['教育局', '市科技局', '科协'])).toEqual([
      { name: '教育局', written: '教育局' },
      { name: '市科技局', written: '市科技局' },
      { name: '市科协', written: '科协' },
    ]);
  });
});

describe('names/split: the ends, morphemes and list words', () => {
  const ends = ['局', '委', '部', '办', '会', '联', '院', '所', '厅', '署', '中心', '集团', '团委', '政府', '管委会', '办公室', '支队', '大队', '中队', '党校', '分局', '公司', '银行', '台', '站', '馆'];
  it.each(ends)('a name ending in %s, then 市…, lost its separator', (end) => {
    expect(splitRunTogether(`市某某${end}市科协`)).toEqual([`市某某${end}`, '市科协']);
    expect(NAME_END.test(`市某某${end}`)).toBe(true);
  });
  it('a name ending in no organisational word runs on', () => {
    expect(splitRunTogether('市科普基地市科协')).toEqual(['市科普基地市科协']);
    expect(NAME_END.test('市科普基地')).toBe(false);
  });
  it.each(['市', '省', '区', '县', '州', '旗', '团', '自治'])('a name starting with %s after a whole name is a new one', (start) => {
    expect(splitRunTogether(`市教育局${start}某某局`)).toEqual(['市教育局', `${start}某某局`]);
  });
  it('never splits after a bare prefix, a head shorter than three characters, or inside parentheses', () => {
    expect(splitRunTogether('市委市政府')).toEqual(['市委市政府']);
    expect(splitRunTogether('市局市科协')).toEqual(['市局市科协']);
    expect(splitRunTogether('市科局市科协')).toEqual(['市科局', '市科协']);
    expect(splitRunTogether('市委党校（市委局市科协）')).toEqual(['市委党校（市委局市科协）']);
    expect(splitRunTogether('各县（市、区）人民政府市科协')).toEqual(['各县（市、区）人民政府', '市科协']);
  });

  const morphemes = ['局', '委', '部', '办', '会', '联', '协', '院', '所', '厅', '署', '队', '站', '校', '处', '室', '组', '馆', '社', '团', '台', '司', '行', '中心', '集团', '政府', '管理', '单位', '乡镇', '镇街', '街道', '社区'];
  it.each(morphemes)('a name with %s is a name', (m) => {
    expect(splitNames(`某某${m}甲`)).toEqual([`某某${m}甲`]);
  });
  it('a piece without an organisational word, or with a doubled last character, or of one character, is debris', () => {
    expect(splitNames('某某甲、科普')).toEqual([]);
    expect(splitNames('经开区')).toEqual(['经开区']);
    expect(splitNames('区区')).toEqual([]);
    expect(splitNames('市科协协')).toEqual([]);
    expect(splitNames('局')).toEqual([]);
  });
  it.each(['等', '及', '和', '以及'])('leaves a leading %s off a name', (word) => {
    expect(splitNames(`市教育局、${word}市科协`)).toEqual(['市教育局', '市科协']);
  });
  it.each(['按职责分工负责', '按职责负责', '分别负责', '负责', '等有关单位', '等有关部门', '等单位', '等部门', '等', '。'])('leaves a trailing %s off the last name', (word) => {
    expect(splitNames(`市教育局、市科协${word}`)).toEqual(['市教育局', '市科协']);
  });
  it('splits on 、，,；; and spaces, and on 和 only before a region prefix', () => {
    expect(splitNames('市教育局，市科协,团市委；市文明办;市妇联 市总工会\u3000市残联')).toEqual(['市教育局', '市科协', '团市委', '市文明办', '市妇联', '市总工会', '市残联']);
    expect(splitNames('市教育局和市科协')).toEqual(['市教育局', '市科协']);
    expect(splitNames('市教育局和区委宣传部')).toEqual(['市教育局', '区委宣传部']);
    expect(splitNames('市人力资源和社会保障局')).toEqual(['市人力资源和社会保障局']);
  });
  it('lists a name once', () => {
    expect(splitNames('市教育局、市科协、市教育局')).toEqual(['市教育局', '市科协']);
  });
  it('splits two names the plan writes separately elsewhere, by the longest known head first', () => {
    const vocabulary = new Set(['市科技局', '乡村振兴局', '科技局']);
    expect(splitByVocabulary('市科技局乡村振兴局', vocabulary)).toEqual(['市科技局', '乡村振兴局']);
    expect(splitByVocabulary('市科技局乡村振兴局', new Set())).toEqual(['市科技局乡村振兴局']);
    expect(splitByVocabulary('市科技局', vocabulary)).toEqual(['市科技局']);
    expect(splitByVocabulary('市科技局未知单位局', vocabulary)).toEqual(['市科技局未知单位局']);
  });
});
