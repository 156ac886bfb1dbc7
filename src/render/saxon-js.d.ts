/**
 * The part of saxon-js 2.7 that teipress uses (the package ships no types). Only
 * `src/render/saxon.ts` imports it.
 */
declare module 'saxon-js' {
  /** Options of a synchronous transform from a precompiled (SEF) stylesheet. */
  export interface TransformOptions {
    /** The parsed SEF JSON. */
    stylesheetInternal: object;
    /** The source document as a string (none when an initial template starts the run). */
    sourceText?: string;
    /** The named template the run starts with (a Clark name), instead of a source document. */
    initialTemplate?: string;
    /** The base URI that relative result-document hrefs resolve against. */
    baseOutputURI?: string;
    /** Where a secondary result (xsl:result-document) goes: `serialized` keeps it in `resultDocuments`. */
    deliverResultDocument?: (uri: string) => { destination: 'serialized' };
    /** `serialized`: the principal result as a string; `raw`: its items as JavaScript values, unserialized. */
    destination: 'serialized' | 'raw';
    /** Global stylesheet parameters, keyed by (Clark or no-namespace) name. */
    stylesheetParams?: Record<string, string | number | boolean | readonly string[]>;
    /** Serialization parameters that override `xsl:output`. */
    outputProperties?: Record<string, string | boolean>;
  }

  /** What a transform returns. */
  export interface TransformResult {
    /** The serialized result (`serialized`), or with `raw` its item (one), items (an array) or null (none). */
    principalResult: string;
    /** The serialized secondary results, by absolute URI. */
    resultDocuments: Record<string, string | undefined>;
  }

  /** The SaxonJS platform object. */
  interface SaxonJSApi {
    transform(options: TransformOptions, execution: 'sync'): TransformResult;
    getProcessorInfo(): { productVersion: string };
  }

  const SaxonJS: SaxonJSApi;
  export default SaxonJS;
}
