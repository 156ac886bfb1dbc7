import { DOCUMENT_KINDS, type DocumentKind, type DocumentNode } from '../../ir/nodes.js';
import type { Profile } from '../../profiles/profile.js';

/** A cue of a document's kind, found while its parts were placed. */
export interface KindCue {
  readonly kind: DocumentKind;
  /** What showed it: a heading naming a kind, a telegram line, memo fields, a salutation or close. */
  readonly cue: 'heading' | 'telegram-line' | 'date-time-group' | 'memo-field' | 'salute';
}

/**
 * The one place a document's kind is decided. The metadata's `documentType` wins (mapped
 * through the profile); else a heading that names a kind; else the first cue in source order — but a salutation or close makes
 * a letter only if it survived as one (the zones pass may have given a lone close back to the
 * body); else the kind of the sheet it goes on (`sheet`: the next minute under a minute is one
 * too); else a plain `document`.
 */
export function decideKind(doc: DocumentNode, cues: readonly KindCue[], profile: Profile, metaType?: string, sheet?: DocumentKind): DocumentKind {
  if (metaType) return mappedKind(metaType, profile);
  const salutes = doc.parts.some((p) => (p.type === 'opener' || p.type === 'closer') && p.children.some((c) => c.type === 'salute'));
  // A heading that names the kind says more than fields above it (`From:` / `To:` over `Telegram No. 214`).
  const heading = cues.find((c) => c.cue === 'heading');
  return heading?.kind ?? cues.find((c) => c.cue !== 'salute' || salutes)?.kind ?? sheet ?? 'document';
}

/**
 * The document kind of a metadata `documentType`: one of the kinds itself, or a word the
 * profile maps to one (`minutes` → report); anything else is a plain `document` (the title
 * still says what the user wrote).
 */
export function mappedKind(type: string, profile: Profile): DocumentKind {
  const t = type.toLowerCase().replace(/^[ \t\n]+|[ \t\n]+$/gu, '');
  if ((DOCUMENT_KINDS as readonly string[]).includes(t)) return t as DocumentKind;
  const mapped = profile.documentKinds[t];
  return mapped && (DOCUMENT_KINDS as readonly string[]).includes(mapped) ? (mapped as DocumentKind) : 'document';
}
