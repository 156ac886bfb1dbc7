import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../../src/render/date-label.js';
import type { DateFormat } from '../../../src/render/index.js';
import { stylesheets, transform } from '../../../src/render/saxon.js';
import { compileShells, indexPage } from '../../../src/render/site.js';
import { parseSummary } from '../../../src/render/summary.js';

/** A minimal TEI document dated `when` by its correspondence description. */
const dated = (when: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc><correspDesc><correspAction type="sent"><date when="${when}"/></correspAction></correspDesc></profileDesc></teiHeader><text><body><div type="document"><p>x</p></div></body></text></TEI>`;

const FORMATS: readonly DateFormat[] = ['dmy', 'mdy', 'iso'];
const DATES = ['1962-11-05', '1843-03-03', '2026-01-15', '1962-11', '1962', '1962-02-30'];

describe('the site has one date format', () => {
  it('reads a day, a month and a bare year as the stylesheets do, in each format', () => {
    expect(FORMATS.map((f) => DATES.map((d) => dateLabel(d, f)))).toEqual([
      ['5 November 1962', '3 March 1843', '15 January 2026', 'November 1962', '1962', '1962-02-30'],
      ['November 5, 1962', 'March 3, 1843', 'January 15, 2026', 'November 1962', '1962', '1962-02-30'],
      ['1962-11-05', '1843-03-03', '2026-01-15', '1962-11', '1962', '1962-02-30'],
    ]);
  });

  it('gives the same label as the summary stylesheet for every date and format', () => {
    const sheets = stylesheets();
    const fromXslt = FORMATS.map((f) => DATES.map((d) => parseSummary(transform('tei-to-summary', dated(d), { 'date-format': f }, sheets)).dateLabel ?? d));
    expect(FORMATS.map((f) => DATES.map((d) => dateLabel(d, f)))).toEqual(fromXslt);
  });

  it('prints the build date in the page footers in the site format, not as ISO', () => {
    const shells = compileShells();
    const footer = (f: DateFormat): string => /<footer[^]*?<\/footer>/u.exec(indexPage(shells, [], { siteTitle: 'E', buildDate: '2026-01-15', dateFormat: f }))?.[0] ?? '';
    expect(FORMATS.map((f) => /built ([^·<]+?) ·/u.exec(footer(f))?.[1])).toEqual(['15 January 2026', 'January 15, 2026', '2026-01-15']);
  });
});
