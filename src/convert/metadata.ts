/**
 * What a user may say about a transcript in its sidecar `<name>.meta.json`. Every field is
 * optional; what the transcript itself shows (datelines, citations) fills the rest.
 */
export interface Metadata {
  title?: string;
  /** ISO date of the (first) document. */
  date?: string;
  sender?: string;
  recipient?: string;
  place?: string;
  repository?: string;
  collection?: string;
  folder?: string;
  idno?: string;
  /** `letter`, `telegram`, `memorandum`, `report`, `document`. */
  documentType?: string;
  /** `draft`, `sent`, `copy` … */
  status?: string;
  language?: string;
  /** A note for the header (e.g. where the date comes from). */
  note?: string;
  /** Per-document overrides, in document order. */
  documents?: Omit<Metadata, 'documents' | 'repository' | 'collection' | 'folder' | 'idno' | 'language'>[];
}

const STRING_FIELDS = ['title', 'date', 'sender', 'recipient', 'place', 'repository', 'collection', 'folder', 'idno', 'documentType', 'status', 'language', 'note'] as const;
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/**
 * Checks parsed JSON against the metadata shape. Returns the metadata and a list of problems
 * (each a sentence); a field of the wrong type is left out.
 */
export function checkMetadata(value: unknown): { meta: Metadata; problems: string[] } {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { meta: {}, problems: ['The metadata must be a JSON object.'] };
  const v = value as Record<string, unknown>;
  const meta: Metadata = {};
  for (const k of STRING_FIELDS) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string') problems.push(`"${k}" must be a string.`);
    else meta[k] = v[k] as string;
  }
  if (meta.date && !ISO.test(meta.date)) {
    problems.push(`"date" is "${meta.date}"; expected an ISO date such as 1962-11-06.`);
    delete meta.date;
  }
  if (v.documents !== undefined && !Array.isArray(v.documents)) problems.push('"documents" must be an array of objects.');
  if (Array.isArray(v.documents)) {
    meta.documents = v.documents.map((d: unknown, i) => {
      const r = checkMetadata(d);
      problems.push(...r.problems.map((p) => `documents[${i}]: ${p}`));
      return r.meta;
    });
  }
  for (const k of Object.keys(v)) if (!(STRING_FIELDS as readonly string[]).includes(k) && k !== 'documents') problems.push(`"${k}" is not a metadata field (known: ${STRING_FIELDS.join(', ')}, documents).`);
  return { meta, problems };
}
