import type { LineRecognizer } from './types.js';

/** A line that is wholly a transcriber's bracketed remark (`[initials]`, `[handwritten: …]`). */
export const editorialNote: LineRecognizer = (text) =>
  /^\[[^\[\]]+\]$/u.test(text) ? { kind: 'note', rule: 'note/bracketed-line' } : undefined;
