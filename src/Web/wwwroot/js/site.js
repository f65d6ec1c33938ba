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

// A file over the limit is refused as soon as it is chosen, before a long upload: the same message the server gives
// (the server checks again; this only spares the wait). The input is emptied so the form stays sendable.
const grootte = (bytes) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toLocaleString("nl-NL", { maximumFractionDigits: 1, useGrouping: false })} MB`
  : bytes >= 1024 ? `${Math.round(bytes / 1024)} kB` : `${bytes} bytes`;
document.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.dataset.maxBytes) return;
  const max = Number(input.dataset.maxBytes);
  const fout = input.closest(".utrecht-form-field")?.querySelector(".veld-fout");
  const teGroot = [...(input.files ?? [])].find((f) => f.size > max);
  if (fout) fout.textContent = teGroot ? `Het bestand '${teGroot.name}' is ${grootte(teGroot.size)}; de grens is ${grootte(max)}.` : "";
  if (teGroot) {
    input.value = "";
    input.setAttribute("aria-invalid", "true");
  } else {
    input.removeAttribute("aria-invalid");
  }
});
