"""Issue #6, properties: hypothesis over arbitrary Unicode, style read-back, hash seeds.

Generated text mixes Korean words (so that conversions actually happen) with every kind
of hostile character: conjoining and compatibility jamo, unified/extension/compatibility
Hanja (astral ones too), Latin, digits, emoji, combining marks, control characters,
bidi controls and right-to-left scripts, lone surrogates, CR/LF/NEL/U+2028 line breaks,
parentheses, HTML metacharacters and very long lines.
"""
from __future__ import annotations

import html
import json
import os
import random
import subprocess
import sys

import regex
from hypothesis import HealthCheck, example, given, settings, strategies as st

import hanjaconv
from hanjaconv import reads_as, to_hangul
from hanjaconv.sentences import split_sentences

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETTINGS = dict(deadline=None, derandomize=True,  # the same verdict on the same code (see test_invariants)
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ----- generators ---------------------------------------------------------------------
WORDS = ['성능은', '품질과', '인공지능용', '시장', '경제가', '사기', '사회적으로', '위반하여', '대한민국',
         '하지만', '가장', '데이터의', '양', '3개', '2월', '일백', '사십', '학교에서', '공부했다', '각의',
         '性能', '品質', '量', '市場', '經濟', '漢字', '成', '성능(性能)', '品質(품질)', '시장 경제']
HANGUL = st.integers(0xAC00, 0xD7A3).map(chr)
CONJOINING_JAMO = st.integers(0x1100, 0x11FF).map(chr)
COMPAT_JAMO = st.integers(0x3131, 0x318E).map(chr)
HANJA = st.one_of(st.integers(0x4E00, 0x9FFF), st.integers(0x3400, 0x4DBF), st.integers(0xF900, 0xFAFF),
                  st.integers(0x20000, 0x2A6DF)).map(chr)
SPECIAL = st.sampled_from(list('\r\n\t \x00\x07\x1b\x7f\x85\u2028\u2029\x0b\x0c\x1c\u200b\u200d\ufeff'
                               '\u202e\u202d\u200f\u061c\u0301\u0308\u3099()（）[]<>&"\'.?!…。;'
                               '\ud800\udbff\udc00\udfff\ufffd\U0001F600\U0001F1F0\U0001F1F7'
                               'שלוםمرحبا0123456789abcXYZ'))
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())


def _text(jamo: bool):
    pieces = [st.sampled_from(WORDS), st.text(HANGUL, min_size=1, max_size=6), COMPAT_JAMO, HANJA,
              SPECIAL, ANY_CHAR]
    if jamo:
        pieces.append(st.text(CONJOINING_JAMO, min_size=1, max_size=4))
    text = st.lists(st.one_of(*pieces), max_size=30).map(''.join)
    if not jamo:
        text = text.map(lambda t: regex.sub('[\u1100-\u11ff]', '', t))  # ANY_CHAR may draw them
    return text


TEXT = _text(jamo=False)
TEXT_WITH_JAMO = _text(jamo=True)
STYLE_KW = st.fixed_dictionaries({'first_only': st.booleans(), 'basic_only': st.booleans()})


def has_hanja(text: str) -> bool:
    return any(hanjaconv._hangul.is_hanja(c) for c in text)


def is_syllable(c: str) -> bool:
    return '\uac00' <= c <= '\ud7a3'


# ----- convert, style 'hanja' ---------------------------------------------------------------
@settings(max_examples=300, **SETTINGS)
@given(TEXT, STYLE_KW)
def test_hanja_style_keeps_length_and_changes_only_syllables_to_readable_hanja(text, kw):
    out = hanjaconv.convert(text, **kw)
    assert isinstance(out, str) and len(out) == len(text)
    for a, b in zip(text, out):
        if a != b:
            assert is_syllable(a) and hanjaconv._hangul.is_hanja(b), (a, b)
            assert reads_as(b, a), (a, b)


