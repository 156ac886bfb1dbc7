import { els, textOf, type El } from './tei-tree.js';

/** The check of one expectation key, as the corpus README defines it. */
type Check = (tei: El, want: unknown) => boolean;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');
const norm = (s: string) => s.replace(/\s+/gu, ' ').replace(/^ | $/gu, '');
const count = (r: El, name: string, attrs?: Record<string, string>) => els(r, name, attrs).length;
const insideSome = (r: El, name: string, s: string) => els(r, name).some((e) => squash(textOf(e)).includes(squash(s)));
const whens = (r: El) => els(r, 'date').map((e) => e.attrs.when ?? '');
const list = (w: unknown) => w as string[];

/** The expectation keys of `*.expect.json`, checked as `tools/check-samples.py` checks them. */
export const CHECKS: Readonly<Record<string, Check>> = {
  documents: (r, w) => count(r, 'div', { type: 'document' }) === w,
  pb_n: (r, w) => list(w).every((n) => els(r, 'pb').some((e) => e.attrs.n === n)),
  pb_min: (r, w) => count(r, 'pb') >= (w as number),
  stamps_min: (r, w) => count(r, 'stamp') >= (w as number),
  classification_min: (r, w) => count(r, 'fw', { type: 'classification' }) >= (w as number),
  citation_min: (r, w) => count(r, 'fw', { type: 'archival-citation' }) >= (w as number),
  folio_n: (r, w) => JSON.stringify(els(r, 'fw', { type: 'folio' }).map((e) => e.attrs.n ?? '').sort()) === JSON.stringify([...list(w)].sort()),
  salute: (r, w) => list(w).every((s) => els(r, 'salute').some((e) => norm(textOf(e)) === s)),
  signed_contains: (r, w) => els(r, 'signed').some((e) => norm(textOf(e)).includes(w as string)),
  addrLine_min: (r, w) => count(r, 'addrLine') >= (w as number),
  date_when: (r, w) => list(w).every((p) => whens(r).some((x) => x.startsWith(p))),
  head: (r, w) => list(w).every((h) => els(r, 'head').some((e) => norm(textOf(e)).toUpperCase().includes(h.toUpperCase()))),
  p_continues_over_pb: (r, w) => els(r, 'p').some((p) => els(p, 'pb').length > 0) === w,
  lb_min: (r, w) => count(r, 'lb') >= (w as number),
  opener_contains: (r, w) => list(w).every((s) => insideSome(r, 'opener', s)),
  closer_contains: (r, w) => list(w).every((s) => insideSome(r, 'closer', s)),
  fw_contains: (r, w) => list(w).every((s) => insideSome(r, 'fw', s)),
  not_fw: (r, w) => list(w).every((s) => { const t = els(r, 'text')[0]; return !!t && squash(textOf(t, 'fw')).includes(squash(s)) && !insideSome(r, 'fw', s); }),
  postscript: (r, w) => (count(r, 'postscript') > 0) === w,
  when_all: (r, w) => list(w).every((p) => whens(r).some((x) => x.startsWith(p))),
};

/** The names of the failed checks of one file's expectations. */
export function failedChecks(tei: El, spec: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(spec).filter(([k, w]) => {
    const check = CHECKS[k];
    if (!check) throw new Error(`unknown expectation ${k}`);
    return !check(tei, w);
  }).map(([k, w]) => `${k}=${JSON.stringify(w)}`);
}

/**
 * The share of the source's characters (white space and brackets squashed) that the TEI text
 * keeps in order: the longest common subsequence by Myers' O(ND) difference, over their lengths.
 */
export function conserved(src: string, tei: string): number {
  const sq = (s: string) => s.normalize('NFC').replace(/[\s[\]{}]+/gu, '');
  const a = sq(src);
  const b = sq(tei);
  if (!a.length) return 1;
  const d = editScript(a, b);
  return (a.length + b.length - d) / 2 / a.length;
}

/** The number of insertions and deletions of the shortest edit script (Myers). */
function editScript(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[max + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return max;
}
