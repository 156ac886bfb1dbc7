<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists in HTML (behaviour 'list'). A TEI list holds a head, items or label and item pairs
  (numbered paragraphs "1." "2.", a form's "OFFICE :" fields), and page breaks, furniture or
  notes between them. HTML's ul holds only li: the head goes before the ul, and each li holds
  its item together with what stands before it (a page break, the label). In the reading view
  a form value that stands apart from its field (item/@corresp → the label's xml:id) shows the
  field's label in brackets, as editorial matter; the diplomatic view shows the page as it is.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:template name="tp:html-list">
    <xsl:param name="view" as="xs:string"/>
    <div class="{tp:classes(.) || (if (tei:label) then ' labelled' else '')}">
      <xsl:apply-templates select="tei:head" mode="#current"/>
      <ul><xsl:text>&#10;</xsl:text>
        <!-- each item with the label, page break or furniture before it; what follows the last item has a li of its own -->
        <xsl:for-each-group select="* except tei:head" group-ending-with="tei:item">
          <xsl:variable name="item" select="current-group()[self::tei:item]"/>
          <li class="{if ($item) then tp:classes($item) else 'list-rest'}">
            <!-- in source order: a page break or furniture, the label, the item's content -->
            <xsl:for-each select="current-group()">
              <xsl:choose>
                <xsl:when test="self::tei:label"><xsl:call-template name="tp:html-item-label"><xsl:with-param name="label" select="."/><xsl:with-param name="item" select="$item"/><xsl:with-param name="view" select="$view"/></xsl:call-template></xsl:when>
                <xsl:when test="self::tei:item">
                  <xsl:if test="not(preceding-sibling::*[1][self::tei:label])"><xsl:call-template name="tp:html-item-label"><xsl:with-param name="label" select="()"/><xsl:with-param name="item" select="."/><xsl:with-param name="view" select="$view"/></xsl:call-template></xsl:if>
                  <xsl:apply-templates mode="#current"/>
                </xsl:when>
                <xsl:otherwise><xsl:apply-templates select="." mode="#current"/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </li><xsl:text>&#10;</xsl:text>
        </xsl:for-each-group>
      </ul>
    </div><xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- An item's label as printed; in the reading view, for a value standing apart from its field, the field's label in brackets. -->
  <xsl:template name="tp:html-item-label">
    <xsl:param name="label" as="element()?"/>
    <xsl:param name="item" as="element()?"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="field" select="tp:item-field($item)[$view = 'reading']"/>
    <xsl:choose>
      <xsl:when test="normalize-space($label)"><span class="{tp:classes($label)}"><xsl:apply-templates select="$label/node()" mode="#current"/></span><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="$field"><span class="tei-label label-of-field" title="The value of this field">[<xsl:apply-templates select="$field/node()" mode="#current"/>]</span><xsl:text> </xsl:text></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The label of the field a form value belongs to (item/@corresp="#id" → label/@xml:id), if any. -->
  <xsl:function name="tp:item-field" as="element()?">
    <xsl:param name="item" as="element()?"/>
    <xsl:sequence select="$item/@corresp[starts-with(., '#')] ! id(substring(., 2), root($item))[self::tei:label][normalize-space()]"/>
  </xsl:function>
</xsl:stylesheet>
