import { describe, expect, it } from 'vitest';
import { normalizePunctuation, removeStraySpaces, repairLine, repairText, shouldJoin } from '../../src/lib/importer/repair';
import { toLines } from '../../src/lib/importer/decode';

describe('removeStraySpaces', () => {
  it('removes spaces inside Chinese text and between Chinese and numbers', () => {
    expect(removeStraySpaces('加 强理性质疑')).toBe('加强理性质疑');
    expect(removeStraySpaces('到 2025 年')).toBe('到2025年');
    expect(removeStraySpaces('组织, 充分发挥')).toBe('组织,充分发挥');
  });
  it('keeps spaces between Latin words and numbers', () => {
    expect(removeStraySpaces('CopyRight 2018 ABC')).toBe('CopyRight 2018 ABC');
  });
});

describe('normalizePunctuation', () => {
  it('shows full-width punctuation next to Chinese text', () => {
    expect(normalizePunctuation('各区人民政府,市有关单位:')).toBe('各区人民政府，市有关单位：');
    expect(normalizePunctuation('(一)指导思想')).toBe('（一）指导思想');
    expect(normalizePunctuation('实施方案(2022-2025年)')).toBe('实施方案（2022-2025年）');
    expect(normalizePunctuation('怎么办?好!')).toBe('怎么办？好！');
    expect(normalizePunctuation('建设;加强')).toBe('建设；加强');
  });
  it('leaves numbers and Latin text alone', () => {
    expect(normalizePunctuation('达到21.1%,位居')).toBe('达到21.1%，位居');
    expect(normalizePunctuation('版本2.0')).toBe('版本2.0');
    expect(normalizePunctuation('10:30 and 1,000 (a, b)')).toBe('10:30 and 1,000 (a, b)');
  });
  it('converts both parentheses of a pair when one end touches Chinese text', () => {
    expect(normalizePunctuation('依托老年大学(学校、学习点)等')).toBe('依托老年大学（学校、学习点）等');
    expect(normalizePunctuation('科技(科普)志愿者')).toBe('科技（科普）志愿者');
    expect(normalizePunctuation('(国发〔2021〕9号)')).toBe('（国发〔2021〕9号）');
  });
  it('gives the same result for full-width and ASCII-folded input', () => {
    const full = '各镇（街），区政府各部门：到2025年，比例超过25%；（一）指导思想？是！';
    const ascii = full.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/？/g, '?').replace(/！/g, '!');
    expect(normalizePunctuation(ascii)).toBe(normalizePunctuation(full));
    expect(normalizePunctuation(full)).toBe(full);
  });
  it('turns ASCII double quotes next to Chinese text into “ ”', () => {
    expect(normalizePunctuation('开展"中国梦·劳动美"活动')).toBe('开展“中国梦·劳动美”活动');
  });
});

describe('repairLine', () => {
  it('turns non-breaking spaces into nothing next to Chinese text', () => {
    expect(repairLine('\u00a0\u00a0滇山市人民政府\u00a0')).toBe('滇山市人民政府');
  });
});

describe('shouldJoin (PDF line breaks)', () => {
  it('joins a line that stops mid-sentence to the next', () => {
    expect(shouldJoin('——坚持协同推进。发挥政府在公民科学素质建设中的主', '导作用，加强统筹协调。')).toBe(true);
  });
  it('does not join after closing punctuation, headings, titles, dates or before an item', () => {
    expect(shouldJoin('重点围绕践行社会主义核心价值观，大力弘扬科学精神。', '项提升行动。')).toBe(false);
    expect(shouldJoin('（五）实施领导干部和公务员科学素质提升行动', '进一步强化领导干部和公务员对科教兴国战略的认识。')).toBe(false);
    expect(shouldJoin('沙湾市海港区人民政府关于印发实施方案（2022-2025年）的通知', '各镇（街），区政府各部门：')).toBe(false);
    expect(shouldJoin('沙湾市海港区人民政府 2022年12月9日 落款日期行', '沙湾市海港区全民科学素质行动规划纲要')).toBe(true);
    expect(shouldJoin('沙湾市海港区人民政府2022年12月9日', '沙湾市海港区全民科学素质')).toBe(false);
    expect(shouldJoin('开展科普活动，推进科学素质建设的工作落到实处并', '1.树立相信科学的观念。')).toBe(false);
  });
  it('does not join short lines (letterheads, signatures)', () => {
    expect(shouldJoin('沙湾市海港区人民政府文件', '沙港府[2022]7号')).toBe(false);
  });
});

describe('repairText', () => {
  it('joins across a removed page number and blank lines only for PDF text', () => {
    const lines = toLines('重点围绕践行社会主义核心价值观，大力弘扬科学精神，在\n\n\n项提升行动。');
    expect(repairText(lines, { joinBrokenLines: true }).map((l) => l.text).filter(Boolean)).toEqual(['重点围绕践行社会主义核心价值观，大力弘扬科学精神，在项提升行动。']);
    expect(repairText(lines, { joinBrokenLines: false }).map((l) => l.text).filter(Boolean)).toHaveLength(2);
  });
  it('repairs table cells separately and keeps the tabs', () => {
    const [row] = repairText(toLines('\t1.将弘扬科学精神 贯穿于育人全链条。\t区教育局\t区科协'), { joinBrokenLines: true });
    expect(row!.text).toBe('\t1.将弘扬科学精神贯穿于育人全链条。\t区教育局\t区科协');
  });
});

describe('halfWidthAlphanumerics', () => {
  it('prints digits, letters and ％ in ASCII as official documents do', async () => {
    const { halfWidthAlphanumerics } = await import('../../src/lib/importer/repair');
    expect(halfWidthAlphanumerics('到２０２５年，比例达到１５．５％，科普ｅ站')).toBe('到2025年，比例达到15.5%，科普e站');
  });
});