@settings(max_examples=200, **SETTINGS)
@given(TEXT, st.sampled_from(hanjaconv.STYLES), STYLE_KW)
def test_convert_never_raises_on_a_str(text, style, kw):
    assert isinstance(hanjaconv.convert(text, style=style, **kw), str)
    for seg in hanjaconv.segment(text):
        assert 0 <= seg.start < seg.end <= len(text)


@settings(max_examples=300, **SETTINGS)
@given(TEXT)
@example('3개사십될경제가')  # (found by the fuzzer: 經濟 converted here, then 個四十 before it on a second pass)
@example('일백시장경제가은성능')  # (found by the fuzzer: the native 가은 stayed inside the run, then became 加恩
# between the Hanja of a second pass)
def test_reads_back_and_is_idempotent(text):
    out = hanjaconv.convert(text)
    assert to_hangul(out) == to_hangul(text)
    if not has_hanja(text):
        assert to_hangul(out) == text
    assert hanjaconv.convert(out) == out


@settings(max_examples=150, **SETTINGS)
@given(TEXT_WITH_JAMO)
def test_conjoining_jamo_compose_and_only_converted_words_shrink(text):
    """README: decomposed Hangul converts like its composed form; the output is shorter
    than the input only by the jamo that became Hanja."""
    out = hanjaconv.convert(text)
    segs = [s for s in hanjaconv.segment(text) if s.hanja is not None]
    # each converted word covers text[start:end] and becomes len(hanja) characters
    assert len(out) == len(text) - sum((s.end - s.start) - len(s.hanja) for s in segs)
    assert to_hangul(out) == to_hangul(_compose_converted(text, segs))
    assert hanjaconv.convert(out) == out


def _compose_converted(text: str, segs) -> str:
    """text with each converted span replaced by its Hangul (composed) reading."""
    out, pos = [], 0
    for s in segs:
        out.append(text[pos:s.start])
        out.append(s.hangul)
        pos = s.end
    out.append(text[pos:])
    return ''.join(out)


@settings(max_examples=100, **SETTINGS)
@given(st.lists(st.sampled_from(['성능', '품질', '\u1109\u1165\u11bc\u1102\u1173\u11bc', '은 ', '\u1100\u1161']),
               max_size=12).map(''.join))
def test_nfd_words_convert_like_nfc(text):
    import unicodedata
    out = hanjaconv.convert(text)
    assert unicodedata.normalize('NFC', out) == hanjaconv.convert(unicodedata.normalize('NFC', text))


# ----- to_hangul and split_sentences ---------------------------------------------------------
@settings(max_examples=300, **SETTINGS)
@given(st.one_of(TEXT, TEXT_WITH_JAMO))
def test_to_hangul_keeps_length_and_non_hanja(text):
    read = to_hangul(text)
    assert len(read) == len(text)
    for a, b in zip(text, read):
        assert a == b or hanjaconv._hangul.is_hanja(a)


@settings(max_examples=400, **SETTINGS)
@given(st.one_of(TEXT, TEXT_WITH_JAMO, st.text(SPECIAL, max_size=40)))
def test_split_sentences_is_lossless(text):
    parts = split_sentences(text)
    assert ''.join(parts) == text
    assert all(parts)


# ----- the glossing styles read back ---------------------------------------------------------
# Gloss removal must be unambiguous, so these generators leave out what would look like
# a gloss already in the input:
#  - 'hangul(hanja)': no '(' directly followed by a Hanja in the input (the input
#    '성능(性能)' would lose its own '(性能)' when glosses are removed);
#  - 'hanja(hangul)': no Hanja directly followed by '(' in the input ('性能(성능)' would
#    be read as a gloss).
# Parentheses, brackets and HTML elsewhere are generated (PAREN_TEXT) and must survive.
PAREN_TEXT = st.lists(st.one_of(st.sampled_from(WORDS[:20]), st.sampled_from(list('()（）<>&;"\' ')),
                                st.sampled_from(['<ruby>', '</rt>', '&amp;', '&lt;', '&#44032;', '(성능)',
                                                 '성능(', ')품질']),
                                TEXT.filter(lambda t: len(t) < 6)), max_size=20).map(''.join)
