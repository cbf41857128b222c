/* The sign form: show the fields of the chosen kind, and suggest registry organizations
   as the name is typed (a combobox: arrows to move, Enter to pick, Escape to close). */
(function () {
  "use strict";
  var form = document.querySelector(".sign-form");
  if (!form) return;

  function kind() {
    var checked = form.querySelector("input[name=kind]:checked");
    var hidden = form.querySelector("input[type=hidden][name=kind]");
    return checked ? checked.value : (hidden ? hidden.value : "organization");
  }
  function showKind() {
    var current = kind();
    form.querySelectorAll("[data-kind]").forEach(function (el) {
      el.hidden = el.getAttribute("data-kind") !== current;
    });
  }
  form.querySelectorAll("input[name=kind]").forEach(function (radio) {
    radio.addEventListener("change", showKind);
  });
  showKind();

  var input = form.querySelector("#id_organization_name");
  var picked = form.querySelector("input[name=organization]");
  var list = document.getElementById("org-suggestions");
  var status = document.getElementById("org-picked");
  var url = form.getAttribute("data-suggest-url");
  if (!input || !list || !url) return;
  var timer = null, active = -1, items = [], lastQuery = "", controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function render(results) {
    list.textContent = "";
    items = results;
    results.forEach(function (result, i) {
      var li = document.createElement("li");
      li.id = "org-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = result.label;
      li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(i); });
      list.appendChild(li);
    });
    if (results.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }
  function highlight(i) {
    var options = list.querySelectorAll("[role=option]");
    options.forEach(function (el, n) { el.setAttribute("aria-selected", n === i ? "true" : "false"); });
    active = i;
    if (options[i]) input.setAttribute("aria-activedescendant", options[i].id);
  }
  function pick(i) {
    var result = items[i];
    if (!result) return;
    input.value = result.name;
    picked.value = result.slug;
    status.textContent = result.label;
    close();
  }
  function fetchSuggestions() {
    var query = input.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < 2) { render([]); return; }
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch(url + "?q=" + encodeURIComponent(query), {
      headers: { "Accept": "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : { results: [] };
    }).then(function (data) {
      if (input.value.trim() === query) render(data.results || []);
    }).catch(function () { /* suggestions are a help, the form works without them */ });
  }
  input.addEventListener("input", function () {
    picked.value = "";
    status.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); pick(active); }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });

  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();
})();
