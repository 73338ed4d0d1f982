"""Issue #6, the command line under bad conditions: broken input, missing or unreadable
files, closed or full stdout, interrupted runs, and huge inputs in bounded memory
(peak RSS of the CLI subprocess via resource.getrusage(RUSAGE_CHILDREN), never time)."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from hanjaconv import Converter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get('PYTHONPATH', ''))
UNIT = '생성형 AI의 성능은 데이터의 품질과 양. 시장 경제가 좋다! abc 123 '


def run(*args, input=b'', **kw):
    return subprocess.run([sys.executable, '-m', 'hanjaconv', *args], input=input, capture_output=True,
                          env=ENV, timeout=600, **kw)


def shell(cmd: str):
    return subprocess.run(['bash', '-c', cmd], capture_output=True, env=ENV, timeout=600)


def one_line_error(r, status=1) -> str:
    err = r.stderr.decode('utf-8', 'replace')
    assert r.returncode == status, (r.returncode, err)
    assert err.startswith('hanjaconv: ') and err.count('\n') == 1 and 'Traceback' not in err, err
    return err


def leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# ----- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize('data, offset', [(b'\xff', 0), ('성능\n'.encode() + b'\xc3\x28', 7),
                                          ('가나'.encode()[:-1], 3), (b'abc\xed\xa0\x80', 3)])
def test_non_utf8_stdin(data, offset):
    err = one_line_error(run('convert', input=data))
    assert '<stdin>' in err and f'byte offset {offset}' in err


def test_non_utf8_in_second_file_leaves_no_output_and_keeps_the_old_one(tmp_path):
    good, bad = tmp_path / 'good.txt', tmp_path / 'bad.txt'
    good.write_text('성능\n' * 1000, encoding='utf-8')
    bad.write_bytes('품질\n'.encode() * 10 + b'\x80\n')
    out = tmp_path / 'out.txt'
    err = one_line_error(run('convert', str(good), str(bad), '-o', str(out)))
    assert 'bad.txt' in err and 'byte offset 70' in err
    assert leftovers(tmp_path) == ['bad.txt', 'good.txt']
    out.write_text('old content', encoding='utf-8')
    one_line_error(run('convert', str(good), str(bad), '-o', str(out)))
    assert out.read_text(encoding='utf-8') == 'old content'
    assert leftovers(tmp_path) == ['bad.txt', 'good.txt', 'out.txt']


def test_missing_file_and_directory(tmp_path):
    out = tmp_path / 'out.txt'
    assert 'no such file' in one_line_error(run('convert', str(tmp_path / 'nope.txt'), '-o', str(out)))
    assert 'directory' in one_line_error(run('convert', str(tmp_path)))
    assert leftovers(tmp_path) == []
    assert 'no such file' in one_line_error(run('diff', str(tmp_path / 'a'), str(tmp_path / 'b')))


@pytest.mark.skipif(hasattr(os, 'geteuid') and os.geteuid() == 0, reason='root reads unreadable files')
def test_unreadable_file(tmp_path):
    src = tmp_path / 'secret.txt'
    src.write_text('성능', encoding='utf-8')
    src.chmod(0)
    try:
        err = one_line_error(run('convert', str(src), '-o', str(tmp_path / 'out.txt')))
        assert 'secret.txt' in err and 'ermission' in err
        assert leftovers(tmp_path) == ['secret.txt']
    finally:
        src.chmod(0o600)


def test_unwritable_output(tmp_path):
    src = tmp_path / 'in.txt'
    src.write_text('성능', encoding='utf-8')
    err = one_line_error(run('convert', str(src), '-o', str(tmp_path / 'no' / 'dir' / 'out.txt')))
    assert 'out.txt' in err
    one_line_error(run('convert', str(src), '-o', str(tmp_path)))  # a directory
    assert leftovers(tmp_path) == ['in.txt']


def test_full_stdout():
    r = shell(f'"{sys.executable}" -m hanjaconv convert <<< "성능" > /dev/full')
    one_line_error(r)


def test_bad_user_dictionary_on_the_command_line(tmp_path):
    d = tmp_path / 'd.tsv'
    d.write_bytes('사기\t史記\n'.encode() + b'\x00\xff\xfe junk\n')
    err = one_line_error(run('convert', '--dict', str(d), input='사기'.encode()))
    assert 'd.tsv' in err and 'line 2' in err
    d.write_text('사기\t史記\n시장\t西江\n', encoding='utf-8')
    err = one_line_error(run('convert', '--dict', str(d), '-o', str(tmp_path / 'o.txt'), input=b'x'))
    assert 'line 2' in err and 'does not read as' in err
    assert leftovers(tmp_path) == ['d.tsv']


def test_line_ends_and_odd_characters_pass_through_byte_exact():
    text = '성능\r\n품질\r시장\n\n경제\x85\u2028사기\x00\x0b\x0c\u202e끝'
    r = run('convert', input=text.encode())
    assert r.returncode == 0 and r.stderr == b''
    assert r.stdout.decode() == Converter().convert(text)
    assert len(r.stdout.decode()) == len(text)


# ----- closed output -----------------------------------------------------------------------------
def _big(tmp_path, lines=60000):
    p = tmp_path / 'big.txt'
    p.write_text((UNIT + '\n') * lines, encoding='utf-8')
    return p


@pytest.mark.parametrize('reader', ['head -c 100', 'head -n 1'])
def test_pipe_into_head_is_quiet_with_status_1(tmp_path, reader):
    big = _big(tmp_path, lines=20000)
    r = shell(f'set -o pipefail; "{sys.executable}" -m hanjaconv convert "{big}" | {reader}')
    assert r.stderr == b''
    assert r.returncode in (0, 1)  # 0 only when everything fit into the pipe before the reader left
    r = shell(f'set -o pipefail; "{sys.executable}" -m hanjaconv convert < "{big}" | {reader} > /dev/null')
    assert r.stderr == b'' and r.returncode == 1


@pytest.mark.parametrize('cmd', ['convert "{f}" >&-', 'convert <&-', 'candidates 성능 >&-', 'diff "{f}" "{f}" >&-'])
def test_closed_stdout_or_stdin_gives_one_line(tmp_path, cmd):
    f = tmp_path / 'in.txt'
    f.write_text('성능\n', encoding='utf-8')
    one_line_error(shell(f'"{sys.executable}" -m hanjaconv ' + cmd.format(f=f)))


def test_interrupt_leaves_no_partial_output(tmp_path):
    big = _big(tmp_path, lines=200000)
    out = tmp_path / 'out.txt'
    p = subprocess.Popen([sys.executable, '-m', 'hanjaconv', 'convert', str(big), '-o', str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    for _ in range(600):  # until the temporary output file has some data
        tmp = [q for q in tmp_path.iterdir() if q.name.endswith('.tmp')]
        if tmp and tmp[0].stat().st_size > 0 or p.poll() is not None:
            break
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=300)
    if p.returncode == 0:  # finished before the signal: then the output is complete
        pytest.skip('conversion finished before the interrupt')
    assert p.returncode == 130 and err.decode() == 'hanjaconv: interrupted\n'
    assert leftovers(tmp_path) == ['big.txt']


# ----- bounded memory ----------------------------------------------------------------------------
_RSS_SCRIPT = r'''
import hashlib, resource, subprocess, sys, threading
unit, size, mode = sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3]
cmd = [sys.executable, '-m', 'hanjaconv', 'convert'] + sys.argv[4:]
p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
piece = unit + b'\n' if mode == 'lines' else unit
size -= size % len(piece)  # whole characters only
def feed():
    block = piece * max(1, (1 << 20) // len(piece))
    sent = 0
    while sent < size:
        chunk = block[:size - sent]
        p.stdin.write(chunk)
        sent += len(chunk)
    p.stdin.close()
t = threading.Thread(target=feed); t.start()
h, n = hashlib.sha256(), 0
for chunk in iter(lambda: p.stdout.read(1 << 20), b''):
    h.update(chunk); n += len(chunk)
t.join(); p.wait()
print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, n, h.hexdigest())
'''


def cli_peak_rss(size: int, mode: str = 'line', unit: str = UNIT) -> tuple[int, int, int, str]:
    """Run the CLI on `size` bytes of `unit` repeated (one line, or lines) fed through stdin;
    (status, peak RSS in KiB, output bytes, output sha256)."""
    r = subprocess.run([sys.executable, '-c', _RSS_SCRIPT, unit, str(size), mode], capture_output=True,
                       env=ENV, timeout=7200)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    status, rss, n, digest = r.stdout.split()
    return int(status), int(rss), int(n), digest.decode()


def test_long_single_line_in_bounded_memory():
    """A 4.4 MB single line (four times the CLI's piece limit) costs about the memory of 1.1 MB,
    and the pieces convert exactly as the whole line does."""
    small = cli_peak_rss(1_100_000)
    large = cli_peak_rss(4_400_000)
    assert small[0] == large[0] == 0
    assert large[1] < small[1] * 1.25 + 16_000, (small[1], large[1])  # KiB
    expected = Converter().convert(UNIT * (1_100_000 // len(UNIT.encode()))).encode()
    assert small[2] == len(expected) and small[3] == hashlib.sha256(expected).hexdigest()


@pytest.mark.slow
def test_100_mb_single_line_in_bounded_memory():
    baseline = cli_peak_rss(100_000)
    status, rss, n, _ = cli_peak_rss(100_000_000)
    assert status == 0 and n > 100_000_000 * 0.9
    assert rss < baseline[1] + 100_000, (baseline[1], rss)  # KiB: at most ~100 MB over a tiny run


@pytest.mark.slow
def test_1_gb_file_through_the_command_line_in_bounded_memory():
    baseline = cli_peak_rss(100_000, mode='lines')
    status, rss, n, _ = cli_peak_rss(1_000_000_000, mode='lines')
    assert status == 0 and n > 1_000_000_000 * 0.9
    assert rss < baseline[1] + 100_000, (baseline[1], rss)


@pytest.mark.slow
def test_long_hangul_run_without_spaces_in_bounded_memory():
    baseline = cli_peak_rss(100_000, unit='성능')
    status, rss, _, _ = cli_peak_rss(3_000_000, unit='성능')
    assert status == 0 and rss < baseline[1] + 100_000
