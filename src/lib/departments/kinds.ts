/**
 * Department kinds: what sort of body a department name is (教育, 科技, 科协 …), whatever the level
 * and however the plan writes it. 省教育厅, 市教育局, 区教育局 and 县教科局 are each a different body,
 * but all are the education administration of their level, which is what a reader comparing who
 * leads what wants to line up.
 *
 * One rule resolves every name (`resolveDepartmentKinds`):
 *   1. fold traditional characters to simplified (區教育局 is 区教育局);
 *   2. a name whose form says what it is, whatever its words, matches a `forms` pattern of its kind
 *      (各乡镇（街道）, 各县（市、区）人民政府, 深圳警备区, 葛店经开区管委会);
 *   3. otherwise drop a trailing parenthesis (市委党校（市行政学院） names one body twice) and a
 *      branch (市公安局南沙区分局 is the 公安局's branch), then the level prefix (省/市/区/县/州/旗/
 *      地区 and their party committees 市委/地区党委 …, optionally after a place name: 深圳市税务局);
 *   4. what is left is the *core* and an institution suffix (厅/局/委/委员会/办/办公室/部/会/中心/站/台
 *      …, or none: 科协, 妇联, 党校 name the body whole); the core must split completely into the
 *      words of the kinds, joined by nothing or by 和/与/及. A word of one character is an
 *      abbreviation (文体广旅: 文化·体育·广电·旅游) and counts only beside another word.
 *
 * A name may have several kinds: a combined body (市教育体育局, 县文化广电体育和旅游局) is each of
 * its kinds, in the order written. Counting by kind counts it under each; the department index
 * lists it once, under its first kind, naming the others.
 *
 * The list was built from the names that occur in the five real plans (content/models) and in the
 * synthetic dev plans and layout fixtures; tests/unit/department-kinds.test.ts holds every one of
 * them resolved. A name that does not resolve is reported by the importer (rule names/kind) and
 * listed under 未归类 on the site, never guessed.
 *
 * Hand-written: no library classifies Chinese government bodies (jieba-style segmenters split
 * words, and their dictionaries do not know 文广旅局 as 文化·广电·旅游).
 */
import { toSimplifiedForMatching } from '../importer/text/fold';

export interface DepartmentKind {
  key: string;
  /** The label pages show. */
  zh: string;
  /** The label of the English download columns. */
  en: string;
  /** Cores (and abbreviations of one character) that resolve to this kind. */
  words: readonly string[];
  /** Names that are this kind by their form, tested on the whole (folded) name before any stripping. */
  forms?: readonly RegExp[];
}

