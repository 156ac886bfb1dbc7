// teipress search page: the MiniSearch index of the reading texts (assets/search-index.js),
// searched as the reader types, filtered by type and year; each hit links into its document
// with the words to highlight (?hl=…), and shows a snippet around the first match.
(function () {
  'use strict';
  var data = window.TEIPRESS_SEARCH;
  var form = document.querySelector('.search-form');
  if (!data || !form || !window.MiniSearch) return;
  var engine = window.MiniSearch.loadJSON(JSON.stringify(data.index), data.options);
  var q = form.elements.namedItem('q');
  var type = form.elements.namedItem('type');
  var year = form.elements.namedItem('year');
  var list = document.querySelector('.search-results');
  var status = document.querySelector('.search-status');
  var params = new URLSearchParams(location.search);
  q.value = params.get('q') || '';
  type.value = params.get('type') || '';
  year.value = params.get('year') || '';

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t.toLowerCase()); if (i !== -1 && (at === -1 || i < at)) at = i; });
    var start = Math.max(0, at - 60);
    var piece = (start > 0 ? '… ' : '') + text.slice(start, start + 200) + (start + 200 < text.length ? ' …' : '');
    var p = document.createElement('p');
    p.className = 'snippet';
    var pattern = new RegExp('(' + terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'giu');
    piece.split(pattern).forEach(function (part, i) {
      if (i % 2) { var m = document.createElement('mark'); m.textContent = part; p.appendChild(m); }
      else p.appendChild(document.createTextNode(part));
    });
    return p;
  }

  function run() {
    list.textContent = '';
    var words = q.value.trim();
    if (!words) { status.textContent = ''; return; }
    var hits = engine.search(words, {
      prefix: true, fuzzy: 0.15, combineWith: 'AND',
      filter: function (r) { return (!type.value || r.types.indexOf(type.value) !== -1) && (!year.value || r.year === year.value); },
    });
    status.textContent = hits.length === 1 ? '1 document' : hits.length + ' documents';
    hits.forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.href + '?hl=' + encodeURIComponent(hit.terms.join(' ')) + '#reading';
      a.textContent = hit.title;
      li.appendChild(a);
      if (hit.date) { var d = document.createElement('span'); d.className = 'hit-date'; d.textContent = ' · ' + hit.date; li.appendChild(d); }
      li.appendChild(snippet(hit.text, hit.terms));
      list.appendChild(li);
    });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  [q, type, year].forEach(function (el) { el.addEventListener('input', run); });
  run();
})();
