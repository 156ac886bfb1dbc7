import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import type { Profile } from '../../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';
import { outline } from '../outline.js';

const kindsOf = (text: string, profile?: Profile) => convertText(text, { file: 'k.txt', ...(profile ? { profile } : {}) }).transcript!.documents.map((d) => d.kind);
const body = (dateline: string, first: string) => `${dateline}\n\n${first} The harbour board will meet the pilots on Monday to settle the winter dues.\n\nHOLT\n`;

describe('the kind of a telegram sent as a numbered text', () => {
  it('is a telegram when its text opens with its number under a dateline that carries a time', () => {
    expect([kindsOf(body('Oslo, May 4, 1961, 3:15 p.m.', '214. Your 88.')), kindsOf(body('Oslo, May 4, 1961, 11:05 a.m.', '1207.'))]).toEqual([['telegram'], ['telegram']]);
  });

  it('is none when the dateline has no time, or the text opens with a first numbered paragraph', () => {
    expect([kindsOf(body('Oslo, May 4, 1961', '214. Your 88.')), kindsOf(body('Oslo, May 4, 1961, 3:15 p.m.', '1.'))]).toEqual([['document'], ['document']]);
  });
});

describe('a heading that names the kind', () => {
  const HEADER = 'From: Harbour Office\nTo: Pilot Station\n\n';
  const TEXT = '\n\nThe harbour board will meet the pilots on Monday to settle the winter dues for the year.\n';

  it('outweighs header fields above it', () => {
    expect(kindsOf(`${HEADER}Telegram No. 41${TEXT}`, ukGovernment20c)).toEqual(['telegram']);
  });

  it('leaves header fields alone to make a memorandum, and a heading that names no kind changes nothing', () => {
    expect([kindsOf(`${HEADER.trimEnd()}${TEXT}`, ukGovernment20c), kindsOf(`${HEADER}WINTER DUES${TEXT}`, ukGovernment20c)]).toEqual([['memorandum'], ['memorandum']]);
  });
});

describe('the line that closes a quoted text', () => {
  const TEL = (close: string) => `TELEGRAM\n\nPlease pass the following message to the Harbour Master. Begins.\n\nDear Sir,\n\nThe pilots will sail for the northern bar on Monday, as the board agreed.\n\nYours faithfully,\n\nAnn Holt\n\n${close}\n`;

  it('is a sentence of the telegram after the quoted text, not its signature', () => {
    expect(outline(convertText(TEL('Ends.'), { file: 'q.txt', profile: ukGovernment20c }).transcript!.documents[0]!).slice(-2)).toEqual(['quotedText', 'p: Ends.']);
  });

  it('is no close line when it is a name (`Enders`), which still signs', () => {
    expect(outline(convertText(TEL('Enders'), { file: 'q.txt', profile: ukGovernment20c }).transcript!.documents[0]!).at(-1)).toEqual('closer(salute: Yours faithfully, | signed: Ann Holt | signed: Enders)');
  });
});
