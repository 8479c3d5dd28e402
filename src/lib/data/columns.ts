/**
 * The one definition of every column of every published CSV: its name (the header cell), its
 * Table Schema type and its title and description in Chinese and English. The CSV headers
 * (DEPARTMENTS_CSV_HEADER and the others) are these lists' names, and the Data Package's Table
 * Schemas (src/lib/data/package.ts) are built from the same lists, so a column cannot be published
 * without a description (tests/unit/data-package.test.ts checks every one is filled in).
 *
 * Columns are only ever added, at the end (the header is a published interface).
 */
import { REGION_LEVELS } from '../schema';
import { SOURCE_FORMATS } from '../importer/formats/types';
import { GROUP_KEYS, PROJECT_KEYS } from '../taxonomy';

/** Table Schema field types the downloads use (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Column {
  name: string;
  type: ColumnType;
  /** `uri`: an absolute web address. */
  format?: 'uri';
  title: Bilingual;
  /** What the cell holds, and what an empty cell means where it can be empty. */
  description: Bilingual;
  /** Never empty. */
  required?: boolean;
  /** The only values the column takes (when not empty). */
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
}

/** How every CSV here writes null: an empty cell. Nothing else stands for a missing value. */
export const MISSING_VALUES = [''] as const;
export const MISSING_VALUES_NOTE: Bilingual = {
  zh: '空单元格表示该项为空（null）：方案未载明、不适用于该行，或不存在；不会用 0、“无”等代替。',
  en: 'An empty cell is null: the plan does not state it, it does not apply to the row, or there is none; never written as 0 or a placeholder word.',
};

const KINDS = ['groups', 'projects'] as const;
const ROLES = ['lead', 'support', 'responsible'] as const;
const SECTION_KEYS = [...GROUP_KEYS, ...PROJECT_KEYS] as const;

// Columns shared in meaning by several files (same name, same words).
const planSlug: Column = {
  name: 'plan_slug',
  type: 'string',
  required: true,
  title: { zh: '方案标识', en: 'Plan identifier' },
  description: { zh: '方案的标识（slug），即 plans/index.csv 的 slug 列与 /plans/<标识>/ 网址中的一段。', en: "The plan's identifier (slug): the slug column of plans/index.csv and the segment of its /plans/<slug>/ address." },
};
const planShortName = (name: string): Column => ({
  name,
  type: 'string',
  required: true,
  title: { zh: '方案简称', en: "Plan's short name" },
  description: { zh: '方案的简称，如“北京市方案”。', en: "The plan's short name as the site shows it." },
});
const sectionKind: Column = {
  name: 'kind',
  type: 'string',
  required: true,
  enum: KINDS,
  title: { zh: '章节种类', en: 'Section kind' },
  description: { zh: 'groups：重点人群；projects：重点工程。', en: 'groups: priority group (重点人群); projects: key project (重点工程).' },
};
const sectionKey: Column = {
  name: 'key',
  type: 'string',
  required: true,
  enum: SECTION_KEYS,
  title: { zh: '人群或工程标识', en: 'Group or project key' },
  description: { zh: '纲要所列五类重点人群、五项重点工程之一的标识（与 /groups/<标识>/、/projects/<标识>/ 网址相同）。', en: "Key of one of the outline's five priority groups or five key projects (as in /groups/<key>/ and /projects/<key>/)." },
};
const sectionLabelZh: Column = {
  name: 'label_zh',
  type: 'string',
  required: true,
  title: { zh: '人群或工程名称', en: 'Group or project (Chinese)' },
  description: { zh: '重点人群或重点工程的中文名称（纲要的用语）。', en: 'The priority group or key project in Chinese, in the outline’s words.' },
};
const level: Column = {
  name: 'level',
  type: 'string',
  required: true,
  enum: REGION_LEVELS,
  title: { zh: '行政级别', en: 'Administrative level' },
  description: { zh: 'province 省级；city 市级；district 区；county 县。', en: 'province, city, district or county.' },
};
const province: Column = {
  name: 'province',
  type: 'string',
  title: { zh: '所属省份', en: 'Province' },
  description: { zh: '方案所在的省级行政区（省级方案即其本身）；数据未载明时为空。', en: 'The province the region is in (itself for a provincial plan); empty when the data does not say.' },
};
const region: Column = {
  name: 'region',
  type: 'string',
  required: true,
  title: { zh: '地区', en: 'Region' },
  description: { zh: '制定方案的地区名称。', en: 'The region whose plan it is.' },
};
const url = (name: string, zh: string, en: string, required = true): Column => ({ name, type: 'string', format: 'uri', required, title: { zh, en }, description: { zh: `${zh}（绝对网址）${required ? '' : '；没有时为空'}。`, en: `${en} (absolute address)${required ? '' : '; empty when there is none'}.` } });
const count = (name: string, zh: string, en: string, about: Bilingual, required = true): Column => ({ name, type: 'integer', minimum: 0, required, title: { zh, en }, description: about });
const names = (name: string, zh: string, en: string): Column => ({
  name,
  type: 'string',
  title: { zh, en },
  description: { zh: `${zh}，全称，多个以“、”分隔；章节未载明或不存在时为空。`, en: `${en}, full names joined with 、; empty when the section names none or is absent.` },
});

