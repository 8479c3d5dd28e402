import type { Rule } from './rule';
import { annexTitleLine, titleAboveNotice, titleLines } from './meta/title';
import { dateArabic, dateChineseNumerals } from './meta/date';
import { literacyChoice, literacyLevels } from './meta/literacy';
import { regionParents } from './meta/region-parents';
import { backgroundSection, pastResult, targetNumbers } from './meta/targets';
import { invisibleChars } from './text/invisible-chars';
import { newsByline } from './text/news-byline';
import { pdfFixedWidth } from './text/pdf-fixed-width';
import { pdfLineJoin } from './text/pdf-line-join';
import { pdfPageNumber } from './text/pdf-page-number';

/**
 * Every layout rule of the importer, for the example harness and the README's rule list.
 * A rule module is added here when it is written.
 */
export const RULES: readonly Rule<any, any>[] = [
  // text/: characters and lines as web pages and PDF conversion leave them
  invisibleChars, newsByline, pdfFixedWidth, pdfLineJoin, pdfPageNumber,
  // meta/: title, notice, dates, region, literacy figures and targets
  titleLines, annexTitleLine, titleAboveNotice, dateArabic, dateChineseNumerals, literacyLevels, literacyChoice, regionParents,
  targetNumbers, pastResult, backgroundSection,
];
