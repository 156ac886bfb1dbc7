<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI → a JSON summary of the file (title, date, parties, pages…) for the site index and page shells. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/batch.xsl"/>
  <xsl:output method="json" indent="no"/>
  <xsl:template match="/">
    <xsl:sequence select="tp:metadata(tei:TEI)"/>
  </xsl:template>
</xsl:stylesheet>