/** departments.csv (and /data/by-province/<province>/departments.csv): one row per department × plan × section × role, plus one per measure it is named for. */
export const DEPARTMENTS_COLUMNS: readonly Column[] = [
  {
    name: 'department',
    type: 'string',
    required: true,
    title: { zh: '部门', en: 'Department' },
    description: { zh: '部门名称的全称（方案以简称列出时按同一方案写出的全称归并）。', en: 'The department’s full name (an abbreviation in a list is resolved to the full name the same plan writes).' },
  },
  {
    name: 'as_written',
    type: 'string',
    required: true,
    title: { zh: '原文写法', en: 'As written' },
    description: { zh: '方案中该部门的写法，多个以“、”分隔。', en: 'How the plan writes the department; several forms joined with 、.' },
  },
  planSlug,
  planShortName('plan'),
  sectionKind,
  sectionKey,
  sectionLabelZh,
  {
    name: 'role',
    type: 'string',
    required: true,
    enum: ROLES,
    title: { zh: '角色', en: 'Role' },
    description: { zh: 'lead 牵头单位；support 配合单位；responsible 责任单位（方案未分牵头与配合）。', en: 'lead (牵头), support (配合), or responsible (责任单位: the plan does not say who leads).' },
  },
  {
    name: 'scope',
    type: 'string',
    required: true,
    enum: ['section', 'measure'],
    title: { zh: '范围', en: 'Scope' },
    description: { zh: 'section：该部门在整个章节中的角色；measure：该部门为某一项措施所列的角色（此时 measure_number、measure 有值）。', en: 'section: the department’s role over the whole section; measure: its role for one measure (measure_number and measure then filled in).' },
  },
  {
    name: 'measure_number',
    type: 'string',
    title: { zh: '措施编号', en: 'Measure number' },
    description: { zh: '措施在原文中的编号（如“1.”），原文不编号时为空；scope 为 section 的行为空。', en: 'The measure’s printed number (e.g. “1.”); empty when unnumbered and on section rows.' },
  },
  {
    name: 'measure',
    type: 'string',
    title: { zh: '措施', en: 'Measure' },
    description: { zh: '措施的标题或其段落的第一句；scope 为 section 的行为空。', en: 'The measure’s heading or the first sentence of its paragraph; empty on section rows.' },
  },
  url('url', '章节或措施在方案页上的网址', 'Address of the section or measure on the plan page'),
  url('stated_at', '原文载明该部门之处（段落、附件表格或附件行）的网址', 'Address of where the text names the department (paragraph, annex table or annex line)', false),
  {
    name: 'department_kind',
    type: 'string',
    required: true,
    title: { zh: '部门类别', en: 'Department kind (Chinese)' },
    description: { zh: '部门的类别（见 /department-kinds/），合署的部门列出每个类别，以“、”分隔；归不进任何类别的为“未归类”。', en: 'The department’s kinds in Chinese (see /department-kinds/), joined with 、 for merged bodies; 未归类 when it fits none.' },
  },
  {
    name: 'department_kind_en',
    type: 'string',
    required: true,
    title: { zh: '部门类别（英文）', en: 'Department kind' },
    description: { zh: '部门类别的英文名，以“; ”分隔。', en: 'The department’s kinds in English, joined with "; ".' },
  },
  {
    name: 'department_kind_key',
    type: 'string',
    title: { zh: '部门类别标识', en: 'Department kind key' },
    description: { zh: '部门类别的标识，以“;”分隔；归不进任何类别的为空。', en: 'The kinds’ keys joined with ";"; empty when the department fits no kind.' },
  },
];

