def test_a_lock_blocks_its_own_holder_and_an_rlock_does_not(run):
    text = run("snippets/threading_tools/rlock_reentry.py").text
    assert "Lock: could not take the lock it already holds, items={}" in text
    assert "RLock: added, items={'socks': 2}" in text
