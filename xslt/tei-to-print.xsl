<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → a complete, self-contained HTML document for paged media (the PDF is printed from
  it). The reading text with notes as endnotes of each document and furniture in a compact
  apparatus; the CSS comes in as a parameter and is embedded, so the page needs no other file.
  Chromium has no string-set, so the running head is a string literal written here.
  Page size is a parameter because CSS variables do not reach into @page.
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
  <xsl:include href="common/html-body.xsl"/>
  <xsl:include href="common/notes.xsl"/>
  <xsl:include href="common/html-notes.xsl"/>
  <!-- where the page is read: notes go to the foot of the page in print -->
  <xsl:variable name="tp:medium" as="xs:string" select="'print'"/>
  <xsl:output method="html" html-version="5" indent="no" include-content-type="no"/>

  <xsl:param name="css" as="xs:string" select="''"/>
  <xsl:param name="page-size" as="xs:string" select="'A4'"/>
  <xsl:param name="site-title" as="xs:string" select="''"/>
  <xsl:param name="build-date" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="meta" select="tp:metadata(.)"/>
    <xsl:variable name="title" select="($meta?title, 'Untitled document')[1]"/>
    <html lang="{(@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <style><xsl:value-of select="$css" disable-output-escaping="yes"/></style>
        <style><xsl:value-of select="tp:page-rules($title)" disable-output-escaping="yes"/></style>
      </head>
      <body class="print">&#10;
        <header class="title-block">
          <xsl:if test="$site-title"><p class="edition-title"><xsl:value-of select="$site-title"/></p></xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:if test="$build-date"><p class="build-date">Edition of <xsl:value-of select="$build-date"/></p></xsl:if>
        </header>&#10;
        <xsl:call-template name="tp:html-metadata"><xsl:with-param name="meta" select="$meta"/></xsl:call-template>
        <main class="view view-reading">&#10;
          <xsl:apply-templates select="tei:text/tei:body/*" mode="tp:html"><xsl:with-param name="view" select="'reading'" tunnel="yes"/></xsl:apply-templates>
        </main>&#10;
      </body>
    </html>
  </xsl:template>

  <!-- @page size and the running head (a CSS string literal, escaped and shortened). -->
  <xsl:function name="tp:page-rules" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="short" select="if (string-length($title) gt 90) then substring($title, 1, 88) || '…' else $title"/>
    <xsl:variable name="literal" select="'&quot;' || replace(replace(replace($short, '\\', '\\\\'), '&quot;', '\\&quot;'), '&lt;', '\\3C ') || '&quot;'"/>
    <xsl:sequence select="'@page { size: ' || replace($page-size, '[^A-Za-z0-9 ]', '') || '; @top-center { content: ' || $literal || '; } }'
      || ' @page :first { @top-center { content: none; } }'"/>
  </xsl:function>
</xsl:stylesheet>