/** matrix.csv (and its by-province splits): one row per plan × priority group / key project. */
export const MATRIX_COLUMNS: readonly Column[] = [
  planSlug,
  planShortName('plan'),
  region,
  level,
  province,
  {
    name: 'period',
    type: 'string',
    title: { zh: '实施期限', en: 'Period' },
    description: { zh: '方案的实施期限，如“2021—2025年”；未载明时为空。', en: 'The plan’s period as shown, e.g. “2021—2025年”; empty when the plan does not state it.' },
  },
  sectionKind,
  sectionKey,
  sectionLabelZh,
  {
    name: 'label_en',
    type: 'string',
    required: true,
    title: { zh: '人群或工程名称（英文）', en: 'Group or project' },
    description: { zh: '重点人群或重点工程的英文名称。', en: 'The priority group or key project in English.' },
  },
  {
    name: 'present',
    type: 'boolean',
    required: true,
    title: { zh: '有此章节', en: 'Present' },
    description: { zh: 'true：方案为该人群或工程设有章节；false：没有（其余各列多为空，note 说明）。', en: 'true: the plan has a section for it; false: it has none (most other cells empty; note says why).' },
  },
  {
    name: 'number',
    type: 'string',
    title: { zh: '章节编号', en: 'Section number' },
    description: { zh: '章节标题在原文中的编号，如“（一）”；没有章节或标题不编号时为空。', en: 'The printed numbering of the section heading, e.g. “（一）”; empty when absent or unnumbered.' },
  },
  {
    name: 'heading',
    type: 'string',
    title: { zh: '章节标题', en: 'Heading' },
    description: { zh: '方案自己的章节标题（经校勘）；没有章节时为空。', en: 'The plan’s own heading (after listed corrections); empty when absent.' },
  },
  {
    name: 'matched_wording',
    type: 'string',
    title: { zh: '识别用语', en: 'Matched wording' },
    description: { zh: '据以认定该章节的用语（如以“城市劳动者”认定产业工人）；没有章节时为空。', en: 'The wording that identified the heading (e.g. 城市劳动者 for workers); empty when absent.' },
  },
  count('measures', '措施数', 'Measures', { zh: '章节下的措施数（编号条目，无编号时按段落计）；没有章节时为空。', en: 'Measures under the section (numbered items, or paragraphs where unnumbered); empty when absent.' }, false),
  count('chars', '字数', 'Characters', { zh: '章节的字数（标题和段落）；没有章节时为空。', en: 'Characters of text in the section (headings and paragraphs); empty when absent.' }, false),
  names('lead', '牵头单位', 'Lead departments'),
  names('support', '配合单位', 'Supporting departments'),
  names('responsible', '责任单位', 'Responsible departments'),
  url('url', '章节在方案页上的网址', 'Address of the section on the plan page', false),
  {
    name: 'note',
    type: 'string',
    title: { zh: '说明', en: 'Note' },
    description: { zh: '该格为何如此：用语不同、以措施代替章节，或为何没有；无须说明时为空。', en: 'Why the cell reads as it does: a different wording, a measure standing in for a section, or an absence; empty when nothing needs saying.' },
  },
];

