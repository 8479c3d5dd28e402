/** The plans rendered to PDF fixtures (`npm run render:formats -- --format pdf`): the three dev plans and layout fixtures with annex tables, 版头 and web chrome. */
export const PDF_FIXTURE_PLANS: readonly { slug: string; dir: string }[] = [
  { slug: 'baisha-2022-2025', dir: '../shared/dev-plans' },
  { slug: 'fenghu-2021-2025', dir: '../shared/dev-plans' },
  { slug: 'lushan-2021-2025', dir: '../shared/dev-plans' },
  { slug: 'cenyang-2022-2025', dir: 'tests/fixtures/layouts' },
  { slug: 'luoxi-2022-2025', dir: 'tests/fixtures/layouts' },
  { slug: 'linjiang-2021-2025', dir: 'tests/fixtures/layouts' },
  { slug: 'pulan-2021-2025', dir: 'tests/fixtures/layouts' },
  { slug: 'qianhe-2021-2025', dir: 'tests/fixtures/layouts' },
];
