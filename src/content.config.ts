import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './lib/schema';
import { planEntries } from './lib/site/plan-loader';
import { planModelSchema } from './lib/model/plan';

/**
 * One entry per plan: content/plans/<slug>.mdx, written by `npm run import`. Read for its typed
 * frontmatter; the page renders the text from the plan's model (see planEntries).
 */
const plans = defineCollection({
  loader: planEntries({ base: './content/plans' }),
  schema: planSchema,
});

/**
 * One plan model per plan: content/models/<slug>.json, written by `npm run import` beside the MDX
 * entry. Pages that need the plan's structure (sections, measures, blocks) read it from here.
 */
const models = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/models' }),
  schema: planModelSchema,
});

export const collections = { plans, models };
