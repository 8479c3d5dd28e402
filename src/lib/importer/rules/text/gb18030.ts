import { defineRule } from '../rule';

/**
 * A file that is not UTF-8 is tried as GB18030 (GBK's superset, common for Chinese government files):
 * the decoding is taken when it reads as Chinese text — no undecodable sequence, no control
 * characters, and over 30 % of the visible characters Han. The import report then warns that the
 * file should be converted (decode.ts refuses anything else, saying where the bytes go wrong).
 */
const CJK = /[\u3400-\u9fff]/g;
/** Share of Han characters among visible ones above which a decoding reads as Chinese text. */
export const MIN_HAN_SHARE = 0.3;

export const gb18030Text = defineRule<string, string>({
  id: 'text/gb18030',
  description: 'Takes a non-UTF-8 file decoded as GB18030 when the result reads as Chinese text (no U+FFFD, no control characters, over 30 % Han); the report warns to convert it.',
  apply(text) {
    if (text.includes('\ufffd')) return null;
    const visible = text.replace(/\s/g, '').length;
    const cjk = text.match(CJK)?.length ?? 0;
    // eslint-disable-next-line no-control-regex
    const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
    return visible > 0 && controls === 0 && cjk / visible > MIN_HAN_SHARE ? text : null;
  },
  examples: [
    { name: 'Chinese text', input: '某市全民科学素质行动实施方案', output: '某市全民科学素质行动实施方案' },
    { name: 'an undecodable sequence', input: '某市\ufffd实施方案', output: null },
    { name: 'mostly Latin (not Chinese text)', input: 'abcdefgh某', output: null },
  ],
});
