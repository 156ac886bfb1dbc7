/** The tool's version, written into every TEI header (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
