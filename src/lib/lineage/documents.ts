/**
 * Cited documents (贯彻文件): how a document number is identified across plans, the ASCII id of a
 * document's page, and who issued a cited document and at which level, as far as the titles the
 * plans write and the region hierarchy tell. Pure.
 */
import { fold } from '../search/text';
import { toSimplifiedForMatching } from '../importer/text/fold';
import { levelOf, regionUnits, shortNameOf } from '../regions';
import { REGION_LEVELS, type RegionLevel } from '../schema';

/** National, then the region levels of the schema (province → city → district → county). */
export type DocumentLevel = 'national' | RegionLevel;
export const DOCUMENT_LEVELS: readonly DocumentLevel[] = ['national', ...REGION_LEVELS];
export const DOCUMENT_LEVEL_LABELS: Record<DocumentLevel, string> = { national: '国家级', province: '省级', city: '市级', district: '区级', county: '县级' };

/** The rank of a level for sorting, unknown last. */
export function levelRank(level: DocumentLevel | null): number {
  return level === null ? DOCUMENT_LEVELS.length : DOCUMENT_LEVELS.indexOf(level);
}

/**
 * The key that identifies a document number across plans: the search fold (src/lib/search/text.ts:
 * NFKC, white space, and 〔〕［］【】[] as one bracket pair), traditional characters as simplified
 * (國發 = 国发, 號 = 号), and — rule `lineage/round-bracket-year` — a year in round brackets
 * (国发（2021）9号, which the importer's document-number pattern accepts) as the square-bracket year.
 */
export function documentKey(documentNumber: string): string {
  return fold(toSimplifiedForMatching(documentNumber)).replace(/\((\d{4})\)/g, '[$1]');
}

/**
 * The ASCII id of a document's page, derived from its key alone (so it never changes while the
 * number is cited): runs of ASCII letters and digits written as themselves after `_`, every other
 * character as its code point in base 36 (like department ids), joined by `-`. Injective: a
 * code-point token never contains `_`. 国发[2021]9号 → h6l-gk1-2j-_2021-2l-_9-gl3.
 */
export function documentId(key: string): string {
  const tokens: string[] = [];
  for (const m of key.matchAll(/[0-9a-z]+|[^0-9a-z]/gu)) {
    tokens.push(/^[0-9a-z]+$/.test(m[0]) ? `_${m[0]}` : m[0].codePointAt(0)!.toString(36));
  }
  return tokens.join('-');
}

/**
 * Rule `lineage/national-issuer`: a document of the central authorities — its title opens with
 * 国务院 / 中共中央 (国务院关于印发…的通知, 国务院办公厅…, 中共中央办公厅…), or its number
 * carries their issuer codes (国发, 国办发, 国函, 国办函, 中发, 中办发), as the national outline's
 * 国发〔2021〕9号 does.
 */
const NATIONAL_TITLE = /^(?:国务院|中共中央|中华人民共和国国务院)/;
const NATIONAL_NUMBER = /^(?:国发|国办发|国函|国办函|中发|中办发)\[/;
export function isNational(title: string | null, key: string): boolean {
  return NATIONAL_NUMBER.test(key) || (title !== null && NATIONAL_TITLE.test(toSimplifiedForMatching(title)));
}

/**
 * The region that issued a document, from its title as one plan writes it (rule
 * `lineage/title-issuer`): the administrative units before the issuing body or the plan's name
 * (云南省人民政府关于…, 广州市全民科学素质…, 湖北省人民政府办公厅…), the last one being the issuer
 * (广州市南沙区… → 南沙区). A title that names the region without its unit word (云南全民科学素质…)
 * is read through the citing plan's region hierarchy: the parent whose name or short name opens the
 * title. Null when neither tells.
 */
const ISSUER_END = /人民政府|关于|全民|公民科学素质|科学素质|委员会|办公厅|办公室|科学技术协会|科协|党委|市委|省委|区委|县委/;
export function titleIssuer(title: string | null, parents: readonly string[] = []): string | null {
  if (title === null) return null;
  const simplified = toSimplifiedForMatching(title).replace(/^关于印发/, '');
  const end = ISSUER_END.exec(simplified);
  const head = end ? simplified.slice(0, end.index) : '';
  const units = regionUnits(head);
  // Only units that fill the head from its start (广东省, 广州市南沙区), not a word ending in 市 inside a phrase.
  if (units.length && units[0]!.index === 0 && units.map((u) => u.text).join('') === head) return units[units.length - 1]!.text;
  const parent = [...parents].reverse().find((p) => simplified.startsWith(p) || simplified.startsWith(shortNameOf(p)));
  return parent ?? null;
}

/** The level of an issuing region by its unit word (regions.ts); a 市 that a citing plan names as its parent under a city is a county-level city. */
export function issuerLevel(region: string, parents: readonly string[] = []): RegionLevel {
  const level = levelOf(region);
  if (level === 'city' && parents.includes(region) && parents.indexOf(region) > parents.findIndex((p) => levelOf(p) === 'city')) return 'county';
  return level;
}
