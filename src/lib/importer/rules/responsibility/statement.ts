import { LABEL_WORDS, responsibilityLabelRule } from './labels';

/**
 * A responsibility statement as written: which list of names has which role. Rules in this folder
 * read statements from text; names/ rules then read the lists (split, prefix, garbled), and the
 * first-listed convention settles `ordered` lists. Kept as written lists, not names, so that a
 * list's region prefix carries across the names of that list only.
 */

/** lead 牵头; support 配合/参与/协办; responsible 责任单位 without saying who leads (the first-listed
 * convention may settle it later); marked a list where （牵头） marks the lead. */
export type ListRole = 'lead' | 'support' | 'responsible' | 'marked';

export interface WrittenList {
  role: ListRole;
  text: string;
}

export interface Statement {
  lists: WrittenList[];
  /** The statement itself says that the first listed unit leads (（…列第一位的为牵头单位）). */
  firstListedLeads?: true;
}

/** The convention that the first unit of a 责任单位 list leads, stated in so many words. */
export const FIRST_LISTED = /(列|排)(在)?(第一位|首位|第一)的?(单位)?为牵头(单位|部门)|第一个单位为牵头单位|排名第一的为牵头单位/;

/** A list marking its lead inline: A（牵头）、B, or ★A、B (a star the original printed before the lead). */
export const INLINE_LEAD_MARK = /[（(]牵头[）)]|^[★☆]/;
/** A written list with such a mark on any of its names. */
export const MARKED_LIST = /[（(]牵头[）)]|[★☆]/;

/** Labelled fields "牵头单位：A；配合单位：B、C" → lists; null when the text has no label. */
export function readFields(text: string): Statement | null {
  const re = new RegExp(`(${LABEL_WORDS})\\s*[:：]\\s*`, 'g');
  const hits = [...text.matchAll(re)];
  if (!hits.length || hits[0]!.index !== 0) return null;
  const lists: WrittenList[] = [];
  hits.forEach((h, i) => {
    const end = hits[i + 1]?.index ?? text.length;
    const value = text.slice(h.index! + h[0].length, end).replace(/[；;，,。\s\u3000]+$/, '');
    let role: ListRole = responsibilityLabelRule.apply(h[1]!)!;
    if (role === 'responsible' && MARKED_LIST.test(value)) role = 'marked';
    // 责任单位：A、B、C（A为牵头单位） — a note after the list names its lead; the others support.
    const named = /^(.*?)[（(]([^（）()]+?)为牵头(?:单位|部门)[）)]$/.exec(value);
    if (role === 'responsible' && named) {
      lists.push({ role: 'lead', text: named[2]! }, { role: 'support', text: named[1]!.split(/[、，,]/).filter((n) => n.trim() && n.trim() !== named[2]!.trim()).join('、') });
      return;
    }
    // 责任单位：A、B牵头，C配合 — the field's value itself says who leads.
    const verb = role === 'responsible' && /牵头/.test(value) && !FIRST_LISTED.test(value) ? readLeadVerb(value) : null;
    if (verb) lists.push(...verb.lists);
    else if (value) lists.push({ role, text: value });
  });
  const statement: Statement = { lists };
  if (FIRST_LISTED.test(text)) statement.firstListedLeads = true;
  return lists.length ? statement : null;
}

/** "A、B牵头，C、D配合" → lead A、B, support C、D; "由A牵头，B配合，C参与" → lead A, support B and C; null without 牵头. */
export function readLeadVerb(text: string): Statement | null {
  const m = /^(?:(?:以上|上述)?(?:各项)?(?:任务|工作)?(?:均)?由|请)?(.*?)(?:共同)?牵头(?:负责)?[，,、；;]?(.*)$/.exec(text);
  if (!m || !m[1]) return null;
  const lists: WrittenList[] = [{ role: 'lead', text: m[1] }];
  // Each supporting list ends in its verb: B配合，C参与 are two lists; the last verb may be missing.
  for (const part of (m[2] ?? '').replace(/[，,；;]?按职责分工负责$/, '').split(/(?:配合|参与|协同|协助|协办)[，,；;]?/)) {
    const list = part.replace(/^[，,；;、]+|[，,；;、]+$/g, '');
    if (list) lists.push({ role: 'support', text: list });
  }
  return { lists };
}

/** The text of a closing parenthesis at the end of `text` (its opening bracket may be lost), or null. */
export function trailingParenthesis(text: string): string | null {
  const t = text.replace(/[。．.；;]$/, '');
  if (!/[）)]$/.test(t)) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i]!;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) return t.slice(i + 1, -1);
    } else if (depth === 1 && c === '。') {
      // The opening bracket was lost: the statement starts after the last full stop.
      return t.slice(i + 1, -1);
    }
  }
  return null;
}