/** The kinds, in the order pages list them: the science-literacy bodies first, then government by field, then the rest. */
export const DEPARTMENT_KINDS = [
  { key: 'science-association', zh: '科协', en: 'Association for Science and Technology', words: ['科协', '科学技术协会'] },
  { key: 'science-technology', zh: '科技', en: 'Science and technology', words: ['科技', '科学技术', '科技创新', '科委', '科'] },
  { key: 'education', zh: '教育', en: 'Education', words: ['教育', '教委', '教'] },
  { key: 'publicity', zh: '宣传', en: 'Publicity (party committee)', words: ['宣传', '新闻出版'] },
  { key: 'organization', zh: '组织', en: 'Organization (party committee)', words: ['组织'] },
  { key: 'cyberspace', zh: '网信', en: 'Cyberspace affairs', words: ['网信'] },
  { key: 'civilization', zh: '文明办', en: 'Civilization office', words: ['文明', '精神文明建设'] },
  { key: 'party-school', zh: '党校', en: 'Party school', words: ['党校', '行政学院'] },
  { key: 'veteran-cadres', zh: '老干部', en: 'Veteran cadres', words: ['老干部', '老干'] },
  { key: 'general-office', zh: '督查与综合协调', en: 'Supervision and coordination offices', words: ['督查考评', '督查', '军民融合'] },
  { key: 'trade-union', zh: '工会', en: 'Trade unions', words: ['总工会', '工会'] },
  { key: 'youth-league', zh: '共青团', en: 'Communist Youth League', words: ['团委', '共青团'], forms: [/^团(省|市|区|县|州|旗|地|盟)委$/] },
  { key: 'women', zh: '妇联', en: "Women's federation", words: ['妇联', '妇女联合会'] },
  { key: 'disabled', zh: '残联', en: "Disabled persons' federation", words: ['残联', '残疾人联合会'] },
  { key: 'social-sciences', zh: '社科联', en: 'Federation of social sciences', words: ['社科联', '社会科学界联合会'] },
  { key: 'industry-commerce-federation', zh: '工商联', en: 'Federation of industry and commerce', words: ['工商联', '工商业联合会'] },
  { key: 'next-generation', zh: '关工委', en: 'Committee for the next generation', words: ['关工委', '关心下一代工作委员会'] },
  { key: 'ageing', zh: '老龄工作', en: 'Ageing affairs', words: ['老龄'] },
  { key: 'health', zh: '卫生健康', en: 'Health', words: ['卫生健康', '卫健', '卫生', '疾病预防控制', '疾控', '中医药'] },
  { key: 'medical-insurance', zh: '医保', en: 'Medical insurance', words: ['医疗保障', '医保'] },
  { key: 'agriculture', zh: '农业农村', en: 'Agriculture and rural affairs', words: ['农业农村', '农业', '农牧', '农村'] },
  { key: 'rural-revitalization', zh: '乡村振兴', en: 'Rural revitalization', words: ['乡村振兴'] },
  { key: 'human-resources', zh: '人力资源社会保障', en: 'Human resources and social security', words: ['人力资源社会保障', '人力资源', '社会保障', '人力社保', '人社'] },
  { key: 'talent', zh: '人才工作', en: 'Talent development', words: ['人才发展', '人才'] },
  { key: 'culture-tourism', zh: '文化和旅游', en: 'Culture and tourism', words: ['文化', '旅游', '文旅', '文', '旅'] },
  { key: 'radio-tv', zh: '广电', en: 'Radio and television administration', words: ['广电', '广播电视', '广播影视', '广'] },
  { key: 'sports', zh: '体育', en: 'Sports', words: ['体育', '体'] },
  { key: 'media', zh: '融媒体与新闻媒体', en: 'Media centres and news media', words: ['融媒体', '融媒体中心', '报业集团', '广电集团', '出版集团', '广播电视台', '电视台', '日报社', '报社'] },
  { key: 'emergency', zh: '应急管理', en: 'Emergency management', words: ['应急管理', '应急', '消防救援', '消防'] },
  { key: 'meteorology', zh: '气象', en: 'Meteorology', words: ['气象'] },
  { key: 'earthquake', zh: '地震', en: 'Earthquake administration', words: ['地震'] },
  { key: 'ecology-environment', zh: '生态环境', en: 'Ecology and environment', words: ['生态环境', '环境保护', '环保'] },
  { key: 'natural-resources', zh: '自然资源', en: 'Natural resources and planning', words: ['自然资源', '规划', '海洋发展', '海洋'] },
  { key: 'forestry', zh: '林业', en: 'Forestry and grassland', words: ['林业', '林草', '草原'] },
  { key: 'water', zh: '水利', en: 'Water resources', words: ['水利', '水务'] },
  { key: 'housing', zh: '住房城乡建设', en: 'Housing and urban-rural development', words: ['住房城乡建设', '住房', '城乡建设', '城乡', '住建', '建设', '建委', '建设管理', '建筑工务'] },
  { key: 'urban-management', zh: '城市管理', en: 'Urban management', words: ['城市管理', '城管', '综合执法'] },
  { key: 'transport', zh: '交通运输', en: 'Transport', words: ['交通运输', '交通'] },
  { key: 'development-reform', zh: '发展改革', en: 'Development and reform', words: ['发展改革', '发展和改革', '发改'] },
  { key: 'industry-it', zh: '工业和信息化', en: 'Industry and information technology', words: ['工业和信息化', '工业', '信息化', '经济和信息化', '经济信息', '经信', '工信', '经委'] },
  { key: 'data-services', zh: '政务服务与数据', en: 'Government services and data', words: ['政务服务', '数据管理', '数据资源管理', '数据资源', '大数据发展', '大数据', '数字化建设管理', '数字化建设'] },
  { key: 'finance', zh: '财政', en: 'Finance', words: ['财政'] },
  { key: 'commerce', zh: '商务', en: 'Commerce and investment', words: ['商务', '投资促进'] },
  { key: 'market-regulation', zh: '市场监管', en: 'Market regulation', words: ['市场监管', '市场监督管理'] },
  { key: 'state-assets', zh: '国资', en: 'State-owned assets', words: ['国资', '国有资产监督管理'] },
  { key: 'statistics', zh: '统计', en: 'Statistics', words: ['统计'] },
  { key: 'tax', zh: '税务', en: 'Taxation', words: ['税务'] },
  { key: 'civil-affairs', zh: '民政', en: 'Civil affairs', words: ['民政'] },
  { key: 'ethnic-religious', zh: '民族宗教', en: 'Ethnic and religious affairs', words: ['民族宗教事务', '民族宗教', '民宗', '民族', '宗教'] },
  { key: 'veterans', zh: '退役军人', en: 'Veterans affairs', words: ['退役军人事务', '退役军人'] },
  { key: 'public-security', zh: '公安', en: 'Public security', words: ['公安'] },
  { key: 'justice', zh: '司法', en: 'Justice', words: ['司法'] },
  { key: 'foreign-affairs', zh: '外事与港澳台', en: 'Foreign, Hong Kong, Macao and Taiwan affairs', words: ['外事', '外办', '台办', '港澳', '侨务'] },
  { key: 'migrants', zh: '流动人口服务', en: 'Services for incoming residents', words: ['流动人口服务', '流动人口'], forms: [/来.{1,2}人员(服务)?管理(局|办|中心)?$/] },
  { key: 'research', zh: '科研院所', en: 'Research institutes', words: ['科学院', '农科院', '社科院', '研究院', '研究所'], forms: [/(科学院|农科院|社科院|研究院|研究所)/] },
  { key: 'military', zh: '军事机关', en: 'Military organs', words: ['人武部', '人民武装部'], forms: [/(警备区|军分区|人民武装部|人武部)$/] },
  { key: 'zones', zh: '园区与开发区', en: 'Development zones and parks', words: [], forms: [/(经开区|经济区|开发区|高新区|新区|园区|科学园|科技园|产业园|示范区|合作区|实验区)(管委会|管理委员会|管理局|筹建办|工委)?$/] },
  {
    key: 'local-government',
    zh: '下级政府与镇街',
    en: 'Lower-level governments, towns and streets',
    words: [],
    forms: [/^各.{0,10}(人民政府|政府|办事处|镇街|乡镇|街道|镇|乡)(（街道）|\(街道\))?$/],
  },
] as const satisfies readonly DepartmentKind[];

