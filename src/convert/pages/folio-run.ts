import type { Furniture } from '../../ir/nodes.js';

/**
 * Reads folio numbers that OCR damaged from the run they stand in: a missing number between
 * two read ones that differ by two is the one between; at the ends, one more or one less.
 * Returns the folios whose number was read from the run.
 */
export function fillFolioRun(folios: readonly Furniture[]): Furniture[] {
  const filled: Furniture[] = [];
  folios.forEach((f, i) => {
    if (f.n !== undefined) return;
    const prev = folios[i - 1]?.n;
    const next = folios[i + 1]?.n;
    const guess = prev !== undefined ? Number(prev) + 1 : next !== undefined ? Number(next) - 1 : undefined;
    if (guess === undefined || !Number.isFinite(guess)) return;
    if (prev !== undefined && next !== undefined && Number(next) - Number(prev) !== 2) return;
    f.n = String(guess);
    f.nInferred = true;
    filled.push(f);
  });
  return filled;
}
