// The best date of a document (xslt/common/metadata.xsl), which orders and dates the site index:
// the dateline's, the sidecar's (the converter writes it as the sent date of the correspondence),
// the title's, then the first dated date of the text.
import { describe, expect, it } from 'vitest';
import { transform } from '../../../src/render/saxon.js';
import { parseSummary } from '../../../src/render/summary.js';

interface Parts { readonly title: string; readonly sent?: string; readonly dateline?: string; readonly body?: string }

/** A TEI file with a title, an optional sent date (as the converter writes a sidecar's date), an optional dateline and a body. */
function tei(p: Parts): string {
  const corresp = p.sent ? `<profileDesc><correspDesc><correspAction type="sent"><persName>A</persName><date when="${p.sent}"/></correspAction><correspAction type="received"><persName>B</persName></correspAction></correspDesc></profileDesc>` : '';
  const opener = p.dateline ? `<opener><dateline><date when="${p.dateline}">then</date></dateline></opener>` : '';
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>${p.title}</title></titleStmt></fileDesc>${corresp}</teiHeader>`
    + `<text><body><div type="document">${opener}<p>${p.body ?? 'No date here.'}</p></div></body></text></TEI>`;
}

const dated = (p: Parts): { date?: string; dateLabel?: string } => {
  const s = parseSummary(transform('tei-to-summary', tei(p), { 'date-format': 'dmy' }));
  return { ...(s.date ? { date: s.date } : {}), ...(s.dateLabel ? { dateLabel: s.dateLabel } : {}) };
};
const body = 'Met on <date when="1960-01-04">4 January 1960</date>.';

describe('the best date of a document', () => {
  it('takes the dateline first, then the sidecar (sent) date, then the title, then the first date of the text', () => {
    const all = { title: 'Minute, 14 March 1958', sent: '1958-03-15', dateline: '1958-03-16', body };
    expect(dated(all).date).toEqual('1958-03-16');
    expect(dated({ ...all, dateline: undefined }).date).toEqual('1958-03-15');
    expect(dated({ title: all.title, body }).date).toEqual('1958-03-14');
    expect(dated({ title: 'Minute', body }).date).toEqual('1960-01-04');
  });

  it('dates a document whose only date is in its title, in any of the written forms', () => {
    expect(dated({ title: 'Minute of the Water Board, 14 March 1958' })).toEqual({ date: '1958-03-14', dateLabel: '14 March 1958' });
    expect(dated({ title: 'Letter from A to B, November 6, 1962' })).toEqual({ date: '1962-11-06', dateLabel: '6 November 1962' });
    expect(dated({ title: 'Note of the 5th of Nov. 1962' })).toEqual({ date: '1962-11-05', dateLabel: '5 November 1962' });
    expect(dated({ title: 'Telegram 1962-11-05 (copy)' })).toEqual({ date: '1962-11-05', dateLabel: '5 November 1962' });
    expect(dated({ title: 'Report for March 1958' })).toEqual({ date: '1958-03', dateLabel: 'March 1958' });
    expect(dated({ title: 'Letter, <date when="1958-04-01">All Fools\' Day</date> 1958' })).toEqual({ date: '1958-04-01', dateLabel: '1 April 1958' });
  });

  it('finds no date in a title whose numbers and month-like words make none', () => {
    expect(dated({ title: 'Report of the March Committee, file 1958-77' })).toEqual({});
    expect(dated({ title: 'Minute 14 of the Board, room 1958' })).toEqual({});
    expect(dated({ title: 'Marchbanks 5, 1958' })).toEqual({});
    expect(dated({ title: 'Return of 31 February 1958' })).toEqual({});
  });

  it('gives a dated dateline\'s day, not its time, and passes over the dateline of a quoted text', () => {
    expect(dated({ title: 'Telegram', dateline: '1962-10-27T20:05:00-04:00' })).toEqual({ date: '1962-10-27', dateLabel: '27 October 1962' });
    const quoted = tei({ title: 'Telegram', sent: '1962-10-28' }).replace('<p>No date here.</p>', '<quote><floatingText><body><opener><dateline><date when="1962-10-01">1 October</date></dateline></opener><p>x</p></body></floatingText></quote>');
    expect(parseSummary(transform('tei-to-summary', quoted)).date).toEqual('1962-10-28');
  });
});
