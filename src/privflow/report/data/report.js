// privflow report: filter and sort every register table. Loaded by hash (Content-Security-Policy);
// listeners are attached here, the page has no inline handlers.
(function () {
  "use strict";
  function rowsOf(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }
  // Column names a term may start with ("status:", "状态:"): the key and the visible label.
  function columnIndex(table) {
    var index = {};
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      index[(th.getAttribute("data-key") || "").toLowerCase()] = i;
      index[(th.firstChild ? th.firstChild.textContent : "").trim().toLowerCase()] = i;
    });
    return index;
  }
  // "a b" keeps rows containing a and b anywhere; "column:value" looks in that column only.
  function parse(value, index) {
    return value.toLowerCase().split(/\s+/).filter(Boolean).map(function (term) {
      var at = term.search(/[:：]/);
      if (at > 0 && Object.prototype.hasOwnProperty.call(index, term.slice(0, at))) {
        return {column: index[term.slice(0, at)], text: term.slice(at + 1)};
      }
      return {column: -1, text: term};
    });
  }
  function applyFilter(input, table, count) {
    var terms = parse(input.value, columnIndex(table));
    var rows = rowsOf(table);
    var shown = 0;
    rows.forEach(function (row) {
      var all = row.textContent.toLowerCase();
      var keep = terms.every(function (term) {
        var text = term.column < 0 ? all : row.cells[term.column].textContent.toLowerCase();
        return text.indexOf(term.text) !== -1;
      });
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
      // A cell may carry its sort key (severity: its rank, not its word).
      var x = a.cells[index].getAttribute("data-sort") || a.cells[index].textContent.trim();
      var y = b.cells[index].getAttribute("data-sort") || b.cells[index].textContent.trim();
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