STYLE_TEXT = st.one_of(TEXT, PAREN_TEXT)
_HAN = r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]'


def _no_hanja_gloss_after_paren(t: str) -> bool:
    return not regex.search(r'[(（]' + _HAN, t)


def _no_paren_after_hanja(t: str) -> bool:
    return not regex.search(_HAN + r'[(（]', t)


def strip_hangul_hanja(out: str) -> str:
    """Remove each '(HANJA…)' directly after the Hangul it glosses (checking that it does)."""
    def repl(m):
        hanja = m.group(1)
        before = out[max(0, m.start() - len(hanja)):m.start()]
        assert len(before) == len(hanja) and all(map(is_syllable, before)), (before, hanja)
        assert reads_as(hanja, before), (before, hanja)
        return ''
    return regex.sub(r'\((' + _HAN + r'+)\)', repl, out)


def strip_hanja_hangul(out: str) -> str:
    """Replace each 'HANJA(hangul)' by its hangul (the Hanja being the last len(hangul))."""
    def repl(m):
        hanja_run, hangul = m.group(1), m.group(2)
        assert len(hanja_run) >= len(hangul), m.group()
        keep, hanja = hanja_run[:len(hanja_run) - len(hangul)], hanja_run[len(hanja_run) - len(hangul):]
        assert reads_as(hanja, hangul), (hanja, hangul)
        return keep + hangul
    return regex.sub('(' + _HAN + r'+)\(([\uac00-\ud7a3]+)\)', repl, out)


def strip_ruby(out: str) -> str:
    def repl(m):
        assert reads_as(html.unescape(m.group(1)), m.group(2)), m.group()
        return m.group(2)
    return html.unescape(regex.sub(r'<ruby>(.*?)<rt>(.*?)</rt></ruby>', repl, out))


@settings(max_examples=250, **SETTINGS)
@given(STYLE_TEXT.filter(_no_hanja_gloss_after_paren), STYLE_KW)
def test_hangul_hanja_style_reads_back(text, kw):
    out = hanjaconv.convert(text, style='hangul(hanja)', **kw)
    assert strip_hangul_hanja(out) == text


@settings(max_examples=250, **SETTINGS)
@given(STYLE_TEXT.filter(_no_paren_after_hanja), STYLE_KW)
def test_hanja_hangul_style_reads_back(text, kw):
    out = hanjaconv.convert(text, style='hanja(hangul)', **kw)
    assert strip_hanja_hangul(out) == text


@settings(max_examples=250, **SETTINGS)
@given(STYLE_TEXT, STYLE_KW)
def test_ruby_style_reads_back(text, kw):
    out = hanjaconv.convert(text, style='ruby', **kw)
    assert strip_ruby(out) == text
    # nothing outside <ruby> markup is an unescaped '<' or '&'
    rest = regex.sub(r'<ruby>.*?<rt>.*?</rt></ruby>', '', out)
    assert '<' not in rest and '>' not in rest
    assert not regex.search(r'&(?!amp;|lt;|gt;)', rest)


def test_glosses_are_the_words_the_hanja_style_converts():
    text = '성능과 품질, <b>시장 경제</b> & 인공지능용 (사기)'
    runs = regex.findall(_HAN + '+', hanjaconv.convert(text))
    assert runs
    assert regex.findall(r'\((' + _HAN + r'+)\)', hanjaconv.convert(text, style='hangul(hanja)')) == runs
    assert regex.findall('(' + _HAN + r'+)\(', hanjaconv.convert(text, style='hanja(hangul)')) == runs
    assert regex.findall(r'<ruby>(.*?)<rt>', hanjaconv.convert(text, style='ruby')) == runs


