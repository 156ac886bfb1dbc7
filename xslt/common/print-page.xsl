<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print page of a document (tei-to-print.xsl): a complete HTML document for paged media,
  the reading text with footnotes at the foot of the page and furniture in a compact apparatus.
  A template of its own so that tei-to-html.xsl can write it beside the HTML page in the same
  run (from the same parse and the same metadata; common/batch.xsl, tp:batch-prints), with the
  same bytes as tei-to-print.xsl's. Its reading view is the print medium's whichever stylesheet
  runs it: the tunnel context says so (common/html-notes.xsl reads $tp:context?medium before
  the stylesheet's own $tp:medium).
  It links the edition's print CSS, the bundled font and the paged.js polyfill from ../assets/,
  which lays out pages, footnotes (float: footnote) and running heads (string-set) that Chromium
  lacks; in a browser the same file is a page-by-page preview. Page size is a parameter because
  CSS variables do not reach into @page; the file title of the running head is a literal
  written here, the document heading beside it comes from each document's h2 (string-set).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">
  <xsl:param name="page-size" as="xs:string" select="'A4'"/>
  <!-- the reading view's context in print (the sections add their notes to it) -->
  <xsl:variable name="tp:in-print" as="map(*)" select="map { 'medium': 'print' }"/>

  <xsl:template name="tp:print-page">
    <xsl:context-item as="element(tei:TEI)" use="required"/>
    <xsl:param name="tp:doc-path" as="xs:string"/>
    <xsl:param name="tp:pdf-path" as="xs:string"/>
    <xsl:param name="meta" as="map(*)"/>
    <xsl:variable name="title" select="($meta?title, 'Untitled document')[1]"/>
    <html lang="{(@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:call-template name="tp:citation-meta"><xsl:with-param name="meta" select="$meta"/><xsl:with-param name="pdf-path" select="$tp:pdf-path"/></xsl:call-template>
        <link rel="stylesheet" href="../assets/fonts.css"/>
        <link rel="stylesheet" href="../assets/print.css"/>
        <style><xsl:value-of select="tp:page-rules($title)" disable-output-escaping="yes"/></style>
        <!-- paged.js links each footnote call to its note under a random id: the number is the
             edition's own, so the link goes (a PDF is then the same bytes for the same input) -->
        <script>window.PagedConfig = { after: function () {
          document.querySelectorAll('a[data-footnote-call]').forEach(function (a) { a.removeAttribute('href'); });
          document.documentElement.setAttribute('data-paged', 'done'); } };</script>
        <!-- soft hyphens before the layout, settled after it (Chromium on Linux cannot hyphenate) -->
        <script src="../assets/hyphen.js"></script>
        <script src="../assets/hyphenate.js"></script>
        <script src="../assets/paged.polyfill.js"></script>
      </head>
      <body class="print">&#10;
        <header class="title-block">
          <xsl:if test="$site-title"><p class="edition-title"><xsl:value-of select="$site-title"/></p></xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:if test="$build-date"><p class="build-date">Edition of <xsl:value-of select="tp:format-date($build-date)"/></p></xsl:if>
        </header>&#10;
        <xsl:call-template name="tp:html-metadata"><xsl:with-param name="meta" select="$meta"/></xsl:call-template>
        <main class="view view-reading">&#10;
          <xsl:apply-templates select="tei:text/tei:body/*" mode="tp:reading"><xsl:with-param name="tp:context" select="$tp:in-print" tunnel="yes"/></xsl:apply-templates>
        </main>&#10;
        <xsl:call-template name="tp:cite-block"><xsl:with-param name="meta" select="$meta"/><xsl:with-param name="doc-path" select="$tp:doc-path"/></xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- @page size and the running head: the file's title, shortened at a word, then the heading
       of the document the page belongs to (string-set on each document's h2). -->
  <xsl:function name="tp:page-rules" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="literal" select="'&quot;' || replace(replace(replace(tp:short-title($title, 70), '\\', '\\\\'), '&quot;', '\\&quot;'), '&lt;', '\\3C ') || '&quot;'"/>
    <xsl:sequence select="'@page { size: ' || replace($page-size, '[^A-Za-z0-9 ]', '') || '; @top-center { content: ' || $literal || ' &quot; · &quot; string(doc); } }'
      || ' @page :first { @top-center { content: none; } }'"/>
  </xsl:function>

  <!-- A title of at most $max characters, cut at a word and marked with an ellipsis. -->
  <xsl:function name="tp:short-title" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="cut" select="replace(substring($title, 1, $max), '[ &#9;&#10;&#13;,;:.–—-]+[^ &#9;&#10;&#13;]*$', '')"/>
    <xsl:sequence select="if (string-length($title) le $max) then $title else $cut || ' …'"/>
  </xsl:function>
</xsl:stylesheet>
