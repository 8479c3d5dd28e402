import { defineCollection } from 'astro:content';
import { planSchema } from './lib/schema';
import { planEntries } from './lib/site/plan-loader';

/**
 * One entry per plan: content/plans/<slug>.mdx, written by `npm run import`. Read for its typed
 * frontmatter; the page renders the text from the plan's model (see planEntries).
 */
const plans = defineCollection({
  loader: planEntries({ base: './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
