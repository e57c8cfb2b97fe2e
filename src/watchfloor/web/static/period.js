/* The period slider of the map and the network: two handles over the months from the first to
   the last dated event; moving one sets the form's since/until (both cleared at the extremes),
   and the form's own change listener then reloads. `watchfloorPeriod(form, holder)` returns the
   function that puts the handles back where since/until say. */
(function () {
  "use strict";
  function monthList(first, last) {
    var out = [], y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7));
    while (out.length < 2400) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(key);
      if (key >= last) { break; }
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  window.watchfloorPeriod = function (form, holder) {
    if (!form || !holder || !holder.dataset.first || !holder.dataset.last) { return function () {}; }
    var months = monthList(holder.dataset.first, holder.dataset.last);
    var from = holder.querySelector("input[data-end=from]"), to = holder.querySelector("input[data-end=to]");
    var label = holder.querySelector("output");
    function lowHigh() {
      var a = Number(from.value), b = Number(to.value);
      return [Math.min(a, b), Math.max(a, b)];
    }
    function show() {
      var range = lowHigh();
      label.textContent = months[range[0]] + " to " + months[range[1]];
    }
    [from, to].forEach(function (input) {
      input.max = String(months.length - 1);
      input.addEventListener("input", show);
      input.addEventListener("change", function () {  // before the form's change listener
        var range = lowHigh(), whole = range[0] === 0 && range[1] === months.length - 1;
        form.elements.since.value = whole ? "" : months[range[0]];
        form.elements.until.value = whole ? "" : months[range[1]];
      });
    });
    return function sync() {
      var since = form.elements.since.value.trim(), until = form.elements.until.value.trim();
      var low = 0, high = months.length - 1;
      if (since) { while (low < high && months[low] < since.slice(0, 7)) { low += 1; } }
      if (until) { while (high > low && months[high].slice(0, until.length) > until) { high -= 1; } }
      from.value = String(low);
      to.value = String(high);
      show();
    };
  };
})();
