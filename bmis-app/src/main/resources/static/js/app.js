// OpenBMIS: behaviour shared by every page (no inline scripts: the CSP forbids them).
(function () {
  "use strict";

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (evt) {
    var c = csrf();
    if (c) {
      evt.detail.headers[c.header] = c.token;
    }
  });

  // A failed htmx request (server error, network down) says so instead of doing nothing.
  document.addEventListener("htmx:responseError", function (evt) {
    showFailure(evt.detail.target, "data-msg-server");
  });
  document.addEventListener("htmx:sendError", function (evt) {
    showFailure(evt.detail.target, "data-msg-network");
  });

  function showFailure(target, attr) {
    if (!target) {
      return;
    }
    var text = document.body.getAttribute(attr) || "Error";
    var div = document.createElement("div");
    div.className = "msg msg-alert";
    div.setAttribute("role", "alert");
    div.setAttribute("data-problem", "");
    div.textContent = text;
    var old = target.querySelector(":scope > .msg-alert[data-problem]");
    if (old) {
      old.remove();
    }
    target.insertBefore(div, target.firstChild);
  }

  // Forms marked data-confirm ask before submitting.
  document.addEventListener("submit", function (evt) {
    var msg = evt.target.getAttribute && evt.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) {
      evt.preventDefault();
    }
  });

  // Elements marked data-autofocus get the focus when the page loads.
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.querySelector("[data-autofocus]");
    if (el) {
      el.focus();
    }
  });
})();
