/* The map: country outlines from our own GeoJSON (split at the antimeridian, so no ring crosses
   the world), events from /api/map/events coloured by PLOVER quad class: those at a city or site
   as clustered dots, those known only to a country or region as one dashed ring per place. Each
   request sends the viewport (bbox) and zoom, again after every move: a view holding more events
   than the server lists comes back counted per grid cell, drawn as numbered circles (click one to
   zoom in). The view never leaves the one world (no copies, no blank margins); a period slider sets
   the form's since/until. Data reaches the page only through textContent and attributes, never
   as HTML. */
(function () {
  "use strict";
  var COLOURS = {
    verbal_cooperation: "#5aa469", material_cooperation: "#1b7a3a",
    verbal_conflict: "#e08a1e", material_conflict: "#c0392b", unknown: "#8a94a0"
  };
  var holder = document.getElementById("map");
  var form = document.getElementById("map-filters");
  var status = document.getElementById("map-status");
  if (!holder || !form || !window.L) { return; }
  var WORLD = L.latLngBounds([[-85, -180], [85, 180]]);
  var map = L.map(holder, { maxBounds: WORLD, maxBoundsViscosity: 1, maxZoom: 10 });
  function fillZoom() {  // the least whole zoom (markercluster's levels) at which the world fills the frame
    return Math.ceil(Math.max(Math.log2(Math.max(holder.clientWidth, holder.clientHeight) / 256), 0));
  }
  map.setMinZoom(fillZoom());
  map.setView([30, 30], fillZoom());
  map.on("resize", function () { map.setMinZoom(fillZoom()); });
  var coarse = L.layerGroup().addTo(map);
  var cells = L.layerGroup().addTo(map);
  var clusters = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(clusters);

  fetch(holder.dataset.basemap).then(function (r) { return r.json(); }).then(function (data) {
    L.geoJSON(data, {
      interactive: false,
      style: function () { return { color: "#9aa7b4", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1 }; }
    }).addTo(map);
  }).catch(function () { status.textContent = "The country outlines could not be loaded."; });

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function isWebUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }
  function isLocalPath(url) { return typeof url === "string" && /^\/[^\/\\]/.test(url); }

  function popup(p) {
    var box = el("div", null, "map-popup");
    var head = el("div", null, "meta");
    head.appendChild(el("strong", p.type));
    head.appendChild(document.createTextNode(" · " + (p.date || "undated") + " · " + p.place +
      (p.coarse ? " (somewhere in this " + p.place_kind + ")" : "")));
    box.appendChild(head);
    var parties = (p.actor || "?") + (p.recipient ? " → " + p.recipient : "");
    box.appendChild(el("div", parties));
    box.appendChild(el("p", p.sentence, "sentence"));
    box.appendChild(el("div", "Certainty: " + String(p.certainty).replace(/_/g, " "), "certainty"));
    if (typeof p.confidence === "number") {
      box.appendChild(el("div", "Confidence: " + p.confidence.toFixed(2), "confidence"));
    }
    if (isLocalPath(p.reader_url)) {
      var read = el("a", "Read in " + p.document_title);
      read.setAttribute("href", p.reader_url);
      box.appendChild(el("div")).appendChild(read);
    }
    if (p.sources && p.sources.length) {
      var list = el("ul", null, "sources");
      p.sources.forEach(function (s) {
        var item = el("li");
        if (isWebUrl(s.href)) {
          var link = el("a", s.url);
          link.setAttribute("href", s.href);
          link.setAttribute("rel", "noopener noreferrer nofollow");
          link.setAttribute("target", "_blank");
          item.appendChild(link);
        } else {
          item.textContent = s.url;
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  function coarseRings(features) {  // one dashed ring per country or region, sized by its events
    var byPlace = {};
    features.forEach(function (f) {
      var c = f.geometry.coordinates, key = c[0] + "," + c[1] + "," + f.properties.place;
      (byPlace[key] = byPlace[key] || []).push(f);
    });
    return Object.keys(byPlace).map(function (key) {
      var group = byPlace[key], c = group[0].geometry.coordinates, quads = {};
      group.forEach(function (f) { quads[f.properties.quad] = (quads[f.properties.quad] || 0) + 1; });
      var top = Object.keys(quads).sort(function (a, b) { return quads[b] - quads[a]; })[0];
      var ring = L.circleMarker([c[1], c[0]], {
        radius: 10 + 3 * Math.sqrt(group.length), color: COLOURS[top] || COLOURS.unknown, weight: 2,
        dashArray: "5 4", fillColor: COLOURS[top] || COLOURS.unknown, fillOpacity: 0.12, className: "coarse-place"
      });
      ring.bindTooltip(group[0].properties.place + ": " + group.length + " event" + (group.length === 1 ? "" : "s") +
        " placed only in this " + group[0].properties.place_kind);
      ring.bindPopup(function () {
        var box = el("div", null, "map-popup coarse-popup");
        box.appendChild(el("div", group[0].properties.place + " (" + group[0].properties.place_kind + "): " +
          group.length + " event" + (group.length === 1 ? "" : "s"), "meta"));
        group.slice(0, 30).forEach(function (f) { box.appendChild(popup(f.properties)); });
        if (group.length > 30) { box.appendChild(el("div", "and " + (group.length - 30) + " more", "meta")); }
        return box;
      }, { maxHeight: 320 });
      return ring;
    });
  }

  function cellMarkers(list) {  // one numbered circle per grid cell, coloured by its commonest quad class
    return list.map(function (c) {
      var top = Object.keys(c.quads).sort(function (a, b) { return c.quads[b] - c.quads[a]; })[0];
      var size = Math.round(22 + 6 * Math.log(c.count) / Math.LN10);
      var label = el("span", c.count, "map-cell");
      label.style.width = label.style.height = label.style.lineHeight = size + "px";
      label.style.backgroundColor = COLOURS[top] || COLOURS.unknown;
      var marker = L.marker([c.lat, c.lon], {
        icon: L.divIcon({ html: label, className: "map-cell-icon", iconSize: [size, size] }),
        keyboard: true, title: c.count + " event" + (c.count === 1 ? "" : "s") + " here"
      });
      var kinds = Object.keys(c.types).sort(function (a, b) { return c.types[b] - c.types[a]; });
      marker.bindTooltip(c.count + " event" + (c.count === 1 ? "" : "s") + ": " +
        kinds.slice(0, 4).map(function (t) { return t + " " + c.types[t]; }).join(", ") +
        (kinds.length > 4 ? ", …" : "") + ". Click to zoom in.");
      marker.on("click", function () {  // bounds: west, south, east, north
        map.fitBounds([[c.bounds[1], c.bounds[0]], [c.bounds[3], c.bounds[2]]], { maxZoom: map.getZoom() + 3 });
      });
      return marker;
    });
  }

  function drawEvents(data) {
    var exact = data.features.filter(function (f) { return !f.properties.coarse; });
    var vague = data.features.filter(function (f) { return f.properties.coarse; });
    clusters.addLayers(exact.map(function (f) {
      var c = f.geometry.coordinates;
      var colour = COLOURS[f.properties.quad] || COLOURS.unknown;
      var marker = L.circleMarker([c[1], c[0]], {
        radius: 7, color: "#ffffff", weight: 1.5, fillColor: colour, fillOpacity: 0.9
      });
      marker.bindPopup(function () { return popup(f.properties); });
      return marker;
    }));
    coarseRings(vague).forEach(function (ring) { coarse.addLayer(ring); });
    var n = data.features.length;
    status.textContent = n + " event" + (n === 1 ? "" : "s") + " with a place in this view: " + exact.length +
      " at a city or site, " + vague.length + " only in a country or region" +
      (data.truncated ? " (the first " + n + ")" : "");
  }

  function viewport() {  // west, south, east, north of the view, inside the one world
    var b = map.getBounds();
    return [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90),
      Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)];
  }
  function filters() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim()) { params.set(key, String(value).trim()); }
    });
    return params;
  }

  var asked = 0;  // the latest request: an older answer arriving late is dropped
  var complete = null;  // the filters and viewport of the last answer that listed all its events
  function load() {
    var params = filters(), box = viewport(), key = params.toString();
    syncSlider();
    if (window.history && history.replaceState) { history.replaceState(null, "", "/map?" + key); }
    params.set("bbox", box.map(function (v) { return v.toFixed(4); }).join(","));
    params.set("zoom", String(Math.round(map.getZoom())));
    var mine = ++asked;
    complete = null;
    status.textContent = "Loading the events…";
    fetch(holder.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        if (mine !== asked) { return; }
        clusters.clearLayers();
        coarse.clearLayers();
        cells.clearLayers();
        if (data.features.length || !data.cells.length) {
          drawEvents(data);
          if (!data.truncated) { complete = { key: key, box: box }; }
          return;
        }
        cellMarkers(data.cells).forEach(function (m) { cells.addLayer(m); });
        status.textContent = data.total + " event" + (data.total === 1 ? "" : "s") + " with a place in this view," +
          " counted per area in " + data.cells.length + " circle" + (data.cells.length === 1 ? "" : "s") +
          ": zoom in (or click a circle) to see them one by one.";
      })
      .catch(function (e) {
        if (mine === asked) { status.textContent = "The events could not be loaded (" + e.message + ")."; }
      });
  }

  function holds(outer, inner) {
    return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
  }
  var moved = null, reading = false;  // reading: a popup is open (its auto-pan is no new question)
  map.on("popupopen", function () { reading = true; });
  map.on("popupclose", function () { reading = false; });
  map.on("moveend", function () {  // after a pan or zoom, ask again once the view has settled
    window.clearTimeout(moved);
    if (reading || (complete && complete.key === filters().toString() && holds(complete.box, viewport()))) {
      return;  // every event of this view is drawn already
    }
    moved = window.setTimeout(load, 200);
  });

  var syncSlider = window.watchfloorPeriod(form, document.getElementById("map-period"));

  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
