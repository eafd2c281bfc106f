"""While a page loads, Material's scripts must not change what the whole page's style depends on.

An attribute change on <html> or <body>, a stylesheet link whose href is rewritten, or a change of
<meta name=color-scheme> makes the browser restyle every element of the page: on the longest pages
that was most of the time a phone spends blocked while loading (Lighthouse's total blocking time).
overrides/main.html makes these changes before the page is first drawn, when they cost nothing;
this test fails if Material's scripts (or ours) make one later, e.g. after a Material update. Each
page loads with a dark system scheme on a CPU slowed down like a phone's: then the browser draws
frames while the page is still loading.
"""

from __future__ import annotations

import pytest
from test_pages import PAGES, visit

# Records each change to <html>, <body> or a stylesheet link made once the page has been drawn.
RECORD_LATE_CHANGES = """
window.lateChanges = [];
let drawn = false;  // once the first frame is out (paint timing entries come later)
requestAnimationFrame(() => setTimeout(() => (drawn = true)));
new MutationObserver((records) => {
  if (!drawn) return;  // nothing styled yet: free
  for (const { target, attributeName, oldValue } of records) {
    const value = target.getAttribute(attributeName);
    const whole = target === document.documentElement || target === document.body ||
      (target.matches("link[rel=stylesheet]") && attributeName === "href") ||
      (target.matches("meta[name=color-scheme]") && attributeName === "content");
    if (whole && value !== oldValue)
      lateChanges.push(`<${target.tagName.toLowerCase()}> ${attributeName}: ${oldValue} -> ${value}`);
  }
}).observe(document, { attributes: true, attributeOldValue: true, subtree: true });
"""


@pytest.mark.parametrize("path", PAGES)
def test_loading_scripts_do_not_restyle_the_whole_page(slow_page, base_url, path):
    slow_page.emulate_media(color_scheme="dark")  # the reader's scheme differs from the default
    slow_page.add_init_script(RECORD_LATE_CHANGES)
    visit(slow_page, base_url + path)
    slow_page.wait_for_timeout(200)  # Material clears some attributes a moment after load
    assert slow_page.evaluate("lateChanges") == []


def test_recorder_sees_a_late_change(page, base_url):
    """The check above can fail: a class set on <html> after load is reported."""
    page.add_init_script(RECORD_LATE_CHANGES)
    visit(page, base_url)
    page.evaluate("document.documentElement.classList.add('late')")
    page.wait_for_timeout(50)
    assert page.evaluate("lateChanges") == ["<html> class: js js-focus-visible -> js js-focus-visible late"]


def test_scripts_load_at_high_priority(page, base_url):
    """Chromium gives the scripts at the end of <body> high priority only if no image comes
    before them. With the logo as <img> in the header (Material's default) they loaded at medium
    priority, and Lighthouse's phone simulation ran Material's start-up work after the first paint,
    where all of it counts as blocking time; overrides/partials/logo.html draws the logo inline."""
    priorities = {}
    cdp = page.context.new_cdp_session(page)
    cdp.on(
        "Network.requestWillBeSent",
        lambda e: priorities.setdefault(e["request"]["url"], e["request"]["initialPriority"]),
    )
    cdp.send("Network.enable")
    visit(page, base_url)
    scripts = {
        url.rsplit("/", 1)[-1]: priority
        for url, priority in priorities.items()
        if url.endswith(".js") and "/workers/" not in url
    }
    assert "accessibility.js" in scripts and any(name.startswith("bundle.") for name in scripts)
    assert set(scripts.values()) == {"High"}, scripts
