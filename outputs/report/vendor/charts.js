// Make the report's charts interactive: each figure that carries its Vega-Lite spec is drawn
// again by the vendored vega-embed; the SVG stays when anything fails (or scripts are off).
for (const figure of document.querySelectorAll("figure.vl")) {
  const json = figure.querySelector('script[type="application/json"]');
  const svg = figure.querySelector(".svg");
  if (!json || !svg || typeof globalThis.vegaEmbed !== "function") continue;
  const target = document.createElement("div");
  target.className = "interactive";
  target.hidden = true;
  figure.append(target);
  globalThis.vegaEmbed(target, JSON.parse(json.textContent), { actions: false, renderer: "svg" })
    .then(() => {
      svg.remove();
      target.hidden = false;
    })
    .catch(() => target.remove());
}
