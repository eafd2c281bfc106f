"""Every page in a real browser: loads cleanly, stays on this host, passes axe in both themes."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sitebuild.runs import ROOT

AXE = (Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js").read_text()
PAGES = ["" if p.stem == "index" else f"{p.stem}/" for p in sorted((ROOT / "docs").glob("*.md"))] + [
    "404.html"
]


def visit(page, url: str) -> tuple[list, list]:
    """Open url; return the console errors and the requests that left 127.0.0.1."""
    errors, foreign = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: foreign.append(r.url) if urlparse(r.url).hostname not in {"127.0.0.1", None} else None,
    )
    page.goto(url, wait_until="networkidle")
    return errors, foreign


def axe_violations(page) -> list:
    page.add_script_tag(content=AXE)
    result = page.evaluate("axe.run({resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_or_requests_to_other_hosts(page, base_url, path):
    errors, foreign = visit(page, base_url + path)
    assert errors == []
    assert foreign == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_accessibility_violations(page, base_url, path, scheme):
    page.emulate_media(color_scheme=scheme)
    visit(page, base_url + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [("GIL", "gil/"), ("deadlock", "threading-tools/"), ("forkserver", "processes/")],
)
def test_search_finds_the_page(page, base_url, query, expected):
    visit(page, base_url)
    page.click("input[data-md-component='search-query']")
    page.keyboard.type(query)
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")
    assert any(urlparse(href).path.endswith("/" + expected) for href in hrefs[:3]), hrefs


def test_theme_toggle_switches_and_is_remembered(page, base_url):
    page.emulate_media(color_scheme="light")
    visit(page, base_url)
    toggle = page.locator("form[data-palette] label:visible")
    schemes = []
    for _ in range(3):  # system (light) -> light -> dark -> system
        toggle.click()
        schemes.append(page.get_attribute("body", "data-md-color-scheme"))
    assert schemes == ["default", "slate", "default"]
    toggle.click()
    toggle.click()  # dark, kept across instant navigation and reloads
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.locator(".md-nav__link[href$='/gil/']").first.click()
    page.wait_for_url("**/gil/")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.reload()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"


def test_dark_system_theme_applies_before_anything_is_drawn(slow_page, base_url):
    slow_page.emulate_media(color_scheme="dark")
    slow_page.add_init_script(  # the scheme in the first frame that can draw any of the page
        """requestAnimationFrame(function frame() {
             if (!document.body) return requestAnimationFrame(frame);
             window.schemeAtFirstFrame = document.body.getAttribute("data-md-color-scheme");
           });"""
    )
    visit(slow_page, base_url + "gil/")
    assert slow_page.evaluate("schemeAtFirstFrame") == "slate"


def test_copy_button_copies_the_code(page, base_url):
    visit(page, base_url + "threading/")
    block = page.locator(".highlight").filter(has_text="snippets/threading/race_counter.py").first
    block.hover()
    block.locator("button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith('"""Threads that read a shared counter')


def test_tabs_switch_between_builds(page, base_url):
    visit(page, base_url + "threading/")
    tabs = page.locator(".tabbed-set").first
    labels = tabs.locator(".tabbed-labels label")
    assert labels.count() == 2
    labels.nth(1).click()
    assert tabs.locator(".tabbed-block").nth(1).is_visible()
    assert not tabs.locator(".tabbed-block").nth(0).is_visible()


@pytest.mark.parametrize(
    "path", [p for p in PAGES if p not in {"", "404.html", "further-reading/", "contributing/"}]
)
def test_live_outputs_are_present(page, base_url, path):
    """Every page with programs shows their outputs, or (a program that needs a newer Python than
    this machine has) says what it needs."""
    visit(page, base_url + path)
    shown = page.locator("text=Output · ").count()
    assert shown + page.locator("text=Not run for this copy of the site").count() > 0
    assert json.dumps(page.title())


def test_code_annotations_open_their_note(page, base_url):
    visit(page, base_url + "threading/")
    page.locator(".annotate").first.scroll_into_view_if_needed()  # content.lazy: set up when seen
    annotations = page.locator(".md-annotation")
    annotations.first.wait_for(timeout=5_000)
    assert annotations.count() == 2
    annotations.first.click()
    note = annotations.first.locator(".md-tooltip--active")
    note.wait_for(timeout=5_000)
    assert "gives up after a second" in note.inner_text()


WIDE_CODE = """() => {
    // every tab's content, not only the selected one's
    for (const block of document.querySelectorAll(".tabbed-block")) block.style.display = "block";
    return [...document.querySelectorAll("pre > code")]
        .filter(code => code.scrollWidth > code.clientWidth + 1)
        .map(code => {
            const line = code.textContent.split("\\n").reduce((a, b) => (b.length > a.length ? b : a));
            return `${code.scrollWidth - code.clientWidth}px too wide: ${line}`;
        });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_code_block_scrolls_sideways_in_a_desktop_window(page, base_url, path, scheme):
    """Sources and outputs fit a 1280-pixel-wide window: 80 columns of code (snippets/ruff.toml)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + path)
    wide = page.evaluate(WIDE_CODE)
    assert wide == [], "\n".join(wide)
