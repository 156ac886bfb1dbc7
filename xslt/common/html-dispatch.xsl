<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML dispatch: each element to the named template of its behaviour (common/html-body.xsl
  and the files beside it), by template rules compiled from the behaviour table
  (common/behaviours.xsl), for both views and for print. Each view is a mode of its own,
  tp:reading and tp:diplomatic: the view is known where a rule is written, so no element asks
  for it, and every table of behaviours.xsl (the rows, the view's overrides, an element in a
  parent, of a type, with a child, tp:behaviour's seg rule) is a match pattern of the view's
  rules, so no element asks tp:behaviour either.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- Every way an element gets its behaviour in a view, as tp:behaviour decides it:
       [element name, match pattern, behaviour]. A row (or the view's override of it) is a name
       test, of default priority 0; the other tables, and the seg rule, are patterns with a
       parent step or a predicate, of default priority 0.5, so they win over the row. An element
       no way names is phrase-level (the rules' tei:* of priority -1), as tp:behaviour's default. -->
  <xsl:variable name="tp:ways" static="yes" as="map(xs:string, array(xs:string)*)" select="map:merge(for $v in ('reading', 'diplomatic') return map { $v: (
    (for $k in distinct-values((map:keys($tp:behaviours), map:keys($tp:overrides($v)))) return [$k, 'tei:' || $k, ($tp:overrides($v)($k), $tp:behaviours($k)[1])[1]]),
    ['seg', 'tei:seg[not(parent::tei:opener or parent::tei:closer)]', 'inline'],
    (for $ip in map:keys($tp:in-parent)[starts-with(., $v || ' ')] return [substring-after($ip, '/'), 'tei:' || replace(substring-after($ip, ' '), '/', '/tei:'), $tp:in-parent($ip)]),
    (for $ty in map:keys($tp:typed-behaviours) return [substring-before($ty, ' '), 'tei:' || substring-before($ty, ' ') || '[@type = ''' || substring-after($ty, ' ') || ''']', $tp:typed-behaviours($ty)]),
    (for $wc in map:keys($tp:with-child) return [substring-before($wc, ' '), 'tei:' || substring-before($wc, ' ') || '[tei:' || substring-after($wc, ' ') || ']', $tp:with-child($wc)])) })"/>

  <!-- The patterns are tp:behaviour only while no element can match two of priority 0.5 that
       give different behaviours: each element name is the subject of one of those tables at
       most (a parent or a type tells its entries apart), and the children that make one name a
       different behaviour all make it the same one. A table that breaks this stops the compile. -->
  <xsl:variable name="tp:subjects" static="yes" as="xs:string*" select="('seg',
    distinct-values(map:keys($tp:in-parent) ! substring-after(., '/')), distinct-values(map:keys($tp:typed-behaviours) ! substring-before(., ' ')),
    distinct-values(map:keys($tp:with-child) ! substring-before(., ' ')))"/>
  <xsl:variable name="tp:ways-sound" static="yes" as="xs:boolean" select="
    if (count($tp:subjects) ne count(distinct-values($tp:subjects))) then error(xs:QName('tp:ways'), 'An element is the subject of two exception tables of behaviours.xsl: the HTML dispatch cannot order them')
    else if (some $n in map:keys($tp:with-child) ! substring-before(., ' ') satisfies count(distinct-values(map:keys($tp:with-child)[starts-with(., $n || ' ')] ! $tp:with-child(.))) gt 1)
      then error(xs:QName('tp:ways'), 'The children of one element name in tp:with-child give different behaviours: the HTML dispatch cannot order them')
    else true()"/>

  <!-- view → behaviour → the union of the patterns of the ways that give it ('tp:no-element'
       when none does). Phrase-level elements whose row names an HTML element, a datetime or a
       title are the behaviour 'inline-rich' here; the rest of them 'inline', a classed span. -->
  <xsl:variable name="tp:view-patterns" static="yes" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(for $v in ('reading', 'diplomatic') return map { $v:
    map:merge(for $b in ($tp:vocabulary, 'inline-rich') return map { $b: string-join(($tp:ways($v)[
      (if (?3 eq 'inline' and exists($tp:behaviours(?1)[2] ! (?html, ?datetime, ?title))) then 'inline-rich' else ?3) eq $b] ! ?2, 'tp:no-element'), ' | ') }) })"/>

  <!-- The same as [match pattern, behaviour] pairs, and split: behaviour → the union of the
       patterns that give it in both views (tp:both-patterns), and view → behaviour → those that
       give it in that view alone (tp:only-patterns). A behaviour's template is the rule of its
       patterns in both modes (its body runs without a call, as a rule's does: saxon-js's
       call-template and function calls cost more the larger the body they call); a rule of
       each view calls it for the view's own patterns (a deletion, a choice's children). -->
  <xsl:variable name="tp:kinds" static="yes" as="map(xs:string, array(xs:string)*)" select="map:merge(for $v in ('reading', 'diplomatic') return map { $v:
    $tp:ways($v) ! [?2, if (?3 eq 'inline' and exists($tp:behaviours(?1)[2] ! (?html, ?datetime, ?title))) then 'inline-rich' else ?3] })"/>
  <xsl:variable name="tp:both-patterns" static="yes" as="map(xs:string, xs:string)" select="map:merge(for $b in ($tp:vocabulary, 'inline-rich') return map {
    $b: string-join(($tp:kinds?reading[?2 eq $b][some $d in $tp:kinds?diplomatic satisfies ($d?1 eq ?1 and $d?2 eq $b)] ! ?1, 'tp:no-element'), ' | ') })"/>
  <xsl:variable name="tp:only-patterns" static="yes" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(for $v in ('reading', 'diplomatic') return map { $v:
    map:merge(for $b in ($tp:vocabulary, 'inline-rich') return map { $b: string-join(($tp:kinds($v)[?2 eq $b][not(some $d in $tp:kinds(if ($v eq 'reading') then 'diplomatic' else 'reading') satisfies ($d?1 eq ?1 and $d?2 eq $b))] ! ?1, 'tp:no-element'), ' | ') }) })"/>

  <xsl:mode name="tp:reading" use-when="$tp:ways-sound"/>
  <xsl:mode name="tp:diplomatic" use-when="$tp:ways-sound"/>

  <!-- The rules of the views (the behaviours that differ between views have a rule in each mode,
       beside their template: html-body.xsl, html-notes.xsl). -->
  <xsl:template _match="{$tp:only-patterns?reading?container}" mode="tp:reading"><xsl:call-template name="tp:html-container"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?line}" mode="tp:reading"><xsl:call-template name="tp:html-line"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?quotation}" mode="tp:reading"><xsl:call-template name="tp:html-quotation"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?inline}" mode="tp:reading"><xsl:call-template name="tp:html-inline"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?inline-rich}" mode="tp:reading"><xsl:call-template name="tp:html-inline-rich"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?gap}" mode="tp:reading"><xsl:call-template name="tp:html-gap"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?item}" mode="tp:reading"><xsl:call-template name="tp:html-item"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?table}" mode="tp:reading"><xsl:call-template name="tp:html-table"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?row}" mode="tp:reading"><xsl:call-template name="tp:html-row"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?reading?cell}" mode="tp:reading"><xsl:call-template name="tp:html-cell"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?container}" mode="tp:diplomatic"><xsl:call-template name="tp:html-container"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?line}" mode="tp:diplomatic"><xsl:call-template name="tp:html-line"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?quotation}" mode="tp:diplomatic"><xsl:call-template name="tp:html-quotation"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?inline}" mode="tp:diplomatic"><xsl:call-template name="tp:html-inline"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?inline-rich}" mode="tp:diplomatic"><xsl:call-template name="tp:html-inline-rich"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?gap}" mode="tp:diplomatic"><xsl:call-template name="tp:html-gap"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?item}" mode="tp:diplomatic"><xsl:call-template name="tp:html-item"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?table}" mode="tp:diplomatic"><xsl:call-template name="tp:html-table"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?row}" mode="tp:diplomatic"><xsl:call-template name="tp:html-row"/></xsl:template>
  <xsl:template _match="{$tp:only-patterns?diplomatic?cell}" mode="tp:diplomatic"><xsl:call-template name="tp:html-cell"/></xsl:template>
  <xsl:template _match="{$tp:view-patterns?reading?section}" mode="tp:reading"><xsl:call-template name="tp:html-section"><xsl:with-param name="view" select="'reading'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:view-patterns?reading?list}" mode="tp:reading"><xsl:call-template name="tp:html-list"><xsl:with-param name="view" select="'reading'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?section}" mode="tp:diplomatic"><xsl:call-template name="tp:html-section"><xsl:with-param name="view" select="'diplomatic'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:view-patterns?diplomatic?list}" mode="tp:diplomatic"><xsl:call-template name="tp:html-list"><xsl:with-param name="view" select="'diplomatic'"/></xsl:call-template></xsl:template>
  <!-- an element no way names is phrase-level -->
  <xsl:template match="tei:*" mode="tp:reading tp:diplomatic" priority="-1"><xsl:call-template name="tp:html-inline"/></xsl:template>
  <!-- a label is written with the item it labels (common/html-lists.xsl) -->
  <xsl:template _match="{$tp:both-patterns?omit} | {$tp:both-patterns?label}" mode="tp:reading tp:diplomatic"/>
  <xsl:template _match="{$tp:only-patterns?reading?omit} | {$tp:only-patterns?reading?label}" mode="tp:reading"/>
  <xsl:template _match="{$tp:only-patterns?diplomatic?omit} | {$tp:only-patterns?diplomatic?label}" mode="tp:diplomatic"/>
</xsl:stylesheet>
