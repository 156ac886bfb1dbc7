<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the editions show about a TEI file, read once from its teiHeader (and body, for the
  page count): used by the HTML metadata panel and by the site index (tei-to-summary.xsl),
  so the two never disagree. Absent fields are absent from the map.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:tp="urn:teipress"
  exclude-result-prefixes="#all">

  <!-- The converter's placeholder when a repository is not known (docs/encoding.md): never shown. -->
  <xsl:variable name="tp:unknown-repository" as="xs:string" select="'Unknown repository'"/>

  <!-- The elements the metadata looks for, indexed in one pass over the file
       (descendant scans from the root, one per field, cost more than the rest of the summary;
       a key gives the same elements, in document order). -->
  <xsl:key name="tp:by-name" match="tei:date | tei:fw | tei:div | tei:pb | tei:msIdentifier | tei:correspAction | tei:origDate
    | tei:catRef | tei:category | tei:change | tei:publisher | tei:licence" use="local-name()"/>

  <xsl:function name="tp:metadata" as="map(xs:string, item()*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:variable name="ms" select="key('tp:by-name', 'msIdentifier', $h)[parent::tei:msDesc/parent::tei:sourceDesc]"/>
    <!-- the file's first correspondence (a file with several documents has one per document) -->
    <xsl:variable name="sent" select="key('tp:by-name', 'correspAction', $h)[@type = 'sent'][1]"/>
    <xsl:variable name="received" select="key('tp:by-name', 'correspAction', $h)[@type = 'received'][1]"/>
    <xsl:variable name="origDate" select="key('tp:by-name', 'origDate', $h)[parent::tei:origin/parent::tei:history/parent::tei:msDesc][not(preceding-sibling::tei:origDate)]"/>
    <xsl:variable name="text" select="$tei/tei:text"/>
    <!-- (a dateline of a text quoted in this one, floatingText, dates the quoted text, not this one) -->
    <xsl:variable name="dateline" select="($text ! key('tp:by-name', 'date', .)[ancestor::tei:dateline][not(ancestor::tei:floatingText)])[1]"/>
    <!-- the best date known: the dateline's, the sidecar's (the converter writes it as the sent
         date of the correspondence), the title's, then the first dated date of the text; a day
         (the time of a dated dateline is not part of the document's date) -->
    <xsl:variable name="dated-dateline" select="($text ! key('tp:by-name', 'date', .)[@when][ancestor::tei:dateline][not(ancestor::tei:floatingText)])[1]"/>
    <xsl:variable name="best-date" select="(($dated-dateline/@when, $sent/tei:date/@when) ! string(), tp:title-date($h/tei:fileDesc/tei:titleStmt/tei:title[1]),
      ($text ! key('tp:by-name', 'date', .)[@when])[1]/@when ! string())[1] ! substring-before(. || 'T', 'T')"/>
    <xsl:variable name="category" select="for $t in key('tp:by-name', 'catRef', $h)/@target ! substring-after(., '#')
      return key('tp:by-name', 'category', $h)[@xml:id = $t]"/>
    <xsl:variable name="documents" select="$text ! key('tp:by-name', 'div', .)[@type = 'document']"/>
    <xsl:variable name="licences" select="key('tp:by-name', 'licence', $h)[ancestor::tei:publicationStmt]"/>
    <xsl:variable name="change" select="string-join(key('tp:by-name', 'change', $h)[parent::tei:revisionDesc], ' ')"/>
    <xsl:sequence select="map:merge((
      tp:entry('title', $h/tei:fileDesc/tei:titleStmt/tei:title[1]),
      tp:entry('lang', $tei/@xml:lang),
      tp:entry('date', $best-date),
      tp:entry('dateLabel', $best-date ! tp:format-date(.)),
      tp:entry('dateText', ($dateline, $sent/tei:date/@when)[1]),
      tp:entry('sender', $sent/(tei:persName | tei:orgName)[1]),
      tp:entry('place', $sent/tei:placeName[1]),
      tp:entry('addressee', $received/(tei:persName | tei:orgName)[1]),
      tp:entry('repository', $ms/tei:repository[not(normalize-space() = $tp:unknown-repository)]),
      tp:entry('collection', $ms/tei:collection),
      tp:entry('folder', $ms/tei:idno[@type = 'folder']),
      tp:entry('idno', $ms/tei:idno[@type = 'document']),
      tp:entry('box', $ms/tei:idno[@type = 'box']),
      tp:entry('record', $ms/tei:idno[not(@type = ('folder', 'document', 'box'))]),
      tp:entry('dateRange', if ($origDate) then string-join(($origDate/@from, $origDate/@to) ! tp:format-date(.), ' – ') else ()),
      tp:entry('classification', ($category/tei:catDesc, key('tp:by-name', 'fw', $tei)[@type = 'classification'])[1]),
      tp:entry('checksum', replace($change, '^.*sha256[ &#9;&#10;&#13;:]+([0-9a-fA-F]+).*$', '$1')[. ne $change]),
      tp:entry('publisher', key('tp:by-name', 'publisher', $h)[parent::tei:publicationStmt]),
      tp:entry('licence', $licences),
      tp:entry('licenceUrl', ($licences/@target)[1]),
      map { 'types': array { $documents ! string((@subtype, 'document')[1]) } },
      map { 'pages': sum($documents ! tp:page-count(.)) }
    ))"/>
  </xsl:function>

  <!-- One date format for the whole site: 'dmy' (5 November 1962, the default), 'mdy'
       (November 5, 1962) or 'iso'; a year or a year and month as far as they go. -->
  <xsl:param name="date-format" as="xs:string" select="'dmy'"/>
  <xsl:variable name="tp:date-pictures" as="map(xs:string, xs:string+)" select="map {
    'dmy': ('[D] [MNn] [Y]', '[MNn] [Y]'), 'mdy': ('[MNn] [D], [Y]', '[MNn] [Y]'), 'iso': ('[Y0001]-[M01]-[D01]', '[Y0001]-[M01]') }"/>
  <!-- Only complete ISO dates and year-months are formatted (a month-day such as gMonthDay values or a
       year stays as it is: saxon-js lets some of them pass "castable as xs:date", then fails). -->
  <xsl:function name="tp:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="pictures" select="($tp:date-pictures($date-format), $tp:date-pictures('dmy'))"/>
    <xsl:sequence select="
      if (matches($iso, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') and $iso castable as xs:date) then format-date(xs:date($iso), $pictures[1], 'en', (), ())
      else if (matches($iso, '^[0-9]{4}-[0-9]{2}$') and ($iso || '-01') castable as xs:date) then format-date(xs:date($iso || '-01'), $pictures[2], 'en', (), ())
      else $iso"/>
  </xsl:function>

  <!-- The date a title gives: a date element's @when, else the first date written in it as a day,
       month and year ("6 November 1962", "5th of Nov. 1962"), a month, day and year ("November 6,
       1962"), an ISO date, or a month and year ("November 1962": 1962-11); only real days. -->
  <xsl:function name="tp:title-date" as="xs:string?">
    <xsl:param name="title" as="element()?"/>
    <xsl:variable name="words" select="tokenize(normalize-space(translate(lower-case(string($title)), ',.;:()[]', '         ')), ' ')"/>
    <xsl:sequence select="($title//tei:date/@when ! string(), (for $i in 1 to count($words) return tp:date-at($words, $i))[1])[1]"/>
  </xsl:function>

  <xsl:variable name="tp:months" as="map(xs:string, xs:integer)" select="map {
    'january': 1, 'jan': 1, 'february': 2, 'feb': 2, 'march': 3, 'mar': 3, 'april': 4, 'apr': 4, 'may': 5, 'june': 6, 'jun': 6,
    'july': 7, 'jul': 7, 'august': 8, 'aug': 8, 'september': 9, 'sept': 9, 'sep': 9, 'october': 10, 'oct': 10,
    'november': 11, 'nov': 11, 'december': 12, 'dec': 12 }"/>

  <!-- The date that begins at word $i of a title's words (lower case, punctuation gone), if any:
       ISO, day (of) month year, month day year, or month year (not after a day: "31 February
       1958" is no date). -->
  <xsl:function name="tp:date-at" as="xs:string?">
    <xsl:param name="w" as="xs:string*"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:variable name="m" select="if ($w[$i + 1] = 'of') then $i + 2 else $i + 1"/>
    <xsl:variable name="month" select="$w[$i] ! $tp:months(.)"/>
    <xsl:sequence select="(
      $w[$i][matches(., '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')][. castable as xs:date],
      tp:iso-day($w[$m + 1], $w[$m] ! $tp:months(.), tp:day-word($w[$i])),
      tp:iso-day($w[$i + 2], $month, tp:day-word($w[$i + 1])),
      if (exists($month) and matches($w[$i + 1], '^[0-9]{4}$') and empty(($w[$i - 1][. = 'of'] ! $w[$i - 2], $w[$i - 1])[1] ! tp:day-word(.)))
        then $w[$i + 1] || '-' || format-number($month, '00') else ()
    )[1]"/>
  </xsl:function>

  <!-- "5", "05", "5th" → "5"; anything else → nothing -->
  <xsl:function name="tp:day-word" as="xs:string?">
    <xsl:param name="w" as="xs:string?"/>
    <xsl:sequence select="$w[matches(., '^[0-9]{1,2}(st|nd|rd|th)?$')] ! replace(., '[a-z]+$', '')"/>
  </xsl:function>

  <!-- "1962-11-06" from a year word, a month number and a day, when they make a real day. -->
  <xsl:function name="tp:iso-day" as="xs:string?">
    <xsl:param name="year" as="xs:string?"/>
    <xsl:param name="month" as="xs:integer?"/>
    <xsl:param name="day" as="xs:string?"/>
    <xsl:variable name="iso" select="if (matches($year, '^[0-9]{4}$') and exists($month) and exists($day)) then $year || '-' || format-number($month, '00') || '-' || format-number(number($day), '00') else ()"/>
    <xsl:sequence select="$iso[. castable as xs:date]"/>
  </xsl:function>

  <!-- A one-entry map holding the normalised string value, or nothing when it is empty. -->
  <xsl:function name="tp:entry" as="map(xs:string, xs:string)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:variable name="s" select="normalize-space(string(($value)[1]))"/>
    <xsl:sequence select="if ($s) then map { $key: $s } else ()"/>
  </xsl:function>

  <!-- Pages of one document: its page breaks, plus its first page unless a pb opens it (no text
       before the first pb). Looks only inside the document: a preceding:: scan per document made
       the summary quadratic in the file's length, and so did key(…, $div), which saxon-js
       answers by filtering every pb of the file: the div's own descendants are scanned. Text before the first pb lies in the preceding
       siblings of the pb and of its ancestors inside the document (an element holds non-blank
       text when its string value does), so only those are read, not every text node. -->
  <xsl:function name="tp:page-count" as="xs:integer">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="pbs" select="$div/descendant::tei:pb"/>
    <xsl:variable name="path" select="$pbs[1]/ancestor-or-self::node()[. &gt;&gt; $div]"/>
    <xsl:sequence select="count($pbs) + (if (empty($pbs) or exists(($path/preceding-sibling::text(), $path/preceding-sibling::*)[normalize-space()])) then 1 else 0)"/>
  </xsl:function>
</xsl:stylesheet>
