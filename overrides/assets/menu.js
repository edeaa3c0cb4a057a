// The navigation drawer from the keyboard. Material opens it with a <label> for a hidden checkbox,
// which Tab cannot reach; now that the closed drawer's links are out of the tab order (they are
// unseen), a keyboard user on a phone or a zoomed screen needs a real button to open it.
(function () {
  "use strict";
  var toggle = document.getElementById("__drawer");
  var label = document.querySelector(".md-header__button[for='__drawer']");
  if (!toggle || !label) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "md-header__button md-icon sp-menu-button";
  button.setAttribute("aria-label", label.getAttribute("data-sp-menu-label") || "Menu");
  button.setAttribute("aria-expanded", "false");
  button.innerHTML = label.innerHTML;
  label.replaceWith(button);
  function sync() { button.setAttribute("aria-expanded", String(toggle.checked)); }
  button.addEventListener("click", function () {
    toggle.checked = !toggle.checked;
    toggle.dispatchEvent(new Event("change"));
    sync();
    if (toggle.checked) {
      var first = document.querySelector(".md-sidebar--primary a.md-nav__link[href]");
      if (first) setTimeout(function () { first.focus(); }, 260);  // once it has slid in
    }
  });
  toggle.addEventListener("change", sync);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
      sync();
      button.focus();
    }
  });
})();
