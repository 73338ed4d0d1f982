"""Issue #6, concurrency: threads sharing a Converter, a lazy load that happens once,
cheap pickling, multiprocessing pools."""
from __future__ import annotations

import concurrent.futures
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading

import hanjaconv
from hanjaconv import Converter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXTS = [
    '생성형 AI의 성능은 데이터의 품질과 양',
    '사기가 높다. 사기를 당했다. 사기를 읽다.',
    '시장 경제와 시장 선거',
    '인공지능용 반도체의 수요가 증가했다',
    '대한민국 헌법 제1조',
    '연기가 자욱하다. 회의가 연기되었다.',
    '성능(性能)과 품질(品質), 經濟',
    '의사가 의사를 밝혔다',
] * 3


def _converter() -> Converter:
    c = Converter()
    c.add_word('사기', '士氣')
    c.protect('품질')
    return c


def _run_threads(c: Converter, texts: list[str], n: int = 8, rounds: int = 20) -> list[list[str]]:
    barrier = threading.Barrier(n)
    results: list[list[str] | None] = [None] * n
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            barrier.wait()
            mine = texts[k::n] if len(texts) >= n else texts
            out = []
            for _ in range(rounds):
                out = [c.convert(t) for t in mine] + [c.convert(t, style='ruby') for t in mine]
            results[k] = out
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
    threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results  # type: ignore[return-value]


def test_eight_threads_share_a_converter_with_single_thread_results():
    single = _converter()
    expected = [[single.convert(t) for t in TEXTS[k::8]] + [single.convert(t, style='ruby') for t in TEXTS[k::8]]
                for k in range(8)]
    shared = _converter()  # fresh: its lazy analyzer and user automaton are built under contention
    assert _run_threads(shared, TEXTS) == expected
    assert any('士氣' in r for rows in expected for r in rows)


def test_threads_with_the_module_functions():
    expected = [hanjaconv.convert(t) for t in TEXTS]
    results: dict[int, list[str]] = {}
    barrier = threading.Barrier(8)

    def work(k):
        barrier.wait()
        results[k] = [hanjaconv.convert(t) for t in TEXTS]
    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(8))


_LAZY_SCRIPT = r'''
import json, sys, threading, time
import hanjaconv
from hanjaconv import _lexicon
assert _lexicon._lexicon is None, 'import did work'
calls = []
real = _lexicon._build
def counting_build():
    calls.append(threading.get_ident())
    time.sleep(0.2)  # widen the race window
    return real()
_lexicon._build = counting_build
barrier = threading.Barrier(8)
shared = hanjaconv.Converter()
texts = json.loads(sys.argv[1])
out = [None] * 8
def work(k):
    barrier.wait()
    f = [hanjaconv.convert, shared.convert, lambda t: hanjaconv.to_hangul(hanjaconv.convert(t)),
         lambda t: ''.join(s.hanja or s.hangul for s in hanjaconv.segment(t))][k % 4]
    out[k] = [f(t) for t in texts]
threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads: t.start()
for t in threads: t.join()
json.dump({'calls': len(calls), 'out': out}, sys.stdout, ensure_ascii=False)
'''


def test_lazy_load_happens_once_under_eight_threads():
    texts = TEXTS[:8]
    env = dict(os.environ, PYTHONPATH=ROOT, HANJACONV_NO_CACHE='1')  # count real builds
    r = subprocess.run([sys.executable, '-c', _LAZY_SCRIPT, json.dumps(texts)], capture_output=True,
                       env=env, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    data = json.loads(r.stdout)
    assert data['calls'] == 1
    converted = [hanjaconv.convert(t) for t in texts]
    assert data['out'][0] == data['out'][4] == converted
    assert data['out'][1] == data['out'][5] == converted
    assert data['out'][2] == [hanjaconv.to_hangul(c) for c in converted]


# ----- pickling and processes ---------------------------------------------------------------
def test_pickle_is_cheap_and_carries_only_user_data():
    c = _converter()
    c.convert('성능')  # loaded: the analyzer and automaton exist now
    blob = pickle.dumps(c)
    assert len(blob) < 1000
    assert '性能'.encode() not in blob and b'ahocorasick' not in blob and b'Lexicon' not in blob
    d = pickle.loads(blob)
    assert [d.convert(t) for t in TEXTS] == [c.convert(t) for t in TEXTS]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(c, protocol)).convert('사기와 품질') == c.convert('사기와 품질')


def _worker(args):
    """Runs in the pool: was the shipped data loaded before this converter was used?"""
    c, text = args
    from hanjaconv import _lexicon
    loaded_before = _lexicon._lexicon is not None
    return os.getpid(), loaded_before, c.convert(text)


def _check_pool_results(results, c):
    assert [r[2] for r in results] == [c.convert(t) for t in TEXTS]
    assert any('士氣' in r[2] for r in results)
    assert all(r[0] != os.getpid() for r in results)
    # in each fresh worker the data was not there until the converter's first use
    first = {}
    for pid, loaded, _ in results:
        first.setdefault(pid, loaded)
    assert not any(first.values())


def test_multiprocessing_pool_with_a_user_word():
    c = _converter()
    ctx = multiprocessing.get_context('spawn')
    with ctx.Pool(2) as pool:
        results = pool.map(_worker, [(c, t) for t in TEXTS], chunksize=1)
    _check_pool_results(results, c)


def test_process_pool_executor_with_a_user_word():
    c = _converter()
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn')) as ex:
        results = list(ex.map(_worker, [(c, t) for t in TEXTS]))
    _check_pool_results(results, c)


def test_fork_pool_with_a_loaded_parent():
    if 'fork' not in multiprocessing.get_all_start_methods():
        return
    c = _converter()
    c.convert('성능')
    with multiprocessing.get_context('fork').Pool(2) as pool:
        results = pool.map(_worker, [(c, t) for t in TEXTS])
    assert [r[2] for r in results] == [c.convert(t) for t in TEXTS]
