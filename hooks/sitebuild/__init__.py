"""The build machinery behind the `snippet` fence, one concern per module.

- :mod:`sitebuild.runs`: run a snippet as a reader would, and read what it printed;
- :mod:`sitebuild.interpreters`: which Python fills which build's tab, and what it says about itself;
- :mod:`sitebuild.claims`: the claims pages make about outputs, checked on the output a page embeds;
- :mod:`sitebuild.charts`: plotting programs and the SVG charts they print;
- :mod:`sitebuild.cache`: what ``mkdocs serve`` reuses between rebuilds;
- :mod:`sitebuild.fence`: the ``snippet`` fence, on markdown-exec's public API;
- :mod:`sitebuild.options`: its options, each value checked;
- :mod:`sitebuild.markup`: the Markdown it writes around outputs;
- :mod:`sitebuild.pages`: checks that fail the build on a page that renders wrong.

``hooks/snippet_output.py`` wires them to MkDocs' events.
"""
