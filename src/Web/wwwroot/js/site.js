// A form marked data-eenmalig is sent once: a double click does not post twice.
// (The server also guards against it; this only spares the user a second round trip.)
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-eenmalig")) return;
  if (form.dataset.verzonden === "ja") {
    event.preventDefault();
    return;
  }
  form.dataset.verzonden = "ja";
  setTimeout(() => form.querySelectorAll("button[type=submit]").forEach((b) => (b.disabled = true)), 0);
});