/** plans/index.csv: one row per plan. */
export const PLAN_INDEX_COLUMNS: readonly Column[] = [
  { ...planSlug, name: 'slug' },
  {
    name: 'title',
    type: 'string',
    required: true,
    title: { zh: '标题', en: 'Title' },
    description: { zh: '方案的完整标题。', en: 'The plan’s full title (Chinese).' },
  },
  planShortName('short_name'),
  region,
  level,
  province,
  {
    name: 'province_slug',
    type: 'string',
    required: true,
    title: { zh: '省份标识', en: 'Province identifier' },
    description: { zh: '所属省份的标识，即 /data/by-province/<省份标识>/ 的一段；省份未载明的为 unknown。', en: 'The province’s identifier, the segment of /data/by-province/<slug>/; unknown when the province is not stated.' },
  },
  { name: 'period_from', type: 'integer', title: { zh: '实施期起始年', en: 'Period from' }, description: { zh: '实施期限的起始年份；未载明时为空。', en: 'First year of the plan’s period; empty when not stated.' } },
  { name: 'period_to', type: 'integer', title: { zh: '实施期截止年', en: 'Period to' }, description: { zh: '实施期限的截止年份；未载明时为空。', en: 'Last year of the plan’s period; empty when not stated.' } },
  { name: 'signed_date', type: 'date', title: { zh: '成文日期', en: 'Signed' }, description: { zh: '成文日期（YYYY-MM-DD）；未载明时为空。', en: 'Date the document was signed (YYYY-MM-DD); empty when not stated.' } },
  { name: 'published_date', type: 'date', title: { zh: '发布日期', en: 'Published' }, description: { zh: '发布日期（YYYY-MM-DD）；未载明时为空。', en: 'Date it was published (YYYY-MM-DD); empty when not stated.' } },
  { name: 'printed_date', type: 'date', title: { zh: '印发日期', en: 'Printed' }, description: { zh: '印发日期（YYYY-MM-DD）；未载明时为空。', en: 'Date it was printed and issued (YYYY-MM-DD); empty when not stated.' } },
  url('url', '方案页网址', 'Address of the plan page'),
  url('data_url', '该方案数据文件（/data/plans/<标识>.json）的网址', 'Address of the plan’s own data file (/data/plans/<slug>.json)'),
  count('groups', '重点人群章节数', 'Priority-group sections', { zh: '方案设有章节的重点人群数（五类之中）。', en: 'Priority groups (of the five) the plan has a section for.' }),
  count('projects', '重点工程章节数', 'Key-project sections', { zh: '方案设有章节的重点工程数（五项之中）。', en: 'Key projects (of the five) the plan has a section for.' }),
  count('measures', '措施数', 'Measures', { zh: '方案模型中的措施数（全部章节）；没有模型时为空。', en: 'Measures in the plan model (every section); empty without a model.' }, false),
  count('departments', '部门数', 'Departments', { zh: '方案为重点人群和重点工程列出的不同部门数（按全称）。', en: 'Distinct departments the plan names for the groups and projects (by full name).' }),
  count('department_rows', 'departments.csv 行数', 'Rows in departments.csv', { zh: '该方案在 departments.csv 中的行数。', en: 'The plan’s rows in departments.csv.' }),
  count('matrix_rows', 'matrix.csv 行数', 'Rows in matrix.csv', { zh: '该方案在 matrix.csv 中的行数。', en: 'The plan’s rows in matrix.csv.' }),
  {
    name: 'unique_share',
    type: 'number',
    minimum: 0,
    maximum: 1,
    title: { zh: '独有文字比例', en: 'Unique share' },
    description: { zh: '正文中未见于本站其他方案的文字比例（0—1，四位小数，见 /reuse/）；未计算时为空。', en: 'Share (0–1, four decimals) of the body text found in no other plan here (see /reuse/); empty when not computed.' },
  },
  {
    name: 'text_complete',
    type: 'boolean',
    required: true,
    title: { zh: '文本完整', en: 'Text complete' },
    description: {
      zh: 'false：收录的文本不完整（止于句中、缺少组织实施等收尾部分或篇幅远短于完整方案，方案页有说明），本行各项只反映其中一部分；true：未见不完整的迹象。',
      en: 'false: the text stops short (ends mid-sentence, lacks closing parts such as 组织实施, or is far shorter than a plan; the plan page says so), so this row covers part of the plan only; true: no sign of that.',
    },
  },
  url('source_url', '原文网址（发布机关网站上的原文）；未载明时为空', 'Address of the official original (the publisher’s own page); empty when not known', false),
  {
    name: 'source_format',
    type: 'string',
    required: true,
    title: { zh: '所据文件格式', en: 'Source format' },
    description: { zh: '本站所据文件的格式：txt、html、mhtml、pdf、docx 或 doc。', en: 'Format of the file the site’s text was read from: txt, html, mhtml, pdf, docx or doc.' },
    enum: SOURCE_FORMATS,
  },
  {
    name: 'source_sha256',
    type: 'string',
    required: true,
    title: { zh: '所据文件 SHA-256', en: 'Source SHA-256' },
    description: { zh: '所据文件（按取得时原样保存）的 SHA-256 值，可用以核对文件未被改动。', en: 'SHA-256 of the source file as obtained, to check that it is unchanged.' },
  },
  url('source_obtained_from', '所据文件的取得网址（原文网页，或转载、镜像网页；后者不作为原文）；未记录时为空', 'Address the source file was taken from (the original, or a re-posting or mirror page, never offered as the source); empty when not recorded', false),
];

