// Copy buttons on the share page and the dashboard's embed codes.
(function () {
  "use strict";
  if (window.undersignedCopyButtons) { return; }
  window.undersignedCopyButtons = true;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    field.select();
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || "✓";
      window.setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });
})();
