<?xml version="1.0" encoding="UTF-8"?>
<!--
  A block quotation in HTML (behaviour 'quotation'): a text quoted whole (floatingText, or a quote
  holding one or holding paragraphs), such as a letter quoted in a telegram. It is a blockquote
  whose own opener, body and closer keep their classes (tei-opener, tei-closer…), so that the
  embedded letter looks like a letter, set in from the text that quotes it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:template name="tp:html-quotation" _match="{$tp:both-patterns?quotation}" mode="tp:reading tp:diplomatic">
    <blockquote class="{tp:classes(.)} quotation"><xsl:apply-templates mode="#current"/></blockquote><xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
