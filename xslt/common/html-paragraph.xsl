<?xml version="1.0" encoding="UTF-8"?>
<!--
  A paragraph that holds blocks (a block quotation, a list, a table, an embedded text) in HTML.
  An HTML p may hold phrasing content only: a blockquote, ul or div inside it is invalid, and a
  browser closes the p before it (the rest of the paragraph then stands outside any p). So the
  paragraph is closed before each block and reopened after it: each run of inline content is a
  p of the paragraph's classes (a reopened one also "continued", so that print does not indent
  it), each block stands between them, in order. A line break at the edge of a run, next to a
  block, is not written: the block begins and ends a line of its own. Nothing else is lost or
  moved.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- The behaviours whose HTML is flow content (div, blockquote, ul, table, section). -->
  <xsl:variable name="tp:flow-behaviours" static="yes" as="xs:string*" select="('section', 'container', 'block', 'list', 'quotation', 'table')"/>

  <!-- True when a child node of a paragraph is written as a block in the view: by template rules
       of the view's patterns (common/html-dispatch.xsl), as the view dispatches it. -->
  <xsl:function name="tp:is-flow" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$view eq 'reading'"><xsl:apply-templates select="$n" mode="tp:flow-reading"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$n" mode="tp:flow-diplomatic"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:mode name="tp:flow-reading" on-no-match="fail"/>
  <xsl:mode name="tp:flow-diplomatic" on-no-match="fail"/>
  <xsl:template match="node()" mode="tp:flow-reading tp:flow-diplomatic" as="xs:boolean" priority="-3"><xsl:sequence select="false()"/></xsl:template>
  <xsl:template _match="{string-join($tp:flow-behaviours ! $tp:view-patterns?reading(.), ' | ')}"
    mode="tp:flow-reading" as="xs:boolean"><xsl:sequence select="true()"/></xsl:template>
  <xsl:template _match="{string-join(($tp:vocabulary, 'inline-rich')[not(. = $tp:flow-behaviours)] ! $tp:view-patterns?reading(.), ' | ')}"
    mode="tp:flow-reading" as="xs:boolean"><xsl:sequence select="false()"/></xsl:template>
  <xsl:template _match="{string-join($tp:flow-behaviours ! $tp:view-patterns?diplomatic(.), ' | ')}"
    mode="tp:flow-diplomatic" as="xs:boolean"><xsl:sequence select="true()"/></xsl:template>
  <xsl:template _match="{string-join(($tp:vocabulary, 'inline-rich')[not(. = $tp:flow-behaviours)] ! $tp:view-patterns?diplomatic(.), ' | ')}"
    mode="tp:flow-diplomatic" as="xs:boolean"><xsl:sequence select="false()"/></xsl:template>

  <!-- The local names of the elements that some way of some view (tp:ways) makes a block: any
       other element is never flow, so only these need tp:is-flow (most paragraphs hold none). -->
  <xsl:variable name="tp:maybe-flow-names" static="yes" as="xs:string*" select="distinct-values(
    ($tp:ways?reading, $tp:ways?diplomatic)[?3 = $tp:flow-behaviours] ! ?1)"/>

  <!-- True when the element has a child written as a block in the view (asked of an element whose HTML holds phrasing content only). -->
  <xsl:function name="tp:holds-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="some $c in $e/*[local-name() = $tp:maybe-flow-names] satisfies tp:is-flow($c, $view)"/>
  </xsl:function>

  <!-- A run without text or any element but line breaks: nothing to write. -->
  <xsl:function name="tp:blank-run" as="xs:boolean">
    <xsl:param name="run" as="node()*"/>
    <xsl:sequence select="every $n in $run satisfies ($n/self::text()[not(normalize-space())] or $n/self::tei:lb)"/>
  </xsl:function>

  <xsl:template name="tp:html-split-block">
    <xsl:param name="html-name" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="block" select="."/>
    <xsl:for-each-group select="node()" group-adjacent="tp:is-flow(., $view)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="#current"/></xsl:when>
        <xsl:when test="tp:blank-run(current-group())"/>
        <xsl:otherwise>
          <xsl:variable name="run" select="current-group()"/>
          <xsl:variable name="significant" select="$run[not(self::text()[not(normalize-space())])]"/>
          <xsl:variable name="after-block" select="exists($run[1]/preceding-sibling::node())"/>
          <xsl:variable name="before-block" select="exists($run[last()]/following-sibling::node())"/>
          <!-- a line break right after or right before a block is where the block's own line begins or ends -->
          <xsl:variable name="edges" select="($significant[1][$after-block][self::tei:lb], $significant[last()][$before-block][self::tei:lb])"/>
          <xsl:element name="{$html-name}" namespace="http://www.w3.org/1999/xhtml">
            <xsl:attribute name="class" select="tp:classes($block) || (if ($after-block) then ' continued' else '')"/>
            <xsl:apply-templates select="$run except $edges" mode="#current"/>
          </xsl:element>
          <xsl:text>&#10;</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>
</xsl:stylesheet>
