import { defineRule } from '../rule';

/**
 * A source file in a format no reader here reads (an extension that is no source format, or a format
 * whose reader is missing): refused with what to add instead, never imported as bytes.
 */
export const noReader = defineRule<{ name: string; known: readonly string[] }, string>({
  id: 'formats/no-reader',
  description: 'Refuses a source file whose extension no format reader reads, naming the formats that are read.',
  apply({ name, known }) {
    const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    return known.includes(ext) ? null : ext || '(none)';
  },
  examples: [
    { name: 'a file with no reader', input: { name: 'x.rtf', known: ['txt', 'pdf'] }, output: 'rtf' },
    { name: 'a name without extension', input: { name: 'x', known: ['txt'] }, output: '(none)' },
    { name: 'a PDF where PDFs are read', input: { name: 'x.PDF', known: ['txt', 'pdf'] }, output: null },
  ],
});
