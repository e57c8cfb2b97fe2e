// The reader's layer switches, and the side panel pointing at its sentence. No framework.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("doc-text");
  const layers = document.getElementById("layers");
  if (!text || !layers) return;
  for (const box of layers.querySelectorAll("input[data-layer]")) {
    const apply = () => text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    box.addEventListener("change", apply);
    apply();
  }
  for (const item of document.querySelectorAll(".event-list li[data-sentence]")) {
    const sentence = document.getElementById(item.dataset.sentence);
    if (!sentence) continue;
    item.addEventListener("mouseenter", () => sentence.classList.add("focus"));
    item.addEventListener("mouseleave", () => sentence.classList.remove("focus"));
  }
});