/** The kinds of rows of targets.csv: the literacy target, the literacy baseline, and every other quantified target. */
export const TARGET_KINDS = ['literacy', 'literacy_baseline', 'other'] as const;

/** targets.csv (and its by-province splits): one row per plan × quantified target (the literacy target and baseline included). */
export const TARGETS_COLUMNS: readonly Column[] = [
  planSlug,
  planShortName('plan'),
  count('target', '序号', 'Number', { zh: '该目标在方案中的序号（从 1 起，按比例目标、基线、其他目标在原文中的次序）。', en: 'The target’s place among the plan’s rows (from 1: the literacy target, the baseline, then the other targets in text order).' }),
  {
    name: 'kind',
    type: 'string',
    required: true,
    enum: TARGET_KINDS,
    title: { zh: '目标种类', en: 'Target kind' },
    description: {
      zh: 'literacy：公民具备科学素质的比例目标；literacy_baseline：方案载明的该比例基线（已达到的水平，非目标）；other：其他量化目标（与 /matrix/ 的“其他量化目标”相同）。',
      en: 'literacy: the target share of citizens with basic science literacy; literacy_baseline: the share the plan states as reached (a baseline, not a target); other: any other quantified target (as under “Other quantitative targets” on /matrix/).',
    },
  },
  {
    name: 'measure',
    type: 'string',
    required: true,
    title: { zh: '计量对象', en: 'What it counts' },
    description: {
      zh: '目标计量的是什么，用方案的原话（/matrix/ 上显示的标签）；比例目标与基线为“公民具备科学素质的比例”。',
      en: 'What the target counts, in the plan’s words (the label /matrix/ shows); 公民具备科学素质的比例 for the literacy target and baseline.',
    },
  },
  { name: 'value', type: 'number', required: true, title: { zh: '数值', en: 'Value' }, description: { zh: '目标的数值（单位见 unit 列；如 400 万人次的数值为 400）。', en: 'The number (in the unit of the unit column: 400 for 400万人次).' } },
  { name: 'unit', type: 'string', title: { zh: '单位', en: 'Unit' }, description: { zh: '数值的单位，照原文（如“万人次”“个”“%”）；原文无单位时为空。', en: 'The unit as the plan writes it (万人次, 个, %); empty when it has none.' } },
  {
    name: 'comparator',
    type: 'string',
    title: { zh: '比较词', en: 'Comparator' },
    description: {
      zh: '原文数值前后的比较用语（如“不少于”“超过”“以上”；“以上”“左右”“以内”写在数值之后）；没有时为空。',
      en: 'The comparison word the plan puts with the number (不少于, 超过, 以上 …; 以上, 左右 and 以内 follow it); empty when there is none.',
    },
  },
  {
    name: 'year',
    type: 'integer',
    title: { zh: '目标年份', en: 'Year' },
    description: { zh: '目标所指的年份（如 2025）；原文未写年份（包括“每年”的目标）时为空。', en: 'The year the target is for (e.g. 2025); empty when the sentence names none (including 每年, yearly targets).' },
  },
  {
    name: 'value_text',
    type: 'string',
    required: true,
    title: { zh: '数值文字', en: 'Value as text' },
    description: { zh: '数值、单位与比较词按原文次序连写（如“400万人次以上”“不少于5000人”），与 /matrix/ 上显示的相同。', en: 'Value, unit and comparator in the plan’s order (400万人次以上, 不少于5000人), as /matrix/ shows it.' },
  },
  {
    name: 'sentence',
    type: 'string',
    required: true,
    title: { zh: '原句', en: 'Sentence' },
    description: { zh: '载明该目标的原句（照原文）。', en: 'The sentence that states the target, as printed (Chinese).' },
  },
  {
    name: 'anchor',
    type: 'string',
    required: true,
    title: { zh: '段落锚点', en: 'Anchor' },
    description: { zh: '原句所在段落在方案页上的锚点（url 的 # 之后部分）。', en: 'The anchor of the paragraph holding the sentence on the plan page (the part of url after #).' },
  },
  url('url', '原句所在段落在方案页上的网址', 'Address of the sentence’s paragraph on the plan page'),
];

