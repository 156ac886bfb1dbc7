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

  it('reads an addressee line without a colon, its label in any case, before an office in capitals', () => {
    expect(best('to HARBOURMASTER, HULL (12-345)')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'to', labelLength: 3 });
    expect(best('4 From CHIEF, Port Office')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'from', labelLength: 7 });
    expect(best('PROM CLERK, HULL (12-9)')).toEqual({ kind: 'field', rule: 'field/damaged-label', value: 'from', labelLength: 5 });
  });

  it('leaves a sentence that opens with to or from, and a label misread past the letters OCR confuses, alone', () => {
    expect(best('To the harbour master, Hull, we sent the dues.').kind).not.toEqual('field');
    expect(best('From HULL, the pilots came by train.').kind).not.toEqual('field');
    expect(best('GRIM CLERK, HULL (12-9)').kind).not.toEqual('field');
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
