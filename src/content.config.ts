import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './lib/schema';

/** One entry per plan: content/plans/<slug>.mdx, written by `npm run import`. */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
