// Draws the full route diagram (Mermaid text rendered server-side from the Stateless machine) when it is opened:
// Mermaid cannot measure text inside a closed <details>.
(function () {
  const details = document.getElementById("route-details");
  if (!details || !window.mermaid) return;
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  let getekend = false;
  const teken = () => {
    if (getekend || !details.open) return;
    getekend = true;
    window.mermaid.run({ querySelector: "#route" });
  };
  details.addEventListener("toggle", teken);
  teken();
})();
