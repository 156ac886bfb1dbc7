<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → a complete HTML document for paged media (the PDF is printed from it): the page of
  common/print-page.xsl, which tei-to-html.xsl can also write beside the HTML page in one run.
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
  <xsl:include href="common/print-page.xsl"/>
  <!-- where the page is read: notes go to the foot of the page in print -->
  <xsl:variable name="tp:medium" as="xs:string" select="'print'"/>
  <xsl:output method="html" html-version="5" indent="no" include-content-type="no"/>

  <!-- a batch passes each document's page paths (common/batch.xsl) -->
  <xsl:template match="/">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:apply-templates select="tei:TEI">
      <xsl:with-param name="tp:doc-path" select="$tp:doc-path"/>
      <xsl:with-param name="tp:pdf-path" select="$tp:pdf-path"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- the metadata is read once for the page (and, from tei-to-html.xsl, for the HTML page too) -->
  <xsl:template match="tei:TEI">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:call-template name="tp:print-page">
      <xsl:with-param name="tp:doc-path" select="$tp:doc-path"/>
      <xsl:with-param name="tp:pdf-path" select="$tp:pdf-path"/>
      <xsl:with-param name="meta" select="tp:metadata(.)"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
