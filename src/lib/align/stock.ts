/**
 * The genre's stock phrases: verbs and fillers every plan writes around its commitments (深入开展…,
 * 大力推进…, 进一步加强…). Two measures that share only these commit to nothing in common, so the
 * character n-grams lying wholly inside one of them weigh STOCK_WEIGHT of an ordinary n-gram. IDF
 * already lowers what every measure says; this list covers what is frequent in the genre but not
 * in the few plans of a corpus (a corpus of five plans gives 推进 a middling IDF).
 *
 * Each member with an example of the wording it discounts (tests/unit/align.test.ts checks every
 * member is discounted, and that the content words in its example are not).
 */
export const STOCK_PHRASES: readonly { phrase: string; example: string }[] = [
  { phrase: '深入开展', example: '深入开展科普宣传教育活动' },
  { phrase: '广泛开展', example: '广泛开展群众性技术创新活动' },
  { phrase: '大力开展', example: '大力开展各类科技创新实践活动' },
  { phrase: '组织开展', example: '组织开展幼师科普交流与培训' },
  { phrase: '积极开展', example: '积极开展科技类特色中小学创建工作' },
  { phrase: '开展', example: '开展健康大讲堂' },
  { phrase: '大力推进', example: '大力推进中小学科学教育' },
  { phrase: '深入推进', example: '深入推进企业职业技能等级认定工作' },
  { phrase: '推进', example: '推进科学基础课程建设' },
  { phrase: '大力推动', example: '大力推动科普研学活动' },
  { phrase: '推动', example: '推动老年人健康科普进社区' },
  { phrase: '深入实施', example: '深入实施基础学科拔尖学生培养计划' },
  { phrase: '实施', example: '实施馆校合作行动' },
  { phrase: '大力弘扬', example: '大力弘扬劳模精神' },
  { phrase: '进一步', example: '进一步提高少数民族聚居区国家通用语言的普及程度' },
  { phrase: '加强', example: '加强农村中小学科学教育基础设施建设' },
  { phrase: '加大', example: '加大科学教师培训力度' },
  { phrase: '强化', example: '强化科学素质有关要求' },
  { phrase: '积极', example: '积极开发老龄人力资源' },
  { phrase: '充分发挥', example: '充分发挥老专家在咨询、智库等方面的作用' },
  { phrase: '发挥', example: '发挥科创中国平台作用' },
  { phrase: '不断完善', example: '不断完善干部考核评价机制' },
  { phrase: '完善', example: '完善科学教育质量评价' },
  { phrase: '提高', example: '提高老年人健康素养' },
  { phrase: '提升', example: '提升老年人信息获取能力' },
  { phrase: '鼓励', example: '鼓励高校和科研院所开展乡村振兴智力服务' },
  { phrase: '支持', example: '支持在校大学生开展创新型实验' },
  { phrase: '引导', example: '引导中小学充分利用科技馆' },
  { phrase: '组织', example: '组织中学生参加英才计划' },
  { phrase: '依托', example: '依托老年大学' },
  { phrase: '围绕', example: '围绕保护生态环境' },
  { phrase: '坚持', example: '坚持立德树人' },
  { phrase: '建立健全', example: '建立健全科学课教师队伍培养机制' },
  { phrase: '着力', example: '着力提升老年人健康素养' },
  { phrase: '切实', example: '切实找准切入口' },
  { phrase: '各类', example: '各类科技创新实践活动' },
  { phrase: '活动', example: '巾帼建功等活动' },
  { phrase: '工作', example: '民族科普工作' },
  { phrase: '建设', example: '科普阵地建设' },
  { phrase: '作用', example: '发挥示范引领作用' },
  { phrase: '能力', example: '信息获取、识别和使用能力' },
  { phrase: '水平', example: '科学履职水平' },
  { phrase: '科学素质', example: '提高企业家科学素质' },
  { phrase: '科普', example: '科普宣传教育' },
];

/**
 * The weight of an n-gram occurrence lying wholly inside a stock phrase, against 1 for any other:
 * small enough that stock phrases alone stay under RELATED_AT (tests), not 0 so that a measure
 * written only in them still has a vector.
 */
export const STOCK_WEIGHT = 0.1;

/** For each code unit of the normalized `text`, whether it lies inside an occurrence of a stock phrase. */
export function stockMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const { phrase } of STOCK_PHRASES) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) mask.fill(1, i, i + phrase.length);
  }
  return mask;
}
