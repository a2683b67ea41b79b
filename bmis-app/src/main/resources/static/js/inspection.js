// Primary inspection: a keyboard-wedge reader types the MRZ lines, each followed by Enter; the
// document is read as soon as the text forms a complete MRZ. Keys: Ctrl+Enter read, F2 manual
// entry, F4 fingerprints and photo from the desk's devices, Enter record, Alt+A/R/S decision,
// Alt+E/X direction, Alt+G start or close a group (vehicle, family, tour), Alt+C apply the
// proposed OCR corrections, Esc next traveller.
(function () {
  "use strict";

  var SHAPES = [[44, 44], [36, 36], [30, 30, 30]];
  var mrz, scanForm, result, lastSent = "", timer = null;

  function lines(text) {
    return text.toUpperCase().split(/\r?\n/).map(function (l) { return l.trim(); })
      .filter(function (l) { return l.length > 0; });
  }

  function complete(text) {
    var ls = lines(text);
    return SHAPES.some(function (shape) {
      return shape.length === ls.length && shape.every(function (len, i) {
        return ls[i].length === len && /^[A-Z0-9<]+$/.test(ls[i]);
      });
    });
  }

  function submitScan() {
    clearTimeout(timer);
    var text = lines(mrz.value).join("\n");
    if (text.length === 0 || text === lastSent) {
      return;
    }
    lastSent = text;
    scanForm.requestSubmit();
  }

  function reset() {
    var empty = document.getElementById("empty-result");
    result.innerHTML = empty ? empty.innerHTML : "";
    mrz.value = "";
    lastSent = "";
    closeManual();
    mrz.focus();
  }

  // The manual form is emptied whenever it closes and again when it opens: F2 always starts a
  // clean form, never the previous traveller's name, birth date or document number.
  function closeManual() {
    document.getElementById("manual-panel").classList.add("hidden");
    document.getElementById("manual-form").reset();
  }

  function toggleManual() {
    var panel = document.getElementById("manual-panel");
    if (panel.classList.contains("hidden")) {
      document.getElementById("manual-form").reset();
      panel.classList.remove("hidden");
      document.getElementById("m-number").focus();
    } else {
      closeManual();
      mrz.focus();
    }
  }

  // After refused manual fields: the cursor goes to the first of them, in the form still open.
  function focusManualError(box) {
    var fields = (box.getAttribute("data-fields") || "").split(" ");
    var form = document.getElementById("manual-form");
    for (var i = 0; i < fields.length; i++) {
      var input = fields[i] && form.querySelector("[name='" + fields[i] + "']");
      if (input) {
        input.focus();
        if (input.select) {
          input.select();
        }
        return;
      }
    }
  }

  function choose(id, focusId) {
    var el = document.getElementById(id);
    if (!el || el.disabled) {
      return false;
    }
    el.checked = true;
    el.dispatchEvent(new Event("change", { bubbles: true }));
    document.getElementById(focusId || "decide").focus();
    return true;
  }

  var ALT_KEYS = {
    KeyA: ["dec-ADMITTED"],
    KeyR: ["dec-REFUSED", "refusalReason"],
    KeyS: ["dec-REFERRED"],
    KeyE: ["dir-ENTRY"],
    KeyX: ["dir-EXIT"]
  };

  function onKey(e) {
    if (e.key === "F2") {
      e.preventDefault();
      toggleManual();
    } else if (e.key === "F4") {
      var devices = document.getElementById("bio-devices");
      if (devices && !devices.disabled) {
        e.preventDefault();
        devices.click();
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      reset();
    } else if (e.altKey && !e.ctrlKey && e.code === "KeyG") {
      e.preventDefault();
      group();
    } else if (e.altKey && !e.ctrlKey && e.code === "KeyC") {
      // apply the proposed OCR corrections and read the document again
      var apply = document.getElementById("apply-corrections");
      if (apply) {
        e.preventDefault();
        apply.click();
      }
    } else if (e.altKey && !e.ctrlKey && ALT_KEYS[e.code]) {
      if (choose(ALT_KEYS[e.code][0], ALT_KEYS[e.code][1])) {
        e.preventDefault();
      }
    } else if (e.key === "Enter" && !e.altKey) {
      var form = e.target.closest && e.target.closest("#decision-form");
      if (form && (e.target.tagName === "SELECT" || e.target.type === "radio")) {
        e.preventDefault();
        form.requestSubmit();
      }
    }
  }

  // Alt+G: open the group form (the kind first), or go to "Close the group" when one is open.
  function group() {
    var start = document.getElementById("group-start");
    if (start) {
      start.open = true;
      document.getElementById("group-kind").focus();
    } else if (document.getElementById("group-close")) {
      document.getElementById("group-close").focus();
    }
  }

  // After the officer started or closed a group, the next scan is the next thing to do.
  function afterGroup(e) {
    var t = e.detail.target;
    if (t && t.id === "group-panel" && e.detail.requestConfig && e.detail.requestConfig.verb === "post"
        && !document.querySelector("#group-panel [data-problem]")) {
      mrz.focus();
    }
  }

  function onMrzKey(e) {
    if (e.key === "Enter" && (e.ctrlKey || complete(mrz.value))) {
      e.preventDefault();
      e.stopPropagation();
      submitScan();
    }
  }

  function onMrzInput() {
    clearTimeout(timer);
    if (complete(mrz.value)) {
      // Readers that send no final Enter: read once the typing has stopped.
      timer = setTimeout(submitScan, 300);
    }
  }

  function fromManual(e) {
    var elt = e.detail.requestConfig && e.detail.requestConfig.elt;
    return !!elt && elt.id === "manual-form";
  }

  function afterSwap(e) {
    if (e.detail.target !== result) {
      return;
    }
    var corrected = result.querySelector("[data-corrected-mrz]");
    if (corrected) {
      // the scan field shows what was read in the end: the MRZ with the corrections applied
      mrz.value = corrected.getAttribute("data-corrected-mrz");
      lastSent = lines(mrz.value).join("\n");
    }
    if (result.querySelector("[data-done]")) {
      mrz.value = "";
      lastSent = "";
      closeManual();
      mrz.focus();
    } else if (result.querySelector("[data-manual-errors]")) {
      focusManualError(result.querySelector("[data-manual-errors]"));
    } else if (fromManual(e) && result.querySelector("[data-problem]")) {
      focusManualError(result.querySelector("[data-problem]"));
    } else if (result.querySelector("#reason-error")) {
      document.getElementById("refusalReason").focus();
    } else if (result.querySelector(".field.invalid input")) {
      result.querySelector(".field.invalid input").focus();
    } else if (result.querySelector("#decision-form")) {
      // An alert hit must be read: keep it in view (with the decision choices), Enter still records.
      var hits = result.querySelector("#screening-hits");
      document.getElementById("decide").focus(hits ? { preventScroll: true } : undefined);
      if (hits) {
        result.querySelector("#inspection-result").scrollIntoView({ block: "start" });
      }
    } else if (result.querySelector("[data-problem]")) {
      lastSent = "";
      mrz.focus();
      mrz.select();
    }
  }

  function init() {
    mrz = document.getElementById("mrz");
    scanForm = document.getElementById("scan-form");
    result = document.getElementById("result");
    if (!mrz) {
      return;
    }
    mrz.addEventListener("keydown", onMrzKey);
    mrz.addEventListener("input", onMrzInput);
    document.addEventListener("keydown", onKey);
    document.getElementById("manual-toggle").addEventListener("click", function (e) {
      e.preventDefault();
      toggleManual();
    });
    result.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest("#cancel-inspection")) {
        reset();
      }
    });
    document.body.addEventListener("htmx:afterSwap", afterSwap);
    document.body.addEventListener("htmx:afterSettle", afterGroup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
