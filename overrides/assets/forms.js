/* Referral forms, improved: they work without this script (a plain POST to the receiver). With it:
   - a "must be yes" question (has the person agreed?) hides the rest of the form when answered "no"
     and shows what to do instead;
   - the form is sent with fetch (Accept: application/json) and the receiver's errors are shown in the
     error summary at the top, linking to each field, and beside each field, in the GOV.UK pattern;
   - `_next` becomes the thank-you page on the site as it is actually served;
   - questions that must be answered together (a session's day, start and end: `together:` in the form's
     file) are checked before sending, with the receiver's own words in the page's language
     (data-sp-error-together, each question's data-sp-label): a half-filled row is named at once, even
     with the receiver out of reach. Without the script the receiver checks it and says the same. */
(function () {
  "use strict";

  function setupGate(form) {
    form.querySelectorAll("[data-sp-stop-for]").forEach(function (stop) {
      var name = stop.getAttribute("data-sp-stop-for");
      var rest = form.querySelector('[data-sp-gated-by="' + name + '"]');
      function update() {
        var chosen = form.querySelector('input[name="' + name + '"]:checked');
        var stopped = !!chosen && chosen.value === "no";
        stop.hidden = !stopped;
        if (rest) rest.hidden = stopped;
      }
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
        input.addEventListener("change", update);
      });
      update();
    });
  }

  function fieldElement(form, name) {
    return document.getElementById("f-" + name);
  }

  function clearErrors(form, summary) {
    summary.hidden = true;
    summary.querySelector("ul").replaceChildren();
    form.querySelectorAll(".sp-field-error").forEach(function (message) {
      message.hidden = true;
      message.textContent = "";
    });
    form.querySelectorAll(".sp-field-invalid").forEach(function (group) {
      group.classList.remove("sp-field-invalid");
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (input) {
      input.removeAttribute("aria-invalid");
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && !/-error$/.test(id);
      });
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
    });
  }

  function showErrors(form, summary, errors, prefix) {
    var list = summary.querySelector("ul");
    errors.forEach(function (error) {
      var item = document.createElement("li");
      var input = error.field ? fieldElement(form, error.field) : null;
      if (input) {
        var link = document.createElement("a");
        link.href = "#" + input.id;
        link.textContent = error.message;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          input.focus();
          input.scrollIntoView({ block: "center" });
        });
        item.appendChild(link);
        var message = document.getElementById("f-" + error.field + "-error");
        if (message) {
          message.textContent = "";
          var hidden = document.createElement("span");
          hidden.className = "sp-visually-hidden";
          hidden.textContent = prefix + " ";
          message.appendChild(hidden);
          message.appendChild(document.createTextNode(error.message));
          message.hidden = false;
          var group = document.getElementById("g-" + error.field);
          if (group) group.classList.add("sp-field-invalid");
          var name = error.field;  // a date question's boxes are NAME-day, NAME-month, NAME-year
          var inputs = form.querySelectorAll('[name="' + name + '"], [name="' + name + '-day"], [name="' + name +
                                             '-month"], [name="' + name + '-year"]');
          inputs.forEach(function (each) {
            each.setAttribute("aria-invalid", "true");
            var described = (each.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
            described.push(message.id);
            each.setAttribute("aria-describedby", described.join(" "));
          });
        }
      } else {
        item.textContent = error.message;
      }
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  // A question's answer as the receiver counts it: a ticked choice with a value, or text the browser finds
  // valid for the question (its pattern, its type).
  function answered(form, name) {
    return Array.prototype.some.call(form.querySelectorAll('[name="' + name + '"]'), function (input) {
      if (input.type === "radio" || input.type === "checkbox") return input.checked && input.value !== "";
      return input.value.trim() !== "" && input.validity.valid;
    });
  }

  function given(form, name) {
    return Array.prototype.some.call(form.querySelectorAll('[name="' + name + '"]'), function (input) {
      return input.type === "radio" || input.type === "checkbox" ? input.checked && input.value !== "" : input.value.trim() !== "";
    });
  }

  function fill(template, values) {
    return template.split("{label}").join(values.label).split("{first}").join(values.first);
  }

  // The receiver's `together` rule: once a question is answered, each question it names must be too (one
  // error a question left out, on that question). A question given an answer the receiver would refuse
  // is left to the receiver, which names what is wrong with it.
  function togetherErrors(form) {
    var template = form.getAttribute("data-sp-error-together");
    var errors = [];
    var named = {};
    if (!template) return errors;
    form.querySelectorAll("[data-sp-together]").forEach(function (group) {
      if (!answered(form, group.getAttribute("data-sp-field"))) return;
      group.getAttribute("data-sp-together").split(" ").forEach(function (other) {
        var target = document.getElementById("g-" + other);
        if (!other || named[other] || !target || given(form, other)) return;
        named[other] = true;
        errors.push({ field: other, message: fill(template, { label: target.getAttribute("data-sp-label"),
                                                               first: group.getAttribute("data-sp-label") }) });
      });
    });
    return errors;
  }

  function setup(form) {
    var summary = document.querySelector("[data-sp-error-summary]");
    var next = form.querySelector('input[name="_next"]');
    var button = form.querySelector('button[type="submit"]');
    var prefix = form.getAttribute("data-sp-error-prefix") || "Error:";
    var sending = false;
    // The thank-you page where this page is actually served (a local preview as well as the live site).
    next.value = new URL(form.getAttribute("data-sp-thank-you"), window.location.href).href;
    form.noValidate = true; // the receiver checks every answer; its messages appear in the error summary
    setupGate(form);

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (sending) return;
      clearErrors(form, summary);
      var missing = togetherErrors(form);
      if (missing.length) {
        showErrors(form, summary, missing, prefix);
        return;
      }
      sending = true;
      var label = button.textContent;
      button.setAttribute("aria-disabled", "true");
      button.textContent = form.getAttribute("data-sp-sending");
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: "application/json" },
        credentials: "omit",
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (reply) {
          if (response.ok && reply.ok) {
            window.location.assign(reply.next || next.value);
            return;
          }
          var errors = reply.errors && reply.errors.length ? reply.errors
            : [{ field: null, message: reply.error || form.getAttribute("data-sp-network-error") }];
          showErrors(form, summary, errors, prefix);
        });
      }).catch(function () {
        showErrors(form, summary, [{ field: null, message: form.getAttribute("data-sp-network-error") }], prefix);
      }).finally(function () {
        sending = false;
        button.removeAttribute("aria-disabled");
        button.textContent = label;
      });
    });
  }

  document.querySelectorAll("form[data-sp-form]").forEach(setup);
})();
