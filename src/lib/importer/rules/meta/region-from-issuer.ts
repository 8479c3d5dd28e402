import { regionUnits } from '../../../regions';
import { toSimplifiedForMatching } from '../../text/fold';
import { defineRule } from '../rule';

/**
 * A title that names no region (全民科学素质行动实施方案) takes the issuer's: 某县人民政府 → 某县.
 * Without an issuer the region cannot be read, and the YAML must set it.
 */
/** What follows the region in an issuer's name. */
const ISSUER_SUFFIX = /(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室).*$/;
/** Where a title's region ends: before 全民 or 科学素质. */
const TITLE_SUBJECT = /全民|科学素质|公民科学素质/;

/** Does the title name a region before its subject? */
export const titleNamesRegion = (title: string) => regionUnits(toSimplifiedForMatching(title).split(TITLE_SUBJECT)[0] ?? '').length > 0;

export const regionFromIssuer = defineRule<{ title: string; issuer: string | null }, { from: 'issuer'; text: string } | { from: 'none' }>({
  id: 'meta/region',
  description: 'When the title names no region, the region is read from the issuer’s name (某县人民政府 → 某县); without an issuer it is left to the YAML.',
  apply({ title, issuer }) {
    if (titleNamesRegion(title)) return null;
    return issuer ? { from: 'issuer', text: `${issuer.replace(ISSUER_SUFFIX, '')}全民` } : { from: 'none' };
  },
  examples: [
    { name: 'the title names its region', input: { title: '深圳市全民科学素质行动实施方案（2021—2025年）', issuer: '深圳市人民政府' }, output: null },
    { name: 'region from the issuer', input: { title: '全民科学素质行动实施方案（2021—2025年）', issuer: '宁乡市人民政府办公室' }, output: { from: 'issuer', text: '宁乡市全民' } },
    { name: 'no issuer either', input: { title: '全民科学素质行动实施方案（2021—2025年）', issuer: null }, output: { from: 'none' } },
  ],
});
