<?xml version="1.0" encoding="UTF-8"?>
<!--
  The behaviour table: every TEI element the converter writes (docs/encoding.md) is mapped,
  per view, to one behaviour of a small vocabulary (after TEI Publisher / CETEIcean). Each
  output (HTML, print, text) implements the vocabulary once; adding an element means adding
  one row here (and, at most, a CSS rule).

  Vocabulary:
    section    a document (div): its own section with a heading
    container  groups blocks (opener, closer, address, postscript)
    block      a paragraph-like unit of inline content (p, head, dateline, salute, signed, seg)
    line       a block that sits tight against its sibling lines (addrLine)
    inline     phrase-level content, kept in the flow (q, date, add, unclear, ref, label, names)
    break      a source line break (lb)
    page       a page boundary (pb)
    furniture  page furniture (fw): in the flow of the diplomatic view, in the apparatus of the reading view
    note       an editorial or authorial note
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

  <!-- element name → behaviour, the same in both views unless overridden below -->
  <xsl:variable name="tp:behaviours" as="map(xs:string, xs:string)" select="map {
    'div': 'section',
    'opener': 'container', 'closer': 'container', 'address': 'container', 'postscript': 'container',
    'p': 'block', 'ab': 'block', 'head': 'block', 'dateline': 'block', 'salute': 'block',
    'signed': 'block', 'seg': 'block',
    'addrLine': 'line',
    'q': 'inline', 'date': 'inline', 'add': 'inline', 'unclear': 'inline', 'ref': 'inline',
    'label': 'inline', 'persName': 'inline', 'placeName': 'inline', 'orgName': 'inline',
    'name': 'inline', 'stamp': 'inline', 'hi': 'inline', 'del': 'inline', 'foreign': 'inline',
    'lb': 'break', 'pb': 'page', 'fw': 'furniture', 'note': 'note', 'gap': 'gap'
  }"/>

  <!-- view-specific departures from the table above -->
  <xsl:variable name="tp:overrides" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'reading': map { 'del': 'omit' },
    'diplomatic': map { }
  }"/>

  <!-- In a choice the reading view shows the correction, the diplomatic view what the source has. -->
  <xsl:variable name="tp:choice-part" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'reading': map { 'sic': 'omit', 'corr': 'inline' },
    'diplomatic': map { 'sic': 'inline', 'corr': 'omit' }
  }"/>

  <!-- A seg outside an opener (rare) is phrase-level. -->
  <xsl:function name="tp:behaviour" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:sequence select="
      if ($name = 'seg' and not($e/parent::tei:opener or $e/parent::tei:closer)) then 'inline'
      else if ($e/parent::tei:choice and $name = ('sic', 'corr')) then $tp:choice-part($view)($name)
      else ($tp:overrides($view)($name), $tp:behaviours($name), 'inline')[1]"/>
  </xsl:function>

  <!-- Short editorial remarks ([initials]) read best inline in brackets; longer notes as footnotes. -->
  <xsl:function name="tp:note-inline" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'editorial' and string-length(normalize-space($note)) le 40"/>
  </xsl:function>

  <!-- The whitespace of a text node next to a line break is the source's own newline (written
       before or after the lb): it is not text. Returns the text without it. -->
  <xsl:function name="tp:strip-break-space" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:variable name="after" select="exists($t/preceding-sibling::node()[1][self::tei:lb])"/>
    <xsl:variable name="before" select="exists($t/following-sibling::node()[1][self::tei:lb])"/>
    <xsl:variable name="s" select="if ($after) then replace(string($t), '^\s+', '') else string($t)"/>
    <xsl:sequence select="if ($before) then replace($s, '\s+$', '') else $s"/>
  </xsl:function>

  <!-- "letter" → "Letter" -->
  <xsl:function name="tp:capitalise" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <!-- A human label for a furniture type: "archival-citation" → "Archival citation" -->
  <xsl:function name="tp:fw-label" as="xs:string">
    <xsl:param name="fw" as="element()"/>
    <xsl:variable name="labels" select="map {
      'pageNum': 'Page number', 'stamp': 'Stamp', 'classification': 'Classification',
      'archival-citation': 'Archival citation', 'folio': 'Folio', 'idno': 'Document number',
      'archival-date': 'Archival date', 'unclassified': 'Unclassified furniture' }"/>
    <xsl:variable name="stamp" select="$fw/tei:stamp[1]/@type"/>
    <xsl:sequence select="($labels(string($fw/@type)), tp:capitalise(translate($fw/@type, '-', ' ')), 'Furniture')[1]
      || (if ($stamp) then ' (' || $stamp || ')' else '')"/>
  </xsl:function>

  <!-- The number of the page an element falls on within its document (1 before any pb). -->
  <xsl:function name="tp:page-of" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="div" select="$e/ancestor-or-self::tei:div[@type = 'document'][1]"/>
    <!-- the nearest page break at or before the element, if it is in the same document -->
    <xsl:variable name="pb" select="($e/self::tei:pb, $e/preceding::tei:pb[1])[1]"/>
    <xsl:sequence select="if ($pb and $pb/ancestor::tei:div[@type = 'document'][1] is $div) then string($pb/@n) else '1'"/>
  </xsl:function>

  <!-- The heading of a document: "1. Letter" -->
  <xsl:function name="tp:document-heading" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string-join(($div/@n ! (. || '.'), tp:capitalise(($div/@subtype, 'document')[1])), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
