<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and their marks in HTML (behaviours 'note' and 'mark'), numbered by common/notes.xsl.
  Reading view, web: a superscript link to the note in the document's Notes list, which links
  back (edition.js also shows the note on hover and focus). Reading view, print (tp:medium =
  'print'): the note's text stands at its mark as a paged.js footnote (float: footnote) and goes
  to the foot of the page; no web-only links. Diplomatic view: a footnote stands where it is on
  the page, with its own label, and a mark is the page's superscript.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- Where the page is read: the medium its context names (the print page's, whichever
       stylesheet writes it: common/print-page.xsl), else the stylesheet's own. -->
  <xsl:function name="tp:medium" as="xs:string">
    <xsl:param name="context" as="map(*)"/>
    <xsl:sequence select="($context?medium, $tp:medium)[1]"/>
  </xsl:function>

  <!-- A note: a short editorial remark stays inline in brackets in both views; in the reading
       view a note is called by its number where it stands (one between blocks, by its mark), in
       the diplomatic view it stands where the page has it. -->
  <xsl:template _match="{$tp:view-patterns?reading?note}" mode="tp:reading">
    <xsl:choose>
      <xsl:when test="tp:note-inline(.)">
        <span class="{tp:classes(.)}">[<i><xsl:apply-templates mode="tp:reading"/></i>]</span>
      </xsl:when>
      <xsl:when test="tp:note-between-blocks(.)"/>
      <xsl:otherwise><xsl:call-template name="tp:html-call"><xsl:with-param name="note" select="."/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?note}" mode="tp:diplomatic">
    <xsl:choose>
      <xsl:when test="not(tp:note-inline(.)) and tp:note-between-blocks(.)">
        <div class="{tp:classes(.)} place-{(@place, 'foot')[1]}"><xsl:apply-templates mode="tp:diplomatic"/></div>&#10;
      </xsl:when>
      <xsl:otherwise>
        <span class="{tp:classes(.)}">[<i><xsl:apply-templates mode="tp:diplomatic"/></i>]</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A mark: the call of its note in the reading view (the number alone, in print, after the
       note's first mark, or for a mark without its note); the page's superscript in the diplomatic view. -->
  <xsl:template _match="{$tp:view-patterns?reading?mark}" mode="tp:reading">
    <xsl:param name="tp:context" as="map(*)" tunnel="yes" select="map { }"/>
    <xsl:variable name="notes" as="map(*)" select="($tp:context?notes, $tp:no-notes)[1]"/>
    <xsl:variable name="n" select="tp:note-number($notes, .)"/>
    <xsl:choose>
      <xsl:when test="empty($n) or not(tp:first-mark($notes, .)) and tp:medium($tp:context) = 'print'">
        <sup class="{tp:classes(.)}"><xsl:value-of select="($n, normalize-space())[1]"/></sup>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tp:html-call">
          <xsl:with-param name="note" select="$notes?notes[$n]"/>
          <xsl:with-param name="first" select="tp:first-mark($notes, .)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?mark}" mode="tp:diplomatic">
    <sup class="{tp:classes(.)}"><xsl:value-of select="normalize-space()"/></sup>
  </xsl:template>

  <!-- The call of a note at its place in the reading text. -->
  <xsl:template name="tp:html-call">
    <xsl:param name="note" as="element()"/>
    <xsl:param name="first" as="xs:boolean" select="true()"/>
    <xsl:param name="tp:context" as="map(*)" tunnel="yes"/>
    <xsl:variable name="notes" as="map(*)" select="$tp:context?notes"/>
    <xsl:variable name="doc" as="xs:string" select="$tp:context?doc"/>
    <xsl:variable name="n" select="tp:note-number($notes, $note)"/>
    <xsl:choose>
      <xsl:when test="tp:medium($tp:context) = 'print'">
        <sup class="fn-call"><xsl:value-of select="$n"/></sup>
        <span class="footnote"><span class="fn-num"><xsl:value-of select="$n"/></span><xsl:text> </xsl:text>
          <xsl:apply-templates select="tp:note-content($note)" mode="tp:reading"/></span>
      </xsl:when>
      <xsl:otherwise>
        <sup class="noteref"><a href="#r-{$doc}-fn{$n}" role="doc-noteref" aria-label="Note {$n}">
          <xsl:if test="$first"><xsl:attribute name="id" select="'r-' || $doc || '-fnref' || $n"/></xsl:if>
          <xsl:value-of select="$n"/></a></sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes of a document, at its end: the web edition's footnotes; in print, the notes no
       mark calls (they cannot go to the foot of a page). -->
  <xsl:template name="tp:html-notes">
    <xsl:param name="tp:context" as="map(*)" tunnel="yes"/>
    <xsl:variable name="notes" as="map(*)" select="$tp:context?notes"/>
    <xsl:variable name="doc" as="xs:string" select="$tp:context?doc"/>
    <xsl:variable name="listed" select="if (tp:medium($tp:context) = 'print') then $notes?notes[not(tp:note-has-mark($notes, .))] else $notes?notes"/>
    <xsl:if test="exists($listed)">
      <section class="notes" role="doc-endnotes" aria-labelledby="r-{$doc}-notes">
        <h3 id="r-{$doc}-notes">Notes</h3>
        <ol>
          <xsl:for-each select="$listed">
            <xsl:variable name="n" select="tp:note-number($notes, .)"/>
            <li id="r-{$doc}-fn{$n}" value="{$n}" class="note">
              <xsl:choose>
                <xsl:when test="tp:note-has-mark($notes, .) and tp:medium($tp:context) = 'web'">
                  <a class="note-num" href="#r-{$doc}-fnref{$n}" role="doc-backlink" aria-label="Back to the text of note {$n}"><xsl:value-of select="$n"/></a>
                </xsl:when>
                <xsl:otherwise><span class="note-num"><xsl:value-of select="$n"/></span></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
              <span class="note-text"><xsl:apply-templates select="tp:note-content(.)" mode="tp:reading"/></span></li>
          </xsl:for-each>
        </ol>
      </section>&#10;
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
