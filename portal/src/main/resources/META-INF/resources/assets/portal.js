// The portal's shared script: no inline scripts anywhere (the CSP forbids them).
(function () {
  'use strict';
  // Move focus to the main content after the skip link, also in browsers that do not do it themselves.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.skip-link');
    if (link) {
      var main = document.getElementById('main');
      if (main) { main.focus(); }
    }
  });
})();
