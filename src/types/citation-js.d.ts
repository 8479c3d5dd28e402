/**
 * The parts of Citation.js this project uses. Citation.js 0.8 (the newest line for Node 20; 0.9
 * needs Node 22 and ships its own types) has no type declarations.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The records as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: {
    config: { get(plugin: string): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
