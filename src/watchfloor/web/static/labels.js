/* Labels that never overprint: `watchfloorLabels(svg, layer, nodes, radius, frame)` names the
   nodes busiest first, each at the first of eight places around its circle (outward first for a
   node on a ring, `d.angle`) whose box meets no placed label, no circle and stays in the frame;
   the busiest few (`frame.always`) may cover another circle rather than go unnamed. A node with
   no place keeps a hidden label (shown on hover, class "hover"). Returns how many labels are
   shown. Names are set as text only. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg", PAD = 1.5;

  function overlaps(a, b) {
    return a.x0 < b.x1 + PAD && b.x0 < a.x1 + PAD && a.y0 < b.y1 + PAD && b.y0 < a.y1 + PAD;
  }
  function hitsCircle(box, c) {
    var nx = Math.max(box.x0, Math.min(c.x, box.x1)), ny = Math.max(box.y0, Math.min(c.y, box.y1));
    return (nx - c.x) * (nx - c.x) + (ny - c.y) * (ny - c.y) < c.r * c.r;
  }
  function places(d, r, w, h) {
    var out = [];
    if (d.angle !== null && d.angle !== undefined) {
      var cx = Math.cos(d.angle), cy = Math.sin(d.angle);
      out.push([d.x + cx * r - (cx < 0 ? w : 0) - (Math.abs(cx) < 0.3 ? w / 2 : 0), d.y + cy * r - h / 2 + cy * h / 2]);
    }
    [r, r + 10].forEach(function (r) {
      var k = r * 0.72;
      out.push([d.x + r, d.y - h / 2], [d.x - r - w, d.y - h / 2], [d.x - w / 2, d.y - r - h], [d.x - w / 2, d.y + r],
        [d.x + k, d.y - k - h], [d.x + k, d.y + k], [d.x - k - w, d.y - k - h], [d.x - k - w, d.y + k]);
    });
    return out;
  }

  window.watchfloorLabels = function (svg, layer, nodes, radius, frame) {
    var placed = [], shown = 0;
    var circles = nodes.map(function (d) { return { x: d.x, y: d.y, r: radius(d) + 1, d: d }; });
    var order = nodes.slice().sort(function (a, b) { return b.events - a.events || a.name.localeCompare(b.name); });
    order.forEach(function (d, rank) {
      var text = document.createElementNS(SVG, "text");
      text.setAttribute("class", "label");
      text.setAttribute("x", "0"); text.setAttribute("y", "0");
      text.textContent = d.name;
      layer.appendChild(text);
      var size = text.getBBox(), w = size.width, h = size.height, ascent = -size.y;
      var spots = places(d, radius(d) + 3, w, h), chosen = null;
      function fits(box, coverCircles) {
        var inside = box.x0 >= 2 && box.y0 >= 2 && box.x1 <= frame.width - 2 && box.y1 <= frame.height - 2;
        return inside && !placed.some(function (p) { return overlaps(box, p); }) &&
          (coverCircles || !circles.some(function (c) { return c.d !== d && hitsCircle(box, c); }));
      }
      [false, rank < (frame.always || 0)].forEach(function (cover, pass) {
        for (var i = 0; i < spots.length && !chosen && (pass === 0 || cover); i++) {
          var box = { x0: spots[i][0], y0: spots[i][1], x1: spots[i][0] + w, y1: spots[i][1] + h };
          if (fits(box, cover)) { chosen = box; }
        }
      });
      var at = chosen || { x0: spots[0][0], y0: spots[0][1] };
      text.setAttribute("x", at.x0.toFixed(1));
      text.setAttribute("y", (at.y0 + ascent).toFixed(1));
      if (chosen) { placed.push(chosen); shown += 1; } else { text.setAttribute("class", "label hidden"); }
      d.label = text;
    });
    return shown;
  };
})();
