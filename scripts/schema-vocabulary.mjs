/**
 * The vocabulary of the teipress project schema: which TEI elements it keeps (with the reason,
 * written into the schema as documentation) and which attribute values it allows. Input of
 * scripts/derive-schema.mjs; every other TEI element is `notAllowed`.
 */
const header = 'teiHeader content written by the converter (docs/encoding.md, teiHeader).';
const body = 'written by the converter in the body (docs/encoding.md, body elements).';
const inline = 'written by the converter inline (docs/encoding.md, inline elements).';
const hand = 'not written by the converter; kept as room for hand editing of the TEI.';

/** Element name → why the project schema admits it. */
export const KEPT = {
  TEI: 'the root of every file teipress writes or validates (teiCorpus is not admitted).',
  teiHeader: header, fileDesc: header, titleStmt: header, title: header, respStmt: header,
  resp: header, name: header, publicationStmt: header, notesStmt: header, publisher: header, availability: header,
  licence: header, sourceDesc: header, msDesc: header, msIdentifier: header, repository: header,
  collection: header, idno: header, msContents: header, msItem: header, history: header,
  origin: header, origDate: header, encodingDesc: header, editorialDecl: header, classDecl: header,
  taxonomy: header, category: header, catDesc: header, profileDesc: header, correspDesc: header,
  correspAction: header, textClass: header, catRef: header, revisionDesc: header, change: header,
  persName: 'sender and addressee in correspDesc; also for hand tagging of people in the text.',
  placeName: 'place of sending in correspDesc; also for hand tagging of places in the text.',
  text: body, body, div: body, pb: body, fw: body, stamp: body, head: body, opener: body,
  dateline: body, salute: body, seg: body, label: body, closer: body, signed: body,
  address: body, addrLine: body, postscript: body, ab: body, p: body, lb: body,
  date: 'dates in the header and in running text, normalised in @when/@from/@to.',
  note: 'editorial brackets of the transcriber (type="editorial").',
  q: inline, del: inline, add: inline, unclear: inline, gap: inline, ref: inline,
  desc: 'the transcriber\'s words of an [illegible] or [redacted] marker, kept inside gap.',
  hi: hand, orgName: hand, rs: hand, foreign: hand, emph: hand, choice: hand, sic: hand,
  corr: hand, abbr: hand, expan: hand, orig: hand, reg: hand, supplied: hand, author: hand,
  editor: hand, projectDesc: hand, list: hand, item: hand,
  table: 'lines whose words stand in columns (a routing slip under its column heads), row by row.', row: 'a row of a table (role="label": its column heads).', cell: 'a cell of a table row.',
  quote: 'a whole text quoted inside a document (a letter after "Begin text" in a telegram), holding its floatingText.',
  floatingText: 'the quoted text inside quote, with its own body (opener, paragraphs, closer).',
  institution: 'the agency a form page names as holding the record (msIdentifier).',
  physDesc: 'the record\'s extent a form page gives (PAGES), in msDesc.',
};

/** Element name → attribute → the closed list of values teipress admits. */
export const RESTRICTED = {
  div: { type: ['document', 'section'], subtype: ['letter', 'telegram', 'memorandum', 'report', 'document'] },
  fw: {
    type: ['pageNum', 'stamp', 'classification', 'archival-citation', 'folio', 'idno', 'archival-date',
      'unclassified', 'header', 'footer', 'catch', 'sig', 'handling'],
  },
  // stamp/@type and seg/@type stay open: their values come from the profile (stamp kinds,
  // header field names), which users extend; docs/encoding.md lists the built-in ones.
  gap: { reason: ['illegible', 'redacted'] },
  note: { type: ['editorial', 'signature', 'transcriber', 'footnote'] },
  ab: { type: ['enclosure', 'copies', 'unclassified', 'heading'] },
};
