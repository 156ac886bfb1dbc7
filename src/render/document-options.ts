import type { RenderOptions } from './index.js';

/** The render options a document's outputs depend on (what a cache key of them must hold). */
export function documentOptions(opts: RenderOptions): Readonly<Record<string, string | boolean>> {
  return {
    targets: [...new Set(opts.targets)].sort().join(','),
    siteTitle: opts.siteTitle ?? 'Edition',
    pageSize: opts.pageSize ?? 'A4',
    dateFormat: opts.dateFormat ?? 'dmy',
    buildDate: opts.buildDate ?? '',
    site: opts.site !== false,
  };
}
