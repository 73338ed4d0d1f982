#!/usr/bin/env python3
"""Benchmarks: throughput, the automaton's floor, cold start, memory, scaling, the CLI.

    python benchmarks/bench.py [--quick] [--cli-mb 100]
    python benchmarks/bench.py --compare REV [--rounds 3]   (first passes and cold starts, taking turns)

The corpus is the `hangul` side of ../shared/eval when that folder exists, repeated to
at least 1 MB; otherwise a reproducible generated text (labelled as such). Prints one
line per figure; nothing here is a test.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / 'shared' / 'eval'
SENTENCE = '생성형 AI의 성능은 데이터의 품질과 양'


def corpus_lines() -> tuple[list[str], str]:
    lines: list[str] = []
    if EVAL.is_dir():
        for path in sorted(EVAL.iterdir()):
            if path.suffix == '.jsonl':
                lines += [json.loads(l)['hangul'] for l in path.open(encoding='utf-8')]
            elif path.suffix == '.tsv' and not path.name.endswith('.meta.tsv'):
                lines += [l.split('\t')[0] for l in list(path.open(encoding='utf-8'))[1:]]
        label = f'the hangul side of {EVAL.name}/ ({sum(map(len, lines)):,} characters, repeated)'
    else:
        rng = random.Random(1)
        words = ('정부는 경제 성장을 위한 정책을 발표했다 우리 사회의 문제는 교육과 연구에 있다 '
                 '시장 데이터 분석 결과 인공지능 기술이 빠르게 발전하고 있다 2월 5일에 회의가 열렸다').split()
        lines = [' '.join(rng.choice(words) for _ in range(rng.randint(5, 15))) + '.' for _ in range(20000)]
        label = 'generated text (no ../shared/eval here; seed 1)'
    return lines, label


def repeat_to(lines: list[str], chars: int) -> list[str]:
    out, total = [], 0
    while total < chars:
        for line in lines:
            out.append(line)
            total += len(line) + 1
            if total >= chars:
                break
    return out


def timed(func, lines) -> float:
    t = time.perf_counter()
    for line in lines:
        func(line)
    return time.perf_counter() - t


def cold_start(bytecode: bool, runs: int = 7, trees: dict[str, str] | None = None) -> dict[str, float]:
    """Median seconds of a new process importing hanjaconv and converting one sentence, for each
    tree of `trees` (label -> folder; this tree alone by default), taking turns. With `bytecode`,
    the modules' bytecode is written once and read after, as in an installed package (pip
    compiles it); without, every process compiles the source (PYTHONDONTWRITEBYTECODE=1)."""
    trees = trees or {'this tree': str(ROOT)}
    times: dict[str, list[float]] = {label: [] for label in trees}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, 'PYTHONPYCACHEPREFIX': os.path.join(tmp, 'pycache')}
        env.pop('PYTHONDONTWRITEBYTECODE', None)
        if not bytecode:
            env['PYTHONDONTWRITEBYTECODE'] = '1'
        for turn in range(runs + bytecode):
            for label, tree in trees.items():
                code = f'import sys; sys.path.insert(0, {tree!r}); import hanjaconv; hanjaconv.convert({SENTENCE!r})'
                env['HANJACONV_CACHE_DIR'] = os.path.join(tmp, 'cache', label)
                t = time.perf_counter()
                subprocess.run([sys.executable, '-c', code], check=True, cwd=tmp, env=env)
                if turn or not bytecode:  # (with bytecode, the first turn writes it and builds the cache)
                    times[label].append(time.perf_counter() - t)
    return {label: statistics.median(spent) for label, spent in times.items()}


# A child's own peak, in KB. On Linux ru_maxrss counts what a forked child inherited from
# this (large) process, so the child reads its own high-water mark from /proc instead.
PEAK_KB = '''
def peak_kb():
    try:
        with open('/proc/self/status') as status:
            for line in status:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
'''


def first_run() -> tuple[float, float]:
    """Seconds and peak MB of a process that finds no cache and builds the dictionaries."""
    code = PEAK_KB + f'import hanjaconv; hanjaconv.convert({SENTENCE!r}); print(peak_kb())'
    with tempfile.TemporaryDirectory() as empty:
        t = time.perf_counter()
        out = subprocess.run([sys.executable, '-c', code], check=True, cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, 'HANJACONV_CACHE_DIR': empty})
        secs = time.perf_counter() - t
    return secs, int(out.stdout.strip()) / 1024


def peak_memory_mb(corpus_file: str) -> float:
    code = (PEAK_KB + 'import hanjaconv\n'
            f'for line in open({corpus_file!r}, encoding="utf-8"): hanjaconv.convert(line)\n'
            'print(peak_kb())')
    out = subprocess.run([sys.executable, '-c', code], check=True, cwd=ROOT, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


CLI_WITH_PEAK = PEAK_KB + '''
import runpy, sys
sys.argv[0] = 'hanjaconv'
try:
    runpy.run_module('hanjaconv', run_name='__main__')
finally:
    print(peak_kb(), file=sys.stderr)
'''


def cli_memory_mb(lines: list[str], megabytes: int, tmp: str) -> tuple[float, float, float]:
    path = os.path.join(tmp, 'big.txt')
    block = '\n'.join(lines) + '\n'
    with open(path, 'w', encoding='utf-8') as f:
        written = 0
        while written < megabytes * 1_000_000:
            f.write(block)
            written += len(block.encode())
    # the child reports its own peak: RUSAGE_CHILDREN would also count the cold-start runs
    t = time.perf_counter()
    done = subprocess.run([sys.executable, '-c', CLI_WITH_PEAK, 'convert', path], check=True, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t
    peak = int(done.stderr.strip().splitlines()[-1])
    size = os.path.getsize(path) / 1e6
    os.remove(path)
    return size, peak / 1024, secs


def cli_seconds(path: str, jobs: int) -> float:
    """Wall time of `hanjaconv convert --jobs N` on a file, the process's start included."""
    t = time.perf_counter()
    subprocess.run([sys.executable, '-m', 'hanjaconv', 'convert', '--jobs', str(jobs), path], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def stage_shares(lines: list[str]) -> list[tuple[str, float]]:
    """The share of one pass of `convert` spent in each stage, in a fresh Converter: each
    stage's function wrapped in a timer (the wrappers add a little to the total)."""
    from hanjaconv import _choice, converter
    spent: dict[str, float] = {}

    def timer(module, name: str, label: str) -> None:
        func = getattr(module, name)

        def timed_func(*a, **k):
            t = time.perf_counter()
            try:
                return func(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - t
        setattr(module, name, timed_func)

    stages = [(converter.Converter, '_analyse', 'analysing eojeols not seen before'),
              (_choice, '_apply_context', 'weighing homographs against their context'),
              (_choice, '_apply_domain', 'the field rule'),
              (_choice, 'apply_cues', 'the sense cues'),
              (converter, 'check_readings', 'the read-back guard'),
              (converter, 'render', 'rendering the output')]
    saved = [(module, name, getattr(module, name)) for module, name, _ in stages]
    try:
        for module, name, label in stages:
            timer(module, name, label)
        conv = converter.Converter()
        conv.convert(SENTENCE)
        spent.clear()
        total = timed(conv.convert, lines)
    finally:
        for module, name, func in saved:
            setattr(module, name, func)
    return [(label, spent.get(label, 0.0) / total) for _, _, label in stages]


FIRST_PASS = f'''
import sys, time
sys.path.insert(0, sys.argv[1])
import hanjaconv
assert hanjaconv.__file__.startswith(sys.argv[1]), hanjaconv.__file__
lines = open(sys.argv[2], encoding='utf-8').read().split('\\n')
convert = hanjaconv.Converter().convert
convert({SENTENCE!r})
t = time.process_time()
for line in lines:
    convert(line)
print(sum(map(len, lines)) / (time.process_time() - t))
'''


def compare(rev: str, rounds: int, lines: list[str]) -> None:
    """First-pass throughput of this tree and of commit `rev`, each in a fresh process, taking
    turns: on a shared machine only a side-by-side timing tells two versions apart."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, 'tree')
        subprocess.run(['git', 'worktree', 'add', '--detach', '--quiet', tree, rev], check=True, cwd=ROOT)
        try:
            corpus_file = os.path.join(tmp, 'corpus.txt')
            Path(corpus_file).write_text('\n'.join(lines), encoding='utf-8')
            runs: dict[str, list[float]] = {'this tree': [], rev: []}
            for _ in range(rounds):
                for label, path in (('this tree', str(ROOT)), (rev, tree)):
                    # a cache folder each, in the temporary folder: a tree's cache replaces the other files of
                    # its folder, which would make each tree rebuild the other's dictionaries
                    env = {**os.environ, 'HANJACONV_CACHE_DIR': os.path.join(tmp, 'cache', label)}
                    out = subprocess.run([sys.executable, '-c', FIRST_PASS, path, corpus_file], check=True,
                                         cwd=tmp, capture_output=True, text=True, env=env)
                    runs[label].append(float(out.stdout))
            for label, speeds in runs.items():
                print(f'{label}: first pass {statistics.median(speeds):,.0f} chars/s of CPU time '
                      f'(median of {rounds}: {", ".join(f"{s:,.0f}" for s in speeds)})')
            print(f'ratio: {statistics.median(runs["this tree"]) / statistics.median(runs[rev]):.2f}')
            cold = cold_start(True, trees={'this tree': str(ROOT), rev: tree})
            print('cold start, bytecode compiled once (median of 7, taking turns): '
                  + ', '.join(f'{label} {secs:.3f} s' for label, secs in cold.items()))
        finally:
            subprocess.run(['git', 'worktree', 'remove', '--force', tree], check=True, cwd=ROOT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--quick', action='store_true', help='skip the 10 MB scaling run and the CLI run')
    ap.add_argument('--cli-mb', type=int, default=100, help='size of the CLI input file (MB)')
    ap.add_argument('--stages', action='store_true', help='only time the stages of one pass over 1 MB')
    ap.add_argument('--compare', metavar='REV', help='only time first passes of this tree and of commit REV, '
                                                     'taking turns')
    ap.add_argument('--rounds', type=int, default=3, help='turns each for --compare')
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import hanjaconv
    from hanjaconv._lexicon import get_lexicon

    base, label = corpus_lines()
    print(f'corpus: {label}')
    if args.compare:
        compare(args.compare, args.rounds, repeat_to(base, 1_000_000))
        return
    if args.stages:
        for stage, share in stage_shares(repeat_to(base, 1_000_000)):
            print(f'{share:4.0%}  {stage}')
        return
    hanjaconv.convert(SENTENCE)  # load outside the timings
    automaton = get_lexicon().automaton
    one_mb = repeat_to(base, 1_000_000)
    chars = sum(map(len, one_mb))
    secs = timed(hanjaconv.convert, one_mb)
    floor = timed(lambda line: sum(1 for _ in automaton.iter(line)), one_mb)
    print(f'convert: {chars / secs:,.0f} chars/s ({chars:,} chars in {secs:.2f} s, single thread)')
    print(f'bare automaton iter: {chars / floor:,.0f} chars/s; pipeline/automaton time ratio {secs / floor:.1f}')
    again = timed(hanjaconv.convert, one_mb)  # every eojeol now analysed: what the analysis of new ones costs
    print(f'convert again, every eojeol already analysed: {chars / again:,.0f} chars/s')
    subprocess.run([sys.executable, '-c', f'import hanjaconv; hanjaconv.convert({SENTENCE!r})'], check=True,
                   cwd=ROOT)  # the cache is current before any process is measured
    print(f'cold start (import + first convert, median of 7), bytecode compiled once as pip does: '
          f'{cold_start(True)["this tree"]:.3f} s')
    print(f'cold start, the source compiled in every process (PYTHONDONTWRITEBYTECODE=1): '
          f'{cold_start(False)["this tree"]:.3f} s')
    secs, peak = first_run()
    print(f'first run with an empty cache (builds and saves the dictionaries): {secs:.2f} s, peak RSS {peak:.0f} MB')
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = os.path.join(tmp, 'corpus.txt')
        Path(corpus_file).write_text('\n'.join(one_mb), encoding='utf-8')
        print(f'peak RSS after converting the 1 MB corpus: {peak_memory_mb(corpus_file):.1f} MB')
        cores = os.cpu_count() or 1
        one, many = cli_seconds(corpus_file, 1), cli_seconds(corpus_file, cores)
        print(f'hanjaconv convert on the 1 MB corpus, wall time: {one:.1f} s in one process, {many:.1f} s with '
              f'--jobs {cores} ({chars / many:,.0f} chars/s)')
        sizes = (100_000, 1_000_000) if args.quick else (100_000, 1_000_000, 10_000_000)
        for size in sizes:
            part = repeat_to(base, size)
            n = sum(map(len, part))
            t = timed(hanjaconv.convert, part)
            print(f'scaling: {n / 1e6:5.1f} M chars in {t:6.2f} s = {n / t:,.0f} chars/s')
        if not args.quick:
            size, peak, t = cli_memory_mb(base, args.cli_mb, tmp)
            print(f'hanjaconv convert on a {size:.0f} MB file: {t:.0f} s, peak RSS {peak:.0f} MB')


if __name__ == '__main__':
    main()
