// Draws the dashboard's charts with Chart.js (served from wwwroot/lib, loaded on this page only). Every chart
// illustrates the table beside it, which is the source: the canvas is hidden from assistive technology. The data
// comes from data-* attributes, so the page needs no inline script (the CSP allows none).
(() => {
  if (typeof Chart === "undefined") return;
  const kleuren = ["#1f5f8b", "#c0392b", "#2e7d32", "#8e44ad", "#b7791f", "#00838f", "#5d4037", "#37474f"];
  Chart.defaults.animation = false;
  for (const canvas of document.querySelectorAll("canvas.grafiek")) {
    const labels = JSON.parse(canvas.dataset.labels || "[]");
    const reeksen = JSON.parse(canvas.dataset.reeksen || "[]");
    const soort = canvas.dataset.soort || "bar";
    const gestapeld = canvas.dataset.gestapeld === "true";
    new Chart(canvas, {
      type: soort,
      data: {
        labels,
        datasets: reeksen.map((r, i) => ({
          label: r.naam,
          data: r.waarden,
          backgroundColor: kleuren[i % kleuren.length],
          borderColor: kleuren[i % kleuren.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: gestapeld },
          y: { stacked: gestapeld, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
  }
})();
