/* The timeline's chart: drag across it to narrow the period (the form's since/until, rounded to
   the chosen bucket), click or press Enter on a bar or a hatched span to list its events (rows of
   the server-rendered table, shown or hidden; nothing is built from data as HTML). When the table
   holds one page of the events, a link asks for the period's own events. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("timeline-chart");
  var form = document.getElementById("timeline-filters");
  var table = document.getElementById("timeline-events");
  var status = document.getElementById("timeline-selection");
  if (!svg || !form || !table || !status) { return; }
  var lo = Date.parse(svg.dataset.lo), hi = Date.parse(svg.dataset.hi);
  var left = Number(svg.dataset.left), width = Number(svg.dataset.plotWidth);
  var size = { year: 4, month: 7 }[svg.dataset.bucket] || 10;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var paged = table.dataset.paged === "yes";
  var DAY = 86400000;

  function periodUrl(mark) {  // this page's query, narrowed to the period of a bar or a span
    var url = new URL(window.location.href), since, until, period = mark.getAttribute("data-period");
    if (/^\d{4}(-\d{2}){0,2}$/.test(period)) {  // a year, month or day: the prefix keeps its less precise dates
      since = until = period;
    } else {  // an ISO week: its Monday to its Sunday
      since = mark.getAttribute("data-start");
      until = new Date(Date.parse(mark.getAttribute("data-end")) - DAY).toISOString().slice(0, 10);
    }
    url.searchParams.set("since", since);
    url.searchParams.set("until", until);
    url.searchParams.delete("offset");
    return url.pathname + url.search;
  }

  function show(mark) {  // a bar's events, or (no mark) every event
    Array.prototype.forEach.call(svg.querySelectorAll(".selected"), function (m) { m.classList.remove("selected"); });
    var period = mark ? mark.getAttribute("data-period") : null, n = 0;
    rows.forEach(function (row) {
      var on = period === null || row.getAttribute("data-period") === period;
      row.hidden = !on;
      if (on) { n += 1; }
    });
    status.textContent = "";
    if (period === null) {
      status.textContent = (paged ? "These " : "All ") + n + " events. Click a bar or a hatched span to list only its events.";
      return;
    }
    mark.classList.add("selected");
    status.appendChild(document.createTextNode(n + " event" + (n === 1 ? "" : "s") + " of " + period +
      (paged ? " on this page. " : ". ")));
    if (paged) {
      var own = document.createElement("a");
      own.setAttribute("href", periodUrl(mark));
      own.textContent = "Every event of " + period;
      status.appendChild(own);
      status.appendChild(document.createTextNode(" "));
    }
    var all = document.createElement("button");
    all.type = "button";
    all.textContent = "List every event";
    all.addEventListener("click", function () { show(null); });
    status.appendChild(all);
    status.scrollIntoView({ block: "nearest" });
  }

  function svgX(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse()).x;
  }
  function clamp(x) { return Math.min(Math.max(x, left), left + width); }
  function dateAt(x) { return new Date(lo + (clamp(x) - left) / width * (hi - lo)); }

  var brush = null, x0 = 0, pressed = null;  // pressed: the bar or span under the pointer's press
  svg.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) { return; }
    x0 = clamp(svgX(event));
    pressed = event.target.closest ? event.target.closest("g.bar, g.span") : null;
    brush = document.createElementNS(SVG, "rect");
    brush.setAttribute("class", "brush");
    brush.setAttribute("x", String(x0)); brush.setAttribute("width", "0");
    brush.setAttribute("y", "0"); brush.setAttribute("height", svg.viewBox.baseVal.height);
    svg.appendChild(brush);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!brush) { return; }
    var x = clamp(svgX(event));
    brush.setAttribute("x", String(Math.min(x, x0)));
    brush.setAttribute("width", String(Math.abs(x - x0)));
  });
  svg.addEventListener("pointerup", function (event) {
    if (!brush) { return; }
    var x = clamp(svgX(event));
    svg.removeChild(brush);
    brush = null;
    if (Math.abs(x - x0) < 4) {  // a click, not a drag
      show(pressed);  // the pointer is captured by the chart: the press says what was clicked
      return;
    }
    var from = dateAt(Math.min(x, x0)), to = new Date(dateAt(Math.max(x, x0)).getTime() - DAY);
    form.elements.since.value = from.toISOString().slice(0, size);
    form.elements.until.value = to.toISOString().slice(0, size);
    form.submit();
  });
  svg.addEventListener("keydown", function (event) {
    var mark = event.target.closest ? event.target.closest("g.bar, g.span") : null;
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(mark); }
  });
  show(null);
})();
