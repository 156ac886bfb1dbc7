/**
 * The build's render pool, made when the first document is handed to it: the pool module
 * brings the XSLT engine into the main thread as it loads, which a build that renders nothing
 * (a no-op rebuild) should not pay for.
 */
import type { DocumentPool } from '../render/pool.js';

/** A pool that calls `make` on its first `render` and forwards to it; `close` closes it only if it was made. */
export function lazyPool(make: () => Promise<DocumentPool>): DocumentPool {
  let pool: Promise<DocumentPool> | undefined;
  return {
    render: async (doc, keep) => (await (pool ??= make())).render(doc, keep),
    warm: () => {
      void (pool ??= make()).then((p) => p.warm(), () => undefined);
    },
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}
