/** The TEI namespace URI. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
