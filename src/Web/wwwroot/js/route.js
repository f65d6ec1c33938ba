// Draws the route diagram (Mermaid text rendered server-side from the Stateless machine).
if (window.mermaid) {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  window.mermaid.run({ querySelector: "pre.mermaid" });
}
