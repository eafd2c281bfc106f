from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/forgotten_tasks.py"


def test_without_the_set_the_kept_task_is_collected_too(run, mutant):
    root = mutant(SNIPPET, "        background.add(task)\n", "")
    output = run(SNIPPET, root=root)
    assert not named("a task with no reference").check(output)
    assert "kept in a set, waiting on its own future: garbage-collected" in output.text
