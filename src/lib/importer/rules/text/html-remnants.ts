import { decodeHTML } from 'entities';
import { defineRule } from '../rule';

/**
 * A web page copied with its HTML left in: character references (&nbsp; &ldquo; &mdash; &#12290;)
 * and line-break tags (<br>, <br/>, <p>). References become the characters they stand for (decoded
 * by the `entities` library, the HTML standard's table); a line-break tag becomes a line break, so a
 * measure that followed another after <br> starts its own line. Other text is left alone: a plan
 * may legitimately print < and > (e.g. 《…》 is never touched, nor a stray "<" in prose).
 */
const LINE_BREAK_TAG = /<\s*(?:br|\/?p)\s*\/?\s*>/gi;
const REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

export const htmlRemnants = defineRule<string, string>({
  id: 'text/html-remnants',
  description: 'Decodes HTML character references (&nbsp; &ldquo; &mdash;) and turns <br>/<p> tags into line breaks in text copied from a web page.',
  apply: (text) => {
    if (!REFERENCE.test(text) && !LINE_BREAK_TAG.test(text)) return null;
    LINE_BREAK_TAG.lastIndex = 0;
    return decodeHTML(text.replace(LINE_BREAK_TAG, '\n'));
  },
  examples: [
    { name: 'references', input: '&nbsp;&nbsp;1.开展&ldquo;科普日&rdquo;活动', output: '\u00a0\u00a01.开展“科普日”活动' },
    { name: 'a line break tag between two measures', input: '2.加强科学教育。<br>3.推进馆校合作。', output: '2.加强科学教育。\n3.推进馆校合作。' },
    { name: 'plain text', input: '到2025年，比例达到15%。', output: null },
  ],
});
