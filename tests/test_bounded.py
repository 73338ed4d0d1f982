"""The memo tables stay bounded and survive threads."""
import threading

from hanjaconv._bounded import remember


def test_table_never_exceeds_its_limit():
    table = {}
    for i in range(1000):
        remember(table, i, i, limit=64)
        assert len(table) <= 64
    assert 999 in table and 0 not in table


def test_threads_sharing_a_table():
    table, errors = {}, []

    def work(offset):
        try:
            for i in range(20000):
                remember(table, (offset, i), i, limit=500)
        except Exception as e:  # pragma: no cover - the failure being tested for
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(table) <= 500 + 8
