"""Fewer elements per page, the same look: every element costs the reader's browser work each time
Material's scripts make it restyle the page while it loads.

Pygments wraps every token of highlighted code in a span. Material draws names (class ``n``) in the
code's own colour and whitespace (``w``) not at all, so those spans change nothing on screen; they
are a fifth of the elements on a page of code. This hook unwraps them from the built HTML.
Keep it in step with docs/stylesheets/extra.css: a rule that styles ``.n`` or ``.w`` would need
them back.
"""

from __future__ import annotations

import re

_INVISIBLE_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def on_page_content(html: str, page, config, files) -> str:
    return _INVISIBLE_SPAN.sub(r"\1", html)
