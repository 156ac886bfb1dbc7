/**
 * PDF document information (title, author, subject, keywords) for the PDFs Chromium prints,
 * which carry only the page title. Written as an incremental update (a new Info object, an
 * xref section for it and a trailer with /Prev): the bytes Chromium wrote stay as they are.
 */

/** The Info entries to write; empty values are left out. */
export interface PdfInfo {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** YYYY-MM-DD, for /CreationDate and /ModDate; default 1970-01-01 (deterministic). */
  readonly date?: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex (any character is safe). */
export function pdfTextString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const TRAILER = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/u;

/**
 * Returns `pdf` with an Info dictionary holding `info` appended as an incremental update, or
 * `pdf` unchanged when its end is not a classic trailer (then Chromium's own Info stays).
 */
export function withInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const m = TRAILER.exec(text.slice(-4096));
  const size = m ? Number(/\/Size\s+(\d+)/u.exec(m[1] ?? '')?.[1]) : NaN;
  const root = m ? /\/Root\s+(\d+\s+\d+\s+R)/u.exec(m[1] ?? '')?.[1] : undefined;
  if (!m || !Number.isInteger(size) || !root) return pdf;
  const stamp = `(D:${(info.date ?? '1970-01-01').replace(/\D/gu, '').padEnd(8, '0').slice(0, 8)}000000Z)`;
  const entries: [string, string | undefined][] = [
    ['Title', info.title], ['Author', info.author], ['Subject', info.subject], ['Keywords', info.keywords],
  ];
  const dict = entries.filter(([, v]) => v).map(([k, v]) => `/${k} ${pdfTextString(v ?? '')}`).join(' ');
  const head = text.endsWith('\n') ? '' : '\n';
  const objOffset = pdf.length + head.length;
  const obj = `${size} 0 obj\n<< ${dict} /Creator (teipress) /Producer (Chromium, paged.js, teipress) /CreationDate ${stamp} /ModDate ${stamp} >>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const tail = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${m[2]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(head + obj + tail, 'latin1')]));
}
