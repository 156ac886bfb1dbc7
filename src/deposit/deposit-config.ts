/**
 * The deposit settings of an edition: the optional `deposit` object of `teipress.config.json`
 * (`identifier`, `groupIdentifier`, `url`, `editors`, `authorities`), beside the settings `build` reads.
 */

/** What the config says about depositing; every key optional. */
export interface DepositSettings {
  /** The edition's identifier (External-Identifier, METS OBJID); default: made from the title. */
  readonly identifier?: string;
  /** Bag-Group-Identifier, when the edition is one of several bags. */
  readonly groupIdentifier?: string;
  /** Where the edition is published (base URL of dist/); links in DC and CMIF use it. */
  readonly url?: string;
  /** Who answers for the CMIF file. */
  readonly editors?: readonly string[];
  /** A register of authority URIs by name (persons, organisations, places), for CMIF `@ref`. */
  readonly authorities?: Readonly<Record<string, string>>;
}

/**
 * The `deposit` settings of a parsed config (already checked against the published schema by
 * `loadConfig`, which reads the file once for build and deposit alike); values of the wrong type
 * are left out.
 */
export function depositSettingsOf(value: unknown): DepositSettings {
  const d = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const str = (k: string) => (typeof d[k] === 'string' && d[k] ? { [k]: d[k] as string } : {});
  const editors = Array.isArray(d['editors']) ? { editors: d['editors'].filter((e): e is string => typeof e === 'string') } : {};
  const a = d['authorities'];
  const authorities = a && typeof a === 'object' && !Array.isArray(a) ? { authorities: Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => typeof e[1] === 'string')) } : {};
  return { ...str('identifier'), ...str('groupIdentifier'), ...str('url'), ...editors, ...authorities };
}

/** An identifier made from a title: lower-case letters and digits joined by hyphens. */
export function slug(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '') || 'edition';
}

/** The identifier of document `id`: its page's URL when the edition's URL is known, else `edition/id`. */
export function documentIdentifier(id: string, title: string, s: DepositSettings): string {
  return s.url ? `${s.url.replace(/\/+$/u, '')}/html/${encodeURIComponent(id)}.html` : `${s.identifier ?? slug(title)}/${id}`;
}
