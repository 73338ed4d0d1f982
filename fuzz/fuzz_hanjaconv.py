#!/usr/bin/env python
"""Fuzz hanjaconv: convert (every style), to_hangul, split_sentences, diff and the
user-dictionary loader, checking the invariants of issue #6 on every input.

    python fuzz/fuzz_hanjaconv.py --seconds 60              # random + mutated inputs
    python fuzz/fuzz_hanjaconv.py --seconds 3600 --seed 7   # longer, reproducible
    python fuzz/fuzz_hanjaconv.py --atheris -max_total_time=600   # coverage-guided (pip install atheris)

Each input is checked by `check_text` (and `check_userdict` for dictionary bytes); a
broken invariant, an unexpected exception or an input slower than --slow seconds is
printed with the input's repr and the run exits with status 1. Failures found here
become regression tests in tests/ (test_hostile_input.py, test_reliability.py).
Exceptions that match KNOWN_BUGS are counted and listed but do not fail the run unless
--strict is given; remove an entry when its bug is fixed.
"""
from __future__ import annotations

import argparse
import html
import io
import os
import random
import signal
import sys
import time
import traceback
import unicodedata

import regex

import hanjaconv
from hanjaconv import Converter, DictionaryError, reads_as, to_hangul
from hanjaconv.diff import diff
from hanjaconv.sentences import split_sentences

HAN = r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]'
_HAN_RE = regex.compile(HAN)
_JAMO_RE = regex.compile('[\u1100-\u11ff]')

# Known bugs, reported to the converter's owner with xfail tests; (exception type, text in
# the formatted traceback).  Remove an entry when its test starts passing.
KNOWN_BUGS: list[tuple[type, str]] = []  # (exception type, file it is raised in), while a bug is open


class SlowInput(Exception):
    pass


def is_syllable(c: str) -> bool:
    return '\uac00' <= c <= '\ud7a3'


def is_hanja(c: str) -> bool:
    return bool(_HAN_RE.fullmatch(c))


# ----- the invariants ----------------------------------------------------------------------
def check_text(text: str, convert=None, converter: Converter | None = None) -> None:
    """Every invariant that holds for any str; raises AssertionError (or the bug) if not."""
    convert = convert or hanjaconv.convert
    out = convert(text)
    assert isinstance(out, str)
    jamo = bool(_JAMO_RE.search(text))
    if not jamo:
        assert len(out) == len(text), ('length', len(text), len(out))
        for a, b in zip(text, out):
            if a != b:
                assert is_syllable(a) and is_hanja(b) and reads_as(b, a), ('changed', a, b)
        for d in diff(text, out):  # the converter's own output has no diff errors
            assert not d.errors, ('diff error', d.errors)
    assert to_hangul(out) == to_hangul(_compose_segments(text, out) if jamo else text), 'to_hangul'
    if not jamo and not any(map(is_hanja, text)):
        assert to_hangul(out) == text, 'reads back'
    assert convert(out) == out, 'idempotent'
    assert ''.join(split_sentences(text)) == text, 'split_sentences'
    for kw in ({}, {'first_only': True}, {'basic_only': True}):
        for style in hanjaconv.STYLES[1:]:
            styled = convert(text, style=style, **kw)
            if jamo:
                continue
            if style == 'hangul(hanja)' and not regex.search(r'[(（]' + HAN, text):
                assert strip_hangul_hanja(styled) == text, (style, kw, styled)
            elif style == 'hanja(hangul)' and not regex.search(HAN + r'[(（]', text):
                assert strip_hanja_hangul(styled) == text, (style, kw, styled)
            elif style == 'ruby':
                assert strip_ruby(styled) == text, (style, kw, styled)
    if converter is not None:
        assert converter.convert(converter.convert(text)) == converter.convert(text)


def _compose_segments(text: str, out: str) -> str:
    """For jamo input: the text with each converted word in composed Hangul."""
    parts, pos = [], 0
    for s in hanjaconv.segment(text):
        if s.hanja is not None:
            parts += [text[pos:s.start], s.hangul]
            pos = s.end
    return ''.join(parts) + text[pos:]


def strip_hangul_hanja(out: str) -> str:
    def repl(m):
        hanja = m.group(1)
        before = out[max(0, m.start() - len(hanja)):m.start()]
        assert len(before) == len(hanja) and all(map(is_syllable, before)) and reads_as(hanja, before), m.group()
        return ''
    return regex.sub(r'\((' + HAN + r'+)\)', repl, out)


