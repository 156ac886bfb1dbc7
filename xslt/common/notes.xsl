<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes, numbered once per document and shared by every output. A document's numbered notes
  are its notes except the short editorial remarks kept inline (tp:note-inline). A note is
  reached from its marks (ref[@type='footnote-mark'] with the note's @n, as the converter writes
  authorial footnotes: the mark in the text, the note at the foot of the page), or, with no
  mark, from where it stands. Numbers follow the order of those anchors.
  The parameters of the functions the text editions call are declared without a type, as in
  tei-to-text.xsl: saxon-js walks the whole compiled stylesheet in every transform, and the
  checks a declared type compiles to are nodes of it; the results keep their types.

  The table is built once per document (linear: maps, no preceding:: scans) and passed down
  as the tunnel parameter $notes:
    map { 'number': map(generate-id → number) for anchors and notes,
          'first':  map(generate-id → true()) for the first mark of each note,
          'notes':  the numbered notes in number order }
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">

  <xsl:variable name="tp:no-notes" as="map(*)" select="map { 'number': map { }, 'first': map { }, 'notes': () }"/>

  <!-- Notes and marks by the document (div) they belong to: one indexing pass over the file
       instead of two descendant scans per document. -->
  <xsl:key name="tp:notes-of" match="tei:note | tei:ref[@type = 'footnote-mark']" use="generate-id(ancestor::tei:div[1])"/>

  <xsl:function name="tp:note-table" as="map(*)">
    <xsl:param name="div"/>
    <xsl:variable name="parts" select="key('tp:notes-of', generate-id($div), root($div))"/>
    <!-- (saxon-js evaluates every variable below even when they are not needed: most documents have no notes) -->
    <xsl:sequence select="if (empty($parts)) then $tp:no-notes else tp:note-table-of($parts)"/>
  </xsl:function>

  <!-- The table of a document's notes and marks (in document order). -->
  <xsl:function name="tp:note-table-of" as="map(*)">
    <xsl:param name="parts"/>
    <xsl:variable name="notes" select="$parts[self::tei:note][not(tp:note-inline(.))]"/>
    <xsl:variable name="by-n" as="map(xs:string, element())"
      select="map:merge($notes[@n] ! map { string(@n): . }, map { 'duplicates': 'use-first' })"/>
    <xsl:variable name="marks" select="$parts[self::tei:ref][map:contains($by-n, string(@n))]"/>
    <xsl:variable name="marked" select="$marks ! $by-n(string(@n))"/>
    <xsl:variable name="table" as="map(*)">
      <xsl:iterate select="$marks | ($notes except $marked)">
        <xsl:param name="number" as="map(*)" select="map { }"/>
        <xsl:param name="first" as="map(*)" select="map { }"/>
        <xsl:param name="count" as="xs:integer" select="0"/>
        <xsl:on-completion><xsl:sequence select="map { 'number': $number, 'first': $first }"/></xsl:on-completion>
        <xsl:variable name="note" select="if (self::tei:ref) then $by-n(string(@n)) else ."/>
        <xsl:variable name="known" select="$number(generate-id($note))"/>
        <xsl:variable name="n" select="($known, $count + 1)[1]"/>
        <xsl:next-iteration>
          <xsl:with-param name="number" select="map:put(map:put($number, generate-id(.), $n), generate-id($note), $n)"/>
          <xsl:with-param name="first" select="if (exists($known)) then $first else map:put($first, generate-id(.), true())"/>
          <xsl:with-param name="count" select="if (exists($known)) then $count else $count + 1"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <!-- xsl:perform-sort, not sort() with a function: Saxon-HE 9.9 has no higher-order functions,
         and the stylesheets run there too (scripts/compare-saxon-he.mjs) -->
    <xsl:variable name="in-order" as="element()*">
      <xsl:perform-sort select="$notes"><xsl:sort select="$table?number(generate-id(.))"/></xsl:perform-sort>
    </xsl:variable>
    <xsl:sequence select="map:put($table, 'notes', $in-order)"/>
  </xsl:function>

  <!-- The number of a mark or note in the table, or nothing (a mark without its note). -->
  <xsl:function name="tp:note-number" as="xs:integer?">
    <xsl:param name="notes"/>
    <xsl:param name="e"/>
    <xsl:sequence select="$notes?number(generate-id($e))"/>
  </xsl:function>

  <!-- True for the first mark of its note (the one the note links back to). -->
  <xsl:function name="tp:first-mark" as="xs:boolean">
    <xsl:param name="notes"/>
    <xsl:param name="e"/>
    <xsl:sequence select="exists($notes?first(generate-id($e)))"/>
  </xsl:function>

  <!-- A note standing between blocks (the foot of a page) rather than inside the text. -->
  <xsl:function name="tp:note-between-blocks" as="xs:boolean">
    <xsl:param name="note"/>
    <xsl:sequence select="tp:behaviour($note/.., 'reading') = ('section', 'container')"/>
  </xsl:function>

  <!-- True when the reader reaches the note from a mark in the text. -->
  <xsl:function name="tp:note-has-mark" as="xs:boolean">
    <xsl:param name="notes"/>
    <xsl:param name="note"/>
    <xsl:sequence select="not(tp:note-between-blocks($note)) or not(tp:first-mark($notes, $note))"/>
  </xsl:function>

  <!-- A note's content without its own number label (the edition numbers it). -->
  <xsl:function name="tp:note-content" as="node()*">
    <xsl:param name="note"/>
    <xsl:variable name="label" select="$note/node()[1][self::tei:label][normalize-space() = normalize-space($note/@n)]"/>
    <xsl:variable name="rest" select="$note/node() except $label"/>
    <xsl:choose>
      <!-- the space between the label and the text goes with the label -->
      <xsl:when test="$label and $rest[1] instance of text()">
        <xsl:value-of select="replace($rest[1], '^[ &#9;&#10;&#13;]+', '')"/>
        <xsl:sequence select="tail($rest)"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$rest"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
