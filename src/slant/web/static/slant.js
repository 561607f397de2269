// slant: hover/focus a highlighted segment to read its techniques; filter highlights by technique.
(function () {
  "use strict";
  function infoFor(index) {
    return document.querySelector('#span-data .span-info[data-span="' + index + '"]');
  }
  function hidden() {
    var off = new Set();
    document.querySelectorAll("#technique-filter input[type=checkbox]").forEach(function (box) {
      if (!box.checked) off.add(box.dataset.technique);
    });
    return off;
  }
  function visibleSpans(seg, off) {
    return seg.dataset.spans.split(" ").map(infoFor).filter(function (info) {
      return info && !off.has(info.dataset.technique);
    });
  }
  function restyle() {
    var off = hidden();
    document.querySelectorAll("#article-text .seg").forEach(function (seg) {
      var spans = visibleSpans(seg, off);
      if (!spans.length) {
        seg.classList.remove("hl");
        seg.style.backgroundColor = "";
        seg.style.boxShadow = "";
        seg.style.paddingBottom = "";
        seg.removeAttribute("tabindex");
        return;
      }
      seg.classList.add("hl");
      seg.setAttribute("tabindex", "0");
      seg.style.backgroundColor = spans[spans.length - 1].dataset.color;
      var shadows = spans.slice(0, -1).reverse().map(function (info, i) {
        return "inset 0 -" + 3 * (i + 1) + "px 0 " + info.dataset.shade;
      });
      seg.style.boxShadow = shadows.join(",");
      seg.style.paddingBottom = shadows.length ? 3 * shadows.length + "px" : "";
    });
  }
  function showTip(seg) {
    var tip = document.getElementById("tip");
    var spans = visibleSpans(seg, hidden());
    if (!tip || !seg.classList.contains("hl") || !spans.length) return;
    tip.replaceChildren();
    spans.slice().reverse().forEach(function (info) {
      var copy = info.cloneNode(true);
      copy.querySelector(".tip-name").style.backgroundColor = info.dataset.color;
      tip.appendChild(copy);
    });
    var box = seg.getBoundingClientRect();
    tip.style.left = Math.max(8, window.scrollX + box.left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
    tip.hidden = false;
  }
  function hideTip() {
    var tip = document.getElementById("tip");
    if (tip) tip.hidden = true;
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#article-text .seg").forEach(function (seg) {
      seg.addEventListener("mouseenter", function () { showTip(seg); });
      seg.addEventListener("focus", function () { showTip(seg); });
      seg.addEventListener("mouseleave", hideTip);
      seg.addEventListener("blur", hideTip);
    });
    document.querySelectorAll("#technique-filter input[type=checkbox]").forEach(function (box) {
      box.addEventListener("change", restyle);
    });
    var all = document.getElementById("show-all");
    if (all) all.addEventListener("click", function () {
      document.querySelectorAll("#technique-filter input[type=checkbox]").forEach(function (b) {
        b.checked = true;
      });
      restyle();
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(); });
  });
})();
