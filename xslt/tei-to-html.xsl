<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → the body of an HTML edition page: the metadata panel and both views (reading and
  diplomatic) of the text. The page shell (head, navigation, view switch, downloads) is a
  handlebars template (src/render/shells/document.hbs) that wraps this fragment.
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
  <xsl:variable name="tp:medium" as="xs:string" select="'web'"/>
  <xsl:output method="html" html-version="5" indent="no" include-content-type="no"/>
  <!-- the summary's own output (tei-to-summary.xsl) -->
  <xsl:output name="tp:summary" method="json" indent="no"/>

  <!-- a batch passes each document's page paths, and may ask for the summary and the print page as well (common/batch.xsl) -->
  <xsl:template match="/">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:param name="tp:summary-href" as="xs:string?" select="()"/>
    <xsl:param name="tp:print-href" as="xs:string?" select="()"/>
    <xsl:apply-templates select="tei:TEI">
      <xsl:with-param name="tp:doc-path" select="$tp:doc-path"/>
      <xsl:with-param name="tp:pdf-path" select="$tp:pdf-path"/>
      <xsl:with-param name="tp:summary-href" select="$tp:summary-href"/>
      <xsl:with-param name="tp:print-href" select="$tp:print-href"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- The meta tags for the page's head come first, up to the marker src/render splits at. -->
  <xsl:template match="tei:TEI">
    <xsl:param name="tp:doc-path" as="xs:string" select="$doc-path"/>
    <xsl:param name="tp:pdf-path" as="xs:string" select="$pdf-path"/>
    <!-- the metadata is read once for the page, the summary and the print page -->
    <xsl:param name="tp:summary-href" as="xs:string?" select="()"/>
    <xsl:param name="tp:print-href" as="xs:string?" select="()"/>
    <xsl:variable name="meta" select="tp:metadata(.)"/>
    <xsl:if test="exists($tp:summary-href)">
      <xsl:result-document href="{$tp:summary-href}" format="tp:summary"><xsl:sequence select="$meta"/></xsl:result-document>
    </xsl:if>
    <!-- the bytes tei-to-print.xsl writes (with the same page-size): one parse and one metadata for both pages -->
    <xsl:if test="exists($tp:print-href)">
      <xsl:result-document href="{$tp:print-href}">
        <xsl:call-template name="tp:print-page">
          <xsl:with-param name="tp:doc-path" select="$tp:doc-path"/>
          <xsl:with-param name="tp:pdf-path" select="$tp:pdf-path"/>
          <xsl:with-param name="meta" select="$meta"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
    <xsl:call-template name="tp:citation-meta"><xsl:with-param name="meta" select="$meta"/><xsl:with-param name="pdf-path" select="$tp:pdf-path"/></xsl:call-template>
    <xsl:comment>teipress:body</xsl:comment>
    <div class="edition" lang="{(@xml:lang, 'en')[1]}">&#10;
      <xsl:call-template name="tp:html-metadata"><xsl:with-param name="meta" select="$meta"/></xsl:call-template>
      <div class="view view-reading" id="reading" aria-label="Reading text">&#10;
        <xsl:apply-templates select="tei:text/tei:body/*" mode="tp:reading"/>
      </div>&#10;
      <div class="view view-diplomatic" id="diplomatic" aria-label="Diplomatic transcription">&#10;
        <xsl:apply-templates select="tei:text/tei:body/*" mode="tp:diplomatic"/>
      </div>&#10;
      <xsl:call-template name="tp:cite-block"><xsl:with-param name="meta" select="$meta"/><xsl:with-param name="doc-path" select="$tp:doc-path"/></xsl:call-template>
    </div>&#10;
  </xsl:template>
</xsl:stylesheet>
