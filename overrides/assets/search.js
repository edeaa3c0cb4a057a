// Site search in the header: Pagefind's JS API, one index per language (the page's <html lang>), so
// results are always in the reader's language. Without JavaScript the box is a link to the service
// finder. Results are links; their number is announced; Escape closes them. Nothing leaves the site.
(function () {
  "use strict";
  var box = document.querySelector("[data-sp-search]");
  if (!box || !("fetch" in window)) return;
  var form = box.querySelector("[data-sp-search-form]");
  var input = box.querySelector("[data-sp-search-input]");
  var panel = box.querySelector("[data-sp-search-panel]");
  var list = box.querySelector("[data-sp-search-list]");
  var status = box.querySelector("[data-sp-search-status]");
  var count = box.querySelector("[data-sp-search-count]");
  var fallback = box.querySelector("[data-sp-search-fallback]");
  var MAX_RESULTS = 8;
  var loading = null;
  var ticket = 0;
  var timer = null;

  form.hidden = false;
  fallback.hidden = true;

  function load() {
    if (!loading) {
      var bundle = new URL(box.getAttribute("data-bundle"), document.baseURI).href;
      var root = new URL(box.getAttribute("data-root"), document.baseURI).pathname;
      loading = import(bundle).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: root, excerptLength: 18 }))
          .then(function () { return pagefind.init(); })
          .then(function () { return pagefind; });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function say(text) {
    status.textContent = text;
    count.textContent = text;
  }

  function open() {
    panel.hidden = false;
  }

  function close() {
    panel.hidden = true;
  }

  // Pagefind's excerpt is text with <mark> around the words found: keep exactly that, as text and
  // <mark> elements, never as markup.
  function appendExcerpt(target, excerpt) {
    var parsed = new DOMParser().parseFromString("<body>" + excerpt + "</body>", "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        target.appendChild(mark);
      } else {
        target.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function render(results, total) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = (result.meta && result.meta.title) || result.url;
      item.appendChild(link);
      if (result.excerpt) {
        var excerpt = document.createElement("p");
        appendExcerpt(excerpt, result.excerpt);
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    });
    say(total ? box.getAttribute("data-results").replace("{n}", total) : box.getAttribute("data-no-results"));
    open();
  }

  function search(query) {
    var mine = ++ticket;
    query = query.trim();
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      close();
      return;
    }
    say(box.getAttribute("data-loading"));
    open();
    load().then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (found) {
      if (mine !== ticket || !found) return null;
      var first = found.results.slice(0, MAX_RESULTS);
      return Promise.all(first.map(function (result) { return result.data(); })).then(function (data) {
        if (mine === ticket) render(data, found.results.length);
      });
    }).catch(function () {
      if (mine === ticket) { list.textContent = ""; say(box.getAttribute("data-failed")); open(); }
    });
  }

  input.addEventListener("focus", function () { load(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && !panel.hidden) {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) {
      close();
      input.focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) close();
  });
  box.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) close();
  });
})();
