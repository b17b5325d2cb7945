// Review page behaviour (extractor/visualize.py inlines this file). The page works without it:
// tooltips show through CSS on :hover and :focus. This only keeps a shown tooltip inside the
// viewport, lets Escape dismiss it, and focuses the highlight that a table link points at.
(function () {
  "use strict";
  var root = document.documentElement;
  var PAD = 8;

  function tipOf(mark) {
    for (var c = mark.firstElementChild; c; c = c.nextElementSibling) {
      if (c.classList.contains("tip")) return c;
    }
    return null;
  }

  function fit(mark) {
    var tip = tipOf(mark);
    if (!tip) return;
    tip.style.removeProperty("left");
    tip.classList.remove("above");
    var r = tip.getBoundingClientRect();
    if (!r.width) return; // not shown
    var dx = 0;
    if (r.right > window.innerWidth - PAD) dx = window.innerWidth - PAD - r.right;
    if (r.left + dx < PAD) dx = PAD - r.left;
    if (dx) tip.style.setProperty("left", Math.round(dx) + "px");
    var m = mark.getBoundingClientRect();
    if (r.bottom > window.innerHeight - PAD && m.top - r.height - PAD > 0) tip.classList.add("above");
  }

  function highlightOf(node) {
    if (!node || !node.closest) return null;
    if (node.closest(".tip")) return null;
    var mark = node.closest(".hl[tabindex]");
    return mark;
  }

  document.addEventListener("focusin", function (e) {
    var mark = highlightOf(e.target);
    if (!mark) return;
    root.classList.remove("tips-off");
    fit(mark);
  });

  document.addEventListener("mouseover", function (e) {
    var mark = highlightOf(e.target);
    if (!mark) return;
    root.classList.remove("tips-off");
    window.requestAnimationFrame(function () { fit(mark); });
  });

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") root.classList.add("tips-off");
  });

  function focusHighlight(id) {
    var el = id ? document.getElementById(id) : null;
    if (el && el.classList.contains("hl")) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center" });
      fit(el);
    }
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (!a) return;
    var id = decodeURIComponent(a.getAttribute("href").slice(1));
    var el = document.getElementById(id);
    if (el && el.classList.contains("hl")) {
      e.preventDefault();
      if (window.history && history.replaceState) history.replaceState(null, "", "#" + id);
      focusHighlight(id);
    }
  });

  window.addEventListener("hashchange", function () {
    focusHighlight(decodeURIComponent(location.hash.slice(1)));
  });
  if (location.hash) focusHighlight(decodeURIComponent(location.hash.slice(1)));
})();
