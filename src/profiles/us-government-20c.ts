import { ENGLISH_EDITORIAL_REMARKS, ENGLISH_QUOTE_CLOSES, ENGLISH_QUOTE_OPENS, ENGLISH_TEXT_ENDS } from './defaults.js';
import { worldGazetteer } from './gazetteer.js';
import { englishDates } from './locale-en.js';
import type { Profile } from './profile.js';

/** Words that make a name an organisation's (`Department of State`, `US Mission to …`). */
export const ORGANISATION_WORDS: readonly string[] = [
  'Department', 'Ministry', 'Mission', 'Embassy', 'Legation', 'Consulate', 'Office', 'Government', 'Committee', 'Council',
  'Agency', 'Bureau', 'Secretariat', 'Commission', 'Staff', 'Command', 'Headquarters', 'Service', 'Library', 'Archives', 'Archive',
];

/**
 * The built-in profile: records of the United States government in the 20th century
 * (presidential libraries, National Archives, State Department telegrams, CIA releases).
 */
export const usGovernment20c: Profile = {
  name: 'us-government-20c',
  stamps: [
    {
      type: 'declassification',
      keywords: ['declassified', 'declassification', 'downgraded', 'authority', 'mandatory review', 'NND', 'NLK', 'NLJ'],
      patterns: ['\\bE\\.?\\s?O\\.?\\s?1[0-9]{4}\\b', '\\bNND\\s*\\d', '\\bAuthority\\b'],
    },
    { type: 'release', keywords: ['approved for release', 'release', 'released', 'releasable'], patterns: ['CIA-RDP[0-9A-Z-]+'] },
    // Exemption codes printed where text was withheld: CIA `25X1`, FOIA `(b)(1)`, `(b)(3)`.
    { type: 'sanitized', keywords: ['sanitized', 'redacted copy'], patterns: ['^25X\\d{1,2}(?:[,\\s]+25X\\d{1,2})*$', '^\\(b\\)\\s*\\(\\d\\)'] },
    { type: 'received', keywords: ['received', 'recd', 'rec\'d'] },
    { type: 'copy', keywords: ['copy no', 'copy of', 'file copy', 'retyped', 'photocopy'] },
    // Handling stamps of a released agency copy and downgrading exemptions (`E2 IMPDET`, `GROUP 1 …`).
    { type: 'handling', keywords: ['background use only', 'do not reproduce', 'return to', 'impdet', 'excluded from automatic'] },
  ],
  classificationLevels: [
    { printed: 'TOP SECRET', key: 'top-secret' },
    { printed: 'SECRET', key: 'secret' },
    { printed: 'CONFIDENTIAL', key: 'confidential' },
    { printed: 'LIMITED OFFICIAL USE', key: 'limited-official-use' },
    { printed: 'OFFICIAL USE ONLY', key: 'official-use-only' },
    { printed: 'RESTRICTED', key: 'restricted' },
    { printed: 'UNCLASSIFIED', key: 'unclassified' },
  ],
  caveats: [
    'EYES ONLY', 'NOFORN', 'NODIS', 'EXDIS', 'LIMDIS', 'ORCON', 'NOCONTRACT', 'SENSITIVE',
    'PERSONAL AND CONFIDENTIAL', 'PERSONAL', 'CODEWORD', 'SPECAT', 'HANDLE VIA', 'RESTRICTED DATA',
    'FORMERLY RESTRICTED DATA', 'CRYPTO', 'SIOP', 'WNINTEL', 'REL TO', 'FOR OFFICIAL USE ONLY', 'CRITIC',
    'FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'OPERATIONAL IMMEDIATE', 'NIACT',
  ],
  repositories: {
    JFK: 'John F. Kennedy Presidential Library',
    JFKL: 'John F. Kennedy Presidential Library',
    LBJ: 'Lyndon Baines Johnson Library',
    LBJL: 'Lyndon Baines Johnson Library',
    DDE: 'Dwight D. Eisenhower Library',
    DDEL: 'Dwight D. Eisenhower Library',
    HST: 'Harry S. Truman Library',
    HSTL: 'Harry S. Truman Library',
    FDR: 'Franklin D. Roosevelt Library',
    FDRL: 'Franklin D. Roosevelt Library',
    RMN: 'Richard Nixon Library',
    NPM: 'Nixon Presidential Materials',
    GRF: 'Gerald R. Ford Library',
    GRFL: 'Gerald R. Ford Library',
    JCL: 'Jimmy Carter Library',
    RRL: 'Ronald Reagan Library',
    NARA: 'National Archives and Records Administration',
    NA: 'National Archives',
    LOC: 'Library of Congress',
    'LC': 'Library of Congress',
  },
  collections: {
    NSF: 'National Security Files',
    POF: "President's Office Files",
    WHCF: 'White House Central Files',
    WHSF: 'White House Special Files',
    NSC: 'National Security Council Files',
    'RG 59': 'General Records of the Department of State',
    'RG 84': 'Records of the Foreign Service Posts of the Department of State',
    'RG 218': 'Records of the U.S. Joint Chiefs of Staff',
    'RG 263': 'Records of the Central Intelligence Agency',
    'RG 273': 'Records of the National Security Council',
    'RG 330': 'Records of the Office of the Secretary of Defense',
  },
  citationWords: ['box', 'folder', 'file', 'vol', 'volume', 'series', 'rg', 'record group', 'entry', 'lot', 'central files', 'papers', 'files', 'collection', 'subjects', 'country'],
  fields: {
    to: 'to', from: 'from', subject: 'subject', subj: 'subject', re: 'subject', date: 'date',
    participants: 'participants', present: 'participants', attendees: 'participants',
    cc: 'cc', copies: 'cc', copy: 'cc', 'copies to': 'cc', info: 'info', action: 'action',
    attention: 'attention', attn: 'attention',
    ref: 'ref', reference: 'ref', refs: 'ref', references: 'ref', nr: 'ref', place: 'place', time: 'time',
    'date-time': 'date', dtg: 'date', via: 'via', memorandum_for: 'to', 'memorandum for': 'to', for: 'to', thru: 'via', through: 'via',
    classification: 'classification', precedence: 'precedence', distribution: 'cc', enclosure: 'enclosure', enclosures: 'enclosure',
  },
  salutations: ['dear', 'my dear', 'sir', 'sirs', 'madam', 'madame', 'gentlemen', 'excellency', 'your excellency', 'mr. president', 'mr. secretary', 'to whom it may concern'],
  addressOpeners: ['his excellency', 'her excellency', 'their excellencies', 'the honorable', 'the honourable', 'the right honourable', 'mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'sir', 'madame', 'messrs.', 'the president', 'the secretary', 'general', 'admiral', 'ambassador'],
  closings: [
    'respectfully', 'respectfully yours', 'respectfully submitted', 'sincerely', 'sincerely yours', 'yours sincerely',
    'yours truly', 'very truly yours', 'truly yours', 'faithfully', 'yours faithfully', 'faithfully yours', 'cordially',
    'cordially yours', 'yours', 'yours ever', 'ever yours', 'with best regards', 'best regards', 'regards', 'kind regards',
    'with warm regards', 'warm regards', 'with best wishes', 'best wishes', 'with respect', 'with highest consideration',
    'accept, excellency, the renewed assurances of my highest consideration', 'affectionately', 'your obedient servant',
    'i have the honor to be', 'very respectfully',
  ],
  documentKinds: {
    telegram: 'telegram', cable: 'telegram', airgram: 'telegram', 'outgoing telegram': 'telegram', 'incoming telegram': 'telegram',
    memorandum: 'memorandum', memo: 'memorandum', 'memorandum of conversation': 'memorandum', 'memorandum for the record': 'memorandum',
    letter: 'letter', report: 'report', minutes: 'report', summary: 'report', notes: 'report', estimate: 'report', paper: 'report',
    message: 'telegram', note: 'letter',
    airtel: 'memorandum', dispatch: 'memorandum',
  },
  abbreviations: [
    'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'gen.', 'adm.', 'amb.', 'sen.', 'rep.', 'gov.', 'col.', 'capt.', 'lt.', 'maj.',
    'sgt.', 'prof.', 'rev.', 'hon.', 'messrs.', 'mme.', 'mlle.', 'no.', 'cf.', 'viz.',
  ],
  references: ['yourtel', 'deptel', 'embtel', 'reftel', 'mytel', 'ourtel', 'urtel', 'deptcirtel', 'circtel', 'conscirc', 'cirtel'],
  portionMarks: { TS: 'top-secret', S: 'secret', C: 'confidential', U: 'unclassified', LOU: 'limited-official-use', FOUO: 'official-use-only', CUI: 'controlled-unclassified', SBU: 'sensitive-but-unclassified' },
  century: 1900,
  dates: englishDates,
  dateOrder: 'mdy',
  gazetteer: worldGazetteer,
  organisationWords: ORGANISATION_WORDS,
  editorialRemarks: ENGLISH_EDITORIAL_REMARKS,
  quoteOpens: ENGLISH_QUOTE_OPENS,
  quoteCloses: ENGLISH_QUOTE_CLOSES,
  textEnds: ENGLISH_TEXT_ENDS,
};
