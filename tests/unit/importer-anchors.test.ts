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

describe('anchors manifest, edge cases', () => {
  it('lists plans by slug in order, keeps plans no longer imported, and records an id once', () => {
    const merged = mergeManifest({ z: ['plan'] }, [{ slug: 'b', blocks: [{ id: 'plan' }, { id: 'plan' }, { id: 'youth' }] }, { slug: 'a', blocks: [] }]);
    expect(Object.keys(merged)).toEqual(['a', 'b', 'z']);
    expect(merged).toEqual({ a: [], b: ['plan', 'youth'], z: ['plan'] });
  });
  it('reports nothing missing for a plan the manifest does not know', () => {
    expect(missingAnchors({}, 'new', ['plan'])).toEqual([]);
  });
  it('writes one id a line with a final newline', () => {
    expect(serializeManifest({ a: ['x', 'y'] })).toBe('{\n "a": [\n  "x",\n  "y"\n ]\n}\n');
  });
  it('rejects null, a list of ids that is not a list, and names the manifest', () => {
    expect(() => parseManifest('null')).toThrow(/^content\/anchors\.json: expected an object/);
    expect(() => parseManifest('{"a": "x"}')).toThrow(/^content\/anchors\.json: a must list ids as strings/);
    expect(parseManifest('{}')).toEqual({});
  });
});
