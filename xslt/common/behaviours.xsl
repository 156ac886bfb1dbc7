<?xml version="1.0" encoding="UTF-8"?>
<!--
  The behaviour table: every TEI element the converter writes (docs/encoding.md) is mapped,
  per view, to one behaviour of a small vocabulary (after TEI Publisher / CETEIcean). Each
  output (HTML, print, text) implements the vocabulary once; adding an element means adding
  one row here (and, at most, a CSS rule).
  The parameters of the functions the text editions call are declared without a type, as in
  tei-to-text.xsl: saxon-js walks the whole compiled stylesheet in every transform, and the
  checks a declared type compiles to are nodes of it; the results keep their types.

  Vocabulary:
    section    a document (div): its own section with a heading
    container  groups blocks (opener, closer, address, postscript)
    block      a paragraph-like unit of inline content (p, head, dateline, salute, signed, seg)
    line       a block that sits tight against its sibling lines (addrLine)
    list       a list (list); item: one of its items
    item       an item of a list
    label      the printed label of a list's item ("1.", "OFFICE :"), written with the item it labels
    table      a table (table); row: one of its rows; cell: a cell of a row
    row        a row of a table
    cell       a cell of a row
    inline     phrase-level content, kept in the flow (q, date, add, unclear, ref, label, names)
    break      a source line break (lb)
    page       a page boundary (pb)
    furniture  page furniture (fw): in the flow of the diplomatic view, in the apparatus of the reading view
    quotation  an embedded text or block quotation (floatingText; a quote that holds one or paragraphs)
    note       an editorial or authorial note (numbered per document: common/notes.xsl)
    mark       the mark in the text that calls a note (ref type="footnote-mark")
    gap        an omission of the source (illegible, redacted)
    omit       not rendered (deletions in the reading view)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">

  <!-- The rows: element name → its behaviour, the same in both views unless overridden below,
       then, for an element that needs them, what the outputs write of it beyond its behaviour:
         html            the HTML element (else a block is a div, an inline a classed span)
         html-needs      the attribute the HTML element needs (a date is a time only with @when)
         marks           the text editions' marks around it, in both views ([supplied])
         diplomatic-marks  the marks of the diplomatic text ([-deleted-])
         datetime        the HTML element's datetime attribute: an XPath expression on the
                         element, written when it gives a value
         title           the hover text of an inline element in HTML: an XPath expression on the
                         element, written when it gives a string that is not empty
       so that an element is one row, whatever each output does with it. -->
  <xsl:variable name="tp:behaviours" static="yes" as="map(xs:string, item()+)" select="map {
    'div': 'section',
    'text': 'container', 'body': 'container', 'opener': 'container', 'closer': 'container',
    'address': 'container', 'postscript': 'container', 'floatingText': 'quotation', 'figure': 'container',
    'p': ('block', map { 'html': 'p' }), 'ab': 'block', 'head': ('block', map { 'html': 'h3' }), 'dateline': 'block', 'salute': 'block',
    'signed': 'block', 'seg': 'block', 'figDesc': 'block',
    'addrLine': 'line',
    'list': 'list', 'item': 'item', 'table': 'table', 'row': 'row', 'cell': 'cell',
    'q': 'inline', 'quote': ('inline', map { 'html': 'q' }), 'date': ('inline', map { 'html': 'time', 'html-needs': 'when', 'datetime': '@when',
      'title': &quot;if (@when) then @when || tp:inferred(.) else if (@from or @to) then string-join((@from, @to), ' – ') || tp:inferred(.) else ''&quot; }),
    'add': ('inline', map { 'html': 'ins', 'diplomatic-marks': ('[+', '+]'), 'title': &quot;string-join(('added', @place), ' ')&quot; }),
    'unclear': ('inline', map { 'diplomatic-marks': ('[?', '?]'), 'title': &quot;'unclear reading'&quot; }), 'ref': 'inline',
    'label': 'inline', 'persName': 'inline', 'placeName': 'inline', 'orgName': 'inline', 'rs': 'inline',
    'name': 'inline', 'title': ('inline', map { 'html': 'cite' }), 'stamp': 'inline', 'hi': 'inline', 'emph': ('inline', map { 'html': 'em' }), 'del': ('inline', map { 'html': 'del', 'diplomatic-marks': ('[-', '-]'), 'title': &quot;'deleted'&quot; }),
    'foreign': 'inline', 'supplied': ('inline', map { 'marks': ('[', ']') }),
    'choice': 'inline', 'sic': 'inline', 'corr': 'inline', 'abbr': 'inline', 'expan': 'inline', 'orig': 'inline', 'reg': 'inline',
    'msDesc': 'inline', 'msIdentifier': 'inline', 'msContents': 'inline', 'msItem': 'inline', 'history': 'inline',
    'origin': 'inline', 'origDate': 'inline', 'repository': 'inline', 'collection': 'inline', 'idno': 'inline',
    'institution': 'inline', 'physDesc': 'inline',
    'author': 'inline', 'editor': 'inline', 'respStmt': 'inline', 'resp': 'inline',
    'lb': 'break', 'pb': 'page', 'fw': 'furniture', 'note': 'note', 'gap': 'gap',
    'desc': 'omit', 'egXML': 'omit'
  }"/>

  <!-- "view parent/name": a child that behaves otherwise in one view because of its parent. A
       choice shows the edited reading (corr, expan, reg) in the reading view and the source's
       (sic, abbr, orig) in the diplomatic view. -->
  <xsl:variable name="tp:in-parent" static="yes" as="map(xs:string, xs:string)" select="map {
    'reading choice/sic': 'omit', 'reading choice/abbr': 'omit', 'reading choice/orig': 'omit',
    'diplomatic choice/corr': 'omit', 'diplomatic choice/expan': 'omit', 'diplomatic choice/reg': 'omit',
    'reading list/label': 'label', 'diplomatic list/label': 'label',
    'reading quote/floatingText': 'container', 'diplomatic quote/floatingText': 'container'
  }"/>
  <!-- (A list's label is written with the item it labels: common/html-lists.xsl, tei-to-text.xsl.
       A text quoted whole is one quotation: the quote, not also its floatingText.) -->

  <!-- "name child": an element that holds a child of that name behaves unlike the others of its
       name. A quote of a whole text (floatingText) or of paragraphs is a block quotation; a
       quote of a phrase stays inline. -->
  <xsl:variable name="tp:with-child" static="yes" as="map(xs:string, xs:string)" select="map {
    'quote floatingText': 'quotation', 'quote p': 'quotation'
  }"/>
  <xsl:variable name="tp:with-child-names" as="xs:string*" select="distinct-values(map:keys($tp:with-child) ! substring-before(., ' '))"/>

  <!-- "name type": an element of one type that behaves unlike the others of its name -->
  <xsl:variable name="tp:typed-behaviours" static="yes" as="map(xs:string, xs:string)" select="map {
    'ref footnote-mark': 'mark'
  }"/>

  <!-- the element names the two tables above speak of, so that the common case costs one test
       (tp:behaviour runs for every element) -->
  <xsl:variable name="tp:in-parent-children" as="xs:string*" select="distinct-values(map:keys($tp:in-parent) ! substring-after(., '/'))"/>
  <xsl:variable name="tp:typed-names" as="xs:string*" select="distinct-values(map:keys($tp:typed-behaviours) ! substring-before(., ' '))"/>

  <!-- view-specific departures from the table above -->
  <xsl:variable name="tp:overrides" static="yes" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'reading': map { 'del': 'omit' },
    'diplomatic': map { }
  }"/>


  <!-- The tables above as match patterns, computed when the stylesheet is compiled (static
       variables, read by _match shadow attributes), so that an output dispatches an element by
       template rules: one lookup by its name, instead of tp:behaviour's tests and a chain of
       comparisons for every element. tp:patterns: behaviour → the names whose row gives it
       (never empty: no TEI element is tp:no-element). tp:exceptions: the elements another table,
       or tp:behaviour's seg rule, speaks of; an output asks tp:behaviour for those, and for
       elements without a row. -->
  <xsl:variable name="tp:vocabulary" static="yes" as="xs:string+" select="('section', 'container', 'block', 'line',
    'list', 'item', 'label', 'table', 'row', 'cell', 'inline', 'break', 'page', 'furniture', 'quotation', 'note', 'mark', 'gap', 'omit')"/>
  <xsl:variable name="tp:patterns" static="yes" as="map(xs:string, xs:string)" select="map:merge(for $b in $tp:vocabulary return map {
    $b: string-join(((for $k in map:keys($tp:behaviours) return if ($tp:behaviours($k)[1] eq $b) then 'tei:' || $k else ()), 'tp:no-element'), ' | ') })"/>
  <xsl:variable name="tp:in-parent-patterns" static="yes" as="xs:string*" select="for $ip in map:keys($tp:in-parent) return 'tei:' || replace(substring-after($ip, ' '), '/', '/tei:')"/>
  <xsl:variable name="tp:typed-patterns" static="yes" as="xs:string*" select="for $ty in map:keys($tp:typed-behaviours) return 'tei:' || substring-before($ty, ' ') || '[@type = ''' || substring-after($ty, ' ') || ''']'"/>
  <xsl:variable name="tp:with-child-patterns" static="yes" as="xs:string*" select="for $wc in map:keys($tp:with-child) return 'tei:' || substring-before($wc, ' ') || '[tei:' || substring-after($wc, ' ') || ']'"/>
  <xsl:variable name="tp:override-patterns" static="yes" as="xs:string*" select="for $on in (map:keys($tp:overrides?reading), map:keys($tp:overrides?diplomatic)) return 'tei:' || $on"/>
  <xsl:variable name="tp:exceptions" static="yes" as="xs:string" select="string-join(('tei:seg', $tp:in-parent-patterns, $tp:typed-patterns, $tp:with-child-patterns, $tp:override-patterns), ' | ')"/>

  <!-- The datetime and title columns as one expression each (computed when the stylesheet is
       compiled, read by _select shadow attributes): the row's expression for the element whose
       row has one, the empty sequence for the others. -->
  <xsl:variable name="tp:column-selects" static="yes" as="map(xs:string, xs:string)" select="map:merge(for $c in ('datetime', 'title') return map {
    $c: string-join((for $k in map:keys($tp:behaviours) return $tp:behaviours($k)[2]?($c) ! ('if (self::tei:' || $k || ') then (' || . || ') else '), '()'), '') })"/>

  <!-- The first column (element name → behaviour) and the text editions' marks ("view name" →
       the mark before, the mark after) as maps of strings, written into the stylesheet as map
       literals when it is compiled (the static strings below, read by _select shadow
       attributes). saxon-js builds a global variable's value again in every transform, and the
       table itself, whose values are sequences and maps, takes 0.5 ms to build, more than a
       small document's text; a literal map of strings takes next to nothing. -->
  <xsl:variable name="tp:row-literal" static="yes" as="xs:string" select="'map { ' || string-join(
    for $k in map:keys($tp:behaviours) return '''' || $k || ''': ''' || $tp:behaviours($k)[1] || '''', ', ') || ' }'"/>
  <xsl:variable name="tp:mark-literals" static="yes" as="xs:string+" select="for $i in (1, 2) return 'map { ' || string-join(
    for $v in ('reading', 'diplomatic'), $k in map:keys($tp:behaviours), $row in $tp:behaviours($k)[2]
    return ($row?marks, $row[$v eq 'diplomatic']?diplomatic-marks)[$i] ! ('''' || $v || ' ' || $k || ''': ''' || replace(., '''', '''''') || ''''), ', ') || ' }'"/>
  <xsl:variable name="tp:behaviour-of" as="map(xs:string, xs:string)" _select="{$tp:row-literal}"/>
  <xsl:variable name="tp:marks-before" as="map(xs:string, xs:string)" _select="{$tp:mark-literals[1]}"/>
  <xsl:variable name="tp:marks-after" as="map(xs:string, xs:string)" _select="{$tp:mark-literals[2]}"/>

  <!-- A seg outside an opener (rare) is phrase-level. -->
  <xsl:function name="tp:behaviour" as="xs:string">
    <xsl:param name="e"/>
    <xsl:param name="view"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:sequence select="
      if ($name = 'seg' and not($e/parent::tei:opener or $e/parent::tei:closer)) then 'inline'
      else if ($name = $tp:in-parent-children and exists($tp:in-parent($view || ' ' || local-name($e/..) || '/' || $name)))
        then $tp:in-parent($view || ' ' || local-name($e/..) || '/' || $name)
      else if ($e/@type and $name = $tp:typed-names and exists($tp:typed-behaviours($name || ' ' || $e/@type)))
        then $tp:typed-behaviours($name || ' ' || $e/@type)
      else if ($name = $tp:with-child-names and exists($e/*[map:contains($tp:with-child, $name || ' ' || local-name())]))
        then $tp:with-child($name || ' ' || local-name($e/*[map:contains($tp:with-child, $name || ' ' || local-name())][1]))
      else ($tp:overrides($view)($name), $tp:behaviour-of($name), 'inline')[1]"/>
  </xsl:function>

  <!-- Short editorial remarks ([initials]) read best inline in brackets; longer notes as footnotes. -->
  <xsl:function name="tp:note-inline" as="xs:boolean">
    <xsl:param name="note"/>
    <xsl:sequence select="$note/@type = 'editorial' and string-length(normalize-space($note)) le 40"/>
  </xsl:function>

  <!-- A text node next to a line break, as a view shows it. The whitespace at the break is the
       source's own newline (written before or after the lb): it is not text, and goes. In the
       reading text, words are joined across a hyphenated line end (lb break="no"): the source
       line's hyphen goes (com-|pleted → completed), so that the text tokenises; a diplomatic
       view keeps it. Each sibling is looked at once (this runs for every line of a document).
       The white space is spelled out as XPath defines `\s` (space, tab, LF, CR): saxon-js reads
       `\s` as JavaScript does, which also takes U+00A0, U+FEFF and U+2028, text of the source. -->
  <xsl:function name="tp:break-text" as="xs:string">
    <xsl:param name="t"/>
    <xsl:param name="view"/>
    <xsl:variable name="next" select="$t/following-sibling::node()[1][self::tei:lb]"/>
    <xsl:variable name="s" select="if ($t/preceding-sibling::node()[1][self::tei:lb]) then replace($t, '^[ &#9;&#10;&#13;]+', '') else string($t)"/>
    <xsl:sequence select="if (empty($next)) then $s
      else if ($view eq 'reading' and $next/@break = 'no') then replace($s, '[ &#9;&#10;&#13;]+$', '') => replace('[-&#xAD;&#x2010;]$', '')
      else replace($s, '[ &#9;&#10;&#13;]+$', '')"/>
  </xsl:function>

  <!-- "[illegible: 2 words]", "[redacted]": a gap with its reason and extent -->
  <xsl:function name="tp:gap-label" as="xs:string">
    <xsl:param name="gap"/>
    <xsl:sequence select="'[' || ($gap/@reason, 'gap')[1] || ($gap/@extent ! (': ' || .)) || ']'"/>
  </xsl:function>

  <!-- The text editions' marks around an element, from its row: [-deleted-] [+added+] [?unclear?]
       in the diplomatic text, [supplied] in both. -->
  <xsl:function name="tp:marks" as="xs:string*">
    <xsl:param name="e"/>
    <xsl:param name="view"/>
    <xsl:variable name="key" select="$view || ' ' || local-name($e)"/>
    <xsl:sequence select="($tp:marks-before($key), $tp:marks-after($key))"/>
  </xsl:function>

  <!-- ' (inferred)' for an element whose value the editor inferred (@cert), for its hover text -->
  <xsl:function name="tp:inferred" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@cert) then ' (inferred)' else ''"/>
  </xsl:function>

  <!-- The HTML element an element's row names, when the element has the attribute it needs. -->
  <xsl:function name="tp:html-name" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="row" select="$tp:behaviours(local-name($e))[2]"/>
    <xsl:sequence select="$row?html[empty($row?html-needs) or exists($e/@*[local-name() eq $row?html-needs])]"/>
  </xsl:function>

  <!-- The line under the title of a text edition: square brackets mark what the editor adds. -->
  <xsl:variable name="tp:text-legend" as="map(xs:string, xs:string)" select="map {
    'reading': '[Reading text. Square brackets hold editorial matter: headings, note numbers, gaps, remarks.]',
    'diplomatic': '[Diplomatic text: lines and pages as in the source. Square brackets hold editorial matter; [-deleted-] [+added+] [?unclear?].]'
  }"/>

  <!-- "letter" → "Letter" -->
  <xsl:function name="tp:capitalise" as="xs:string">
    <xsl:param name="s"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <!-- A human label for a furniture type: "archival-citation" → "Archival citation" -->
  <xsl:variable name="tp:fw-labels" as="map(xs:string, xs:string)" select="map {
    'pageNum': 'Page number', 'stamp': 'Stamp', 'classification': 'Classification',
    'archival-citation': 'Archival citation', 'folio': 'Folio', 'idno': 'Document number',
    'archival-date': 'Archival date', 'unclassified': 'Unclassified furniture' }"/>
  <xsl:function name="tp:fw-label" as="xs:string">
    <xsl:param name="fw" as="element()"/>
    <xsl:variable name="stamp" select="$fw/tei:stamp[1]/@type"/>
    <xsl:sequence select="($tp:fw-labels(string($fw/@type)), tp:capitalise(translate($fw/@type, '-', ' ')), 'Furniture')[1]
      || (if ($stamp) then ' (' || $stamp || ')' else '')"/>
  </xsl:function>

  <!-- The heading of a document: "1. Letter" -->
  <xsl:function name="tp:document-heading" as="xs:string">
    <xsl:param name="div"/>
    <xsl:sequence select="string-join(($div/@n ! (. || '.'), tp:capitalise(($div/@subtype, 'document')[1])), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
