/**
 * Document fingerprints by winnowing (Schleimer, Wilkerson, Aiken 2003, "Winnowing: local
 * algorithms for document fingerprinting", the method of MOSS): hash every k-gram of the normalized
 * text, and in every window of W consecutive k-gram hashes keep the smallest (the rightmost on a
 * tie), recording each kept hash once. Guarantee: two texts sharing a run of at least
 * W + K − 1 characters share at least one fingerprint; runs shorter than K are never seen.
 *
 * Considered: the npm registry has no maintained winnowing package for JavaScript (MOSS-style tools
 * there are command-line wrappers around the MOSS web service); the hashing libraries in
 * node_modules (imurmurhash, xxhash-wasm, ohash) hash whole strings, not a rolling window, so the
 * rolling polynomial hash is written here (a few lines), finished by murmur3's fmix32 so that the
 * window minimum is not biased by the polynomial's low bits.
 */

/** k-gram length in characters: about a short phrase of Chinese text (四字 + 四字). */
export const K = 8;
/** Winnowing window in k-grams; with K, any shared run of W + K − 1 = 15 characters is seen. */
export const W = 8;
/** The guarantee threshold t = W + K − 1. */
export const GUARANTEE = W + K - 1;

const BASE = 0x01000193;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 30 bits: small integers to V8 (a Map keyed by larger numbers boxes every key, several times slower).
  return h & 0x3fffffff;
}

/** The hash of every k-gram of `text` (code units), position i for text[i, i + k). */
export function kgramHashes(text: string, k = K): Uint32Array {
  const n = text.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  // BASE^(k-1) mod 2^32, to remove the character leaving the window.
  let top = 1;
  for (let i = 0; i < k - 1; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  out[0] = fmix32(h);
  for (let i = 1; i < n; i++) {
    h = (h - Math.imul(text.charCodeAt(i - 1), top)) | 0;
    h = (Math.imul(h, BASE) + text.charCodeAt(i + k - 1)) | 0;
    out[i] = fmix32(h);
  }
  return out;
}

export interface Fingerprint {
  hash: number;
  /** Position of the k-gram in the normalized text. */
  pos: number;
}

/** Robust winnowing: the minimum of each window, rightmost on ties, each selected position once. */
export function winnow(hashes: Uint32Array, w = W): Fingerprint[] {
  const out: Fingerprint[] = [];
  if (hashes.length === 0) return out;
  // A text shorter than one window still gets its minimum (a short passage is one window).
  const windows = Math.max(1, hashes.length - w + 1);
  const span = Math.min(w, hashes.length);
  let minPos = -1;
  for (let start = 0; start < windows; start++) {
    const end = start + span;
    if (minPos < start) {
      // The previous minimum left the window: scan it anew.
      minPos = start;
      for (let i = start + 1; i < end; i++) if (hashes[i]! <= hashes[minPos]!) minPos = i;
      out.push({ hash: hashes[minPos]!, pos: minPos });
    } else if (hashes[end - 1]! <= hashes[minPos]!) {
      minPos = end - 1;
      out.push({ hash: hashes[minPos]!, pos: minPos });
    }
  }
  return out;
}

/** Fingerprints of a normalized text. */
export function fingerprints(text: string): Fingerprint[] {
  return winnow(kgramHashes(text));
}
