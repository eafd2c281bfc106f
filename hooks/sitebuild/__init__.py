"""The build machinery behind the `snippet` fence, one concern per module.

- :mod:`sitebuild.build`: one build: plans, runs and records what its pages show;
- :mod:`sitebuild.plan`: the commands the pages' fences run, found before rendering, and which
  run alone or side by side;
- :mod:`sitebuild.runs`: run a snippet as a reader would;
- :mod:`sitebuild.readings` and :mod:`sitebuild.noted`: read what it printed, noting what is compared;
- :mod:`sitebuild.host`: how much of the machine a run had;
- :mod:`sitebuild.interpreters` and :mod:`sitebuild.pythons`: what an interpreter is, and which one
  shows which output;
- :mod:`sitebuild.claims`: the language of the claims pages make about outputs;
- :mod:`sitebuild.chapters`: each chapter's claims and registries, from ``tests/<chapter>/claims.py``;
- :mod:`sitebuild.verdicts`: whether runs show the claims: retries, and what a busy machine excuses;
- :mod:`sitebuild.cache`: what a build runs once, and what ``mkdocs serve`` reuses between rebuilds;
- :mod:`sitebuild.charts`: plotting programs and the SVG charts they print;
- :mod:`sitebuild.fence`: the ``snippet`` fence, on markdown-exec's public API: it only renders;
- :mod:`sitebuild.options`: its options, each value checked;
- :mod:`sitebuild.markup` and :mod:`sitebuild.checklist`: the Markdown and HTML around outputs;
- :mod:`sitebuild.pages`: checks that fail the build on a page that renders wrong.

``hooks/snippet_output.py`` wires them to MkDocs' events.
"""
