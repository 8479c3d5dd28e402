/**
 * WCAG 2 relative luminance and contrast ratio, and a colour laid over a background at an opacity:
 * what the heat map's test needs to say "a larger value stands further from the background" in
 * light and in dark mode. (d3-color, there through d3-scale, parses colours but has no WCAG
 * contrast; these few lines are the formula from the WCAG 2.1 definition.)
 */
export type Rgb = [number, number, number];

/** Parses the rgb()/rgba() strings getComputedStyle returns. */
export function parseRgb(css: string): Rgb {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The colour seen when `top` is painted at `opacity` over `bottom`. */
export function composite(top: Rgb, opacity: number, bottom: Rgb): Rgb {
  return top.map((c, i) => c * opacity + bottom[i]! * (1 - opacity)) as Rgb;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