def strip_hanja_hangul(out: str) -> str:
    def repl(m):
        run, hangul = m.group(1), m.group(2)
        assert len(run) >= len(hangul) and reads_as(run[len(run) - len(hangul):], hangul), m.group()
        return run[:len(run) - len(hangul)] + hangul
    return regex.sub('(' + HAN + r'+)\(([\uac00-\ud7a3]+)\)', repl, out)


def strip_ruby(out: str) -> str:
    return html.unescape(regex.sub(r'<ruby>(.*?)<rt>(.*?)</rt></ruby>', lambda m: m.group(2), out))


PROBE = '사기 시장 성능은 품질과 경제 연기 의사 전기'


def check_userdict(data: bytes) -> None:
    """Loading arbitrary bytes either works or raises DictionaryError; all or nothing."""
    c = Converter()
    c.add_word('성능', '性能')
    before_state, before_out = repr(sorted(c.__getstate__().items())), c.convert(PROBE)
    text = data.decode('utf-8', 'replace')
    for source in (io.StringIO(text),):
        try:
            n = c.load_userdict(source)
        except DictionaryError as e:
            assert e.line >= 1 and e.reason and str(e.line) in str(e), e
            assert repr(sorted(c.__getstate__().items())) == before_state, 'state changed after an error'
            assert c.convert(PROBE) == before_out
            return
        assert n >= 0
        for line in text.splitlines():
            cells = line.split('\t')
            if len(cells) >= 2 and cells[0].strip() and not cells[0].lstrip().startswith('#') and n:
                key = cells[0].strip()
                if key in c._user:
                    assert c.candidates(key)[0][0] == c._user[key][0]
        check_text(PROBE + ' ' + ' '.join(c._user), converter=c)


# ----- inputs --------------------------------------------------------------------------------
WORDS = ['성능은', '품질과', '인공지능용', '시장', '경제가', '사기', '사회적으로', '위반하여', '대한민국',
         '하지만', '가장', '데이터의', '양', '3개', '2월', '일백', '사십', '학교에서', '공부했다', '각', '의',
         '로만', '에서', '은', '하다', '했다', '性能', '品質', '量', '市場', '經濟', '漢字', '성능(性能)',
         '品質(품질)', '<ruby>', '&amp;', '“', '”', '.', '...', '…', '?', '!', ' ', '\n', '\r\n', '\t']
SPECIALS = list('\x00\x07\x1b\x7f\x85\u2028\u2029\x0b\x0c\x1c\u200b\u200d\ufeff\u202e\u200f\u0301\u3099'
                '()（）[]<>&"\'\ud800\udfff\ufffd\U0001F600שمabcXYZ0123456789ㄱㅏ')


def _random_char(rnd: random.Random) -> str:
    k = rnd.random()
    if k < 0.35:
        return chr(rnd.randint(0xAC00, 0xD7A3))
    if k < 0.45:
        return chr(rnd.choice([rnd.randint(0x4E00, 0x9FFF), rnd.randint(0xF900, 0xFAFF),
                               rnd.randint(0x3400, 0x4DBF), rnd.randint(0x20000, 0x2A6DF)]))
    if k < 0.5:
        return chr(rnd.randint(0x1100, 0x11FF))
    if k < 0.75:
        return rnd.choice(SPECIALS)
    return chr(rnd.randint(0, 0x10FFFF))


def random_text(rnd: random.Random, corpus: list[str]) -> str:
    mode = rnd.random()
    if mode < 0.4:
        parts = [rnd.choice(WORDS) if rnd.random() < 0.7 else _random_char(rnd) for _ in range(rnd.randint(0, 30))]
        return ''.join(parts)
    if mode < 0.75 and corpus:
        return mutate(rnd, rnd.choice(corpus))
    if mode < 0.8:  # long repetition: deep recursion and super-linear work
        return rnd.choice(['', '각', '성능']) + rnd.choice(WORDS[:25] + ['의', '로만']) * rnd.randint(50, 1200)
    if mode < 0.85:  # NFD
        return unicodedata.normalize('NFD', rnd.choice(corpus) if corpus else '성능은 품질')
    return ''.join(_random_char(rnd) for _ in range(rnd.randint(0, 60)))


