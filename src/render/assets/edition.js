// teipress edition page: switches between the reading and the diplomatic view by a class on
// <body>. Without JavaScript the buttons stay hidden and the reading view shows.
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
})();
