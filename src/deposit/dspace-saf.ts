/**
 * DSpace's Simple Archive Format (batch import with `dspace import`): one folder per item
 * (`item_000`, `item_001`, …) holding `dublin_core.xml` (`<dublin_core><dcvalue element=…
 * qualifier=…>`), `contents` (one bitstream per line, tab, `bundle:NAME`; the TEI marked
 * `primary:true`) and the files themselves, flat. One item per TEI file.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFolder } from '../node/fs.js';
import type { DcValue } from './dublin-core.js';
import { dspaceDcXml } from './dublin-core.js';
import type { FileKind } from './package-model.js';
import type { Planned } from './payload-plan.js';

/** One item: its metadata and its files. */
export interface SafItem {
  readonly dc: readonly DcValue[];
  readonly files: readonly Planned[];
}

/** The bundle of each kind of file (DSpace's ORIGINAL holds the content; TEXT its plain text). */
const BUNDLE: Readonly<Partial<Record<FileKind, string>>> = {
  tei: 'ORIGINAL', transcript: 'ORIGINAL', sidecar: 'ORIGINAL', html: 'ORIGINAL', print: 'ORIGINAL', pdf: 'ORIGINAL', text: 'TEXT',
};

const DESCRIPTION: Readonly<Partial<Record<FileKind, string>>> = {
  tei: 'TEI P5 XML (the canonical text)', transcript: 'plain-text source transcript', sidecar: 'metadata of the transcript',
  html: 'HTML edition (reading and diplomatic views)', print: 'print edition (HTML)', pdf: 'print edition (PDF)', text: 'plain text',
};

/** A flat file name for each file, unique within the item (a repeated name gets its folder as prefix). */
function flatNames(files: readonly Planned[]): string[] {
  const base = files.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1));
  return base.map((b, i) => (base.indexOf(b) === i ? b : `${(files[i]?.path ?? '').replace(/\/[^/]*$/u, '').replace(/\//gu, '-')}-${b}`));
}

/** The `contents` file of an item: `name<TAB>bundle:NAME<TAB>description:…` per line. */
export function contentsText(files: readonly Planned[], names: readonly string[]): string {
  return files.map((f, i) => [names[i] ?? '', `bundle:${BUNDLE[f.kind] ?? 'ORIGINAL'}`, ...(DESCRIPTION[f.kind] ? [`description:${DESCRIPTION[f.kind] ?? ''}`] : []), ...(f.kind === 'tei' ? ['primary:true'] : [])].join('\t') + '\n').join('');
}

/** The item folder name of item `i` among `n` (at least three digits, as DSpace's examples). */
export function itemName(i: number, n: number): string {
  return `item_${String(i).padStart(Math.max(3, String(n - 1).length), '0')}`;
}

/** Writes the archive into `root`; returns the relative paths written, sorted. */
export async function writeSaf(root: string, items: readonly SafItem[]): Promise<string[]> {
  const written: string[] = [];
  for (const [i, item] of items.entries()) {
    const dir = itemName(i, items.length);
    await makeFolder(join(root, dir));
    const files = item.files.filter((f) => BUNDLE[f.kind]);
    const names = flatNames(files);
    await writeFile(join(root, dir, 'dublin_core.xml'), dspaceDcXml(item.dc));
    await writeFile(join(root, dir, 'contents'), contentsText(files, names));
    for (const [k, f] of files.entries()) await copyFile(f.source, join(root, dir, names[k] ?? ''));
    written.push(`${dir}/dublin_core.xml`, `${dir}/contents`, ...names.map((n) => `${dir}/${n}`));
  }
  return written.sort();
}
