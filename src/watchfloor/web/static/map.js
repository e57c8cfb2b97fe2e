/* The map: country outlines from our own GeoJSON, events from /api/map/events as clustered
   circle markers coloured by PLOVER quad class. Data reaches the page only through textContent
   and element attributes, never as HTML. */
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
  var map = L.map(holder, { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([30, 30], 2);
  var clusters = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(clusters);

  fetch(holder.dataset.basemap).then(function (r) { return r.json(); }).then(function (data) {
    L.geoJSON(data, {
      interactive: false,
      style: function () { return { color: "#9aa7b4", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1 }; }
    }).addTo(map).bringToBack();
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
    head.appendChild(document.createTextNode(" · " + (p.date || "undated") + " · " + p.place));
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

  function load() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim()) { params.set(key, String(value).trim()); }
    });
    status.textContent = "Loading the events…";
    fetch(holder.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        clusters.clearLayers();
        var markers = data.features.map(function (f) {
          var c = f.geometry.coordinates;
          var colour = COLOURS[f.properties.quad] || COLOURS.unknown;
          var marker = L.circleMarker([c[1], c[0]], {
            radius: 7, color: "#ffffff", weight: 1.5, fillColor: colour, fillOpacity: 0.9
          });
          marker.bindPopup(function () { return popup(f.properties); });
          return marker;
        });
        clusters.addLayers(markers);
        var n = data.features.length;
        status.textContent = n + " event" + (n === 1 ? "" : "s") + " with a place" +
          (data.truncated ? " (the first " + n + ")" : "");
        if (n) { map.fitBounds(clusters.getBounds(), { maxZoom: 6, padding: [20, 20] }); }
      })
      .catch(function (e) { status.textContent = "The events could not be loaded (" + e.message + ")."; });
    if (window.history && history.replaceState) { history.replaceState(null, "", "/map?" + params.toString()); }
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
