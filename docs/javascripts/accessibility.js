// Names for controls Material creates in the browser without one (axe: landmark-unique, link-name).
// Runs on every page load, instant navigation included, and on code blocks added later.
function nameUnnamedControls() {
  document.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach((nav, i) => {
    nav.setAttribute("aria-label", `Code block ${i + 1} actions`);
  });
  document.querySelectorAll("a.md-annotation__index:not([aria-label])").forEach((link) => {
    const id = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId;
    link.setAttribute("aria-label", `Annotation ${id ?? ""}`.trim());
  });
}

new MutationObserver(nameUnnamedControls).observe(document.documentElement, { childList: true, subtree: true });
nameUnnamedControls();