export type DepartmentKindKey = (typeof DEPARTMENT_KINDS)[number]['key'];

const BY_KEY = new Map<string, DepartmentKind>(DEPARTMENT_KINDS.map((k) => [k.key, k]));

/** The kind with this key. */
export function departmentKind(key: DepartmentKindKey): DepartmentKind {
  return BY_KEY.get(key)!;
}

export function isDepartmentKindKey(value: string): value is DepartmentKindKey {
  return BY_KEY.has(value);
}

/**
 * Level prefixes: the party committee's (市委, 地区党委) before the government's (市, 地区), 自治州 before 州.
 * 市场监管局 keeps its 市: 市场 is a word.
 */
const LEVEL = '(中共)?(地区党委|(省|市|区|县|州|旗|地|盟)委|自治区|自治州|自治县|自治旗|地区|省|市(?!场)|区|县|州|旗|盟)';
const LEVEL_PREFIX = new RegExp(`^${LEVEL}`);
/** A place name before the level (深圳市, 潭州市, 白沙区): 2 to 6 characters, tried only when the plain prefix leaves no core. */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,6}?(自治区|自治州|自治县|省|市(?!场)|地区|盟|州|县|区|旗)/;
/** Institution suffixes, longest first; '' (none) is tried before them, for bodies named whole (科协, 党校). */
const SUFFIXES = ['委员会', '办公室', '联合会', '工作部', '事务局', '管理局', '管委会', '厅', '局', '委', '办', '部', '会', '中心', '站', '台', '院', '所', '署', '支队', '大队', '中队', '集团', '处', '室', '社'];
/** Joins between the words of a combined core (文化和旅游, 卫生健康和体育, 科技和工业信息化). */
const JOIN = /^(和|与|及)/;

const WORDS: { word: string; kind: DepartmentKindKey }[] = DEPARTMENT_KINDS.flatMap((k) => k.words.map((word) => ({ word, kind: k.key as DepartmentKindKey })))
  // Longest first, so that 农业农村 is one word before 农业 + 农村.
  .sort((a, b) => b.word.length - a.word.length);

