import type { Rule } from './rule';
import { annexTitleLine, titleAboveNotice, titleLines, titlePeriod } from './meta/title';
import { dateArabic, dateChineseNumerals, dateLostCentury, dateTimestamp } from './meta/date';
import { headerFields } from './meta/header-fields';
import { headerIssuer, issuerFromNewsLead, issuerFromNoticeTitle } from './meta/issuer';
import { documentNumberForm, documentNumberLine } from './meta/document-number';
import { noticeClosingDate } from './meta/signer';
import { regionLevelFromAddressees } from './meta/region-level';
import { literacyChoice, literacyLevels } from './meta/literacy';
import { regionParents } from './meta/region-parents';
import { backgroundSection, pastResult, targetNumbers } from './meta/targets';
import { indicatorTable } from './meta/indicator-table';
import { parentRegionFigure } from './meta/parent-region';
import { figureRange } from './meta/figure-range';
import { invisibleChars } from './text/invisible-chars';
import { controlChars } from './text/control-chars';
import { attachmentOnly } from './text/attachment-only';
import { truncated } from './text/truncated';
import { newsByline } from './text/news-byline';
import { pdfFixedWidth } from './text/pdf-fixed-width';
import { pdfLineJoin } from './text/pdf-line-join';
import { pdfPageNumber } from './text/pdf-page-number';
import { statementContinuation } from './text/statement-continuation';
import { headingContinuation } from './text/heading-continuation';
import { htmlRemnants } from './text/html-remnants';
import { carryPrefixRule } from './names/prefix';
import { garbledRule } from './names/garbled';
import { splitRule } from './names/split';
import { kindRule } from './names/kind';
import { annexTableRule } from './responsibility/annex-table';
import { bracketFieldsRule } from './responsibility/bracket-fields';
import { fieldLineRule } from './responsibility/field-line';
import { firstListedConventionRule, firstListedParenRule } from './responsibility/first-listed';
import { leadVerbRule } from './responsibility/lead-verb';
import { leadVerbSentenceRule } from './responsibility/lead-verb-sentence';
import { trailingFieldRule } from './responsibility/trailing-field';
import { parenDutyRule } from './responsibility/paren-duty';
import { parenFieldsRule } from './responsibility/paren-fields';
import { responsibilityLabelRule } from './responsibility/labels';
import { measureTextRule } from './responsibility/measure-text';
import { extraGroupRule, groupHeadingRule, projectHeadingRule } from './topics/topics';
import { spaceAlignedRule, wrappedRowsRule } from '../structure/tables';
import { cellPerLineRule } from '../structure/cell-per-line';
import { headingStatement } from '../structure/heading-statement';

/**
 * Every layout rule of the importer, for the example harness and the README's rule list.
 * A rule module is added here when it is written.
 */
export const RULES: readonly Rule<any, any>[] = [
  // text/: characters and lines as web pages and PDF conversion leave them
  invisibleChars, controlChars, attachmentOnly, truncated, newsByline, pdfFixedWidth, pdfLineJoin, pdfPageNumber, statementContinuation, headingContinuation, htmlRemnants,
  // meta/: title, notice, dates, region, literacy figures and targets
  titleLines, annexTitleLine, titleAboveNotice, titlePeriod, dateArabic, dateChineseNumerals, dateLostCentury, dateTimestamp, headerFields,
  issuerFromNoticeTitle, issuerFromNewsLead, headerIssuer, documentNumberForm, documentNumberLine, noticeClosingDate, regionLevelFromAddressees,
  literacyLevels, literacyChoice, regionParents,
  targetNumbers, pastResult, backgroundSection, indicatorTable, parentRegionFigure, figureRange,
  // responsibility/: the ways plans say who leads, supports or is responsible
  parenFieldsRule, leadVerbRule, leadVerbSentenceRule, trailingFieldRule, fieldLineRule, parenDutyRule, bracketFieldsRule, firstListedConventionRule, firstListedParenRule, annexTableRule, responsibilityLabelRule, measureTextRule,
  // names/: department names in lists
  splitRule, carryPrefixRule, garbledRule, kindRule,
  // topics/: which group or key project a heading is about
  groupHeadingRule, projectHeadingRule, extraGroupRule,
  // tables/: rows as copied from pages and PDFs
  wrappedRowsRule, spaceAlignedRule, cellPerLineRule,
  // structure/: headings
  headingStatement,
];
