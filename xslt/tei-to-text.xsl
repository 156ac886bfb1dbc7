<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → plain text: the reading or the diplomatic edition ($edition = 'reading' | 'diplomatic'),
  or both from one transform ('both': the two texts as two strings, reading first, for a run
  whose result is not serialized, src/render/saxon.ts transformToStrings; so that a build parses
  the TEI and sets the stylesheet up once for the two, and no serializer escapes and copies
  them); the policy is documented in docs/editions.md. The text implementation of the behaviour
  vocabulary: mode tp:blocks turns block-level structure into a sequence of items, paragraphs
  and lines, each an array [text, group, quoted]: a paragraph has no group (the empty
  sequence), a line the id of the run of lines it belongs to, and quoted is true for the items
  of a block quotation; mode tp:inline turns phrase-level content into a string. Items are
  joined with a blank line, except adjacent lines of one group (address lines, furniture).
  (Arrays, not elements: saxon-js builds an element, its name checked by a regular expression,
  its attribute and its text node, for each: over 300 bench documents in one process, arrays
  took 0.95-0.98x the CPU of elements, three rounds.)
  The parameters of its templates and functions are declared without a type (as): saxon-js
  walks the whole compiled stylesheet three times in every transform, and the checks a declared
  type compiles to were a tenth of it (13 nodes for each tunnel parameter). Their values are
  the stylesheet's own: the view (a string), the notes table (a map), a behaviour (a string),
  the nodes and strings each caller gives; the functions' results keep their types.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/notes.xsl"/>
  <xsl:include href="common/batch.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="edition" as="xs:string" select="'reading'"/>

  <!-- The behaviours written as blocks of their own, and the names of the children whose row (or
       child rule) may give one: a block without such a child is one paragraph. (Comparisons of
       one string are written with eq: saxon-js makes a general comparison, =, pair the values
       of two sequences, a cost paid for every element.) -->
  <xsl:variable name="tp:text-flow-behaviours" static="yes" as="xs:string+" select="('section', 'container', 'block', 'list', 'quotation', 'table')"/>
  <!-- The blocks an item holds that stand on lines of their own after its text (not its paragraphs). -->
  <xsl:variable name="tp:text-item-blocks" static="yes" as="xs:string+" select="('list', 'quotation', 'table')"/>
  <!-- (as a map of their names, written into the stylesheet as a literal when it is compiled, so
       that each child of a block costs one lookup of its name: saxon-js makes a new QName, its
       name checked by a regular expression, for every name test, and a test of each name
       (self::tei:div or self::tei:p ...) made 20 of them for every child of every block. Counted
       per template over 300 bench documents, tp:block's own time was 9.6 % of the texts' CPU
       with the name tests, 4.5 % with the lookup.) -->
  <xsl:variable name="tp:flow-names-literal" static="yes" as="xs:string" select="'map { ' || string-join(distinct-values((
    map:keys($tp:behaviours)[$tp:behaviours(.)[1] = $tp:text-flow-behaviours], map:keys($tp:with-child) ! substring-before(., ' '))) ! ('''' || . || ''': true()'), ', ') || ' }'"/>
  <xsl:variable name="tp:flow-names" as="map(xs:string, xs:boolean)" _select="{$tp:flow-names-literal}"/>
  <!-- The phrase-level elements whose row gives the text editions marks ([supplied], [+added+]): the
       others are only their content, without asking for marks. -->
  <xsl:variable name="tp:marked-inline" static="yes" as="xs:string" select="string-join((map:keys($tp:behaviours)[$tp:behaviours(.)[1] eq 'inline']
    [exists($tp:behaviours(.)[2] ! (?marks, ?diplomatic-marks))] ! ('tei:' || .), 'tp:no-element'), ' | ')"/>

  <!-- The names of each behaviour that has a template rule of its own here (an address line, a
       page, furniture, a gap), as a pattern without tp:patterns' placeholder: the compiler copies a
       rule's body for each name of its pattern, the placeholder's included. -->
  <xsl:variable name="tp:text-names" static="yes" as="map(xs:string, xs:string)" select="map:merge(for $b in ('line', 'furniture', 'page', 'gap', 'break') return map {
    $b: (string-join(map:keys($tp:behaviours)[$tp:behaviours(.)[1] eq $b] ! ('tei:' || .), ' | ')[.], 'tp:no-element')[1] })"/>
  <!-- The behaviours that stand on lines of their own within a phrase's text. -->
  <xsl:variable name="tp:text-inline-lines" static="yes" as="xs:string+" select="('line', 'block', 'list', 'item', 'table', 'row', 'quotation')"/>
  <!-- The names a view's override speaks of and no other table of tp:behaviour does, as a pattern. -->
  <xsl:variable name="tp:override-only" static="yes" as="xs:string" select="string-join((
    distinct-values((map:keys($tp:overrides?reading), map:keys($tp:overrides?diplomatic)))[not(. = ('seg',
      map:keys($tp:in-parent) ! substring-after(., '/'), map:keys($tp:typed-behaviours) ! substring-before(., ' '),
      map:keys($tp:with-child) ! substring-before(., ' ')))] ! ('tei:' || .), 'tp:no-element'), ' | ')"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$edition eq 'both'">
        <xsl:sequence select="tp:edition(., 'reading'), tp:edition(., 'diplomatic')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="tp:edition(., $edition)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A batch of documents (common/batch.xsl's $tp:batch) for a run whose result is not
       serialized: each document's texts in turn, as its document node's rule gives them (with
       edition 'both', two strings a document). -->
  <xsl:template name="tp:text-batch">
    <xsl:for-each select="$tp:batch"><xsl:apply-templates select="parse-xml(.)"/></xsl:for-each>
  </xsl:template>

  <!-- One text edition of the document. -->
  <xsl:function name="tp:edition" as="xs:string">
    <xsl:param name="doc"/>
    <xsl:param name="edition"/>
    <xsl:variable name="title" select="normalize-space($doc/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
    <xsl:variable name="items" as="array(*)*">
      <xsl:if test="$title"><xsl:sequence select="[tp:underline($title, '='), (), false()]"/></xsl:if>
      <xsl:sequence select="[$tp:text-legend($edition), (), false()]"/>
      <xsl:apply-templates select="$doc/tei:TEI/tei:text/tei:body/*" mode="tp:blocks">
        <xsl:with-param name="view" select="$edition" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <!-- one pass with the previous item at hand: indexing $items[$i - 1] made this quadratic in saxon-js
         (only lines have a group, ?2: two items of one group are two lines of it) -->
    <xsl:value-of>
    <xsl:iterate select="$items">
      <xsl:param name="prev" as="array(*)?" select="()"/>
      <xsl:on-completion><xsl:text>&#10;</xsl:text></xsl:on-completion>
      <xsl:value-of select="(if (empty($prev)) then ''
        else if ($prev?2 = ?2) then '&#10;'
        else if ($prev?3 and ?3) then '&#10;>&#10;'
        else '&#10;&#10;') || ?1"/>
      <xsl:next-iteration><xsl:with-param name="prev" select="."/></xsl:next-iteration>
    </xsl:iterate>
    </xsl:value-of>
  </xsl:function>

  <!-- True when a document has a note the reading text numbers (most have none, or only short
       remarks kept inline): its own notes, not those of a text it quotes (the notes of
       tp:note-table). A scan of the document's div, not the key tp:notes-of, which indexes the
       whole file and is built only when the document has numbered notes. -->
  <xsl:function name="tp:has-numbered-notes" as="xs:boolean">
    <xsl:param name="div"/>
    <xsl:sequence select="some $n in $div/descendant::tei:note[ancestor::tei:div[1] is $div] satisfies not(tp:note-inline($n))"/>
  </xsl:function>

  <xsl:function name="tp:underline" as="xs:string">
    <xsl:param name="s"/>
    <xsl:param name="char"/>
    <xsl:sequence select="$s || '&#10;' || string-join((1 to string-length($s)) ! $char, '')"/>
  </xsl:function>

  <!-- Block level. The behaviour table's rows as template rules (tp:patterns, compiled from the
       table), so that the common elements find their rule by name; the elements the other tables
       speak of, and those without a row, ask tp:behaviour and go through tp:blocks-as. -->
  <!-- (a rule's body is copied for each name of its pattern: the bodies here are one call) -->
  <xsl:template _match="{$tp:patterns?block}" mode="tp:blocks"><xsl:call-template name="tp:block"/></xsl:template>
  <xsl:template _match="{$tp:patterns?container}" mode="tp:blocks"><xsl:apply-templates select="*" mode="tp:blocks"/></xsl:template>
  <!-- (the behaviours of one name each are named templates that are also its rule: an address
       line, a page, the furniture of a page skip tp:behaviour and the tests of tp:blocks-as) -->
  <xsl:template name="tp:blocks-line" _match="{$tp:text-names?line}" mode="tp:blocks">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:sequence select="[tp:block-text(node(), $view, $notes), generate-id(..), false()]"/>
  </xsl:template>
  <!-- furniture: lines of the diplomatic text; the reading text has none -->
  <xsl:template name="tp:blocks-furniture" _match="{$tp:text-names?furniture}" mode="tp:blocks">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:if test="$view eq 'diplomatic'"><xsl:call-template name="tp:blocks-line"/></xsl:if>
  </xsl:template>
  <xsl:template name="tp:blocks-page" _match="{$tp:text-names?page}" mode="tp:blocks">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:if test="$view eq 'diplomatic'"><xsl:sequence select="[tp:page-marker(.), (), false()]"/></xsl:if>
  </xsl:template>
  <!-- (a document, an item or a row, a list or a table by name too: with del in the inline mode,
       they were most of the elements that asked tp:behaviour, a tenth of the texts' CPU in all) -->
  <xsl:template _match="{$tp:patterns?list} | {$tp:patterns?table}" mode="tp:blocks"><xsl:apply-templates select="*" mode="tp:blocks"/></xsl:template>
  <xsl:template _match="{$tp:patterns?section}" mode="tp:blocks"><xsl:call-template name="tp:blocks-as"><xsl:with-param name="b" select="'section'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:patterns?item}" mode="tp:blocks"><xsl:call-template name="tp:blocks-item"><xsl:with-param name="b" select="'item'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:patterns?row}" mode="tp:blocks"><xsl:call-template name="tp:blocks-item"><xsl:with-param name="b" select="'row'"/></xsl:call-template></xsl:template>
  <xsl:template _match="{$tp:exceptions}" mode="tp:blocks" priority="1">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:call-template name="tp:blocks-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:*" mode="tp:blocks" priority="-1">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:call-template name="tp:blocks-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="tp:blocks-as">
    <xsl:param name="b"/>
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:choose>
      <xsl:when test="$b eq 'section'">
        <!-- (the diplomatic view shows notes and marks as the page has them, without the edition's numbers) -->
        <xsl:variable name="notes" select="if ($view eq 'reading' and tp:has-numbered-notes(.)) then tp:note-table(.) else $tp:no-notes"/>
        <xsl:sequence select="[tp:underline('[' || tp:document-heading(.) || ']', '-'), (), false()]"/>
        <xsl:apply-templates select="*" mode="tp:blocks"><xsl:with-param name="notes" select="$notes" tunnel="yes"/></xsl:apply-templates>
        <xsl:if test="$view eq 'reading' and exists($notes?notes)">
          <xsl:sequence select="['[Notes]', (), false()]"/>
          <xsl:for-each select="$notes?notes">
            <xsl:sequence select="['[' || tp:note-number($notes, .) || '] ' || tp:block-text(tp:note-content(.), $view, $notes), 'notes', false()]"/>
          </xsl:for-each>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$b eq 'note' and tp:note-between-blocks(.)">
        <xsl:if test="$view eq 'diplomatic'"><xsl:sequence select="[tp:block-text(node(), $view, $notes), generate-id(..) || '-notes', false()]"/></xsl:if>
      </xsl:when>
      <xsl:when test="$b = ('container', 'list', 'table')"><xsl:apply-templates select="*" mode="tp:blocks"/></xsl:when>
      <xsl:when test="$b = ('item', 'row')"><xsl:call-template name="tp:blocks-item"><xsl:with-param name="b" select="$b"/></xsl:call-template></xsl:when>
      <!-- a label starts its item's line; parted from it (a page turned between them), it is a line of its own -->
      <xsl:when test="$b eq 'label'">
        <xsl:if test="normalize-space() and not(following-sibling::*[1][self::tei:item])"><xsl:sequence select="[tp:indent(.) || tp:block-text(node(), $view, $notes), tp:list-group(.), false()]"/></xsl:if>
      </xsl:when>
      <xsl:when test="$b eq 'quotation'"><xsl:sequence select="tp:quoted(*, $view, $notes)"/></xsl:when>
      <xsl:when test="$b eq 'line'"><xsl:call-template name="tp:blocks-line"/></xsl:when>
      <xsl:when test="$b eq 'furniture'"><xsl:call-template name="tp:blocks-furniture"/></xsl:when>
      <xsl:when test="$b eq 'page'"><xsl:call-template name="tp:blocks-page"/></xsl:when>
      <xsl:when test="$b = ('break', 'omit')"/>
      <xsl:otherwise><xsl:call-template name="tp:block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An item or a row: one line, its label first. An item that holds a list, a table or a
       quotation (lettered items under a numbered one) has its own text on its line and the
       blocks it holds on lines of their own after it, indented one step for each list or table
       around them, all in one run of lines with the outermost list. -->
  <xsl:template name="tp:blocks-item">
    <xsl:param name="b"/>
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:variable name="group" select="tp:list-group(.)"/>
    <xsl:variable name="indent" select="tp:indent(.)"/>
    <xsl:variable name="prefix" select="tp:item-prefix(., $b, $view, $notes)"/>
    <xsl:choose>
      <xsl:when test="not(*[tp:behaviour(., $view) = $tp:text-item-blocks])">
        <xsl:sequence select="[$indent || string-join(($prefix, tp:block-text(node(), $view, $notes))[.], ' '), $group, false()]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$prefix and *[1][tp:behaviour(., $view) = $tp:text-item-blocks]"><xsl:sequence select="[$indent || $prefix, $group, false()]"/></xsl:if>
        <xsl:for-each-group select="node()" group-adjacent=". instance of element() and tp:behaviour(., $view) = $tp:text-item-blocks">
          <xsl:variable name="run" select="if (current-grouping-key()) then '' else tp:block-text(current-group(), $view, $notes)"/>
          <xsl:choose>
            <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="tp:blocks"/></xsl:when>
            <xsl:when test="$run and position() eq 1"><xsl:sequence select="[$indent || string-join(($prefix, $run)[.], ' '), $group, false()]"/></xsl:when>
            <xsl:when test="$run"><xsl:sequence select="[$indent || '   ' || $run, $group, false()]"/></xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The run of lines an item, a row or a label goes in: that of its outermost list or table. -->
  <xsl:function name="tp:list-group" as="xs:string">
    <xsl:param name="e"/>
    <xsl:sequence select="generate-id(($e/ancestor::tei:list | $e/ancestor::tei:table)[1])"/>
  </xsl:function>

  <!-- Three spaces for each list or table around an item's own one. -->
  <xsl:function name="tp:indent" as="xs:string">
    <xsl:param name="e"/>
    <xsl:sequence select="string-join((2 to count($e/ancestor::tei:list | $e/ancestor::tei:table)) ! '   ', '')"/>
  </xsl:function>

  <!-- A paragraph-like block. One that holds blocks (a block quotation, a list, a table, an
       embedded text) is parted around them, as the HTML closes and reopens its p: each run of
       phrase-level content is a paragraph, each block stands on its own lines between them, in
       order (common/html-paragraph.xsl). A run that is only white space and line breaks is none. -->
  <!-- A paragraph-like block: one paragraph, or, holding blocks, parted around them (tp:paragraph). -->
  <xsl:template name="tp:block">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:choose>
      <xsl:when test="exists(*[map:contains($tp:flow-names, local-name())][self::tei:*])"><xsl:call-template name="tp:paragraph"/></xsl:when>
      <xsl:otherwise><xsl:sequence select="[tp:block-text(node(), $view, $notes), (), false()]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp:paragraph">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:for-each-group select="node()" group-adjacent="tp:text-flow(., $view)">
      <xsl:variable name="run" select="if (current-grouping-key()) then '' else tp:block-text(current-group(), $view, $notes)"/>
      <xsl:choose>
        <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="tp:blocks"/></xsl:when>
        <xsl:when test="$run"><xsl:sequence select="[$run, (), false()]"/></xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:function name="tp:text-flow" as="xs:boolean">
    <xsl:param name="n"/>
    <xsl:param name="view"/>
    <xsl:sequence select="$n instance of element() and tp:behaviour($n, $view) = $tp:text-flow-behaviours"/>
  </xsl:function>

  <!-- What starts an item's line: its label as printed ("1.", "OFFICE :"), in the reading text
       the bracketed label of the field a form value belongs to ("[OFFICE :]"), nothing in a
       labelled list, else a dash; a row has none. -->
  <xsl:function name="tp:item-prefix" as="xs:string">
    <xsl:param name="item"/>
    <xsl:param name="b"/>
    <xsl:param name="view"/>
    <xsl:param name="notes"/>
    <xsl:variable name="label" select="$item/preceding-sibling::*[1][self::tei:label]"/>
    <xsl:variable name="field" select="$item/@corresp[starts-with(., '#')] ! id(substring(., 2), root($item))[self::tei:label][normalize-space()]"/>
    <xsl:sequence select="if ($b ne 'item') then ''
      else if (normalize-space($label)) then tp:block-text($label/node(), $view, $notes)
      else if ($field and $view eq 'reading') then '[' || tp:block-text($field/node(), $view, $notes) || ']'
      else if ($label or $item/../tei:label) then ''
      else '–'"/>
  </xsl:function>

  <!-- A block quotation: the blocks of the quoted text, each line marked "> " (and the blank line between two of them ">"). -->
  <xsl:function name="tp:quoted" as="array(*)*">
    <xsl:param name="content"/>
    <xsl:param name="view"/>
    <xsl:param name="notes"/>
    <xsl:variable name="items" as="array(*)*">
      <xsl:apply-templates select="$content" mode="tp:blocks"><xsl:with-param name="view" select="$view" tunnel="yes"/><xsl:with-param name="notes" select="$notes" tunnel="yes"/></xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="$items ! [string-join(tokenize(?1, '&#10;') ! (if (.) then '> ' || . else '>'), '&#10;'), ?2, true()]"/>
  </xsl:function>

  <!-- The text of a block: reflowed to one line (reading), or its source lines tidied (diplomatic). -->
  <xsl:function name="tp:block-text" as="xs:string">
    <xsl:param name="nodes"/>
    <xsl:param name="view"/>
    <xsl:param name="notes"/>
    <xsl:variable name="raw" as="xs:string">
      <xsl:value-of><xsl:apply-templates select="$nodes" mode="tp:inline">
        <xsl:with-param name="view" select="$view" tunnel="yes"/>
        <xsl:with-param name="notes" select="$notes" tunnel="yes"/>
      </xsl:apply-templates></xsl:value-of>
    </xsl:variable>
    <xsl:sequence select="if ($view eq 'reading' or not(contains($raw, '&#10;'))) then normalize-space($raw) else tp:tidy-lines(tokenize($raw, '&#10;') ! normalize-space(.))"/>
  </xsl:function>

  <!-- Lines without blank lines at either end, and a run of blank lines as one (no regular
       expressions: saxon-js compiles one on every call). -->
  <xsl:function name="tp:tidy-lines" as="xs:string">
    <xsl:param name="lines"/>
    <xsl:variable name="full" select="index-of($lines ! boolean(.), true())"/>
    <xsl:sequence select="string-join(for $i in $full[1] to $full[last()] return $lines[$i][. or $lines[$i - 1]], '&#10;')"/>
  </xsl:function>

  <xsl:function name="tp:page-marker" as="xs:string">
    <xsl:param name="pb"/>
    <xsl:sequence select="'--- [page ' || ($pb/@n, '?')[1] || (if ($pb/@cert) then ', number inferred' else '') || '] ---'"/>
  </xsl:function>

  <!-- Phrase level -->
  <!-- A text node at a line break. The reading text reflows each block (tp:block-text:
       normalize-space), and a break there is a space, so the white space tp:break-text takes off
       at the break would go anyway: only a break that joins words (lb break="no") needs it. -->
  <xsl:template match="text()[preceding-sibling::node()[1][self::tei:lb] or following-sibling::node()[1][self::tei:lb]]" mode="tp:inline">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:value-of select="if ($view eq 'reading' and not((preceding-sibling::node()[1], following-sibling::node()[1])[self::tei:lb]/@break = 'no')) then . else tp:break-text(., $view)"/>
  </xsl:template>

  <!-- Phrase-level elements by name (tp:patterns), as at block level; the rest through tp:inline-as. -->
  <xsl:template _match="{$tp:patterns?inline}" mode="tp:inline"><xsl:apply-templates mode="tp:inline"/></xsl:template>
  <xsl:template _match="{$tp:marked-inline}" mode="tp:inline" priority="0.5"><xsl:call-template name="tp:inline-phrase"/></xsl:template>
  <xsl:template name="tp:inline-break" _match="{$tp:text-names?break}" mode="tp:inline">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:value-of select="if ($view eq 'diplomatic') then '&#10;' else if (@break = 'no') then '' else ' '"/>
  </xsl:template>
  <xsl:template name="tp:inline-page" _match="{$tp:text-names?page}" mode="tp:inline">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:value-of select="if ($view eq 'diplomatic') then '&#10;&#10;' || tp:page-marker(.) || '&#10;&#10;' else ' '"/>
  </xsl:template>
  <xsl:template name="tp:inline-furniture" _match="{$tp:text-names?furniture}" mode="tp:inline">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:value-of select="if ($view eq 'diplomatic') then '&#10;' || normalize-space(.) || '&#10;' else ' '"/>
  </xsl:template>
  <xsl:template name="tp:inline-gap" _match="{$tp:text-names?gap}" mode="tp:inline"><xsl:value-of select="tp:gap-label(.)"/></xsl:template>
  <xsl:template _match="{$tp:patterns?note}" mode="tp:inline"><xsl:call-template name="tp:inline-as"><xsl:with-param name="b" select="'note'"/></xsl:call-template></xsl:template>
  <!-- (a block in the flow of a phrase: an item's paragraphs) -->
  <xsl:template name="tp:inline-lines" _match="{string-join($tp:text-inline-lines ! $tp:patterns(.), ' | ')}" mode="tp:inline">
    <xsl:value-of select="'&#10;'"/><xsl:apply-templates mode="tp:inline"/><xsl:value-of select="'&#10;'"/>
  </xsl:template>
  <!-- An element whose row one view overrides (del, which the reading text omits) and no other
       table speaks of: its behaviour as tp:behaviour's last line gives it, without the tests of
       the other tables (priority over the exceptions' rule, which also matches it). -->
  <xsl:template _match="{$tp:override-only}" mode="tp:inline" priority="2">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:variable name="b" select="($tp:overrides($view)(local-name()), $tp:behaviour-of(local-name()), 'inline')[1]"/>
    <xsl:choose>
      <xsl:when test="$b eq 'omit'"/>
      <xsl:when test="$b eq 'inline'"><xsl:call-template name="tp:inline-phrase"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tp:inline-as"><xsl:with-param name="b" select="$b"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template _match="{$tp:exceptions}" mode="tp:inline" priority="1">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:call-template name="tp:inline-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:*" mode="tp:inline" priority="-1">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:call-template name="tp:inline-as"><xsl:with-param name="b" select="tp:behaviour(., $view)"/></xsl:call-template>
  </xsl:template>

  <!-- Phrase-level content in the flow, with the view's marks of the editorial interventions. -->
  <xsl:template name="tp:inline-phrase">
    <xsl:param name="view" tunnel="yes"/>
    <xsl:variable name="mark" select="tp:marks(., $view)"/>
    <xsl:value-of select="$mark[1]"/><xsl:apply-templates mode="tp:inline"/><xsl:value-of select="$mark[2]"/>
  </xsl:template>

  <xsl:template name="tp:inline-as">
    <xsl:param name="b"/>
    <xsl:param name="view" tunnel="yes"/>
    <xsl:param name="notes" tunnel="yes" select="$tp:no-notes"/>
    <xsl:choose>
      <xsl:when test="$b eq 'break'"><xsl:call-template name="tp:inline-break"/></xsl:when>
      <xsl:when test="$b eq 'page'"><xsl:call-template name="tp:inline-page"/></xsl:when>
      <xsl:when test="$b eq 'furniture'"><xsl:call-template name="tp:inline-furniture"/></xsl:when>
      <xsl:when test="$b eq 'note' and not(tp:note-inline(.)) and $view eq 'reading'"><xsl:value-of select="tp:note-number($notes, .) ! ('[' || . || ']')"/></xsl:when>
      <xsl:when test="$b eq 'note'"> [<xsl:apply-templates mode="tp:inline"/>]</xsl:when>
      <xsl:when test="$b eq 'mark'"><xsl:value-of select="'[' || (tp:note-number($notes, .)[$view eq 'reading'], normalize-space())[1] || ']'"/></xsl:when>
      <xsl:when test="$b eq 'gap'"><xsl:call-template name="tp:inline-gap"/></xsl:when>
      <xsl:when test="$b eq 'omit'"/>
      <xsl:when test="$b eq 'cell'"><xsl:if test="preceding-sibling::tei:cell"> | </xsl:if><xsl:apply-templates mode="tp:inline"/></xsl:when>
      <xsl:when test="$b = $tp:text-inline-lines"><xsl:call-template name="tp:inline-lines"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tp:inline-phrase"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
