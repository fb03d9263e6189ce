// privflow report: filter and sort every register table. Loaded by hash (Content-Security-Policy);
// listeners are attached here, the page has no inline handlers.
(function () {
  "use strict";
  function rowsOf(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }
  function applyFilter(input, table, count) {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var rows = rowsOf(table);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var keep = terms.every(function (term) { return text.indexOf(term) !== -1; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " / " + rows.length;
  }
  function sortBy(table, th) {
    var index = th.cellIndex;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = rowsOf(table);
    rows.sort(function (a, b) {
      var x = a.cells[index].textContent.trim();
      var y = b.cells[index].textContent.trim();
      var order = x.localeCompare(y, undefined, {numeric: true});
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
  }
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    var count = input.parentNode.querySelector(".count");
    if (!table) { return; }
    input.addEventListener("input", function () { applyFilter(input, table, count); });
    applyFilter(input, table, count);
  });
  document.querySelectorAll("table.data thead th").forEach(function (th) {
    var table = th.closest("table");
    th.addEventListener("click", function () { sortBy(table, th); });
  });
}());
