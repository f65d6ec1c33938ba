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

// After a failed submit the error summary takes focus, so keyboard and screen-reader users start there.
// Its links move focus to the field itself (a radio group: its first option), with the label in view.
const veldVan = (link) =>
  document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1))) || document.getElementsByName(link.dataset.veld)[0];
document.addEventListener("DOMContentLoaded", () => {
  const samenvatting = document.querySelector("[data-foutsamenvatting]");
  if (!samenvatting) return;
  // The server knows the fields in error, the page knows their order: list them as they appear in the form.
  const lijst = samenvatting.querySelector("ul");
  if (lijst) {
    const positie = (li) => {
      const veld = veldVan(li.querySelector("a"));
      return veld ? [...document.querySelectorAll("input, select, textarea")].indexOf(veld) : Infinity;
    };
    [...lijst.children].map((li) => [positie(li), li]).sort((a, b) => a[0] - b[0]).forEach(([, li]) => lijst.append(li));
  }
  samenvatting.focus();
});
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[data-veld]") : null;
  if (!link) return;
  const veld = veldVan(link);
  if (!veld) return;
  event.preventDefault();
  const kop = veld.closest("fieldset")?.querySelector("legend");
  const label = (veld.type === "radio" && kop) || (veld.labels && veld.labels[0]) || veld;
  veld.focus({ preventScroll: true });
  label.scrollIntoView({ block: "start" });
  history.replaceState(null, "", link.getAttribute("href"));
});
