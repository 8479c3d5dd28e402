import type { Rule } from './rule';

/**
 * Every layout rule of the importer, for the example harness and the README's rule list.
 * A rule module is added here when it is written.
 */
export const RULES: readonly Rule<any, any>[] = [];
