<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to cite and reuse a document (HTML and print): the "Cite this document" line, the
  archival source line from msIdentifier, the licence; and, for the HTML head, citation_* meta
  tags (read by Zotero and Google Scholar) and Dublin Core meta. Only what is known is shown.
  Parameters (set by src/render): $site-title, $build-date (the accessed date), $doc-path (the
  page's path in the edition) and $pdf-path (the PDF's, when one is made). The two paths belong
  to one document: a batch of documents (common/batch.xsl) passes each document's own to the
  document's template rules, which pass them to tp:cite-block and tp:citation-meta (whose
  parameters doc-path and pdf-path default to the global ones).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:param name="site-title" as="xs:string" select="''"/>
  <xsl:param name="build-date" as="xs:string" select="''"/>
  <xsl:param name="doc-path" as="xs:string" select="''"/>
  <xsl:param name="pdf-path" as="xs:string" select="''"/>

  <!-- "John F. Kennedy Presidential Library, NSF, Countries, Box 1, Folder 3" -->
  <xsl:function name="tp:source-line" as="xs:string?">
    <xsl:param name="meta" as="map(*)"/>
    <xsl:variable name="parts" select="($meta?repository, $meta?collection, $meta?box ! ('Box ' || .),
      $meta?folder, $meta?idno ! ('Document ' || .), $meta?record)"/>
    <xsl:sequence select="if (exists($parts)) then string-join($parts, ', ') else ()"/>
  </xsl:function>

  <!-- Publisher. “Title.” In Edition. Date. path. Accessed date. -->
  <xsl:function name="tp:citation" as="xs:string">
    <xsl:param name="meta" as="map(*)"/>
    <xsl:param name="doc-path" as="xs:string"/>
    <xsl:sequence select="string-join((
      $meta?publisher ! (. || '.'),
      '“' || replace(($meta?title, 'Untitled document')[1], '[.]$', '') || '.”',
      ($site-title[.] ! ('In ' || . || '.')),
      $meta?dateLabel ! (. || '.'),
      $doc-path[.] ! (. || '.'),
      $build-date[.] ! ('Accessed ' || tp:format-date(.) || '.')), ' ')"/>
  </xsl:function>

  <xsl:template name="tp:cite-block">
    <xsl:param name="meta" as="map(*)"/>
    <xsl:param name="doc-path" as="xs:string" select="$doc-path"/>
    <section class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this document</h2>
      <p class="cite-line"><xsl:value-of select="tp:citation($meta, $doc-path)"/></p>
      <xsl:variable name="source" select="tp:source-line($meta)"/>
      <xsl:if test="exists($source)"><p class="source-line"><span class="label">Source: </span><xsl:value-of select="$source"/></p></xsl:if>
      <xsl:if test="exists($meta?licence)">
        <p class="licence"><span class="label">Licence: </span>
          <xsl:choose>
            <xsl:when test="exists($meta?licenceUrl)"><a rel="license" href="{$meta?licenceUrl}"><xsl:value-of select="$meta?licence"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="$meta?licence"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
    </section>&#10;
  </xsl:template>

  <!-- name → value for the head; Highwire Press citation_* tags, then Dublin Core -->
  <xsl:template name="tp:citation-meta">
    <xsl:param name="meta" as="map(*)"/>
    <xsl:param name="pdf-path" as="xs:string" select="$pdf-path"/>
    <xsl:variable name="tags" as="array(xs:string?)*" select="
      ['citation_title', $meta?title], ['citation_date', $meta?date ! translate(., '-', '/')],
      ['citation_publisher', $meta?publisher], ['citation_author', $meta?sender],
      ['citation_language', $meta?lang], ['citation_pdf_url', $pdf-path[.]],
      ['DC.title', $meta?title], ['DC.date', $meta?date], ['DC.publisher', $meta?publisher],
      ['DC.creator', $meta?sender], ['DC.language', $meta?lang], ['DC.rights', $meta?licence],
      ['DC.source', tp:source-line($meta)], ['DC.type', 'Text'], ['DC.format', 'text/html']"/>
    <xsl:for-each select="$tags[exists(?2)]">
      <meta name="{?1}" content="{?2}"/>&#10;
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
