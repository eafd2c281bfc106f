"""Less work for the reader's browser while a page loads, the same page on screen.

Pygments wraps every token of highlighted code in a span. Material draws names (class ``n``) in the
code's own colour and whitespace (``w``) not at all, so those spans change nothing on screen; they
are a fifth of the elements on a page of code, and every element costs style and layout time. This
hook unwraps them from the built HTML. Keep it in step with docs/stylesheets/extra.css: a rule that
styles ``.n`` or ``.w`` would need them back.

Material sets up a code block (copy button, annotations, keyboard access) only once it scrolls into
view (``content.lazy`` in mkdocs.yml), so until then a block that scrolls sideways could not be
reached with the keyboard. Every code block is therefore focusable from the start; Material removes
that again from blocks that turn out not to scroll.
"""

from __future__ import annotations

import re

_INVISIBLE_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')
_CODE_BLOCK = re.compile(r"(<pre>(?:<span></span>)?<code)>")


def on_page_content(html: str, page, config, files) -> str:
    html = _INVISIBLE_SPAN.sub(r"\1", html)
    return _CODE_BLOCK.sub(r'\1 tabindex="0">', html)
