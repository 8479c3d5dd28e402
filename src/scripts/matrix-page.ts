/** The matrix page's enhancements: heat map, literacy chart, filter. The page is complete without them. */
import { initHeatmap } from './heatmap';
import { initLiteracy } from './literacy-chart';
import { initFilter, type FilterListener } from './matrix-filter';

const listeners: FilterListener[] = [];
const heatmap = document.getElementById('heatmap');
const groups = document.getElementById('matrix-groups') as HTMLTableElement | null;
if (heatmap && groups) listeners.push(initHeatmap(heatmap, groups));
const literacy = document.getElementById('literacy-chart');
const targets = document.getElementById('targets') as HTMLTableElement | null;
if (literacy && targets) listeners.push(initLiteracy(literacy, targets));
const nav = document.getElementById('matrix-filter');
if (nav) initFilter(nav, listeners);
