import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from './docx';
import type { Renderer } from './types';

/**
 * A plan's text as an old binary Word file (.doc): the .docx rendering converted by LibreOffice
 * (`soffice --headless --convert-to doc`, "MS Word 97" filter). LibreOffice is needed only to
 * render; the fixtures are committed (tests/fixtures/formats/doc) and CI reads them.
 *
 * The headings' numbers are typed (not Word auto numbering) in this rendering: the .doc reader does
 * not rebuild list numbers (formats/doc-list-numbers), so auto numbering would measure that one
 * known gap on every heading instead of the rest of the reader. One sample with auto numbering is
 * kept for the gap's own test (tests/fixtures/formats/samples).
 *
 * A .doc written by LibreOffice is not byte-for-byte stable between runs (it records times in the
 * summary stream), so rendering again may change the committed files without changing their text.
 */
export async function renderDoc(plan: Parameters<Renderer>[0], options: { autoNumbering?: boolean } = {}): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'render-doc-'));
  try {
    const docx = join(work, `${plan.slug}.docx`);
    writeFileSync(docx, await renderDocx(plan, { autoNumbering: options.autoNumbering ?? false }));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'doc', '--outdir', work, docx], { stdio: 'pipe', timeout: 120_000 });
    return new Uint8Array(readFileSync(join(work, `${plan.slug}.doc`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const render: Renderer = (plan) => renderDoc(plan);
