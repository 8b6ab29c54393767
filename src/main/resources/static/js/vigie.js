// Vigie's only script: progressive enhancements. Every page works without it.
(function () {
  "use strict";

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A form is sent once: a second click while the first submission is on its way does nothing.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitting === "true") {
      event.preventDefault();
      return;
    }
    if (form.method && form.method.toLowerCase() === "post" && !form.hasAttribute("hx-post")) {
      form.dataset.submitting = "true";
      form.setAttribute("aria-busy", "true");
    }
  });

  // Coming back to a page from the browser's cache re-enables its forms.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      delete form.dataset.submitting;
      form.removeAttribute("aria-busy");
    });
  });

  // Content that htmx puts in place of the link that asked for it takes the focus the link had.
  document.addEventListener("htmx:afterSettle", function () {
    var arrived = document.querySelector("[data-focus-on-load]");
    if (arrived) {
      arrived.removeAttribute("data-focus-on-load");
      arrived.focus();
    }
  });

  // A "now" button sets its time to the present minute in the community's zone, without a round trip;
  // without this script the button asks the server to do the same.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-now]");
    if (!button || !button.form) {
      return;
    }
    var input = button.form.elements[button.dataset.now];
    if (!input) {
      return;
    }
    event.preventDefault();
    var parts = {};
    new Intl.DateTimeFormat("en-CA", {
      timeZone: button.form.dataset.zone || undefined,
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    input.value = parts.year + "-" + parts.month + "-" + parts.day + "T" + parts.hour + ":" + parts.minute;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });

  // Buttons that ask before a consequential action carry their question in data-confirm.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
