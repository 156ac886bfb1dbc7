/** TEIPRESS_RENDER_WORKERS, when it is a whole number (0 and 1 render on the main thread); else undefined. */
export function jobsFromEnv(): number | undefined {
  const env = process.env.TEIPRESS_RENDER_WORKERS;
  return env !== undefined && /^[0-9]+$/u.test(env) ? Number(env) : undefined;
}
