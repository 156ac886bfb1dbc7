// Bundles the edition's third-party assets from node_modules into lib/render/assets/ (called
// by compile-xslt.mjs): the Source Serif 4 font (woff2 files of the 400/600 weights, upright and
// italic, every subset, with an @font-face sheet whose urls point at fonts/ and the font's SIL
// OFL licence), the paged.js polyfill (with its MIT licence) that lays out the print
// edition's pages, footnotes and running heads, MiniSearch (MIT) for the site's search, and the hyphen engine (ISC) with
// the TeX hyphenation patterns of HYPHENATION_PATTERNS for the print edition (assets/hyphenate.js
// uses them: Chromium on Linux has no hyphenation dictionaries). Nothing is downloaded: all are npm packages.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FACES = ['400', '400-italic', '600', '600-italic'];

/** Copies the font and paged.js into `assets` (lib/render/assets); returns what it did. */
export function bundleAssets(root, assets) {
  const font = join(root, 'node_modules', '@fontsource', 'source-serif-4');
  const paged = join(root, 'node_modules', 'pagedjs');
  if (!existsSync(font) || !existsSync(paged)) throw new Error('bundle-assets: @fontsource/source-serif-4 and pagedjs must be installed (npm install)');
  mkdirSync(join(assets, 'fonts'), { recursive: true });
  const sheets = FACES.map((face) => {
    const css = readFileSync(join(font, `${face}.css`), 'utf8');
    return css.replace(/url\(\.\/files\/([^)]+?)\.woff2\) format\('woff2'\), url\(\.\/files\/[^)]+?\.woff\) format\('woff'\)/gu, (_m, name) => {
      copyFileSync(join(font, 'files', `${name}.woff2`), join(assets, 'fonts', `${name}.woff2`));
      return `url(fonts/${name}.woff2) format('woff2')`;
    });
  });
  writeFileSync(join(assets, 'fonts.css'), `/* Source Serif 4 (Adobe), SIL Open Font License 1.1: fonts/LICENSE.txt. From @fontsource/source-serif-4. */\n${sheets.join('\n')}`);
  copyFileSync(join(font, 'LICENSE'), join(assets, 'fonts', 'LICENSE.txt'));
  copyFileSync(join(paged, 'dist', 'paged.polyfill.min.js'), join(assets, 'paged.polyfill.js'));
  copyFileSync(join(paged, 'LICENSE.md'), join(assets, 'paged.LICENSE.txt'));
  const search = join(root, 'node_modules', 'minisearch');
  copyFileSync(join(search, 'dist', 'umd', 'index.js'), join(assets, 'minisearch.js'));
  copyFileSync(join(search, 'LICENSE.txt'), join(assets, 'minisearch.LICENSE.txt'));
  bundleHyphenation(root, assets);
  return 'fonts, paged.js, MiniSearch and hyphenation patterns bundled';
}

/** The languages whose hyphenation patterns the print edition carries (file names in hyphen/patterns/). */
const HYPHENATION_PATTERNS = ['en-us', 'en-gb'];

/** One script, assets/hyphen.js: the hyphen engine (window.createHyphenator) and the patterns (window.hyphenationPatterns…). */
function bundleHyphenation(root, assets) {
  const hyphen = join(root, 'node_modules', 'hyphen');
  if (!existsSync(hyphen)) throw new Error('bundle-assets: hyphen must be installed (npm install)');
  const parts = ['hyphen.js', ...HYPHENATION_PATTERNS.map((p) => `patterns/${p}.js`)].map((f) => readFileSync(join(hyphen, f), 'utf8'));
  writeFileSync(join(assets, 'hyphen.js'), `/* hyphen (ISC, hyphen.LICENSE.txt) with the hyphenation patterns ${HYPHENATION_PATTERNS.join(', ')}, from the hyphen npm package. */\n${parts.join(';\n')}`);
  const licence = readFileSync(join(hyphen, 'LICENSE'), 'utf8');
  writeFileSync(join(assets, 'hyphen.LICENSE.txt'), `${licence}\n\nThe hyphenation patterns (${HYPHENATION_PATTERNS.join(', ')}) are the TeX patterns from CTAN as ported by the hyphen package; their authors' terms travel with them there.\n`);
}
