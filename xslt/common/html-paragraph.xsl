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

  <!-- True when a child node of a paragraph is written as a block in the view. -->
  <xsl:function name="tp:is-flow" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:apply-templates select="$n" mode="tp:is-flow"><xsl:with-param name="view" select="$view"/></xsl:apply-templates>
  </xsl:function>

  <!-- tp:is-flow by template rules compiled from the behaviour table (as common/html-dispatch.xsl
       dispatches): an element whose row alone gives its behaviour is told by its name, and only
       the elements another table speaks of (tp:exceptions), or without a row, ask tp:behaviour.
       Every child element of every paragraph asks this, twice in a view. -->
  <xsl:mode name="tp:is-flow" on-no-match="fail"/>
  <xsl:template match="node()" mode="tp:is-flow" as="xs:boolean" priority="-3"><xsl:sequence select="false()"/></xsl:template>
  <xsl:template match="*" mode="tp:is-flow" as="xs:boolean" priority="-2">
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="tp:behaviour(., $view) = $tp:flow-behaviours"/>
  </xsl:template>
  <xsl:template _match="{$tp:exceptions}" mode="tp:is-flow" as="xs:boolean" priority="1">
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="tp:behaviour(., $view) = $tp:flow-behaviours"/>
  </xsl:template>
  <xsl:template _match="{string-join($tp:flow-behaviours ! $tp:patterns(.), ' | ')}"
    mode="tp:is-flow" as="xs:boolean"><xsl:sequence select="true()"/></xsl:template>
  <xsl:template _match="{string-join($tp:vocabulary[not(. = $tp:flow-behaviours)] ! $tp:patterns(.), ' | ')}"
    mode="tp:is-flow" as="xs:boolean"><xsl:sequence select="false()"/></xsl:template>

  <!-- The local names of the elements that may be written as a block in some view: those whose
       row gives a flow behaviour, and those another table (or tp:behaviour's seg rule) speaks of.
       Any other element is never flow (its row, or the default 'inline', says so in both views),
       so only these need tp:is-flow: most paragraphs hold none of them. -->
  <xsl:variable name="tp:maybe-flow-names" static="yes" as="xs:string*" select="distinct-values((
    map:keys($tp:behaviours)[$tp:behaviours(.)[1] = $tp:flow-behaviours], 'seg',
    map:keys($tp:in-parent) ! substring-after(., '/'), map:keys($tp:typed-behaviours) ! substring-before(., ' '),
    map:keys($tp:with-child) ! substring-before(., ' '), map:keys($tp:overrides?reading), map:keys($tp:overrides?diplomatic)))"/>

  <!-- True when the element's HTML must hold phrasing content only, and it has a child written as a block. -->
  <xsl:function name="tp:holds-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="html-name" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="$html-name = ('p', 'h3') and (some $c in $e/*[local-name() = $tp:maybe-flow-names] satisfies tp:is-flow($c, $view))"/>
  </xsl:function>

  <!-- A run without text or any element but line breaks: nothing to write. -->
  <xsl:function name="tp:blank-run" as="xs:boolean">
    <xsl:param name="run" as="node()*"/>
    <xsl:sequence select="every $n in $run satisfies ($n/self::text()[not(normalize-space())] or $n/self::tei:lb)"/>
  </xsl:function>

  <xsl:template name="tp:html-split-block">
    <xsl:param name="tp:context" as="map(*)" tunnel="yes"/>
    <xsl:param name="html-name" as="xs:string"/>
    <xsl:variable name="view" as="xs:string" select="$tp:context?view"/>
    <xsl:variable name="block" select="."/>
    <xsl:for-each-group select="node()" group-adjacent="tp:is-flow(., $view)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="tp:html"/></xsl:when>
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
            <xsl:apply-templates select="$run except $edges" mode="tp:html"/>
          </xsl:element>
          <xsl:text>&#10;</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>
</xsl:stylesheet>
