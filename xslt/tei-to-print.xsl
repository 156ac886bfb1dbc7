<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → a complete HTML document for paged media (the PDF is printed from it): the reading text
  with footnotes at the foot of the page and furniture in a compact apparatus. It links the
  edition's print CSS, the bundled font and the paged.js polyfill from ../assets/, which lays out
  pages, footnotes (float: footnote) and running heads (string-set) that Chromium lacks; in a
  browser the same file is a page-by-page preview. Page size is a parameter because CSS
  variables do not reach into @page; the file title of the running head is a literal written
  here, the document heading beside it comes from each document's h2 (string-set).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/html-meta.xsl"/>
  <xsl:include href="common/html-dispatch.xsl"/>
  <xsl:include href="common/html-body.xsl"/>
  <xsl:include href="common/html-lists.xsl"/>
  <xsl:include href="common/html-quotation.xsl"/>
  <xsl:include href="common/html-paragraph.xsl"/>
  <xsl:include href="common/notes.xsl"/>
  <xsl:include href="common/html-notes.xsl"/>
  <xsl:include href="common/citation.xsl"/>
  <xsl:include href="common/batch.xsl"/>
  <!-- where the page is read: notes go to the foot of the page in print -->
  <xsl:variable name="tp:medium" as="xs:string" select="'print'"/>
  <xsl:output method="html" html-version="5" indent="no" include-content-type="no"/>

  <xsl:param name="page-size" as="xs:string" select="'A4'"/>

  <!-- a batch passes each document's page paths (common/batch.xsl) -->
  <xsl:template match="/">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:apply-templates select="tei:TEI">
      <xsl:with-param name="tp:doc-path" select="$tp:doc-path"/>
      <xsl:with-param name="tp:pdf-path" select="$tp:pdf-path"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:variable name="meta" select="tp:metadata(.)"/>
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
          <xsl:apply-templates select="tei:text/tei:body/*" mode="tp:reading"/>
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
