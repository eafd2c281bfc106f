from sitebuild.chapters import named

SNIPPET = "snippets/stopping/asyncio_ctrl_c.py"


def test_cleanup_outside_finally_never_runs(run, mutant):
    root = mutant(
        SNIPPET,
        '    finally:\n        ran.append(f"{name}\'s finally")',
        "    except ValueError:\n        pass",
    )
    assert not named("Ctrl-C in asyncio.run() cancels").check(run(SNIPPET, root=root))
