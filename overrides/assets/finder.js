// The service finder on the directory page: filters (need, area, language spoken, cost, who can refer,
// delivery, access) and a keyword narrow the list in place. The address keeps the filters (a shareable
// link; the back button steps through them); the number of matches is announced. The rule is the
// library's (signpost/search/facets.py): a service matches when it has every chosen value of every
// facet, and every keyword word is in its name or summary. Without JavaScript the page lists every
// service by need, and each filter value links to a page of its own.
(function () {
  "use strict";
  var finder = document.querySelector("[data-sp-finder]");
  if (!finder || !("fetch" in window) || !("URLSearchParams" in window)) return;
  var FACETS = ["need", "area", "language", "cost", "referral", "delivery", "access"];
  var form = finder.querySelector("[data-sp-finder-form]");
  var status = finder.querySelector("[data-sp-finder-status]");
  var results = finder.querySelector("[data-sp-finder-results]");
  var jump = finder.querySelector("[data-sp-finder-jump]");
  var list = finder.querySelector("[data-sp-finder-list]");
  var empty = finder.querySelector("[data-sp-finder-empty]");
  var keyword = form.querySelector('[name="q"]');
  var statics = document.querySelectorAll("[data-sp-finder-static]");
  var services = null;
  var timer = null;

  function controls(facet) {
    return Array.prototype.slice.call(form.querySelectorAll('[name="' + facet + '"]'));
  }

  function currentState() {
    var state = { q: keyword.value.trim(), filters: {} };
    FACETS.forEach(function (facet) {
      var chosen = controls(facet).filter(function (control) {
        return control.type === "checkbox" ? control.checked : control.value !== "";
      }).map(function (control) { return control.value; });
      if (chosen.length) state.filters[facet] = chosen;
    });
    return state;
  }

  function query(state) {
    var params = new URLSearchParams();
    if (state.q) params.append("q", state.q);
    FACETS.forEach(function (facet) {
      (state.filters[facet] || []).forEach(function (value) { params.append(facet, value); });
    });
    return params.toString();
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    keyword.value = params.get("q") || "";
    FACETS.forEach(function (facet) {
      var wanted = params.getAll(facet);
      controls(facet).forEach(function (control) {
        if (control.type === "checkbox") {
          control.checked = wanted.indexOf(control.value) >= 0;
        } else {
          var known = Array.prototype.some.call(control.options, function (option) { return option.value === wanted[0]; });
          control.value = known ? wanted[0] : "";
        }
      });
    });
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (word) { return word !== ""; });
  }

  function matches(service, state, terms) {
    for (var facet in state.filters) {
      var values = service[facet] || [];
      for (var i = 0; i < state.filters[facet].length; i++) {
        if (values.indexOf(state.filters[facet][i]) < 0) return false;
      }
    }
    if (!terms.length) return true;
    var text = (service.name + " " + service.summary).toLowerCase();
    return terms.every(function (term) { return text.indexOf(term) >= 0; });
  }

  function text(tag, value, lang) {
    var element = document.createElement(tag);
    element.textContent = value;
    if (lang) { element.lang = lang; element.dir = "ltr"; }
    return element;
  }

  function card(service) {
    var item = document.createElement("li");
    item.className = "sp-card";
    item.setAttribute("data-service", service.id);
    var link = document.createElement("a");
    link.href = service.id + "/";
    link.appendChild(text("span", service.name, service.nameLang));
    item.appendChild(link);
    item.appendChild(text("p", service.summary, service.summaryLang));
    var facts = document.createElement("dl");
    facts.className = "sp-card__facts";
    (service.facts || []).forEach(function (fact) {
      var pair = document.createElement("div");
      pair.appendChild(text("dt", fact[0]));
      pair.appendChild(text("dd", fact[1]));
      facts.appendChild(pair);
    });
    item.appendChild(facts);
    var shortlist = window.SignpostShortlist;
    if (shortlist) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button sp-card__shortlist";
      button.setAttribute("data-sp-shortlist-toggle", service.id);
      label(button);
      button.addEventListener("click", function () { shortlist.toggle(service.id); });
      item.appendChild(button);
    }
    return item;
  }

  function label(button) {
    var chosen = window.SignpostShortlist.has(button.getAttribute("data-sp-shortlist-toggle"));
    button.textContent = finder.getAttribute(chosen ? "data-shortlist-remove" : "data-shortlist-add");
  }
  if (window.SignpostShortlist) {
    window.SignpostShortlist.onChange(function () { list.querySelectorAll("[data-sp-shortlist-toggle]").forEach(label); });
  }

  function render() {
    if (!services) return;
    var state = currentState();
    var active = query(state) !== "";
    var terms = words(state.q);
    var found = services.filter(function (service) { return matches(service, state, terms); });
    list.textContent = "";
    if (active) found.forEach(function (service) { list.appendChild(card(service)); });
    results.hidden = !active;
    empty.hidden = !active || found.length > 0;
    statics.forEach(function (element) { element.hidden = active; });
    status.textContent = finder.getAttribute(active ? "data-count" : "data-all").replace("{n}", active ? found.length : services.length);
    jump.hidden = !active;
    jump.querySelector("[data-sp-finder-count]").textContent = status.textContent;
  }

  function remember(replace) {
    var wanted = query(currentState());
    if (wanted === window.location.search.replace(/^\?/, "")) return;
    var address = wanted ? "?" + wanted : window.location.pathname;
    if (replace) window.history.replaceState(null, "", address);
    else window.history.pushState(null, "", address);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("change", function (event) {
    if (event.target === keyword) return;
    remember(false);
    render();
  });
  keyword.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { remember(true); render(); }, 250);
  });
  finder.querySelectorAll("[data-sp-finder-clear]").forEach(function (button) {
    button.addEventListener("click", function () {
      form.reset();
      keyword.value = "";
      remember(false);
      render();
      keyword.focus();
    });
  });
  window.addEventListener("popstate", function () { fromAddress(); render(); });

  form.hidden = false;
  fromAddress();
  fetch(finder.getAttribute("data-src")).then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }).then(function (data) {
    services = data.services;
    render();
  }).catch(function () {
    form.hidden = true;  // the links to each filter's page still work
  });
})();
