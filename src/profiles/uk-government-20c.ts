import { ENGLISH_EDITORIAL_REMARKS } from './defaults.js';
import { worldGazetteer } from './gazetteer.js';
import { englishDates } from './locale-en.js';
import type { Profile } from './profile.js';
import { ORGANISATION_WORDS, usGovernment20c } from './us-government-20c.js';

/**
 * Records of the British government in the 20th century as The National Archives holds them
 * (Foreign Office, Cabinet Office, Prime Minister's Office): `FO 371/…` references, day-first
 * numeric dates (`12/2/57` is 12 February 1957), minutes, despatches and telegrams.
 */
export const ukGovernment20c: Profile = {
  ...usGovernment20c,
  name: 'uk-government-20c',
  stamps: [
    { type: 'declassification', keywords: ['declassified', 'retained under section', 'closed until', 'public record office'], patterns: ['\\bSection[ \\t]+3[ \\t]*\\(4\\)'] },
    { type: 'release', keywords: ['released', 'release'] },
    { type: 'received', keywords: ['received', 'registry', 'recd', "rec'd"] },
    { type: 'copy', keywords: ['copy no', 'copy of', 'file copy', 'photocopy'] },
  ],
  classificationLevels: [
    { printed: 'TOP SECRET', key: 'top-secret' },
    { printed: 'SECRET', key: 'secret' },
    { printed: 'CONFIDENTIAL', key: 'confidential' },
    { printed: 'RESTRICTED', key: 'restricted' },
    { printed: 'UNCLASSIFIED', key: 'unclassified' },
  ],
  caveats: ['UK EYES ONLY', 'UK EYES A', 'UK EYES B', 'GUARD', 'PERSONAL', 'PERSONAL AND CONFIDENTIAL', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'EMERGENCY', 'FLASH', 'DEDIP', 'CODEWORD'],
  repositories: {
    TNA: 'The National Archives', PRO: 'Public Record Office', BL: 'British Library', 'CHURCHILL': 'Churchill Archives Centre',
    BOD: 'Bodleian Library',
  },
  collections: {
    'FO 371': 'Foreign Office: Political Departments: General Correspondence',
    'FO 800': 'Foreign Office: Private Offices: Various Ministers\' and Officials\' Papers',
    'FO 1110': 'Foreign Office: Information Research Department',
    'CAB 128': 'Cabinet: Minutes (CM and CC Series)',
    'CAB 129': 'Cabinet: Memoranda (CP and C Series)',
    'CAB 130': 'Cabinet: Miscellaneous Committees: Minutes and Papers',
    'PREM 11': 'Prime Minister\'s Office: Correspondence and Papers, 1951-1964',
    'PREM 13': 'Prime Minister\'s Office: Correspondence and Papers, 1964-1970',
    'DEFE 4': 'Ministry of Defence: Chiefs of Staff Committee: Minutes',
    'DO 35': 'Dominions Office and Commonwealth Relations Office: Original Correspondence',
    'T 236': 'Treasury: Overseas Finance Division',
  },
  citationWords: ['piece', 'item', 'file', 'folio', 'series', 'department', 'reference', 'ref', 'papers', 'collection'],
  fields: {
    ...usGovernment20c.fields,
    minute: 'subject', 'minute by': 'from', 'copy to': 'cc', 'copies to': 'cc', file: 'ref', 'file no': 'ref',
    'your reference': 'ref', 'our reference': 'ref', 'repeated to': 'info', 'addressed to': 'to', telno: 'ref', 'tel no': 'ref',
  },
  salutations: ['dear', 'my dear', 'sir', 'sirs', 'madam', 'gentlemen', 'prime minister', 'secretary of state', 'my lord', 'your excellency'],
  addressOpeners: [...usGovernment20c.addressOpeners, 'the rt. hon.', 'the right hon.', 'h.m.', "her majesty's", "his majesty's"],
  closings: [
    'yours sincerely', 'yours ever', 'yours faithfully', 'yours truly', 'yours', 'ever yours', 'with best wishes', 'with kind regards',
    'i have the honour to be', 'i am, sir', 'your obedient servant', 'i have the honour to be, sir, your obedient servant', 'with the compliments of',
  ],
  documentKinds: {
    minute: 'memorandum', minutes: 'report', memorandum: 'memorandum', 'record of conversation': 'memorandum', 'note for the record': 'memorandum',
    note: 'memorandum', brief: 'report', 'cabinet conclusions': 'report', conclusions: 'report', report: 'report', paper: 'report',
    despatch: 'letter', dispatch: 'letter', letter: 'letter', telegram: 'telegram', 'saving telegram': 'telegram', savingram: 'telegram',
    message: 'telegram',
  },
  abbreviations: [...usGovernment20c.abbreviations, 'rt.', 'h.m.', 'f.o.', 'c.o.', 'h.e.', 'esq.', 'para.', 'paras.', 'tel.', 'ult.', 'inst.', 'prox.'],
  references: ['telno', 'tel', 'savingram', 'despatch'],
  portionMarks: {},
  century: 1900,
  dates: englishDates,
  dateOrder: 'dmy',
  gazetteer: worldGazetteer,
  organisationWords: [...ORGANISATION_WORDS, 'Foreign Office', 'Cabinet', 'Treasury', 'Admiralty', 'Chancery', 'High Commission', 'Residency', 'Legation'],
  editorialRemarks: ENGLISH_EDITORIAL_REMARKS,
  // A Foreign Office telegram quotes a message between `Begins.` and `Ends.` (`Text begins:`).
  quoteOpens: ['begins', 'text begins', 'message begins', 'begin text'],
  quoteCloses: ['ends', 'text ends', 'message ends', 'end text'],
};
