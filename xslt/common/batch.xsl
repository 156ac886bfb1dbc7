<?xml version="1.0" encoding="UTF-8"?>
<!--
  A batch of documents in one run of a stylesheet (src/render/saxon.ts, transformBatch): the
  named template tp:batch parses each XML text of $tp:batch and writes what the stylesheet makes
  of it as the result document "N" (its place in the batch, from 1), serialized as the
  stylesheet's own output. saxon-js prepares the whole compiled stylesheet again for every run
  (a cost that grows with the stylesheet, not with the document), so one run for many documents
  pays it once. Each document is transformed exactly as when it is the source of a run of its
  own: the same templates from its document node, and the page paths of the citation
  (common/citation.xsl) as parameters of the document node's template rule instead of the
  global ones. They are not tunnel parameters: saxon-js copies every tunnel parameter in scope
  at each apply-templates and call-template, so three more of them cost a sixth of the HTML
  render. A stylesheet whose rule for the document node declares none ignores them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">

  <!-- The documents' XML, and each one's page path and PDF path (the same length, or empty). -->
  <xsl:param name="tp:batch" as="xs:string*" select="()"/>
  <xsl:param name="tp:batch-doc-paths" as="xs:string*" select="()"/>
  <xsl:param name="tp:batch-pdf-paths" as="xs:string*" select="()"/>
  <!-- True: a stylesheet that can also write each document's summary (tei-to-html.xsl) writes it as "N.summary". -->
  <xsl:param name="tp:batch-summaries" as="xs:boolean" select="false()"/>
  <!-- True: a stylesheet that can also write each document's print page (tei-to-html.xsl) writes it as "N.print". -->
  <xsl:param name="tp:batch-prints" as="xs:boolean" select="false()"/>

  <xsl:template name="tp:batch">
    <xsl:for-each select="$tp:batch">
      <xsl:variable name="n" select="position()"/>
      <xsl:result-document href="{$n}">
        <xsl:apply-templates select="parse-xml(.)">
          <xsl:with-param name="tp:doc-path" select="string($tp:batch-doc-paths[$n])"/>
          <xsl:with-param name="tp:pdf-path" select="string($tp:batch-pdf-paths[$n])"/>
          <xsl:with-param name="tp:summary-href" select="($n || '.summary')[$tp:batch-summaries]"/>
          <xsl:with-param name="tp:print-href" select="($n || '.print')[$tp:batch-prints]"/>
        </xsl:apply-templates>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
