/**
 * The matrix page's enhancements: heat map, literacy chart, filter. The page is complete without them.
 * Each is set up in a task of its own (one after the other), so that the page never holds the main
 * thread for all three at once: one long task of the three together was most of the page's total
 * blocking time on a slow phone (Lighthouse's mobile throttling).
 */
import { initHeatmap } from './heatmap';
import { initLiteracy } from './literacy-chart';
import { initFilter, type FilterListener } from './matrix-filter';

const listeners: FilterListener[] = [];
const steps: (() => void)[] = [
  () => {
    const heatmap = document.getElementById('heatmap');
    const groups = document.getElementById('matrix-groups') as HTMLTableElement | null;
    if (heatmap && groups) listeners.push(initHeatmap(heatmap, groups));
  },
  () => {
    const literacy = document.getElementById('literacy-chart');
    const targets = document.getElementById('targets') as HTMLTableElement | null;
    if (literacy && targets) listeners.push(initLiteracy(literacy, targets));
  },
  () => {
    const nav = document.getElementById('matrix-filter');
    if (nav) initFilter(nav, listeners);
  },
];
const next = (): void => {
  const step = steps.shift();
  if (!step) return;
  step();
  setTimeout(next, 0);
};
next();
