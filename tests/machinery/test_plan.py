"""What the build finds to run before it renders the pages (hooks/sitebuild/plan.py)."""

import sys

from sitebuild.plan import Command, commands, fences, schedule
from sitebuild.pythons import Pythons


class Stub(Pythons):
    """Two named interpreters for the two builds, each new enough for any program."""

    def __init__(self, by_build: dict[str, str | None]) -> None:
        super().__init__()
        self._by_build = by_build

    def new_enough(self, python, needs):
        return python


PAGE = """\
```snippet
snippets/a/one.py
```

!!! note

    ```snippet args="2 3" builds="GIL free-threaded"
    snippets/a/two.py
    ```

=== "Tab"

    ```snippet returncode="1" timeout="9"
    snippets/a/three.py
    ```

```snippet run="no"
snippets/a/helper.py
```

```snippet colour="red"
snippets/a/bad.py
```

````markdown
```snippet
snippets/a/quoted.py
```
````

```snippet
snippets/a/one.py
```
"""


def test_each_run_a_page_shows_is_found_once_in_page_order_also_in_admonitions_and_tabs_but_not_bad_ones():
    found = commands([PAGE], Stub({"GIL": "gil-python", "free-threaded": "ft-python"}))
    assert found == [
        Command(sys.executable, "snippets/a/one.py", (), 0, 60.0),
        Command("gil-python", "snippets/a/two.py", ("2", "3"), 0, 60.0),
        Command("ft-python", "snippets/a/two.py", ("2", "3"), 0, 60.0),
        Command(sys.executable, "snippets/a/three.py", (), 1, 9.0),
    ]


def test_a_build_without_an_interpreter_runs_nothing_for_its_tab():
    found = commands([PAGE], Stub({"GIL": "gil-python", "free-threaded": None}))
    assert [command.python for command in found if command.path == "snippets/a/two.py"] == ["gil-python"]


def test_fences_are_read_as_superfences_reads_them_and_checked_by_the_fences_validator():
    found = {fence.path: fence for fence in fences(PAGE)}
    assert "snippets/a/quoted.py" not in found  # inside another fence: an example
    assert found["snippets/a/two.py"].attributes == {"args": "2 3", "builds": "GIL free-threaded"}
    assert found["snippets/a/three.py"].options.returncode == 1
    assert not found["snippets/a/helper.py"].options.execute
    assert "unknown attribute(s) ['colour']" in found["snippets/a/bad.py"].error


def test_programs_that_mostly_wait_are_scheduled_side_by_side_the_others_alone():
    one, two = (Command("python", f"snippets/a/{name}.py", (), 0, 60.0) for name in ("one", "two"))
    assert schedule([one, two], frozenset({"snippets/a/two.py"})) == ([one], [two])
