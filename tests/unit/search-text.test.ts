import { describe, expect, it } from 'vitest';
import {
  blockTokens,
  recordTokens,
  encodeChar,
  fold,
  highlightRanges,
  parseCharMap,
  parseQuery,
  sectionMatches,
  termStarts,
  termTokens,
} from '../../src/lib/search/text';

/** Positions of each term token in a record made of these blocks, as Pagefind reports them. */
function positions(blocks: string[], term: string): number[][] {
  const words = recordTokens(blocks.map(fold));
  return termTokens(fold(term)).map(({ token }) =>
    words.flatMap((w, i) => (token.length === 4 ? (w.startsWith(token) ? [i] : []) : w === token ? [i] : [])),
  );
}
function found(blocks: string[], term: string): boolean {
  const tokens = termTokens(fold(term));
  const pos = positions(blocks, term);
  if (tokens.length === 1 && tokens[0]?.token.length === 4) return (pos[0] ?? []).length > 0;
  return termStarts(tokens, pos).length > 0;
}

describe('fold', () => {
  it('folds full-width ASCII, white space and case', () => {
    expect(fold('（一）科普ｅ站 ＡＢ  c\u3000d\n')).toBe('(一)科普e站abcd');
  });
  it('keeps Chinese punctuation that has no ASCII form', () => {
    expect(fold('“双减”、。')).toBe('“双减”、。');
  });
  it('folds the square brackets documents mix up in a document number into one pair', () => {
    const written = ['国发〔2021〕9号', '国发[2021]9号', '国发［2021］9号', '国发【2021】9号', '国发〖2021〗9号', '国发﹝2021﹞9号', '国发︹2021︺9号'];
    for (const w of written) expect(fold(w), w).toBe(fold(written[0]!));
  });
  it('keeps title marks and round brackets apart from square ones; round brackets of both widths fold together', () => {
    const square = fold('[一]');
    for (const other of ['〈一〉', '《一》', '（一）', '(一)']) expect(fold(other), other).not.toBe(square);
    expect(fold('（一）')).toBe(fold('(一)'));
    expect(fold('《纲要》')).not.toBe(fold('〈纲要〉'));
  });
  it('removes invisible characters, so a query of them alone is empty', () => {
    expect(fold('科\u200b普\u00ad')).toBe('科普');
    expect(fold('\u200b\ufeff')).toBe('');
  });
});

describe('tokens', () => {
  it('writes each character as four letters', () => {
    expect(encodeChar('科')).toMatch(/^[a-z]{4}$/);
    expect(encodeChar('科')).not.toBe(encodeChar('普'));
    expect(encodeChar('a')).toBe('aadt');
  });
  it('gives one word per character, a bigram except at the end of a block', () => {
    const words = blockTokens('科普日');
    expect(words).toHaveLength(3);
    expect(words[0]).toBe(encodeChar('科') + encodeChar('普'));
    expect(words[2]).toBe(encodeChar('日'));
  });
  it('looks up every second bigram, covering every character', () => {
    expect(termTokens('智慧助老').map((t) => t.offset)).toEqual([0, 2]);
    expect(termTokens('素质提升行').map((t) => t.offset)).toEqual([0, 2, 3]);
    expect(termTokens('科普').map((t) => t.offset)).toEqual([0]);
    expect(termTokens('科')).toEqual([{ token: encodeChar('科'), offset: 0 }]);
    expect(termTokens('')).toEqual([]);
  });
});

describe('exact matching by positions', () => {
  const blocks = ['（一）青少年科学素质提升行动', '开展智慧助老行动，提升老年人科学素质。', '科技特派员'];
  it('finds substrings, across word boundaries', () => {
    for (const q of ['素质提升', '学素质', '智慧助老', '老年人科学素质', '科技特派员', '(一)', '行动', '科']) {
      expect(found(blocks, q), q).toBe(true);
    }
  });
  it('rejects text whose bigrams all occur but not in a row', () => {
    // every bigram of these occurs somewhere, but not in a row
    for (const q of ['科学提升', '提升科学', '智慧老人', '助老年', '素质行动']) expect(found(blocks, q), q).toBe(false);
  });
  it('never matches across two blocks', () => {
    // block 1 ends 行动, block 2 starts 开展; block 2 ends 。 block 3 starts 科技
    expect(found(blocks, '行动开展')).toBe(false);
    expect(found(blocks, '。科技')).toBe(false);
  });
  it('agrees with plain substring search on every substring of the text', () => {
    const text = blocks.map(fold);
    for (const b of text) {
      const chars = Array.from(b);
      for (let i = 0; i < chars.length; i++)
        for (let n = 1; n <= 9 && i + n <= chars.length; n++) {
          const q = chars.slice(i, i + n).join('');
          expect(found(blocks, q), q).toBe(true);
        }
    }
  });
});

describe('queries', () => {
  const t2s = parseCharMap('銀银齡龄學学');
  it('splits on white space, folds, drops duplicates and ASCII quotes', () => {
    expect(parseQuery(' 科普  ＡＢ "智慧助老" 科普').map((t) => t.variants)).toEqual([['科普'], ['ab'], ['智慧助老']]);
  });
  it('adds the simplified form of traditional input', () => {
    expect(parseQuery('銀齡科普', t2s)).toEqual([{ raw: '銀齡科普', variants: ['銀齡科普', '银龄科普'] }]);
    expect(parseQuery('银龄科普', t2s)[0]?.variants).toEqual(['银龄科普']);
  });
  it('requires every term, in one block each', () => {
    const blocks = ['智慧助老', '老年人'].map(fold);
    expect(sectionMatches(blocks, parseQuery('智慧助老 老年人'))).toBe(true);
    expect(sectionMatches(blocks, parseQuery('智慧助老 青少年'))).toBe(false);
    expect(sectionMatches(blocks, parseQuery('助老老年'))).toBe(false);
    expect(sectionMatches(blocks, [])).toBe(false);
  });
});

describe('bracket folding end to end', () => {
  const block = '根据《国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知》（国发〔2021〕9号）精神';
  it('a query typed with other brackets finds the block, by index positions as by substring', () => {
    for (const q of ['国发[2021]9号', '国发［2021］9号', '国发【2021】9号', '(国发[2021]9号)']) {
      expect(found([block], q), q).toBe(true);
      expect(sectionMatches([fold(block)], parseQuery(q)), q).toBe(true);
    }
    expect(found([block], '国发(2021)9号')).toBe(false);
  });
  it('highlights the original characters', () => {
    const ranges = highlightRanges(block, parseQuery('国发[2021]9号').flatMap((t) => t.variants));
    expect(ranges.map(([s, e]) => block.slice(s, e))).toEqual(['国发〔2021〕9号']);
  });
});

describe('highlightRanges', () => {
  it('maps folded matches back to the original text', () => {
    const text = '推进（智慧 助老）行动';
    const [r] = highlightRanges(text, [fold('(智慧助老)')]);
    expect(r && text.slice(r[0], r[1])).toBe('（智慧 助老）');
  });
  it('merges overlapping matches', () => {
    expect(highlightRanges('科普科普', ['科普', '普科'])).toEqual([[0, 4]]);
  });
});
