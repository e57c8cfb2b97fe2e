/* The network: /api/network drawn as plain SVG. Layout is deterministic: nodes start on a circle
   in the API's order, then a fixed number of force iterations (repulsion, springs, gravity).
   Clicking an edge lists its events from the API. Data reaches the page only as text. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 900, H = 640, ITERATIONS = 300;
  var svg = document.getElementById("network");
  var form = document.getElementById("network-filters");
  var status = document.getElementById("network-status");
  var panel = document.getElementById("edge-events");
  if (!svg || !form) { return; }

  function node(tag, attrs, text) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { n.textContent = String(text); }
    return n;
  }
  function el(tag, text, className) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    if (className) { n.className = className; }
    return n;
  }

  function layout(nodes, edges) {
    var n = nodes.length, index = {}, i, j, k;
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var a = 2 * Math.PI * i / Math.max(n, 1);
      d.x = Math.cos(a) * 200; d.y = Math.sin(a) * 200;
    });
    var links = edges.filter(function (e) { return e.source !== e.target; })
      .map(function (e) { return [index[e.source], index[e.target]]; });
    for (k = 0; k < ITERATIONS; k++) {
      var t = 1 - k / ITERATIONS, fx = new Array(n).fill(0), fy = new Array(n).fill(0);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
          var d2 = Math.max(dx * dx + dy * dy, 1), f = 4000 / d2;
          fx[i] += dx * f; fy[i] += dy * f; fx[j] -= dx * f; fy[j] -= dy * f;
        }
        fx[i] -= nodes[i].x * 0.02; fy[i] -= nodes[i].y * 0.02;
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]];
        var dx = b.x - a.x, dy = b.y - a.y, f = 0.05;
        fx[l[0]] += dx * f; fy[l[0]] += dy * f; fx[l[1]] -= dx * f; fy[l[1]] -= dy * f;
      });
      for (i = 0; i < n; i++) {
        nodes[i].x += Math.max(-20, Math.min(20, fx[i])) * t;
        nodes[i].y += Math.max(-20, Math.min(20, fy[i])) * t;
      }
    }
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    nodes.forEach(function (d) {
      d.x = 70 + (x1 > x0 ? (d.x - x0) / (x1 - x0) : 0.5) * (W - 140);
      d.y = 40 + (y1 > y0 ? (d.y - y0) / (y1 - y0) : 0.5) * (H - 80);
    });
    return index;
  }

  function showEdge(edge, byId, line) {
    Array.prototype.forEach.call(svg.querySelectorAll("line.selected"), function (l) { l.classList.remove("selected"); });
    line.classList.add("selected");
    panel.textContent = "";
    panel.appendChild(el("h2", byId[edge.source].name + " → " + byId[edge.target].name + " (" + edge.count + ")"));
    if (edge.events_url.indexOf("/api/network/edge?") !== 0) { return; }
    fetch(edge.events_url).then(function (r) { return r.json(); }).then(function (data) {
      var list = el("ol");
      data.events.forEach(function (e) {
        var item = el("li");
        item.appendChild(el("div", e.type + " · " + (e.date || "undated") + " · " + e.certainty.replace(/_/g, " ") +
          " · confidence " + Number(e.confidence).toFixed(2), "meta"));
        item.appendChild(el("div", e.sentence, "sentence"));
        var read = el("a", e.document_title || e.document_name);
        read.setAttribute("href", "/documents/" + Number(e.document_id) + "#s" + Number(e.start));
        item.appendChild(read);
        e.citations.forEach(function (c) {
          if (typeof c.href === "string" && /^https?:\/\//i.test(c.href)) {
            var src = el("a", " [" + c.marker + "]");
            src.setAttribute("href", c.href);
            src.setAttribute("rel", "noopener noreferrer nofollow");
            src.setAttribute("target", "_blank");
            src.setAttribute("title", c.url);
            item.appendChild(src);
          }
        });
        list.appendChild(item);
      });
      panel.appendChild(list);
    });
  }

  function draw(data, focus) {
    svg.textContent = "";
    var byId = {};
    data.nodes.forEach(function (d) { byId[d.id] = d; });
    layout(data.nodes, data.edges);
    var peak = Math.max.apply(null, data.edges.map(function (e) { return e.count; }).concat([1]));
    var edgeLayer = node("g"), nodeLayer = node("g");
    svg.appendChild(edgeLayer); svg.appendChild(nodeLayer);
    data.edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (!a || !b) { return; }
      var kind = e.cooperation > e.conflict ? "coop" : (e.conflict > e.cooperation ? "conflict" : "other");
      var line = node("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": kind,
        "stroke-width": 1.5 + 6 * e.count / peak, tabindex: 0 });
      line.appendChild(node("title", {}, a.name + " → " + b.name + ": " + e.count + " event" + (e.count === 1 ? "" : "s")));
      line.addEventListener("click", function () { showEdge(e, byId, line); });
      line.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { showEdge(e, byId, line); } });
      edgeLayer.appendChild(line);
    });
    var labelLayer = node("g", { "class": "labels" });
    svg.appendChild(labelLayer);
    data.nodes.slice().reverse().forEach(function (d) {  // the busiest drawn last, on top
      var link = node("a", { href: "/entities/" + Number(d.id) });
      var isFocus = focus && (String(d.id) === focus || d.name.toLowerCase() === focus.toLowerCase());
      link.appendChild(node("circle", { cx: d.x, cy: d.y, r: 4 + Math.sqrt(d.events) * 2, "class": isFocus ? "focus" : "" }));
      link.appendChild(node("title", {}, d.name + " · " + d.type + " · " + d.events + " events"));
      nodeLayer.appendChild(link);
      labelLayer.appendChild(node("text", { x: d.x + 8, y: d.y - 6 }, d.name + (d.country ? " (" + d.country + ")" : "")));
    });
  }

  function load() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim()) { params.set(key, String(value).trim()); }
    });
    status.textContent = "Loading the network…";
    fetch(svg.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        draw(data, params.get("actor") || "");
        status.textContent = data.nodes.length + " entities, " + data.edges.length + " links";
      })
      .catch(function (e) { svg.textContent = ""; status.textContent = "The network could not be loaded (" + e.message + ")."; });
    if (window.history && history.replaceState) { history.replaceState(null, "", "/network?" + params.toString()); }
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  var showAll = form.querySelector("input[name=min_confidence]");
  if (showAll) { showAll.addEventListener("change", load); }
  load();
})();
