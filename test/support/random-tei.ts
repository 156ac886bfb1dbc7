// Deterministic random TEI P5 documents, to compare the native renderer with the XSLT stylesheets.
import { prng } from '../../bench/generate.js';


const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const WORDS = ['the', 'office', 'letter', 'Sir', 'received', 'com-', 'de\u00ad', 'pre\u2010', 'A&B', '<x>', '"q"', "it's",
  'caf\u00e9', 'e\u0301', '\ud83d\ude00', '\u00a0', '\u2028', '\u0085', '\ufeff', '\t', '  ', '\n', 'Nov.', '1962'];
const ODD = ['a b', 'x--y', 'a_b', '<>', 'a.b', '', 'A1-b', '\u00e9', 'plain'];
const TITLE_DATES = ['6 November 1962', '5th of Nov. 1962', 'November 6, 1962', '1962-11-06', 'November 1962', ''];
const FW_TYPES = ['pageNum', 'stamp', 'classification', 'archival-citation', 'folio', 'idno', 'archival-date', 'unclassified', 'some-other-type'];

export function randomTei(seed: number): string {
  const r = prng(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const chance = (p: number): boolean => r() < p;
  const attr = (name: string, v: string): string => ` ${name}="${esc(v)}"`;
  const text = (): string => {
    const n = 1 + int(6);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(chance(0.7) ? pick(WORDS.slice(0, 8)) : pick(WORDS));
    return esc((chance(0.2) ? ' ' : '') + out.join(' ') + (chance(0.2) ? ' ' : ''));
  };
  const noteNs: string[] = [];
  let idc = 0;
  const fw = (): string => {
    const t = chance(0.85) ? attr('type', pick(FW_TYPES)) : '';
    const pl = chance(0.4) ? attr('place', pick(['top', 'bottom', 'margin'])) : '';
    const inner = chance(0.3) ? `<stamp${attr('type', pick(ODD))}>${text()}</stamp>` : text();
    return `<fw${t}${pl}>${inner}</fw>`;
  };
  const pb = (): string => `<pb${chance(0.8) ? attr('n', String(1 + int(9))) : ''}${chance(0.2) ? attr('cert', 'low') : ''}/>`;
  const note = (): string => {
    const n = String(1 + int(5));
    noteNs.push(n);
    const type = pick(['editorial', 'editorial', 'authorial', '']);
    const body = type === 'editorial' && chance(0.5) ? 'JFK' : `${text()} ${text()} ${text()} long enough to be a footnote`;
    const lab = chance(0.3) ? `<label>${n}</label> ` : '';
    return `<note${type ? attr('type', type) : ''}${chance(0.7) ? attr('n', n) : ''}${chance(0.3) ? attr('place', 'foot') : ''}>${lab}${body}</note>`;
  };
  const inline = (d: number): string => {
    if (d > 2) return text();
    const k = int(24);
    const inner = (): string => (chance(0.5) ? text() : text() + inline(d + 1) + text());
    switch (k) {
      case 0: return `<q>${inner()}</q>`;
      case 1: return `<date${chance(0.5) ? attr('when', '1962-11-06') : attr('from', '1962-11').concat(attr('to', '1962-12'))}${chance(0.3) ? attr('cert', 'medium') : ''}>${text()}</date>`;
      case 2: return `<add${chance(0.6) ? attr('place', pick(['above', 'margin', ''])) : ''}>${inner()}</add>`;
      case 3: return `<del>${inner()}</del>`;
      case 4: return `<unclear>${text()}</unclear>`;
      case 5: return `<supplied>${text()}</supplied>`;
      case 6: return `<ref${attr('target', '#x')}>${inner()}</ref>`;
      case 7: return `<ref type="footnote-mark"${attr('n', String(1 + int(6)))}>${1 + int(6)}</ref>`;
      case 8: {
        const el = pick(['persName', 'placeName', 'orgName', 'rs', 'name', 'title', 'stamp', 'foreign']);
        return `<${el}${chance(0.4) ? attr(pick(['type', 'rend', 'subtype']), pick(ODD)) : ''}>${inner()}</${el}>`;
      }
      case 9: return `<hi${attr('rend', pick(ODD))}>${inner()}</hi>`;
      case 10: return `<emph>${inner()}</emph>`;
      case 11: return `<choice><sic>${text()}</sic><corr>${text()}</corr></choice>`;
      case 12: return `<choice><abbr>${text()}</abbr><expan>${text()}</expan></choice>`;
      case 13: return `<choice><orig>${text()}</orig><reg>${text()}</reg></choice>`;
      case 14: return `<gap${chance(0.6) ? attr('reason', pick(['illegible', 'redacted'])) : ''}${chance(0.5) ? attr('extent', '2 words') : ''}/>`;
      case 15: return `<label>${text()}</label>`;
      case 16: return `${text()}\n<lb${chance(0.3) ? ' break="no"' : ''}/>${text()}`;
      case 17: return pb();
      case 18: return fw();
      case 19: return note();
      case 20: return `<desc>${text()}</desc>`;
      case 21: return `<quote>${inner()}</quote>`;
      case 22: return `<seg>${inner()}</seg>`;
      default: return text();
    }
  };
  // (a paragraph sometimes holds a block: a list, a table, a quotation, an embedded text, with line breaks around it)
  const para = (d = 3): string => {
    let s = '';
    const n = 1 + int(5);
    for (let i = 0; i < n; i++) {
      s += inline(0) + (chance(0.4) ? text() : '');
      if (d < 3 && chance(0.12)) s += `${chance(0.5) ? '\n<lb/>' : ''}${block(d + 1)}${chance(0.5) ? '<lb/>\n' : ''}`;
    }
    return s;
  };
  const block = (d: number): string => {
    const k = int(d > 2 ? 4 : 14);
    switch (k) {
      case 0: case 1: return `<p${chance(0.2) ? attr('rend', pick(ODD)) : ''}>${para(d)}</p>`;
      case 2: return `<ab>${para()}</ab>`;
      case 3: return chance(0.5) ? note() : chance(0.5) ? fw() : pb();
      case 4: return `<head>${para(d)}</head>`;
      case 5: return `<figure><figDesc>${text()}</figDesc></figure>`;
      case 6: return `<floatingText><body>${block(d + 1)}${block(d + 1)}</body></floatingText>`;
      case 7: return chance(0.5) ? `<quote><floatingText><body>${block(d + 1)}</body></floatingText></quote>` : `<quote><p>${para()}</p></quote>`;
      case 8: case 9: return list(d);
      case 10: {
        let rows = '';
        for (let i = 0; i < 1 + int(3); i++) rows += `<row>${`<cell>${para()}</cell>`.repeat(1 + int(3))}</row>`;
        return `<table>${rows}</table>`;
      }
      case 11: return `<address>${`<addrLine>${text()}</addrLine>`.repeat(1 + int(3))}</address>`;
      case 12: return `<postscript><p>${para()}</p></postscript>`;
      default: return `<egXML>${text()}</egXML>`;
    }
  };
  const list = (d: number): string => {
    let s = `<list${chance(0.4) ? attr('type', pick(ODD)) : ''}>`;
    if (chance(0.4)) s += `<head>${text()}</head>`;
    const labels: string[] = [];
    for (let i = 0; i < 1 + int(5); i++) {
      const k = int(8);
      if (k === 0) s += `<label>${pick(['1.', '', ' ', 'OFFICE :'])}</label><item>${para()}</item>`;
      else if (k === 1) {
        const id = `l${++idc}`;
        labels.push(id);
        s += `<label${attr('xml:id', id)}>${text()}</label>`;
      } else if (k === 2 && labels.length) s += `<item${attr('corresp', `#${pick(labels)}`)}>${para()}</item>`;
      else if (k === 3 && d < 3) s += `<item>${text()}${block(d + 1)}</item>`;
      else if (k === 4) s += chance(0.5) ? pb() + fw() : note();
      else s += `<item>${para()}</item>`;
    }
    if (chance(0.2)) s += text();
    return `${s}</list>`;
  };
  const opener = (tag: 'opener' | 'closer'): string => {
    let s = `<${tag}>`;
    const dl = `<dateline>${text()}<date${attr('when', '1962-11-06')}>${text()}</date></dateline>`;
    if (chance(0.6)) s += chance(0.2) ? `<floatingText><body>${dl}</body></floatingText>` : dl;
    if (chance(0.6)) s += `<salute>${para()}</salute>`;
    if (chance(0.5)) s += `<signed>${para()}</signed>`;
    if (chance(0.4)) s += `<seg>${text()}</seg>`;
    if (chance(0.3)) s += `<address><addrLine>${text()}</addrLine></address>`;
    return `${s}</${tag}>`;
  };
  const div = (d: number): string => {
    let s = `<div${chance(0.9) ? attr('type', 'document') : ''}${chance(0.8) ? attr('n', pick(['1', '2', '2a', 'x y', '10'])) : ''}${chance(0.7) ? attr('subtype', pick(['letter', 'memo', 'telegram', 'a b'])) : ''}>`;
    if (chance(0.3)) s += pb();
    if (chance(0.5)) s += opener('opener');
    for (let i = 0; i < 1 + int(5); i++) s += block(0);
    if (d < 1 && chance(0.2)) s += div(d + 1);
    if (chance(0.5)) s += opener('closer');
    return `${s}</div>`;
  };

  // header
  const td = pick(TITLE_DATES);
  const title = chance(0.2) ? `Letter of <date${attr('when', '1962-11-06')}>6 Nov 1962</date>` : esc(`Letter ${td}`.trim());
  const licence = chance(0.5) ? `<licence${attr('target', 'https://creativecommons.org/licenses/by/4.0/')}>CC BY</licence>` : '<licence>Public domain</licence>';
  const repo = chance(0.2) ? 'Unknown repository' : 'National Archives';
  const idnos = Array.from({ length: 1 + int(3) }, () => `<idno${attr('type', pick(['folder', 'document', 'box', 'other']))}>${text()}</idno>`).join('');
  const action = (type: string): string => {
    const el = pick(['persName', 'orgName']);
    return `<correspAction${attr('type', type)}><${el}>${text()}</${el}><placeName>${text()}</placeName><date${attr('when', `1962-11-0${1 + int(9)}`)}/></correspAction>`;
  };
  const header = `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt>`
    + `<publicationStmt><publisher>${text()}</publisher><availability>${licence}</availability></publicationStmt>`
    + `<sourceDesc><msDesc><msIdentifier><repository>${repo}</repository><collection>${text()}</collection>${idnos}</msIdentifier>`
    + `<history><origin><origDate${attr('from', '1962-11-01')}${attr('to', '1962-11-30')}>${text()}</origDate></origin></history></msDesc></sourceDesc></fileDesc>`
    + `<profileDesc><correspDesc>${action('sent')}${chance(0.7) ? action('received') : ''}</correspDesc>`
    + `<textClass><catRef${attr('target', '#cat1')}/></textClass></profileDesc>`
    + `<encodingDesc><classDecl><taxonomy><category${attr('xml:id', 'cat1')}><catDesc>${text()}</catDesc></category></taxonomy></classDecl></encodingDesc>`
    + `<revisionDesc><change>${chance(0.5) ? `sha256: ${'ab12'.repeat(16)}` : text()}</change></revisionDesc></teiHeader>`;
  let body = '';
  for (let i = 0; i < 1 + int(3); i++) body += div(0);
  const lang = chance(0.3) ? attr('xml:lang', pick(['en', 'fr', 'de'])) : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"${lang}>${header}<text><body>${body}</body></text></TEI>\n`;
}