/** The words a core splits into, fewest words first; null when some part of it is no word. */
export function splitCore(core: string): { word: string; kind: DepartmentKindKey }[] | null {
  const memo = new Map<number, { word: string; kind: DepartmentKindKey }[] | null>();
  const from = (i: number): { word: string; kind: DepartmentKindKey }[] | null => {
    if (i === core.length) return [];
    if (memo.has(i)) return memo.get(i)!;
    let best: { word: string; kind: DepartmentKindKey }[] | null = null;
    const rest = core.slice(i);
    const start = i > 0 && JOIN.test(rest) ? 1 : 0;
    for (const skip of start ? [0, 1] : [0]) {
      for (const w of WORDS) {
        if (!core.startsWith(w.word, i + skip)) continue;
        const tail = from(i + skip + w.word.length);
        if (tail && (!best || tail.length + 1 < best.length)) best = [w, ...tail];
      }
    }
    memo.set(i, best);
    return best;
  };
  const words = from(0);
  if (!words || !words.length) return null;
  // An abbreviation of one character is a kind only beside another word (文体 yes, 文 alone no).
  if (words.length === 1 && words[0]!.word.length === 1) return null;
  return words;
}

export interface KindResolution {
  kinds: DepartmentKindKey[];
  /** What decided it: the core split into words, or the form of the name. */
  core: string;
  by: 'form' | 'words';
}

function kindsOfWords(words: readonly { kind: DepartmentKindKey }[]): DepartmentKindKey[] {
  return [...new Set(words.map((w) => w.kind))];
}

/** The core of a name without prefix: the suffix tried none first, then longest first. */
function resolveRest(rest: string): KindResolution | null {
  for (const suffix of ['', ...SUFFIXES]) {
    if (!rest.endsWith(suffix)) continue;
    const core = rest.slice(0, rest.length - suffix.length);
    if (!core) continue;
    const words = splitCore(core);
    if (words) return { kinds: kindsOfWords(words), core, by: 'words' };
  }
  return null;
}

const cache = new Map<string, KindResolution | null>();

/** The kinds of a department name, or null when the rule cannot tell (the importer reports it). */
export function resolveDepartmentKinds(name: string): KindResolution | null {
  if (cache.has(name)) return cache.get(name)!;
  const result = resolveUncached(name);
  cache.set(name, result);
  return result;
}

function resolveUncached(name: string): KindResolution | null {
  const folded = toSimplifiedForMatching(name.trim());
  const byForm = DEPARTMENT_KINDS.filter((k) => 'forms' in k && k.forms.some((re) => re.test(folded)));
  if (byForm.length) return { kinds: [byForm[0]!.key], core: folded, by: 'form' };
  const whole = folded
    .replace(/[（(][^（）()]*[）)]$/, '')
    // A branch is its parent bureau's: 市公安局南沙区分局 → 市公安局.
    .replace(/^(.+?(局|委|厅))[\u4e00-\u9fff]{1,8}?分局$/, '$1');
  const candidates = [whole.replace(LEVEL_PREFIX, ''), whole.replace(PLACE_PREFIX, ''), whole.replace(PLACE_PREFIX, '').replace(LEVEL_PREFIX, '')];
  for (const rest of new Set(candidates)) {
    if (!rest) continue;
    const r = resolveRest(rest);
    if (r) return r;
  }
  return null;
}

/** The kind keys of a name; [] when unresolved. */
export function kindsOf(name: string): DepartmentKindKey[] {
  return resolveDepartmentKinds(name)?.kinds ?? [];
}

/** The pseudo-kind pages list unresolved names under. */
export const UNRESOLVED_KIND = { key: 'unresolved', zh: '未归类', en: 'Unclassified' } as const;

/** Chinese labels of a name's kinds, joined as plans join lists (教育、体育); 未归类 when unresolved. */
export function kindLabels(name: string, lang: 'zh' | 'en' = 'zh'): string {
  const kinds = kindsOf(name);
  if (!kinds.length) return lang === 'zh' ? UNRESOLVED_KIND.zh : UNRESOLVED_KIND.en;
  return kinds.map((k) => departmentKind(k)[lang]).join(lang === 'zh' ? '、' : '; ');
}
