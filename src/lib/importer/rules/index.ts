import type { DefinedRule } from './rule';
import { annexTitleLine, titleAboveNotice, titleFromMention, titleFromNotice, titleLines, titlePeriod, titlePeriodElsewhere } from './meta/title';
import { regionFromIssuer } from './meta/region-from-issuer';
import { publishedDate } from './meta/published-date';
import { gb18030Text } from './text/gb18030';
import { groupAbsent, topicByContent, topicSettled, topicSibling, unplacedHeading } from './topics/placement';
import { annexRowUnmatched, noDepartments, noMeasures } from './sections/coverage';
import { placeholderName } from './names/placeholder';
import { dateArabic, dateChineseNumerals, dateLostCentury, dateTimestamp } from './meta/date';
import { headerFields } from './meta/header-fields';
import { headerIssuer, issuerFromNewsLead, issuerFromNoticeTitle } from './meta/issuer';
import { documentNumberForm, documentNumberLine, documentNumberNewsLead, writtenDocumentNumber } from './meta/document-number';
import { noticeClosingDate, signature } from './meta/signer';
import { regionLevelFromAddressees } from './meta/region-level';
import { literacyChoice, literacyLevels } from './meta/literacy';
import { regionParents } from './meta/region-parents';
import { regionFromTable } from './meta/region-table';
import { backgroundSection, pastResult, otherRateClause, targetNumbers } from './meta/targets';
import { indicatorTable } from './meta/indicator-table';
import { parentRegionFigure } from './meta/parent-region';
import { figureRange } from './meta/figure-range';
import { officialUrl } from './meta/official-url';
import { noReader } from './formats/no-reader';
import { invisibleChars } from './text/invisible-chars';
import { pinyinGloss } from './text/pinyin-gloss';
import { controlChars } from './text/control-chars';
import { attachmentOnly } from './text/attachment-only';
import { truncated } from './text/truncated';
import { newsByline } from './text/news-byline';
import { attachmentDownload, attachmentFileName, breadcrumb, copyrightFooter, editorFooter, prevNextLinks, printLink, mapWidget, metadataField, pageFooter, pageToolbar, pdfListBullet, printCloseLinks, repeatedTitle, shareFooter, siteLocation, viewCounter } from './strip/page-furniture';
import { isLineRule, type LineRule } from './strip/line-rule';
import { pdfFixedWidth } from './text/pdf-fixed-width';
import { pdfLineJoin } from './text/pdf-line-join';
import { pdfPageNumber } from './text/pdf-page-number';
import { pdfRunningHeader } from './text/pdf-running-header';
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
import { newTableHeader, spaceAlignedRule, wrappedRowsRule } from '../structure/tables';
import { cellPerLineRule } from '../structure/cell-per-line';
import { aliasCount, aliasText, aliasUnresolved } from './anchors/aliases';
import { headingStatement } from '../structure/heading-statement';
import { htmlAttachment, htmlBody, htmlEncoding, htmlInfoCard, htmlMeta } from './formats/html';
import { mhtmlPart } from './formats/mhtml';
import { docListNumbers, docTables, docxListNumbers, docxNotWord, wordImages, wordMislabelled, wordNotes, wordTextBoxes } from './formats/word';
import { unreadableFormat } from './formats/refused';
import { pdfBaseline, pdfColophon, pdfJoin, pdfLetterSpaced, pdfNoText, pdfPageNumberLine, pdfParagraph, pdfRadicals, pdfTable, pdfUnreadable } from './formats/pdf';

/**
 * Every rule of the importer: THE list production runs (the strip stage takes its line rules from
 * here, in this order), the example harness checks (tests/unit/rules.test.ts), and the registry test
 * holds every message id against (tests/unit/rules-registry.test.ts). A rule module is added here
 * when it is written.
 */
export const RULES: readonly DefinedRule<any, any>[] = [
  // strip/: whole lines of page and PDF furniture, in the order the strip stage tries them
  pdfPageNumber, newsByline, siteLocation, breadcrumb, viewCounter, pageToolbar, metadataField, pageFooter, shareFooter, editorFooter, prevNextLinks, printLink, copyrightFooter, attachmentDownload, attachmentFileName, printCloseLinks, mapWidget,
  repeatedTitle, pdfListBullet, pdfRunningHeader,
  // text/: characters and lines as web pages and PDF conversion leave them
  gb18030Text, invisibleChars, pinyinGloss, controlChars, attachmentOnly, truncated, pdfFixedWidth, pdfLineJoin, statementContinuation, headingContinuation, htmlRemnants,
  // meta/: title, notice, dates, region, literacy figures and targets
  titleLines, annexTitleLine, titleAboveNotice, titleFromNotice, titleFromMention, titlePeriod, titlePeriodElsewhere, dateArabic, dateChineseNumerals, dateLostCentury, dateTimestamp, headerFields,
  issuerFromNoticeTitle, issuerFromNewsLead, headerIssuer, documentNumberForm, documentNumberLine, writtenDocumentNumber, documentNumberNewsLead, signature, noticeClosingDate, regionFromIssuer, regionLevelFromAddressees, publishedDate,
  literacyLevels, literacyChoice, regionParents, regionFromTable,
  targetNumbers, pastResult, backgroundSection, otherRateClause, indicatorTable, parentRegionFigure, figureRange, officialUrl,
  // responsibility/: the ways plans say who leads, supports or is responsible
  parenFieldsRule, leadVerbRule, leadVerbSentenceRule, trailingFieldRule, fieldLineRule, parenDutyRule, bracketFieldsRule, firstListedConventionRule, firstListedParenRule, annexTableRule, responsibilityLabelRule, measureTextRule, annexRowUnmatched, noDepartments,
  // names/: department names in lists
  splitRule, carryPrefixRule, garbledRule, placeholderName, kindRule,
  // topics/: which group or key project a heading is about
  groupHeadingRule, projectHeadingRule, extraGroupRule, topicSettled, topicSibling, topicByContent, unplacedHeading, groupAbsent,
  // tables/: rows as copied from pages and PDFs
  wrappedRowsRule, newTableHeader, spaceAlignedRule, cellPerLineRule,
  // anchors/: published ids kept through a changed reading
  aliasUnresolved, aliasText, aliasCount,
  // structure/: headings
  headingStatement, noMeasures,
  // formats/: the readers of the formats plans are published in (formats/*.ts), the formats refused (OFD, WPS), a format without a reader
  htmlEncoding, htmlBody, htmlMeta, htmlInfoCard, htmlAttachment, mhtmlPart,
  wordMislabelled, docxListNumbers, docxNotWord, wordNotes, wordImages, wordTextBoxes, docTables, docListNumbers, unreadableFormat, noReader,
  pdfUnreadable, pdfNoText, pdfRadicals, pdfBaseline, pdfJoin, pdfLetterSpaced, pdfPageNumberLine, pdfColophon, pdfTable, pdfParagraph,
];

/** The strip stage's whole-line rules, in registry order (derived from RULES, not a copy of it). */
export const LINE_RULES: readonly LineRule[] = RULES.filter(isLineRule);
