"""hooks/lighter_pages.py drops only code spans that change nothing on screen, and makes code blocks
reachable with the keyboard before Material sets them up."""

from pathlib import Path

import material
from lighter_pages import on_page_content
from sitebuild.runs import ROOT

HIGHLIGHTED = (
    '<code><span class="kn">import</span><span class="w"> </span><span class="nn">sys</span>\n'
    '<span class="n">count</span> <span class="o">=</span> <span class="mi">0</span></code>'
)


def test_name_and_whitespace_spans_are_unwrapped_and_the_text_kept():
    html = on_page_content(HIGHLIGHTED, page=None, config=None, files=None)
    assert html == (
        '<code><span class="kn">import</span> <span class="nn">sys</span>\n'
        'count <span class="o">=</span> <span class="mi">0</span></code>'
    )


def test_those_spans_look_like_plain_code_in_material_and_our_css():
    stylesheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    (main,) = stylesheets.glob("main.*.min.css")
    css = main.read_text(encoding="utf-8")
    assert "--md-code-hl-name-color:var(--md-code-fg-color)" in css
    assert ".highlight .w" not in css
    extra = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert "--md-code-hl-name-color" not in extra
    assert ".n " not in extra and ".w " not in extra


def test_code_blocks_are_focusable_before_material_sets_them_up():
    block = f"<pre><span></span>{HIGHLIGHTED}</pre><p><code>inline</code></p>"
    html = on_page_content(block, page=None, config=None, files=None)
    assert html.startswith('<pre><span></span><code tabindex="0">')
    assert "<p><code>inline</code></p>" in html
