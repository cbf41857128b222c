// undersigned widget: put <div data-undersigned-statement="SLUG"></div> where the widget
// should appear and load this script once. Each div becomes an iframe of the statement's
// widget, which grows to fit its content.
(function () {
  "use strict";
  var origin = "{{ site_url|escapejs }}";
  var frames = {};
  function mount(node) {
    if (node.getAttribute("data-undersigned-mounted")) { return; }
    var slug = node.getAttribute("data-undersigned-statement");
    if (!/^[-\w]+$/.test(slug || "")) { return; }
    var params = [];
    var latest = node.getAttribute("data-latest");
    if (latest && /^\d+$/.test(latest)) { params.push("n=" + latest); }
    var lang = node.getAttribute("data-lang");
    if (lang && /^[a-z]{2}$/.test(lang)) { params.push("lang=" + lang); }
    var frame = document.createElement("iframe");
    frame.src = origin + "/s/" + encodeURIComponent(slug) + "/embed/" + (params.length ? "?" + params.join("&") : "");
    frame.title = node.textContent.trim() || slug;
    frame.loading = "lazy";
    frame.style.cssText = "border:0;width:100%;max-width:" + (node.getAttribute("data-width") || "480") + "px;height:420px";
    node.setAttribute("data-undersigned-mounted", "1");
    node.textContent = "";
    node.appendChild(frame);
    frames[slug] = (frames[slug] || []).concat([frame]);
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "undersigned:height") { return; }
    var height = parseInt(event.data.height, 10);
    (frames[event.data.slug] || []).forEach(function (frame) {
      if (frame.contentWindow === event.source && height > 0 && height < 5000) {
        frame.style.height = height + "px";
      }
    });
  });
  var nodes = document.querySelectorAll("[data-undersigned-statement]");
  for (var i = 0; i < nodes.length; i++) { mount(nodes[i]); }
})();
