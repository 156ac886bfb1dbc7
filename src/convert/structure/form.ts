import type { Inline, ListEntry, ListNode } from '../../ir/nodes.js';
import type { Line } from '../scan-lines.js';
import { subLine } from './context.js';
import { FORM_LABEL } from './form-region.js';
import type { Item } from './items.js';

/** A form being read: labels still waiting for a value, and how many ids were given. */
export interface FormState {
  readonly pending: string[];
  ids: number;
}

/** The end of a form label at a line start (after its colon), or 0 when the line has none. */
function labelEnd(line: Line): number {
  const m = FORM_LABEL.exec(line.text);
  return m ? m[0].length : 0;
}

const hasText = (s: string) => /[^ \t]/u.test(s);

/**
 * One block of a form page as entries of `list type="form"`: a `LABEL : value` line is a label
 * and its value; a label standing alone waits for its value, which OCR of a two-column form
 * often gives later, in a block of values in the same order. Such a value stays where it
 * stands (text keeps its order) with an empty label, pointing at its label (`corresp`).
 */
export function formList(item: Item, st: FormState, inl: (lines: Line[]) => Inline[], doc: number): ListNode {
  const entries: ListEntry[] = item.lines.map((line) => {
    const cut = labelEnd(line);
    if (cut) {
      const value = hasText(line.text.slice(cut)) ? [{ type: 'p' as const, children: inl([subLine(line, cut)]), pos: line.pos }] : [];
      const id = value.length ? undefined : `form${doc}-${++st.ids}`;
      if (id) st.pending.push(id);
      return { label: inl([subLine(line, 0, cut)]), children: value, pos: line.pos, ...(id ? { id } : {}) };
    }
    const corresp = st.pending.shift();
    return { label: [], children: [{ type: 'p' as const, children: inl([line]), pos: line.pos }], pos: line.pos, ...(corresp ? { corresp } : {}) };
  });
  return { type: 'list', listType: 'form', entries, pos: item.pos };
}
