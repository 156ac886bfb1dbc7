<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML dispatch (mode tp:html): each element to the named template of its behaviour
  (common/html-body.xsl and the files beside it), by template rules compiled from the
  behaviour table (common/behaviours.xsl), for both views and for print.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- The dispatch: element → behaviour → its HTML. The behaviour table is compiled into match
       patterns (tp:patterns, common/behaviours.xsl), so an element finds its rule by its name;
       the elements the other tables speak of, and those without a row, ask tp:behaviour. The named
       template of a behaviour of one or two names (tp:html-section, tp:html-note…, in the files
       beside this one) is also the template rule of its pattern (one call less per element);
       the rules below are those of the other behaviours. -->
  <!-- (the compiled stylesheet keeps a rule's body once per name of its pattern, so the
       behaviours of many names have a rule that calls their template: as their templates' own
       rules, the HTML SEF grew from 0.56 to 1.07 MB, and no faster) -->
  <xsl:template _match="{$tp:patterns?container}" mode="tp:html"><xsl:call-template name="tp:html-container"/></xsl:template>
  <xsl:template _match="{$tp:patterns?block}" mode="tp:html"><xsl:call-template name="tp:html-block"/></xsl:template>
  <xsl:template _match="{$tp:patterns?inline}" mode="tp:html"><xsl:call-template name="tp:html-inline"/></xsl:template>
  <xsl:template _match="{$tp:patterns?item}" mode="tp:html"><xsl:call-template name="tp:html-structure"><xsl:with-param name="b" select="'item'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:patterns?table}" mode="tp:html"><xsl:call-template name="tp:html-structure"><xsl:with-param name="b" select="'table'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:patterns?row}" mode="tp:html"><xsl:call-template name="tp:html-structure"><xsl:with-param name="b" select="'row'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:patterns?cell}" mode="tp:html"><xsl:call-template name="tp:html-structure"><xsl:with-param name="b" select="'cell'"/></xsl:call-template></xsl:template>
  <!-- a label is written with the item it labels (common/html-lists.xsl) -->
  <xsl:template _match="{$tp:patterns?omit} | {$tp:patterns?label}" mode="tp:html"/>

  <xsl:template _match="{$tp:exceptions}" mode="tp:html" priority="1">
    <xsl:param name="tp:context" as="map(*)" tunnel="yes"/>
    <xsl:variable name="view" as="xs:string" select="$tp:context?view"/>
    <xsl:call-template name="tp:html-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:*" mode="tp:html" priority="-1">
    <xsl:param name="tp:context" as="map(*)" tunnel="yes"/>
    <xsl:variable name="view" as="xs:string" select="$tp:context?view"/>
    <xsl:call-template name="tp:html-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>

  <!-- An element as the behaviour $b says (for the elements the rules above cannot tell by name). -->
  <xsl:template name="tp:html-as">
    <xsl:param name="b" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$b eq 'section'"><xsl:call-template name="tp:html-section"/></xsl:when>
      <xsl:when test="$b eq 'container'"><xsl:call-template name="tp:html-container"/></xsl:when>
      <xsl:when test="$b eq 'block'"><xsl:call-template name="tp:html-block"/></xsl:when>
      <xsl:when test="$b eq 'list'"><xsl:call-template name="tp:html-list"/></xsl:when>
      <xsl:when test="$b eq 'quotation'"><xsl:call-template name="tp:html-quotation"/></xsl:when>
      <xsl:when test="$b = ('item', 'table', 'row', 'cell')"><xsl:call-template name="tp:html-structure"><xsl:with-param name="b" select="$b"/></xsl:call-template></xsl:when>
      <xsl:when test="$b eq 'line'"><xsl:call-template name="tp:html-line"/></xsl:when>
      <xsl:when test="$b eq 'inline'"><xsl:call-template name="tp:html-inline"/></xsl:when>
      <xsl:when test="$b eq 'break'"><xsl:call-template name="tp:html-break"/></xsl:when>
      <xsl:when test="$b eq 'page'"><xsl:call-template name="tp:html-page"/></xsl:when>
      <xsl:when test="$b eq 'furniture'"><xsl:call-template name="tp:html-furniture"/></xsl:when>
      <xsl:when test="$b eq 'note'"><xsl:call-template name="tp:html-note"/></xsl:when>
      <xsl:when test="$b eq 'mark'"><xsl:call-template name="tp:html-mark"/></xsl:when>
      <xsl:when test="$b eq 'gap'"><xsl:call-template name="tp:html-gap"/></xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