def mutate(rnd: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rnd.randint(1, 6)):
        op = rnd.randrange(5)
        i = rnd.randint(0, len(chars))
        if op == 0:
            chars.insert(i, _random_char(rnd))
        elif op == 1 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == 2:
            chars[i:i] = rnd.choice(WORDS)
        elif op == 3 and chars:
            j = rnd.randint(i, len(chars))
            chars[i:i] = chars[i:j]
        elif chars:
            chars[min(i, len(chars) - 1)] = _random_char(rnd)
    return ''.join(chars)


def random_userdict(rnd: random.Random) -> bytes:
    good = ['사기\t史記', '성능\t性能', '시장\t市場 市長', '품질\t品質', '# comment', '', '  ']
    bad = ['시장\t西江', 'sagi\t史記', '사기\t史', '사기 史記', '사기\t\t\t', '\x00\x01', '사기\t史기',
           '한\u1100\t漢', '\ufeff사기\t史記']
    lines = [rnd.choice(good if rnd.random() < 0.8 else bad) for _ in range(rnd.randint(0, 8))]
    data = rnd.choice(['\n', '\r\n', '\r']).join(lines).encode('utf-8')
    if rnd.random() < 0.2:
        data = b'\xef\xbb\xbf' + data
    if rnd.random() < 0.2:
        i = rnd.randint(0, len(data))
        data = data[:i] + bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 4))) + data[i:]
    return data


def load_corpus() -> list[str]:
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, '..', 'tests', 'cases', 'conversion.tsv')
    corpus = []
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            corpus = [line.split('\t')[0] for line in f if line.strip() and not line.startswith('#')]
    return corpus or ['생성형 AI의 성능은 데이터의 품질과 양', '시장 경제', '사기가 높다']


# ----- drivers -------------------------------------------------------------------------------
def _known(exc: BaseException) -> bool:
    tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return any(isinstance(exc, t) and where in tb for t, where in KNOWN_BUGS)


def _alarm(signum, frame):
    raise SlowInput()


def run_random(seconds: float, seed: int, slow: float, strict: bool) -> int:
    rnd = random.Random(seed)
    corpus = load_corpus()
    use_alarm = hasattr(signal, 'setitimer')
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    deadline = time.monotonic() + seconds
    count = known = 0
    known_inputs: list[str] = []
    while time.monotonic() < deadline:
        is_dict = rnd.random() < 0.1
        value = random_userdict(rnd) if is_dict else random_text(rnd, corpus)
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, slow)
            (check_userdict if is_dict else check_text)(value)
        except SlowInput:
            print(f'SLOW INPUT (> {slow} s): {value!r}'[:3000])
            return 1
        except Exception as exc:  # noqa: BLE001 - any exception is a finding
            if not strict and _known(exc):
                known += 1
                if len(known_inputs) < 3:
                    known_inputs.append(repr(value)[:200])
                continue
            print(f'FAILURE on input {value!r}'[:5000])
            traceback.print_exc()
            return 1
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        count += 1
    print(f'{count} inputs checked, 0 failures, {known} known-bug inputs (seed {seed})')
    for k in known_inputs:
        print('  known:', k)
    return 0


def run_atheris(argv: list[str]) -> int:  # pragma: no cover - needs atheris
    import atheris

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        kind = fdp.ConsumeIntInRange(0, 9)
        if kind == 0:
            check_userdict(fdp.ConsumeBytes(fdp.remaining_bytes()))
            return
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()) if kind < 8 else \
            fdp.ConsumeUnicode(fdp.remaining_bytes())
        try:
            check_text(text)
        except Exception as exc:  # noqa: BLE001
            if _known(exc):
                return
            raise

    atheris.instrument_all()
    atheris.Setup([sys.argv[0]] + argv, one_input)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--seconds', type=float, default=10, help='how long to run (random driver)')
    p.add_argument('--seed', type=int, default=None, help='random seed (default: time-based, printed)')
    p.add_argument('--slow', type=float, default=20, help='an input slower than this many seconds is a failure')
    p.add_argument('--strict', action='store_true', help='known bugs fail the run too')
    p.add_argument('--atheris', action='store_true', help='coverage-guided with atheris; other args go to libFuzzer')
    args, rest = p.parse_known_args(argv)
    if args.atheris:
        return run_atheris(rest)
    if rest:
        p.error(f'unknown arguments {rest}')
    seed = args.seed if args.seed is not None else int(time.time())
    hanjaconv.convert('성능')  # load the dictionaries before the clock matters
    return run_random(args.seconds, seed, args.slow, args.strict)


if __name__ == '__main__':
    sys.exit(main())
