/* teipress print edition: hyphenation. Chromium's Linux builds carry no hyphenation
   dictionaries (it fetches them as a component at run time, which a build must not do), so
   `hyphens: auto` alone does nothing in their PDFs. Before paged.js lays out the pages, every
   text whose computed `hyphens` is `auto` gets soft hyphens at the break points of its
   language's TeX patterns (assets/hyphen.js: the `hyphen` package, ISC; see hyphen.LICENSE.txt).
   After the layout, a soft hyphen where no line broke is removed and one where a line did break
   becomes the hyphen it was drawn as (U+2010): the PDF's text then holds whole words, and a
   hyphen only at a line end, as Chromium's own hyphenation would give. Removing unused break
   points does not move a line: a line breaks at the last point that fits, and that one stays. */
(function () {
  'use strict';
  var SHY = '\u00AD';
  var HYPHEN = '\u2010';
  // language tag → the global that assets/hyphen.js defines for its patterns
  var PATTERNS = { en: 'hyphenationPatternsEnUs', 'en-us': 'hyphenationPatternsEnUs', 'en-gb': 'hyphenationPatternsEnGb' };
  var made = {};

  function hyphenator(lang) {
    var tag = String(lang || '').toLowerCase();
    var name = PATTERNS[tag] || PATTERNS[tag.split('-')[0]];
    if (!name || !window[name] || typeof window.createHyphenator !== 'function') return null;
    if (!made[name]) made[name] = window.createHyphenator(window[name], { hyphenChar: SHY });
    return made[name];
  }

  function textNodes(root) {
    var out = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  /** Soft hyphens into every text that is to be hyphenated (and holds none of its own). */
  function insert() {
    textNodes(document.body).forEach(function (t) {
      var el = t.parentElement;
      if (!el || t.data.indexOf(SHY) >= 0 || getComputedStyle(el).hyphens !== 'auto') return;
      var scope = el.closest('[lang]');
      var hyphenate = hyphenator(scope ? scope.getAttribute('lang') : '');
      if (hyphenate) t.data = hyphenate(t.data);
    });
  }

  /** The box of the character at index i of text node t (a range at a line's start also reports an empty box at the end of the line before: skipped). */
  function charBox(t, i) {
    var range = document.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    var boxes = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0; });
    return boxes[boxes.length - 1] || range.getBoundingClientRect();
  }

  /** True when a line breaks at the soft hyphen at index i of text node t. */
  function lineEndsAt(t, i) {
    // paged.js ended a page's share of the text here: the word goes on overleaf
    if (i === t.data.length - 1) return true;
    if (i === 0) return false;
    var before = charBox(t, i - 1);
    var after = charBox(t, i + 1);
    return after.top > before.top + before.height / 2;
  }

  /** Every soft hyphen becomes a hyphen where its line broke, and nothing elsewhere. */
  function settle() {
    var edits = [];
    textNodes(document.body).forEach(function (t) {
      var breaks = [];
      for (var i = t.data.indexOf(SHY); i >= 0; i = t.data.indexOf(SHY, i + 1)) breaks.push(lineEndsAt(t, i));
      if (breaks.length) edits.push({ node: t, breaks: breaks });
    });
    // measured first, changed after: a change would make the browser lay out again for every measure
    edits.forEach(function (e) {
      var k = 0;
      e.node.data = e.node.data.replace(/\u00AD/gu, function () { return e.breaks[k++] ? HYPHEN : ''; });
    });
  }

  var config = window.PagedConfig || (window.PagedConfig = {});
  var before = config.before;
  var after = config.after;
  config.before = function () { insert(); return before ? before() : undefined; };
  config.after = function (flow) { settle(); return after ? after(flow) : undefined; };
})();
