<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML implementation of the behaviour vocabulary (common/behaviours.xsl), for both views:
  modes tp:reading and tp:diplomatic (the rules: common/html-dispatch.xsl; a template applies
  templates to the children in the current mode). The one tunnel parameter, tp:context, is a
  map that a section (a document) of the reading view passes: 'notes' is its note table
  (common/notes.xsl), 'doc' the key of its ids and 'medium' where the page is read, 'web' or
  'print' (one map, not three parameters: saxon-js copies every tunnel parameter in scope at
  each apply-templates and call-template). The print page (common/print-page.xsl) passes one
  with its medium alone to the sections it applies templates to. Ids are prefixed
  with the view's initial so that both views can live in one page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:template name="tp:html-container" _match="{$tp:both-patterns?container}" mode="tp:reading tp:diplomatic">
    <div class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></div>&#10;
  </xsl:template>

  <!-- The HTML of the structural behaviours (an element's own HTML element is in its row: tp:html-name, common/behaviours.xsl). -->
  <xsl:template name="tp:html-item" _match="{$tp:both-patterns?item}" mode="tp:reading tp:diplomatic"><li class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></li></xsl:template>
  <xsl:template name="tp:html-table" _match="{$tp:both-patterns?table}" mode="tp:reading tp:diplomatic"><table class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></table></xsl:template>
  <xsl:template name="tp:html-row" _match="{$tp:both-patterns?row}" mode="tp:reading tp:diplomatic"><tr class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></tr></xsl:template>
  <xsl:template name="tp:html-cell" _match="{$tp:both-patterns?cell}" mode="tp:reading tp:diplomatic"><td class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></td></xsl:template>

  <xsl:template name="tp:html-line" _match="{$tp:both-patterns?line}" mode="tp:reading tp:diplomatic">
    <span class="{tp:classes(.)} line"><xsl:apply-templates mode="#current"/></span>&#10;
  </xsl:template>

  <!-- a line break: a line of its own in the diplomatic view; a space in the reading text, unless it joins a word -->
  <xsl:template _match="{$tp:view-patterns?reading?break}" mode="tp:reading">
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?break}" mode="tp:diplomatic"><br/></xsl:template>

  <xsl:template name="tp:html-gap" _match="{$tp:both-patterns?gap}" mode="tp:reading tp:diplomatic">
    <span class="{tp:classes(.)}"><xsl:value-of select="tp:gap-label(.)"/></span>
  </xsl:template>

  <!-- The source's newline at a line break is not text: drop it (and keep joined words joined). -->
  <xsl:template match="text()[preceding-sibling::node()[1][self::tei:lb] or following-sibling::node()[1][self::tei:lb]]" mode="tp:reading">
    <xsl:value-of select="tp:break-text(., 'reading')"/>
  </xsl:template>
  <xsl:template match="text()[preceding-sibling::node()[1][self::tei:lb] or following-sibling::node()[1][self::tei:lb]]" mode="tp:diplomatic">
    <xsl:value-of select="tp:break-text(., 'diplomatic')"/>
  </xsl:template>

  <xsl:template name="tp:html-section">
    <xsl:param name="view" as="xs:string"/>
    <!-- the context it is in: the print page's (its medium), or an outer section's -->
    <xsl:param name="tp:context" as="map(*)" tunnel="yes" select="map { }"/>
    <!-- ids and fragments built from @n only when it is a plain token (a hand-edited n may hold
         anything); otherwise from the div's place among its sibling divs, never generate-id(),
         whose values depend on what the process transformed before (the same TEI must give the
         same bytes in any build, worker or order). The hyphen keeps it apart from any plain @n. -->
    <xsl:variable name="key" select="(@n[matches(., '^[A-Za-z0-9]+$')], 'x-' || string-join(ancestor-or-self::tei:div ! string(count(preceding-sibling::tei:div) + 1), '-'))[1]"/>
    <xsl:variable name="doc" select="'d' || $key"/>
    <xsl:variable name="id" select="substring($view, 1, 1) || '-doc-' || $key"/>
    <!-- (the diplomatic view shows notes and marks as the page has them, without the edition's numbers) -->
    <xsl:variable name="notes" select="if ($view eq 'reading') then tp:note-table(.) else $tp:no-notes"/>
    <section class="{tp:classes(.)}" aria-labelledby="{$id}">&#10;
      <h2 id="{$id}"><xsl:value-of select="tp:document-heading(.)"/></h2>&#10;
      <xsl:variable name="in-section" select="map { 'notes': $notes, 'doc': $doc, 'medium': tp:medium($tp:context) }"/>
      <xsl:apply-templates mode="#current"><xsl:with-param name="tp:context" select="$in-section" tunnel="yes"/></xsl:apply-templates>
      <xsl:if test="$view = 'reading'">
        <xsl:call-template name="tp:html-notes"><xsl:with-param name="tp:context" select="$in-section" tunnel="yes"/></xsl:call-template>
        <xsl:call-template name="tp:html-apparatus"/>
      </xsl:if>
    </section>&#10;
  </xsl:template>

  <!-- A block: its row's HTML element, else a div. A p (or heading) that holds blocks is closed
       and reopened around them (common/html-paragraph.xsl); only one with a child that may be a
       block asks. (One rule in each view, their bodies alike: the view is the mode.) -->
  <xsl:template _match="{$tp:view-patterns?reading?block}" mode="tp:reading">
    <xsl:variable name="name" select="(tp:html-name(.), 'div')[1]"/>
    <xsl:choose>
      <xsl:when test="$name = ('p', 'h3') and tp:holds-flow(., 'reading')"><xsl:call-template name="tp:html-split-block"><xsl:with-param name="html-name" select="$name"/><xsl:with-param name="view" select="'reading'"/></xsl:call-template></xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$name}" namespace="http://www.w3.org/1999/xhtml">
          <xsl:attribute name="class" select="tp:classes(.)"/>
          <xsl:apply-templates mode="tp:reading"/>
        </xsl:element>
        <xsl:text>&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?block}" mode="tp:diplomatic">
    <xsl:variable name="name" select="(tp:html-name(.), 'div')[1]"/>
    <xsl:choose>
      <xsl:when test="$name = ('p', 'h3') and tp:holds-flow(., 'diplomatic')"><xsl:call-template name="tp:html-split-block"><xsl:with-param name="html-name" select="$name"/><xsl:with-param name="view" select="'diplomatic'"/></xsl:call-template></xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$name}" namespace="http://www.w3.org/1999/xhtml">
          <xsl:attribute name="class" select="tp:classes(.)"/>
          <xsl:apply-templates mode="tp:diplomatic"/>
        </xsl:element>
        <xsl:text>&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Inline elements: a few have an HTML element of their own, the rest are classed spans. Each
       has the datetime and hover text (normalised dates, the kind of intervention) of the
       datetime and title columns of its row (common/behaviours.xsl). Those whose row has none
       of these ('inline' of tp:view-patterns) are spans and nothing else. -->
  <xsl:template name="tp:html-inline" _match="{$tp:both-patterns?inline}" mode="tp:reading tp:diplomatic">
    <span class="{tp:classes(.)}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template name="tp:html-inline-rich" _match="{$tp:both-patterns?inline-rich}" mode="tp:reading tp:diplomatic">
    <xsl:element name="{(tp:html-name(.), 'span')[1]}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="tp:classes(.)"/>
      <xsl:for-each _select="{$tp:column-selects?datetime}"><xsl:attribute name="datetime" select="."/></xsl:for-each>
      <xsl:for-each _select="({$tp:column-selects?title})[. ne '']"><xsl:attribute name="title" select="."/></xsl:for-each>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>


  <!-- A page break: a mark in the reading text, a separator line in the diplomatic view. -->
  <xsl:template _match="{$tp:view-patterns?reading?page}" mode="tp:reading">
    <xsl:variable name="n" select="(@n, '?')[1]"/>
    <span class="pb-mark" title="{'Page ' || $n || (if (@cert) then ' (number inferred)' else '')}">
      <xsl:if test="ancestor::tei:p"><span class="pb-bar" aria-hidden="true">|</span></xsl:if>
      <span class="pb-label">[p. <xsl:value-of select="$n"/>]</span>
    </span>
  </xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?page}" mode="tp:diplomatic">
    <xsl:variable name="n" select="(@n, '?')[1]"/>
    <span class="pb-line" role="separator" title="{'Page ' || $n || (if (@cert) then ' (number inferred)' else '')}"><span>page <xsl:value-of select="if (@cert) then '[' || $n || ']' else $n"/></span></span>
  </xsl:template>

  <!-- Furniture stands where it falls in the diplomatic view; the reading view lists it in the apparatus. -->
  <xsl:template _match="{$tp:view-patterns?reading?furniture}" mode="tp:reading"/>
  <xsl:template _match="{$tp:view-patterns?diplomatic?furniture}" mode="tp:diplomatic">
    <span class="{tp:classes(.)} place-{(@place, 'inline')[1]}" title="{tp:fw-label(.)}"><xsl:apply-templates mode="tp:diplomatic"/></span>
  </xsl:template>

  <!-- The apparatus: every piece of furniture of the document, with its page and place. The
       page is carried through one pass over the document's pb and fw (a preceding::pb lookup
       per fw made this quadratic in the document's length). They are found by a scan of the
       document's own elements, not key(…, .): saxon-js answers a key limited to a subtree by
       filtering every match in the whole file, so a file of many documents was quadratic. -->
  <xsl:template name="tp:html-apparatus">
    <xsl:if test="exists(descendant::tei:fw)">
      <aside class="apparatus" aria-label="Page furniture">
        <h3>Page furniture</h3>
        <ul>
          <xsl:iterate select="descendant::*[self::tei:pb or self::tei:fw]">
            <xsl:param name="page" as="xs:string" select="'1'"/>
            <xsl:if test="self::tei:fw">
              <li><span class="app-loc">p. <xsl:value-of select="$page"/><xsl:value-of select="@place ! (', ' || .)"/></span>
                <xsl:text> </xsl:text><span class="app-kind"><xsl:value-of select="tp:fw-label(.)"/></span>
                <xsl:text> </xsl:text><span class="app-text"><xsl:apply-templates mode="tp:diplomatic"/></span></li>
            </xsl:if>
            <xsl:next-iteration><xsl:with-param name="page" select="if (self::tei:pb) then string(@n) else $page"/></xsl:next-iteration>
          </xsl:iterate>
        </ul>
      </aside>&#10;
    </xsl:if>
  </xsl:template>

  <!-- "tei-fw tei-fw-stamp": the element's name and its type/subtype/rend, for CSS; each value
       as replace(., '\W+', '-') makes it, with a fast path (in the expression, not a function of
       its own: saxon-js's function calls cost more than the test): saxon-js expands the Unicode
       class \W on every call (a quarter of the render time), while nearly every value is ASCII
       letters, digits and single hyphens, which the replace leaves as they are. -->
  <xsl:variable name="tp:token-chars" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'"/>
  <xsl:function name="tp:classes" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="base" select="'tei-' || local-name($e)"/>
    <xsl:sequence select="if (empty($e/@*)) then $base else string-join(($base, ($e/@type, $e/@subtype, $e/@rend) ! string(.) !
      ($base || '-' || (if (translate(., $tp:token-chars, '') = '' and not(contains(., '--'))) then . else replace(., '\W+', '-')))), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
