def test_times_each_workload(run):
    output = run("snippets/free-threading/single_thread_speed.py")
    for work in ("count", "build_dict", "call_methods"):
        assert output.numbers(f"  {work}(300_000)")[-1] > 0
