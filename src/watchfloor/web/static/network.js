/* The network: /api/network drawn as plain SVG. With an entity chosen whose every link is its own
   (e.g. type AGREE: who signed agreements with whom), an ego network: the entity in the centre,
   its partners on a circle. Otherwise a deterministic force layout (Fruchterman-Reingold from a
   circle in the API's order). Circles are sized by the entity's events, lines by the link's; the
   busiest names are labelled first where they collide with no label and no circle, the rest show
   on hover or focus. Clicking a line lists its events. Data reaches the page only as text. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 900, H = 640, ITERATIONS = 300, GRAVITY = 1.2;
  var svg = document.getElementById("network");
  var form = document.getElementById("network-filters");
  var status = document.getElementById("network-status");
  var panel = document.getElementById("edge-events");
  if (!svg || !form || !window.watchfloorLabels) { return; }
  var syncSlider = window.watchfloorPeriod ? window.watchfloorPeriod(form, document.getElementById("network-period")) : function () {};

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
  function radius(d) { return Math.min(4 + 2 * Math.sqrt(d.events), 22); }

  function forceLayout(nodes, edges) {
    var n = nodes.length, index = {}, i, j, k, area = W * H, kk = Math.sqrt(area / Math.max(n, 1)) * 0.8;
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var a = 2 * Math.PI * i / Math.max(n, 1);
      d.x = W / 2 + Math.cos(a) * W / 4; d.y = H / 2 + Math.sin(a) * H / 4;
    });
    var links = edges.filter(function (e) { return e.source !== e.target && e.source in index && e.target in index; })
      .map(function (e) { return [index[e.source], index[e.target]]; });
    for (k = 0; k < ITERATIONS; k++) {
      var t = (W / 10) * (1 - k / ITERATIONS) + 1, fx = new Array(n).fill(0), fy = new Array(n).fill(0);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
          var d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01), room = radius(nodes[i]) + radius(nodes[j]);
          var f = kk * kk / d + (d < room * 2 ? kk * 2 : 0);
          fx[i] += dx / d * f; fy[i] += dy / d * f; fx[j] -= dx / d * f; fy[j] -= dy / d * f;
        }
        fx[i] += (W / 2 - nodes[i].x) * GRAVITY; fy[i] += (H / 2 - nodes[i].y) * GRAVITY;
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]], dx = b.x - a.x, dy = b.y - a.y;
        var d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01), f = d * d / kk;
        fx[l[0]] += dx / d * f; fy[l[0]] += dy / d * f; fx[l[1]] -= dx / d * f; fy[l[1]] -= dy / d * f;
      });
      for (i = 0; i < n; i++) {
        var len = Math.max(Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]), 0.01), step = Math.min(len, t);
        nodes[i].x += fx[i] / len * step; nodes[i].y += fy[i] / len * step;
      }
    }
    fit(nodes, 110, 40);
    nodes.forEach(function (d) { d.angle = null; });
  }

  function fit(nodes, padX, padY) {  // scale the layout into the frame, leaving room for labels
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    nodes.forEach(function (d) {
      d.x = padX + (x1 > x0 ? (d.x - x0) / (x1 - x0) : 0.5) * (W - 2 * padX);
      d.y = padY + (y1 > y0 ? (d.y - y0) / (y1 - y0) : 0.5) * (H - 2 * padY);
    });
  }

  function egoLayout(ego, nodes) {
    var others = nodes.filter(function (d) { return d !== ego; })
      .sort(function (a, b) { return (a.country || "~").localeCompare(b.country || "~") || a.name.localeCompare(b.name); });
    var rings = others.length > 40 ? 2 : 1, big = Math.min(W, H) / 2 - 60;
    ego.x = W / 2; ego.y = H / 2; ego.angle = null;
    others.forEach(function (d, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / others.length, r = rings === 2 && i % 2 ? big * 0.72 : big;
      d.x = W / 2 + Math.cos(a) * r * 1.3; d.y = H / 2 + Math.sin(a) * r; d.angle = a;
    });
  }

  function egoOf(data, focus) {
    if (!focus) { return null; }
    var wanted = focus.toLowerCase(), ego = null;
    data.nodes.forEach(function (d) {
      if (String(d.id) === focus || d.name.toLowerCase() === wanted) { ego = d; }
    });
    if (!ego || data.nodes.length < 3) { return null; }
    var own = data.edges.every(function (e) { return e.source === ego.id || e.target === ego.id; });
    return own ? ego : null;
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
      if (data.count < edge.count) {
        panel.appendChild(el("p", "The first " + data.count + " of " + edge.count + " events, by date.", "meta"));
      }
      panel.appendChild(list);
    });
  }

  function drawEdges(data, byId, layer) {
    var peak = Math.max.apply(null, data.edges.map(function (e) { return e.count; }).concat([1]));
    var pairs = {};
    data.edges.forEach(function (e) { pairs[e.source + ">" + e.target] = true; });
    data.edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (!a || !b || a === b) { return; }
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      var shift = pairs[e.target + ">" + e.source] ? 3 : 0, ox = -dy / len * shift, oy = dx / len * shift;
      var kind = e.cooperation > e.conflict ? "coop" : (e.conflict > e.cooperation ? "conflict" : "other");
      var line = node("line", { x1: a.x + ox, y1: a.y + oy, x2: b.x + ox, y2: b.y + oy, "class": kind,
        "stroke-width": (1.2 + 5 * Math.sqrt((e.count - 1) / Math.max(peak - 1, 1))).toFixed(2), tabindex: 0,
        "data-source": e.source, "data-target": e.target });
      line.appendChild(node("title", {}, a.name + " → " + b.name + ": " + e.count + " event" + (e.count === 1 ? "" : "s") +
        " (" + e.cooperation + " cooperation, " + e.conflict + " conflict)"));
      line.addEventListener("click", function () { showEdge(e, byId, line); });
      line.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { showEdge(e, byId, line); } });
      layer.appendChild(line);
    });
  }

  function hover(d, on) {
    svg.classList.toggle("hovering", on);
    if (d.label) { d.label.classList.toggle("hover", on); }
    Array.prototype.forEach.call(svg.querySelectorAll("line"), function (l) {
      var mine = l.getAttribute("data-source") === String(d.id) || l.getAttribute("data-target") === String(d.id);
      l.classList.toggle("near", on && mine);
    });
  }

  function draw(data, focus) {
    svg.textContent = "";
    var byId = {};
    data.nodes.forEach(function (d) { byId[d.id] = d; });
    var ego = egoOf(data, focus);
    if (ego) { egoLayout(ego, data.nodes); } else { forceLayout(data.nodes, data.edges); }
    svg.classList.toggle("ego", Boolean(ego));
    var edgeLayer = node("g", { "class": "edges" }), nodeLayer = node("g", { "class": "nodes" });
    var labelLayer = node("g", { "class": "labels" });
    svg.appendChild(edgeLayer); svg.appendChild(nodeLayer); svg.appendChild(labelLayer);
    drawEdges(data, byId, edgeLayer);
    data.nodes.slice().reverse().forEach(function (d) {  // the busiest drawn last, on top
      var link = node("a", { href: "/entities/" + Number(d.id), "class": "node", "data-entity-id": d.id });
      var isFocus = ego === d || (focus && (String(d.id) === focus || d.name.toLowerCase() === focus.toLowerCase()));
      link.appendChild(node("circle", { cx: d.x.toFixed(1), cy: d.y.toFixed(1), r: radius(d).toFixed(1), "class": isFocus ? "focus" : "" }));
      link.appendChild(node("title", {}, d.name + (d.country ? " (" + d.country + ")" : "") + " · " + d.type + " · " + d.events + " events"));
      link.addEventListener("mouseenter", function () { hover(d, true); });
      link.addEventListener("mouseleave", function () { hover(d, false); });
      link.addEventListener("focus", function () { hover(d, true); });
      link.addEventListener("blur", function () { hover(d, false); });
      nodeLayer.appendChild(link);
    });
    var shown = window.watchfloorLabels(svg, labelLayer, data.nodes, radius, { width: W, height: H, always: 10 });
    return shown;
  }

  function load() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim()) { params.set(key, String(value).trim()); }
    });
    syncSlider();
    status.textContent = "Loading the network…";
    fetch(svg.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        var shown = draw(data, params.get("actor") || "");
        status.textContent = data.nodes.length + " entities, " + data.edges.length + " links; " + shown +
          " named (the busiest that fit; point at a circle for any other)";
      })
      .catch(function (e) { svg.textContent = ""; status.textContent = "The network could not be loaded (" + e.message + ")."; });
    if (window.history && history.replaceState) { history.replaceState(null, "", "/network?" + params.toString()); }
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
