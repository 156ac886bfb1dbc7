// teipress edition page: switches between the reading and the diplomatic view by a class on
// <body>, and shows a note beside its mark on hover or keyboard focus. Without JavaScript the
// buttons stay hidden, the reading view shows, and note marks are plain links to the notes.
(function () {
  'use strict';
  var body = document.body;
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.view-switch button[data-view]'));

  function show(view) {
    body.classList.toggle('view-is-diplomatic', view === 'diplomatic');
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-view') === view));
    });
  }

  buttons.forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var view = b.getAttribute('data-view');
      show(view);
      if (history.replaceState) history.replaceState(null, '', view === 'diplomatic' ? '#diplomatic' : '#reading');
    });
  });
  show(location.hash === '#diplomatic' ? 'diplomatic' : 'reading');

  // One popup for every note mark: a copy of the note's text, placed under the mark.
  var popup = document.createElement('div');
  popup.className = 'note-popup';
  popup.id = 'note-popup';
  popup.setAttribute('role', 'tooltip');
  popup.hidden = true;
  body.appendChild(popup);

  function noteText(mark) {
    var id = decodeURIComponent(mark.getAttribute('href').slice(1));
    var note = document.getElementById(id);
    var text = note && note.querySelector('.note-text');
    return text ? text.cloneNode(true) : null;
  }

  function open(mark) {
    var text = noteText(mark);
    if (!text) return;
    popup.textContent = '';
    popup.appendChild(text);
    popup.hidden = false;
    mark.setAttribute('aria-describedby', 'note-popup');
    var r = mark.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 16);
    popup.style.left = Math.max(8, left) + 'px';
    popup.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }

  function close(mark) {
    popup.hidden = true;
    mark.removeAttribute('aria-describedby');
  }

  Array.prototype.forEach.call(document.querySelectorAll('.noteref a[href^="#"]'), function (mark) {
    mark.addEventListener('mouseenter', function () { open(mark); });
    mark.addEventListener('focus', function () { open(mark); });
    mark.addEventListener('mouseleave', function () { close(mark); });
    mark.addEventListener('blur', function () { close(mark); });
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') popup.hidden = true; });

  // Words to highlight (?hl=… from the search page): marked in the reading view, the first in view.
  var hl = new URLSearchParams(location.search).get('hl');
  var reading = document.getElementById('reading');
  if (hl && reading) {
    var terms = hl.split(/\s+/).filter(Boolean).map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    var pattern = terms.length ? new RegExp('(' + terms.join('|') + ')', 'giu') : null;
    var walker = document.createTreeWalker(reading, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    texts.forEach(function (node) {
      if (!pattern || !pattern.test(node.nodeValue)) return;
      pattern.lastIndex = 0;
      var frag = document.createDocumentFragment();
      node.nodeValue.split(pattern).forEach(function (part, i) {
        if (i % 2) { var m = document.createElement('mark'); m.className = 'hit'; m.textContent = part; frag.appendChild(m); }
        else if (part) frag.appendChild(document.createTextNode(part));
      });
      node.parentNode.replaceChild(frag, node);
    });
    var first = reading.querySelector('mark.hit');
    if (first) first.scrollIntoView({ block: 'center' });
  }

  // The site index: its Date heading sorts the rows by date (undated last), then back.
  var table = document.querySelector('table.doc-index');
  var heading = table && table.querySelector('th[data-sort="date"]');
  if (heading) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = heading.textContent;
    heading.textContent = '';
    heading.appendChild(button);
    heading.setAttribute('aria-sort', 'ascending');
    button.addEventListener('click', function () {
      var down = heading.getAttribute('aria-sort') === 'ascending';
      var tbody = table.tBodies[0];
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.getAttribute('data-date') || '', y = b.getAttribute('data-date') || '';
        if (!x || !y) return x ? -1 : y ? 1 : 0;
        return down ? (x < y ? 1 : x > y ? -1 : 0) : (x < y ? -1 : x > y ? 1 : 0);
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
      heading.setAttribute('aria-sort', down ? 'descending' : 'ascending');
    });
  }
})();
