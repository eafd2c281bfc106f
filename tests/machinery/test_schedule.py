"""What the build finds to run before it renders the pages (hooks/sitebuild/schedule.py)."""

import sys

from sitebuild.schedule import Run, runs

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
    found = runs([PAGE], {"GIL": "gil-python", "free-threaded": "ft-python"})
    assert found == [
        Run(sys.executable, "snippets/a/one.py", (), 0, 60.0),
        Run("gil-python", "snippets/a/two.py", ("2", "3"), 0, 60.0),
        Run("ft-python", "snippets/a/two.py", ("2", "3"), 0, 60.0),
        Run(sys.executable, "snippets/a/three.py", (), 1, 9.0),
    ]


def test_a_build_without_an_interpreter_runs_nothing_for_its_tab():
    found = runs([PAGE], {"GIL": "gil-python", "free-threaded": None})
    assert [run.python for run in found if run.path == "snippets/a/two.py"] == ["gil-python"]
