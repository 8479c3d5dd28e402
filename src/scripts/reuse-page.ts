/** The /reuse/ page's heat map, drawn from its table (the page is complete without it). */
import { initHeatmap } from './heatmap';

const figure = document.getElementById('heatmap');
const table = document.getElementById('reuse-grid') as HTMLTableElement | null;
if (figure && table) initHeatmap(figure, table);
