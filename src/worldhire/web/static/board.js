// Drag a pipeline card onto another stage's column: the card's own "Move to" form is filled in
// and sent, so a drag is the same request as the form without JavaScript (same CSRF token, same
// checks, same redirect). Only the stages the card may move to accept it. A stage that needs a
// reason (rejection) is chosen in the form and the reason box is focused instead of sending.
(function () {
  "use strict";
  var board = document.querySelector(".board[data-drag]");
  if (!board) { return; }
  var dragged = null;

  function allowed(card) {
    var form = card.querySelector("form.move");
    if (!form) { return []; }
    return Array.prototype.map.call(form.querySelectorAll("select[name=to_stage] option"),
                                    function (o) { return o.value; });
  }

  function columns() { return board.querySelectorAll(".column[data-stage]"); }

  function clear() {
    Array.prototype.forEach.call(columns(), function (c) {
      c.classList.remove("drop-ok", "drop-over");
    });
  }

  Array.prototype.forEach.call(board.querySelectorAll(".app-card"), function (card) {
    if (!allowed(card).length) { return; }
    card.setAttribute("draggable", "true");
    card.classList.add("draggable");
    card.addEventListener("dragstart", function (event) {
      dragged = card;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", card.id);
      var open = allowed(card);
      Array.prototype.forEach.call(columns(), function (c) {
        if (open.indexOf(c.getAttribute("data-stage")) >= 0) { c.classList.add("drop-ok"); }
      });
    });
    card.addEventListener("dragend", function () { dragged = null; clear(); });
  });

  Array.prototype.forEach.call(columns(), function (column) {
    var stage = column.getAttribute("data-stage");
    function accepts() { return dragged && allowed(dragged).indexOf(stage) >= 0; }
    column.addEventListener("dragover", function (event) {
      if (!accepts()) { return; }
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      column.classList.add("drop-over");
    });
    column.addEventListener("dragleave", function () { column.classList.remove("drop-over"); });
    column.addEventListener("drop", function (event) {
      if (!accepts()) { return; }
      event.preventDefault();
      var form = dragged.querySelector("form.move");
      form.querySelector("select[name=to_stage]").value = stage;
      clear();
      var reason = form.querySelector("input[name=reason]");
      if (column.hasAttribute("data-needs-reason") && !reason.value.trim()) {
        reason.setAttribute("aria-invalid", "true");
        reason.focus();
        return;
      }
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
  });
})();
