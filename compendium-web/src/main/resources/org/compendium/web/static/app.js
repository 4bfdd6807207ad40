// Compendium's only script: copy-to-clipboard buttons and skip links that move focus. Everything else works without it.
(function () {
  "use strict";

  function announce(button, message) {
    var status = document.getElementById(button.getAttribute("data-status"));
    if (status) {
      // Clear first so that a second identical announcement is still read out.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy]");
    if (button) {
      var text = button.getAttribute("data-copy");
      var done = function () { announce(button, button.getAttribute("data-done") + " " + text); };
      var failed = function () { announce(button, button.getAttribute("data-failed")); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, failed);
      } else {
        failed();
      }
      return;
    }
    // Following a skip link scrolls, but does not focus a form field in every browser: focus the target.
    var skip = event.target.closest("a.skip-link");
    if (skip) {
      var target = document.getElementById(skip.getAttribute("href").substring(1));
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView();
      }
    }
  });
})();
