"""The stress programs can fail: each check in the table sees the problem it looks for."""

import pytest

SNIPPETS = "snippets/thread-safety/"


def test_lost_appends_would_show(run, mutant):
    root = mutant(SNIPPETS + "append_from_threads.py", "range(ITEMS)", "range(ITEMS - 1)")
    output = run(SNIPPETS + "append_from_threads.py", root=root)
    assert "went wrong in 5 of 5 trials (e.g. 4 appends lost)" in output.text


def test_different_objects_from_setdefault_would_show(run, mutant):
    root = mutant(SNIPPETS + "setdefault_once.py", "cache.setdefault(key, object())", "object()")
    output = run(SNIPPETS + "setdefault_once.py", root=root)
    assert "went wrong in 20 of 20 trials (e.g. 500 keys gave threads different objects)" in output.text


@pytest.mark.parametrize(
    ("program", "old", "new"),
    [
        (
            "increment_dict_item.py",
            '            counts["hits"] += 1',
            '            with lock:\n                counts["hits"] += 1',
        ),
        (
            "check_then_set.py",
            "            if key not in cache:  # another thread can check here too\n"
            "                computed.append(key)  # the expensive computation\n"
            "                cache[key] = object()\n",
            "            with lock:\n"
            "                if key not in cache:\n"
            "                    computed.append(key)\n"
            "                    cache[key] = object()\n",
        ),
    ],
)
def test_a_lock_makes_the_free_threaded_failures_go_away(run, mutant, program, old, new):
    """The fix the page gives for d[k] += 1 and check-then-set: hold a Lock across the steps."""
    root = mutant(SNIPPETS + program, old, new)
    path = root / SNIPPETS / program
    source = path.read_text(encoding="utf-8")
    path.write_text(
        source.replace("\nfrom stress", "\nimport threading\n\nlock = threading.Lock()\nfrom stress")
    )
    output = run(SNIPPETS + program, root=root)
    assert "went wrong in 0 of" in output.text
