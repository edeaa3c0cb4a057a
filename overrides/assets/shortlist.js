// The shortlist: services a reader (often GP practice staff or a link worker, with a patient) chooses,
// kept in this browser only (localStorage; nothing is sent anywhere), and printed as one sheet, "your
// social prescription", with each service's details and a QR code to its page. The shortlist page
// reads each chosen service's own page in the reader's language. Without JavaScript the controls
// stay hidden and service pages print on their own.
(function () {
  "use strict";
  var KEY = "signpost-shortlist";
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var listeners = [];

  function read() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string" && ID.test(id); }) : [];
    } catch (error) {
      return [];
    }
  }

  function write(ids) {
    try { window.localStorage.setItem(KEY, JSON.stringify(ids)); } catch (error) { /* storage full or off */ }
    listeners.forEach(function (listener) { listener(ids); });
  }

  var shortlist = {
    list: read,
    has: function (id) { return read().indexOf(id) >= 0; },
    toggle: function (id) {
      var ids = read();
      var at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1); else ids.push(id);
      write(ids);
      return at < 0;
    },
    remove: function (id) { write(read().filter(function (other) { return other !== id; })); },
    clear: function () { write([]); },
    onChange: function (listener) { listeners.push(listener); }
  };
  window.SignpostShortlist = shortlist;
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) listeners.forEach(function (listener) { listener(read()); });
  });

  // A service's page: add or remove it, and a link to the shortlist with its size.
  document.querySelectorAll("[data-sp-shortlist-controls]").forEach(function (controls) {
    var id = controls.getAttribute("data-service");
    var button = controls.querySelector("[data-sp-shortlist-toggle]");
    var link = controls.querySelector("[data-sp-shortlist-link]");
    var status = controls.querySelector("[data-sp-shortlist-status]");
    function update() {
      button.textContent = controls.getAttribute(shortlist.has(id) ? "data-remove" : "data-add");
      link.textContent = controls.getAttribute("data-view").replace("{n}", read().length);
    }
    button.addEventListener("click", function () {
      var added = shortlist.toggle(id);
      status.textContent = controls.getAttribute(added ? "data-added" : "data-removed");
    });
    shortlist.onChange(update);
    update();
    controls.hidden = false;
  });

  // The shortlist page.
  var sheet = document.querySelector("[data-sp-shortlist]");
  if (!sheet) return;
  var items = sheet.querySelector("[data-sp-shortlist-items]");
  var empty = sheet.querySelector("[data-sp-shortlist-empty]");
  var status = sheet.querySelector("[data-sp-shortlist-status]");
  var services = sheet.getAttribute("data-services");

  function copyOf(doc, part) {
    var node = doc.querySelector('[data-sp-print="' + part + '"]');
    return node ? document.importNode(node, true) : null;
  }

  function fact(list, label, node) {
    if (!node) return;
    var part = node.getAttribute("data-sp-print");
    var term = document.createElement("dt");
    term.textContent = label;
    var value = document.createElement("dd");
    value.setAttribute("data-sp-fact", part);
    while (node.firstChild) value.appendChild(node.firstChild);
    list.appendChild(term);
    list.appendChild(value);
  }

  function fill(item, id, html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var name = copyOf(doc, "name");
    if (!name) throw new Error("not a service page");
    item.textContent = "";
    var heading = document.createElement("h2");
    while (name.firstChild) heading.appendChild(name.firstChild);
    item.appendChild(heading);
    var summary = copyOf(doc, "summary");
    if (summary) { summary.removeAttribute("data-sp-print"); item.appendChild(summary); }
    var facts = document.createElement("dl");
    facts.className = "sp-facts";
    fact(facts, sheet.getAttribute("data-needs"), copyOf(doc, "needs"));
    fact(facts, sheet.getAttribute("data-when"), copyOf(doc, "when"));
    fact(facts, sheet.getAttribute("data-where"), copyOf(doc, "where"));
    fact(facts, sheet.getAttribute("data-contact"), copyOf(doc, "contact"));
    fact(facts, sheet.getAttribute("data-cost"), copyOf(doc, "cost"));
    item.appendChild(facts);
    var qr = copyOf(doc, "qr");
    if (qr) item.appendChild(qr);
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button sp-shortlist__remove";
    remove.textContent = sheet.getAttribute("data-remove");
    remove.addEventListener("click", function () { shortlist.remove(id); });
    item.appendChild(remove);
  }

  function render(ids) {
    items.textContent = "";
    empty.hidden = ids.length > 0;
    ids.forEach(function (id) {
      var item = document.createElement("li");
      item.className = "sp-shortlist__item";
      item.setAttribute("data-service", id);
      item.textContent = sheet.getAttribute("data-loading");
      items.appendChild(item);
      fetch(services + id + "/").then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      }).then(function (html) {
        fill(item, id, html);
      }).catch(function () {
        item.textContent = sheet.getAttribute("data-missing");
      });
    });
  }

  sheet.querySelector("[data-sp-shortlist-print]").addEventListener("click", function () { window.print(); });
  sheet.querySelector("[data-sp-shortlist-clear]").addEventListener("click", function () {
    shortlist.clear();
    status.textContent = empty.textContent;
  });
  var date = sheet.querySelector("[data-sp-shortlist-date]");
  if (date) {
    var today = new Date();
    var lang = document.documentElement.lang;
    date.textContent = today.toLocaleDateString(lang === "en" ? "en-GB" : lang || undefined,
                                                { day: "numeric", month: "long", year: "numeric" });
  }
  shortlist.onChange(render);
  render(read());
  sheet.hidden = false;
})();
