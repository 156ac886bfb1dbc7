<?xml version="1.0" encoding="UTF-8"?>
<!-- The metadata panel (HTML and print): the fields of tp:metadata(), labelled, in a fixed order. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- key → label, in display order -->
  <xsl:variable name="tp:meta-fields" as="array(xs:string+)" select="[
    ('title', 'Title'), ('dateLabel', 'Date'), ('dateText', 'Date as written'), ('sender', 'Sender'), ('addressee', 'Addressee'),
    ('place', 'Place'), ('repository', 'Repository'), ('collection', 'Collection'),
    ('folder', 'Folder'), ('box', 'Box'), ('idno', 'Document no.'), ('record', 'Record id'), ('dateRange', 'Folder dates'),
    ('classification', 'Classification'), ('pages', 'Pages'), ('checksum', 'Source checksum (SHA-256)')
  ]"/>

  <xsl:template name="tp:html-metadata">
    <xsl:param name="meta" as="map(*)"/>
    <aside class="metadata" aria-labelledby="meta-heading">
      <h2 id="meta-heading">About this document</h2>
      <dl>
        <xsl:for-each select="1 to array:size($tp:meta-fields)">
          <xsl:variable name="field" select="$tp:meta-fields(.)"/>
          <xsl:variable name="value" select="$meta($field[1])"/>
          <xsl:if test="exists($value) and not($field[1] = 'dateText' and $value = $meta?dateLabel)">
            <div class="meta-{$field[1]}">
              <dt><xsl:value-of select="$field[2]"/></dt>
              <dd>
                <xsl:choose>
                  <xsl:when test="$field[1] = 'dateLabel'"><time datetime="{$meta?date}"><xsl:value-of select="$value"/></time></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
                </xsl:choose>
              </dd>
            </div>
          </xsl:if>
        </xsl:for-each>
      </dl>
    </aside>&#10;
  </xsl:template>
</xsl:stylesheet>
