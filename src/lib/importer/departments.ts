import type { AnchoredBlock } from './classify';

/**
 * Who is responsible: the lead (牵头) and supporting (配合) departments a plan names for a
 * section or measure. Plans write them in several ways; each is one pattern here:
 *   牵头部门：A、B  /  配合部门：C、D                      (Shenzhen's 3.分工 paragraphs)
 *   （责任单位：A、B牵头，…其他成员单位配合）              (Zhejiang)
 *   （A牵头B、C配合）, separators sometimes lost           (Baoshan)
 * Annex tables are read by the annex reader, which maps their rows to sections.
 */

export interface Departments {
  lead: string[];
  support: string[];
}

/** Suffixes that end a department name; a new name starting right after one lost its separator. */
const NAME_END = /(局|委|部|办|会|联|院|所|厅|中心|集团|团委|政府|管委会|办公室|热经所)$/;
const NAME_START = /^(市|省|区|县|团|自治)/;

/**
 * Splits a written list of departments into names, as written: on 、，, and where a separator was
 * lost between a name ending in 局/委/部/… and one starting with 市/省/区/县/团.
 */
export function splitDepartments(list: string): string[] {
  const names: string[] = [];
  for (const piece of list.split(/[、，,；;\s]+|和(?=[市省区县])/)) {
    if (!piece) continue;
    names.push(...splitRunTogether(piece));
  }
  return names.map((n) => n.replace(/^(等|及)/, '').replace(/(等|等单位|等部门)$/, '')).filter((n) => n.length >= 2);
}

function splitRunTogether(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < piece.length; i++) {
    const head = piece.slice(start, i);
    const tail = piece.slice(i);
    // 市委 is a prefix (市委宣传部), not a name: only split once the head is a whole name.
    if (NAME_END.test(head) && NAME_START.test(tail) && !/^(市委|区委|省委|县委|市|区|省|县)$/.test(head) && head.length >= 3) {
      out.push(head);
      start = i;
    }
  }
  out.push(piece.slice(start));
  return out;
}

const FIELD = /^(牵头部门|牵头单位|配合部门|配合单位|责任单位|责任部门)\s*[:：]\s*(.+?)[。]?$/;

/**
 * Reads one responsibility statement, or null when the text is not one. Sets `lead` and `support`
 * from whichever form the statement takes.
 */
export function parseResponsibility(text: string): Departments | null {
  const field = FIELD.exec(text);
  if (field) {
    const [, label, list] = field;
    if (/牵头/.test(label!)) return { lead: splitDepartments(list!), support: [] };
    if (/配合/.test(label!)) return { lead: [], support: splitDepartments(list!) };
    return parseLeadSupport(list!) ?? { lead: splitDepartments(list!), support: [] };
  }
  // A trailing parenthesis: （责任单位：…）or （A牵头，B配合）.
  const paren = /[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)][。]?$/.exec(text);
  if (!paren) return null;
  const inner = paren[1]!.replace(/^(责任单位|责任部门)\s*[:：]\s*/, '');
  if (!/牵头|配合|责任单位/.test(paren[1]!)) return null;
  return parseLeadSupport(inner) ?? { lead: splitDepartments(inner), support: [] };
}

function parseLeadSupport(list: string): Departments | null {
  const m = /^(.*?)牵头[，,、]?(.*?)(?:配合|参与|协同)?$/.exec(list);
  if (!m) return null;
  const support = m[2] ?? '';
  return {
    lead: splitDepartments(m[1]!),
    // "省全民科学素质纲要实施工作办公室其他成员单位" is a collective, kept as written.
    support: splitDepartments(support),
  };
}

/** Union of the responsibility statements inside blocks [index, end). */
export function extractDepartments(blocks: readonly AnchoredBlock[], index: number, end: number): Departments {
  const lead: string[] = [];
  const support: string[] = [];
  for (const b of blocks.slice(index, end)) {
    if (b.kind !== 'paragraph') continue;
    const found = parseResponsibility(b.text);
    if (!found) continue;
    for (const n of found.lead) if (!lead.includes(n)) lead.push(n);
    for (const n of found.support) if (!support.includes(n) && !lead.includes(n)) support.push(n);
  }
  return { lead, support };
}
