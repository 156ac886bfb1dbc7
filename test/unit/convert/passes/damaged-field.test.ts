import { describe, expect, it } from 'vitest';
import { judgeLine } from '../../../../src/convert/candidates/candidates.js';
import { profile } from './helpers.js';

const best = (text: string) => judgeLine(text, { profile }).best.match;

describe('header field labels damaged by OCR', () => {
  it('reads a label whose colon OCR made a quote, a semicolon or a dash', () => {
    expect(best('SUBJECT ”; Pilot fees at Hull')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'subject', labelLength: 11 });
    expect(best('REFERENCE - : Harbour Board minute of 3 May')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'ref', labelLength: 14 });
  });

  it('reads a short label exactly, with the marks OCR put for its colon', () => {
    expect(best('TO > Port Office, Hull (12-345)')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'to', labelLength: 5 });
    expect(best('FROM ? @ Harbour Master')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'from', labelLength: 9 });
  });

  it('reads a long label with one letter misread', () => {
    expect(best('SUBJFCT: Pilot fees')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'subject', labelLength: 9 });
  });

  it('leaves prose that opens with a label word, and a label of another length, alone', () => {
    expect(best('Subject; he said, to the approval of the board.').kind).not.toEqual('field');
    expect(best('SUBJECTS: harbour, pilots').kind).not.toEqual('field');
    expect(best('SUBJECT MATTER OF THE TALKS').kind).not.toEqual('field');
  });
});
