// Tells the page that frames the widget how tall it is: for the undersigned script
// (embed.js on the host page) and for WordPress's oEmbed iframes (#?secret=...).
(function () {
  "use strict";
  var slug = document.querySelector(".widget").getAttribute("data-slug");
  var match = /[#&?]secret=([A-Za-z0-9]+)/.exec(window.location.hash);
  var secret = match ? match[1] : null;
  function report() {
    if (window.parent === window) { return; }
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "undersigned:height", slug: slug, height: height }, "*");
    if (secret) {
      window.parent.postMessage({ message: "height", value: height, secret: secret }, "*");
    }
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  report();
})();