# ----- hash seeds -----------------------------------------------------------------------------
def _sample_texts() -> list[str]:
    rnd = random.Random(6)
    texts = []
    cases = os.path.join(ROOT, 'tests', 'cases', 'conversion.tsv')
    if os.path.exists(cases):
        with open(cases, encoding='utf-8') as f:
            texts += [line.split('\t')[0] for line in f if line.strip() and not line.startswith('#')][:300]
    vocab = WORDS + ['사기가 높다', '사기를 당했다', '이상', '정부', '부정', '의사', '전기', '수도', '지도',
                     '사고', '기사', '조사', '공사', '연기', '유리', '부자', '사전', '방화']
    for _ in range(200):
        texts.append(' '.join(rnd.choice(vocab) for _ in range(rnd.randint(1, 12))))
    return texts


_HASHSEED_SCRIPT = r'''
import json, sys
import hanjaconv
from hanjaconv.sentences import split_sentences
texts = json.load(sys.stdin)
c = hanjaconv.Converter()
c.add_word('사기', '士氣')
out = []
for t in texts:
    out.append([hanjaconv.convert(t)] + [hanjaconv.convert(t, style=s) for s in hanjaconv.STYLES[1:]]
               + [c.convert(t), hanjaconv.to_hangul(hanjaconv.convert(t)), split_sentences(t),
                  [[s.start, s.end, s.hanja, s.rule, list(s.candidates)] for s in hanjaconv.segment(t)],
                  hanjaconv.candidates(t.split(' ')[0])[:5] if t.split(' ')[0] else []])
json.dump(out, sys.stdout, ensure_ascii=False)
'''


def _run_with_seed(seed: str, texts: list[str]):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, '-c', _HASHSEED_SCRIPT], input=json.dumps(texts).encode(),
                       capture_output=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    return json.loads(r.stdout)


def test_same_output_under_other_hash_seeds():
    texts = _sample_texts()
    a, b, c = (_run_with_seed(seed, texts) for seed in ('0', '1', '4242'))
    assert a == b == c
    # and it is what this process says
    assert [row[0] for row in a] == [hanjaconv.convert(t) for t in texts]


# ----- the fuzz harness, briefly ------------------------------------------------------------
def test_fuzz_harness_runs_briefly():
    r = subprocess.run([sys.executable, os.path.join(ROOT, 'fuzz', 'fuzz_hanjaconv.py'),
                        '--seconds', '3', '--seed', '1'],
                       capture_output=True, env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    assert r.returncode == 0, (r.stdout + r.stderr).decode()[-3000:]
    assert b'inputs' in r.stdout


def test_fuzz_harness_reports_a_broken_invariant():
    """The harness can fail: give it a convert that breaks the length rule."""
    sys.path.insert(0, os.path.join(ROOT, 'fuzz'))
    try:
        import fuzz_hanjaconv
    finally:
        sys.path.pop(0)
    import pytest
    with pytest.raises(AssertionError):
        fuzz_hanjaconv.check_text('성능은 좋다', convert=lambda t, **kw: t + 'x')


def test_read_back_restores_the_prior_before_giving_up():
    # a word context moved (制可) makes its neighbour read otherwise (兩家 after 制可 reads 량가);
    # the prior's choice (齊家) reads back, and is what converting the output again would choose
    from hanjaconv._choice import Item
    from hanjaconv._readback import check_readings
    text = '의경제가양가'
    items = [Item(0, 2, '의경', 'word', ('義警',), '義警', 'only'),
             Item(2, 4, '제가', 'word', ('齊家', '制可'), '制可', 'context'),
             Item(4, 6, '양가', 'word', ('兩家',), '兩家', 'only')]
    checked = check_readings(text, items)
    assert [(s.hanja, s.rule) for s in checked] == [('義警', 'only'), ('齊家', 'rank'), ('兩家', 'only')]
