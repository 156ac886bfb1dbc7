import { describe, expect, it } from 'vitest';
import { consensus } from '../../../src/convert/structure/consensus.js';
import { reconcileCitation } from '../../../src/convert/structure/reconcile.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';

describe('reconciling damaged copies of a citation', () => {
  it('recovers a reading no single copy has, when the damage is scattered', () => {
    expect(consensus(['RG 59, Centrl Files 1960-63, Box 1234', 'RG 59, Central Fies 1960-63, Box 1234', 'RG 59, Central Files 1960-63, Bx 1234', 'RG 59, Central Files 196O-63, Box 1234'])).toBe('RG 59, Central Files 1960-63, Box 1234');
  });

  it('parses the reading into repository, collection, folder and an ISO date range', () => {
    const copies = [
      'JFK, NSF USSR, Subjects Khushcher Orrosporalnee (Cuta) Vol.I-C, 11/3/62-11/16/62',
      'JFK, NSF USSR, Subjects Khrushcher avverporabne (Cuta) Url. I-C, 11/3/62-11/16/62',
      'JFK, NSF USSR, Subjects Khrushcher Usvoeparabree (Cuta) Vol. I-C, 11/3/62-11/16/62',
      'JFK, NSF USSR, Subjects Khrushcher Urverpsrabnee (Cuta) Vol.I-C, 11/3/62-11/16/62',
    ];
    const c = reconcileCitation(copies, usGovernment20c)!;
    expect({ ...c, folder: c.folder?.replace(/Khrushcher \S+/, 'Khrushcher …') }).toEqual({
      reading: c.reading,
      copies: 4,
      repository: 'John F. Kennedy Presidential Library',
      collection: 'National Security Files',
      folder: 'USSR, Subjects Khrushcher … (Cuta) Vol.I-C',
      from: '1962-11-03',
      to: '1962-11-16',
      range: '11/3/62-11/16/62',
    });
  });

  it('places the record by a record footer\'s record number, not by its page counter or document id', () => {
    const footers = ['QX 7713 DocId:448120 Page 1', 'QX 7713 DocId:448120 Page 2', 'QX 7713 DocId:448120 Page 3'];
    expect(reconcileCitation(footers, usGovernment20c)).toEqual({ reading: 'QX 7713', copies: 3, folder: 'QX 7713' });
  });

  it('reconciles the record footers alone when other citation lines stand among them', () => {
    const copies = ['SERIES : HARBOUR FILES, BOX 32.', 'QX 7713 DocId:448120 Page 1', 'Harbour, NORTH o FILE NO. 12', 'QX 7713 DocId:448120 Page 2'];
    expect(reconcileCitation(copies, usGovernment20c)).toEqual({ reading: 'QX 7713', copies: 2, folder: 'QX 7713' });
  });

  it('keeps a citation line that is no record footer whole', () => {
    expect(reconcileCitation(['Harbour Papers, Box 4, Page 2 of the inventory'], usGovernment20c)?.folder).toEqual('Harbour Papers, Box 4, Page 2 of the inventory');
  });
});
