/**
 * The shared skeleton of every local plan: the five priority groups (重点人群) and the
 * key projects (重点工程) of the national outline, with the wordings local plans use for them.
 * One typed module so the importer, the matrix and the pages agree on keys and labels.
 */

export const GROUP_KEYS = ['youth', 'farmers', 'workers', 'elderly', 'officials'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export const PROJECT_KEYS = [
  'resources',
  'digital',
  'infrastructure',
  'grassroots',
  'emergency',
  'talent',
  'industry',
  'cooperation',
] as const;
export type ProjectKey = (typeof PROJECT_KEYS)[number];

export interface TaxonomyEntry<K extends string> {
  key: K;
  zh: string;
  en: string;
  /** Wordings that identify a heading as this entry, most specific first. */
  wordings: readonly string[];
  /** Wordings that must not count even though a wording matches (e.g. 农民工 is a worker). */
  exclude?: readonly string[];
}

export const GROUPS: readonly TaxonomyEntry<GroupKey>[] = [
  { key: 'youth', zh: '青少年', en: 'Youth', wordings: ['青少年', '未成年人', '中小学生', '大中小学生'] },
  { key: 'farmers', zh: '农民', en: 'Farmers', wordings: ['农民', '农牧民', '牧民', '农村居民', '乡村居民'], exclude: ['农民工'] },
  {
    key: 'workers',
    zh: '产业工人',
    en: 'Industrial workers',
    wordings: ['产业工人', '新就业形态劳动者', '城市劳动者', '城镇劳动者', '劳动者', '职工', '农民工'],
  },
  { key: 'elderly', zh: '老年人', en: 'The elderly', wordings: ['老年人', '老年', '银龄', '助老', '长者'] },
  {
    key: 'officials',
    zh: '领导干部和公务员',
    en: 'Officials and civil servants',
    wordings: ['领导干部和公务员', '领导干部和公职人员', '领导干部', '公务员', '公职人员'],
  },
];

export const PROJECTS: readonly TaxonomyEntry<ProjectKey>[] = [
  { key: 'resources', zh: '科技资源科普化', en: 'Science resources for outreach', wordings: ['科技资源科普化', '科技成果科普化', '科普资源开发', '科普资源共建共享'] },
  { key: 'digital', zh: '科普信息化', en: 'Digital science communication', wordings: ['科普信息化', '科普数字化', '数字化科普', '智慧科普', '数字科普'] },
  { key: 'infrastructure', zh: '科普基础设施', en: 'Science infrastructure', wordings: ['科普基础设施', '科普设施', '科普阵地'] },
  {
    key: 'grassroots',
    zh: '基层科普能力',
    en: 'Grassroots outreach capacity',
    wordings: ['基层科普能力', '科普公共服务', '基层科普', '科普惠民'],
  },
  { key: 'emergency', zh: '应急科普', en: 'Emergency science communication', wordings: ['应急科普', '应急科学普及'] },
  { key: 'talent', zh: '科普人才', en: 'Science communicators', wordings: ['科普人才', '科普队伍', '科普人员'] },
  { key: 'industry', zh: '科普产业', en: 'Science-communication industry', wordings: ['科普产业'] },
  {
    key: 'cooperation',
    zh: '科学素质交流合作',
    en: 'Exchange and cooperation',
    wordings: ['交流与合作', '交流合作', '合作交流', '合作促进', '国际交流', '科普协作'],
  },
];

const GROUP_BY_KEY = new Map(GROUPS.map((g) => [g.key, g]));
const PROJECT_BY_KEY = new Map(PROJECTS.map((p) => [p.key, p]));

export function groupByKey(key: GroupKey): TaxonomyEntry<GroupKey> {
  return GROUP_BY_KEY.get(key)!;
}
export function projectByKey(key: ProjectKey): TaxonomyEntry<ProjectKey> {
  return PROJECT_BY_KEY.get(key)!;
}
export function isGroupKey(value: string): value is GroupKey {
  return GROUP_BY_KEY.has(value as GroupKey);
}
export function isProjectKey(value: string): value is ProjectKey {
  return PROJECT_BY_KEY.has(value as ProjectKey);
}

/** The anchor a key-project section gets on a plan page. */
export function projectAnchor(key: ProjectKey): string {
  return `project-${key}`;
}

/** Which wording of an entry a text uses, or null. Exclusions are removed from the text first. */
export function matchWording<K extends string>(entry: TaxonomyEntry<K>, text: string): string | null {
  let haystack = text;
  for (const ex of entry.exclude ?? []) haystack = haystack.split(ex).join('');
  return entry.wordings.find((w) => haystack.includes(w)) ?? null;
}

/** The first entry (in taxonomy order) a heading text names, with the wording found. */
export function findEntries<K extends string>(
  entries: readonly TaxonomyEntry<K>[],
  text: string,
): { key: K; wording: string }[] {
  const found: { key: K; wording: string }[] = [];
  for (const entry of entries) {
    const wording = matchWording(entry, text);
    if (wording) found.push({ key: entry.key, wording });
  }
  return found;
}
