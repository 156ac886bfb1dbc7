import type { DateNode, DocPart, DocumentNode, Inline, ListEntry, RecordKey, RecordMetadata } from '../../ir/nodes.js';
import { formLabelsOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import { textOf } from './reconcile.js';

/** Dashes, equals signs and stray marks OCR leaves between a form label and its value (`— 12/10/1962`). */
const VALUE_EDGES = /^[^\p{L}\p{N}]+|[ \t:;|=_—–-]+$/gu;
/** A value that is only a blank's placeholder (`00/00/0000`, `-`): nothing known. */
const PLACEHOLDER = /^[0/ \t.-]*$/u;

/** A form label as the profile lists it: lower case, colon and edges gone, spaces single. */
const labelKey = (label: readonly Inline[]) => textOf(label).toLowerCase().replace(/[ \t]*[:;][^\p{L}]*$/u, '').replace(/^[^\p{L}]+/u, '').replace(/[ \t\n]+/gu, ' ');

function dateIn(nodes: readonly Inline[]): DateNode | undefined {
  for (const n of nodes) {
    if (n.type === 'date' && n.when && !n.inferred) return n;
    const inner = 'children' in n && Array.isArray(n.children) ? dateIn(n.children as Inline[]) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

const formEntries = (parts: readonly DocPart[]): ListEntry[] => parts.flatMap((p) => (p.type === 'list' && p.listType === 'form' ? p.entries : []));

/**
 * Reads record metadata from form pages: each label the profile's `formLabels` names (record
 * number, agency, originator, date, pages, classification) gives its value, from the same
 * line or from the value block that points back at it (`corresp`). The first form's value
 * wins; a blank's placeholder (`00/00/0000`) is no value. Pure.
 */
export function recordMetadata(docs: readonly DocumentNode[], profile: Profile): RecordMetadata | undefined {
  const labels = formLabelsOf(profile);
  const entries = docs.flatMap((d) => formEntries(d.parts));
  const later = new Map(entries.filter((e) => e.corresp).map((e) => [e.corresp!, e]));
  const values: Partial<Record<RecordKey, string>> = {};
  let when: string | undefined;
  for (const e of entries) {
    const key = e.label.length ? labels[labelKey(e.label)] : undefined;
    if (!key || values[key] !== undefined) continue;
    const valueEntry = e.children.length ? e : e.id ? later.get(e.id) : undefined;
    const nodes = valueEntry?.children.flatMap((p) => (p.type === 'p' ? p.children : [])) ?? [];
    const value = textOf(nodes).replace(VALUE_EDGES, '');
    if (!value || PLACEHOLDER.test(value)) continue;
    values[key] = value;
    if (key === 'date') when = dateIn(nodes)?.when;
  }
  if (!Object.keys(values).length) return undefined;
  const level = values.classification?.toUpperCase();
  const classification = level ? profile.classificationLevels.find((l) => level === l.printed || level.startsWith(`${l.printed} `))?.key : undefined;
  return { values, ...(when ? { when } : {}), ...(classification ? { classification } : {}) };
}
