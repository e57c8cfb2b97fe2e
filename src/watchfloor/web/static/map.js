/* The map: country outlines from our own GeoJSON (split at the antimeridian, so no ring crosses
   the world), events from /api/map/events coloured by PLOVER quad class: those at a city or site
   as clustered dots, those known only to a country or region as one dashed ring per place. The
   view never leaves the one world (no copies, no blank margins); a period slider sets the form's
   since/until. Data reaches the page only through textContent and attributes, never as HTML. */
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

  function load() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim()) { params.set(key, String(value).trim()); }
    });
    syncSlider();
    status.textContent = "Loading the events…";
    fetch(holder.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        clusters.clearLayers();
        coarse.clearLayers();
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
        status.textContent = n + " event" + (n === 1 ? "" : "s") + " with a place: " + exact.length +
          " at a city or site, " + vague.length + " only in a country or region" +
          (data.truncated ? " (the first " + n + ")" : "");
        if (n) {
          var bounds = L.latLngBounds(data.features.map(function (f) {
            return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          }));
          map.fitBounds(bounds, { maxZoom: 6, padding: [30, 30] });
        }
      })
      .catch(function (e) { status.textContent = "The events could not be loaded (" + e.message + ")."; });
    if (window.history && history.replaceState) { history.replaceState(null, "", "/map?" + params.toString()); }
  }

  var syncSlider = window.watchfloorPeriod(form, document.getElementById("map-period"));

  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
