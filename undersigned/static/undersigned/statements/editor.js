// Statement editor: a live preview of the Markdown (rendered and sanitized by the server),
// and no translation fields for the language the statement is written in.
(function () {
  "use strict";
  var form = document.querySelector("form[data-preview-url]");
  if (!form) return;
  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();  // screen readers hear that something needs correcting
  var url = form.getAttribute("data-preview-url");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

  function preview(textarea, output) {
    var data = new FormData();
    data.append("body", textarea.value);
    fetch(url, { method: "POST", body: data, headers: { "X-CSRFToken": token }, credentials: "same-origin" })
      .then(function (response) { return response.text().then(function (text) { return [response.ok, text]; }); })
      .then(function (result) {
        if (result[0]) { output.innerHTML = result[1]; }  // sanitized by the server
        else { output.textContent = result[1]; }
      })
      .catch(function () { /* offline: the preview waits for the next keystroke */ });
  }

  form.querySelectorAll("textarea[data-preview]").forEach(function (textarea) {
    var output = form.querySelector('[data-preview-for="' + textarea.getAttribute("data-preview") + '"]');
    if (!output) return;
    var timer = null;
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { preview(textarea, output); }, 350);
    });
    if (textarea.value.trim()) preview(textarea, output);
  });

  var language = form.querySelector("select[name=language]");
  function hideOriginal() {
    var original = language ? language.value : "";
    form.querySelectorAll("details.translation").forEach(function (details) {
      details.hidden = details.getAttribute("data-language") === original;
    });
  }
  if (language) { language.addEventListener("change", hideOriginal); hideOriginal(); }
})();
