import { describe, expect, it } from 'vitest';
import { mergeManifest, missingAnchors, parseManifest, serializeManifest } from '../../src/lib/importer/anchors';

describe('anchors manifest', () => {
  it('keeps previous ids in order and appends new ones', () => {
    const merged = mergeManifest({ a: ['plan', 'youth', 'gone'] }, [{ slug: 'a', blocks: [{ id: 'plan' }, { id: 'new' }, { id: 'youth' }] }, { slug: 'b', blocks: [{ id: 'plan' }] }]);
    expect(merged).toEqual({ a: ['plan', 'youth', 'gone', 'new'], b: ['plan'] });
  });
  it('reports ids that disappeared from a plan, and none when ids are only added', () => {
    expect(missingAnchors({ a: ['plan', 'youth'] }, 'a', ['plan'])).toEqual(['youth']);
    expect(missingAnchors({ a: ['plan'] }, 'a', ['plan', 'extra'])).toEqual([]);
  });
  it('round-trips and rejects malformed manifests', () => {
    const m = { a: ['x'] };
    expect(parseManifest(serializeManifest(m))).toEqual(m);
    expect(() => parseManifest('[]')).toThrow(/expected an object/);
    expect(() => parseManifest('{"a": [1]}')).toThrow(/a must list ids/);
  });
});
