// Copy a share link to the clipboard; the field stays selectable for browsers without it.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy"));
    var label = button.textContent;
    button.addEventListener("click", function () {
      input.select();
      var done = function () {
        button.textContent = button.getAttribute("data-copied");
        setTimeout(function () { button.textContent = label; }, 2000);
      };
      if (navigator.clipboard) { navigator.clipboard.writeText(input.value).then(done, function () {}); }
      else { document.execCommand("copy"); done(); }
    });
  });
})();