/** by-province/index.csv: one row per split file. */
export const SPLIT_INDEX_COLUMNS: readonly Column[] = [
  {
    name: 'dataset',
    type: 'string',
    required: true,
    enum: ['departments', 'matrix', 'targets'],
    title: { zh: '数据集', en: 'Dataset' },
    description: { zh: '拆分自哪个合并文件：departments（departments.csv）、matrix（matrix.csv）或 targets（targets.csv）。', en: 'Which combined file it is split from: departments (departments.csv), matrix (matrix.csv) or targets (targets.csv).' },
  },
  province,
  {
    name: 'province_slug',
    type: 'string',
    required: true,
    title: { zh: '省份标识', en: 'Province identifier' },
    description: { zh: '省份标识（目录名）；省份未载明的为 unknown。', en: 'The province’s identifier (the folder name); unknown when not stated.' },
  },
  count('part', '份号', 'Part', { zh: '第几份（从 1 起）；一个省份超出大小限制时分为几份。', en: 'Which part (from 1); a province over the size limits is split in parts.' }),
  count('parts', '份数', 'Parts', { zh: '该省该数据集共几份。', en: 'How many parts the province has for this dataset.' }),
  url('url', '文件网址', 'Address of the file'),
  count('plans', '方案数', 'Plans', { zh: '文件包含的方案数（每个方案完整地在一份中）。', en: 'Plans the file holds (each plan whole in one part).' }),
  count('rows', '行数', 'Rows', { zh: '数据行数（不含表头）。', en: 'Data rows (header excluded).' }),
  count('bytes', '字节数', 'Bytes', { zh: '文件大小（字节，含 BOM 与表头）。', en: 'File size in bytes (BOM and header included).' }),
];

/** The header row of a CSV: its columns' names. */
export const headerOf = (columns: readonly Column[]): string[] => columns.map((c) => c.name);

/** A column's type as the /data/ page names it. */
export function columnTypeLabel(c: Column): string {
  if (c.format === 'uri') return '网址';
  return { string: '文本', integer: '整数', number: '数值', boolean: 'true / false', date: '日期（YYYY-MM-DD）' }[c.type];
}
