"""Issue #6, hostile and bad input: wrong types, broken user dictionaries, pathological text,
and linear scaling (memory measured with tracemalloc, work with profiled call counts;
never wall-clock)."""
from __future__ import annotations

import io
import sys
import traceback
import tracemalloc

import pytest

import hanjaconv
from hanjaconv import Converter, DictionaryError
from hanjaconv.diff import diff
from hanjaconv.sentences import sentence_spans, split_sentences

BAD_VALUES = [None, b'\xec\x84\xb1\xeb\x8a\xa5', 3, 2.5, ['성능'], ('성능',), {'성능': 1}, bytearray(b'x')]


def _public_calls():
    c = Converter()
    return {
        'convert': hanjaconv.convert,
        'segment': hanjaconv.segment,
        'candidates': hanjaconv.candidates,
        'to_hangul': hanjaconv.to_hangul,
        'split_sentences': split_sentences,
        'sentence_spans': sentence_spans,
        'diff(source)': lambda v: diff(v, '성능'),
        'diff(converted)': lambda v: diff('성능', v),
        'Converter.convert': c.convert,
        'Converter.segment': c.segment,
        'Converter.candidates': c.candidates,
        'Converter.add_word(hangul)': lambda v: c.add_word(v, '性能'),
        'Converter.add_word(hanja)': lambda v: c.add_word('성능', v),
        'Converter.remove_word': c.remove_word,
        'Converter.protect': c.protect,
        'Converter.load_userdict': c.load_userdict,
    }


CALLS = _public_calls()


@pytest.mark.parametrize('bad', BAD_VALUES, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize('name', list(CALLS))
def test_wrong_type_raises_type_error_naming_it_at_the_entry_point(name, bad):
    if name == 'Converter.load_userdict' and isinstance(bad, (bytes, bytearray)):
        pytest.skip('bytes are a path for open(); tested separately')
    with pytest.raises(TypeError) as err:
        CALLS[name](bad)
    assert type(bad).__name__ in str(err.value)
    # raised by a check near the entry point, not by some operation deep inside
    frames = traceback.extract_tb(err.value.__traceback__)
    assert len(frames) <= 5, [f'{f.filename}:{f.lineno} {f.name}' for f in frames]


def test_wrong_type_leaves_converter_unchanged():
    c = Converter()
    c.add_word('사기', '史記')
    state = repr(sorted(c.__getstate__().items()))
    for bad in BAD_VALUES:
        for call in (lambda v: c.add_word(v, '史記'), lambda v: c.add_word('사기', v), c.remove_word, c.protect):
            with pytest.raises(TypeError):
                call(bad)
    assert repr(sorted(c.__getstate__().items())) == state


def test_str_subclass_is_accepted():
    class S(str):
        pass
    assert hanjaconv.convert(S('성능은')) == hanjaconv.convert('성능은')
    assert hanjaconv.to_hangul(S('性能')) == '성능'
    assert ''.join(split_sentences(S('가. 나'))) == '가. 나'


def test_bad_style_and_empty_text():
    with pytest.raises(ValueError, match='valid styles'):
        hanjaconv.convert('성능', style=None)
    for style in hanjaconv.STYLES:
        assert hanjaconv.convert('', style=style) == ''
    assert split_sentences('') == [] and diff('', '') == []


def test_userdict_binary_file_object_is_a_type_error_at_the_entry_point(tmp_path):
    p = tmp_path / 'u.tsv'
    p.write_text('사기\t史記\n', encoding='utf-8')
    with open(p, 'rb') as f, pytest.raises(TypeError) as err:
        Converter().load_userdict(f)
    assert 'bytes' in str(err.value) and 'load_userdict' in str(err.value)


# ----- user dictionaries ------------------------------------------------------------------------
PROBE = '사기 시장 성능은 품질과 경제 연기 의사 전기 史記'


def _state(c: Converter):
    return repr(sorted(c.__getstate__().items())), c.convert(PROBE), c.candidates('사기')


@pytest.mark.parametrize('content, count', [
    ('', 0),
    ('\n\n  \n\t\n', 0),
    ('# only a comment\n', 0),
    ('\ufeff사기\t史記\n', 1),                       # BOM
    ('\ufeff# BOM then comment\r\n사기\t史記\r\n', 1),  # BOM, CRLF
    ('사기\t史記\r시장\t市場\r', 2),                   # old Mac CR
    ('사기\t史記\r\n시장\t市場\n연기\t演技', 3),         # mixed, no final newline
    ('  # indented comment\n 사기 \t史記 士氣\n', 1),   # spaces around the key
    ('사기\t史記\t역사 사 + 기록할 기\n', 1),             # gloss column
    ('사기\t史記 史記\n', 1),                           # a value twice
])
def test_userdict_accepts_blank_lines_comments_bom_crlf(tmp_path, content, count):
    p = tmp_path / 'user.tsv'
    p.write_bytes(content.encode('utf-8'))
    c = Converter()
    assert c.load_userdict(p) == count
    assert Converter().load_userdict(io.StringIO(content)) == count
    if count:
        assert c.convert('사기를') == '史記를'


BAD_DICTS = [
    ('사기\t史記\n시장\t西江\n', 2, 'does not read as'),
    ('사기\t史記\n시장\t市場 西江\n', 2, 'does not read as'),
    ('sagi\t史記\n', 1, 'Hangul syllables only'),
    ('사a기\t史A記\n', 1, 'Hangul syllables only'),
    ('史記\t史記\n', 1, 'Hangul syllables only'),
    ('사 기\t史記\n', 1, 'Hangul syllables only'),
    ('\u1109\u1161\u1100\u1175\t史記\n', 1, 'Hangul syllables only'),   # conjoining jamo key
    ('ㅅㄱ\t史記\n', 1, 'Hangul syllables only'),
    ('\t史記\n', 1, 'Hangul syllables only'),
    ('사기\t史記\n# x\n사기\t士氣\n', 3, 'duplicate key'),
    ('사기\t史\n', 1, 'characters for a key'),
    ('사기\t史記傳\n', 1, 'characters for a key'),
    ('사기\t史기\n', 1, 'not a Hanja'),
    ('사기\t\n', 1, 'no Hanja'),
    ('사기 史記\n', 1, 'no tab'),
    ('사기\t史記\ta\tb\n', 1, 'columns'),
    ('사기\t史記\n\x00\x01\x02\x03\t\x04\n', 2, 'binary'),
    ('사기\t史\ufffd\n', 1, 'binary'),
    ('사기\t史記\n\ufeff시장\t市場\n', 2, 'Hangul syllables only'),     # a BOM in the middle
]


@pytest.mark.parametrize('content, line, reason', BAD_DICTS)
@pytest.mark.parametrize('via', ['path', 'file'])
def test_bad_userdict_names_file_line_reason_and_changes_nothing(tmp_path, content, line, reason, via):
    p = tmp_path / 'bad-dict.tsv'
    p.write_text(content, encoding='utf-8', newline='')
    c = Converter()
    c.add_word('연기', '延期')
    c.protect('전기')
    before = _state(c)
    if via == 'path':
        with pytest.raises(DictionaryError) as err:
            c.load_userdict(str(p))
    else:
        with open(p, encoding='utf-8', newline='') as f, pytest.raises(DictionaryError) as err:
            c.load_userdict(f)
    e = err.value
    assert isinstance(e, ValueError)
    assert 'bad-dict.tsv' in str(e) and e.line == line and f'line {line}' in str(e)
    assert reason in e.reason
    assert _state(c) == before


@pytest.mark.parametrize('junk', [b'\xff\xfe\x00\x00', b'\xc3\x28', b'\x80' * 10, bytes(range(0x80, 0x100)), bytes(range(0x0b, 0x100)),
                                  b'\xed\xa0\x80'])  # the last: an encoded surrogate
def test_binary_junk_userdict(tmp_path, junk):
    p = tmp_path / 'junk.tsv'
    p.write_bytes('사기\t史記\n시장\t市場\n'.encode() + junk + b'\n')
    c = Converter()
    before = _state(c)
    with pytest.raises(DictionaryError) as err:
        c.load_userdict(p)
    assert 'junk.tsv' in str(err.value) and err.value.line == 3 and err.value.reason
    assert _state(c) == before


def test_userdict_failure_after_earlier_success_keeps_the_earlier_words(tmp_path):
    c = Converter()
    assert c.load_userdict(io.StringIO('사기\t史記\n')) == 1
    before = _state(c)
    with pytest.raises(DictionaryError):
        c.load_userdict(io.StringIO('시장\t市場\n연기\t演技\n의사\t西江\n'))
    assert _state(c) == before and c.convert('사기를') == '史記를'


def test_missing_and_directory_userdict(tmp_path):
    c = Converter()
    with pytest.raises(FileNotFoundError):
        c.load_userdict(tmp_path / 'nope.tsv')
    with pytest.raises((IsADirectoryError, PermissionError)):
        c.load_userdict(tmp_path)


def test_userdict_line_numbers_count_only_real_line_breaks(tmp_path):
    p = tmp_path / 'user.tsv'
    p.write_text('# note\u2028continued\x85and\x0cmore\n사기\t史記\n', encoding='utf-8')
    assert Converter().load_userdict(p) == 1
    p.write_text('# note\u2028continued\n사기\t史記\n시장\t西江\n', encoding='utf-8')
    with pytest.raises(DictionaryError) as err:
        Converter().load_userdict(p)
    assert err.value.line == 3


# ----- pathological text -------------------------------------------------------------------------
@pytest.mark.parametrize('text', [
    '\ud800', '\udfff성능\ud800', '성능\x00품질', '\u202e성능은\u202c', '성\u0301능', '성능' + '\u0301' * 5000,
    '\U0001F600' * 1000 + '성능', '\r\n\r\r\n\n' * 1000, '(' * 5000 + '성능' + ')' * 5000,
    '<ruby>' * 100 + '성능', '&' * 1000, '性' * 5000, '성능' * 500, '가' * 5000, '\u1100' * 3000,
    '\u1109\u1165\u11bc' * 1000, '1' * 5000 + '개', '일백' * 300, '\t' * 10000,
])
def test_pathological_text_converts_in_every_style(text):
    for style in hanjaconv.STYLES:
        assert isinstance(hanjaconv.convert(text, style=style), str)
    assert ''.join(split_sentences(text)) == text
    assert len(hanjaconv.to_hangul(text)) == len(text)


@pytest.mark.parametrize('text', ['각' + '의' * 1000, '각' + '로만' * 600, '책' + '은' * 1200])
def test_long_particle_chain_does_not_recurse(text):
    out = hanjaconv.convert(text)
    assert len(out) == len(text)


def _count_calls(func, *args) -> int:
    """Python and C function calls made by func(*args): a deterministic measure of work."""
    count = 0

    def prof(frame, event, arg):
        nonlocal count
        if event in ('call', 'c_call'):
            count += 1
    sys.setprofile(prof)
    try:
        func(*args)
    finally:
        sys.setprofile(None)
    return count


def test_particle_chain_work_is_not_exponential():
    c = Converter()
    c.convert('각')
    small = _count_calls(c.convert, '각' + '로만' * 6 + '끝')
    large = _count_calls(c.convert, '각' + '로만' * 12 + '끝')
    assert large < 4 * small, (small, large)


def _peak(func, arg) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        func(arg)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def _ratio(func, make, n):
    """Peak memory for an input of size 4n over size n (linear: about 4)."""
    func(make(n // 4))  # warm up caches
    return _peak(func, make(4 * n)) / max(_peak(func, make(n)), 1)


TEXT_UNIT = '생성형 AI의 성능은 데이터의 품질과 양. 시장 경제(經濟)가 “좋다”! 3.5배 abc\n'


@pytest.mark.parametrize('name, func, make', [
    ('convert', lambda s: Converter().convert(s), lambda n: (TEXT_UNIT * n)[:n]),
    ('convert one line', lambda s: Converter().convert(s), lambda n: (TEXT_UNIT.replace('\n', ' ') * n)[:n]),
    ('convert ruby', lambda s: Converter().convert(s, style='ruby'), lambda n: (TEXT_UNIT * n)[:n]),
    ('to_hangul', hanjaconv.to_hangul, lambda n: ('性能 品質, 經濟學者 ' * n)[:n]),
    ('to_hangul one Hanja run', hanjaconv.to_hangul, lambda n: ('性能品質經濟學者' * n)[:n]),
    ('split_sentences', split_sentences, lambda n: (TEXT_UNIT * n)[:n]),
    ('split_sentences brackets', split_sentences, lambda n: '(' * (n // 2) + ')' * (n // 2)),
    ('diff', lambda s: diff(s, hanjaconv.convert(s)), lambda n: (TEXT_UNIT * n)[:n]),
])
def test_memory_scales_linearly(name, func, make):
    ratio = _ratio(func, make, 10_000)
    assert ratio < 8, f'{name}: peak memory grew {ratio:.1f}x for 4x the input'


@pytest.mark.parametrize('unit', ['가', '성능'])
def test_memory_scales_linearly_on_a_long_hangul_run(unit):
    ratio = _ratio(lambda s: Converter().convert(s), lambda n: unit * (n // len(unit)), 2_000)
    assert ratio < 8, f'peak memory grew {ratio:.1f}x for 4x the input'


@pytest.mark.parametrize('name, func, make', [
    ('convert', lambda s: Converter().convert(s), lambda n: (TEXT_UNIT * n)[:n]),
    ('to_hangul', hanjaconv.to_hangul, lambda n: ('性能品質經濟學者 ' * n)[:n]),
    ('split_sentences', split_sentences, lambda n: (TEXT_UNIT * n)[:n]),
])
def test_work_scales_linearly(name, func, make):
    func(make(100))
    small, large = _count_calls(func, make(4_000)), _count_calls(func, make(16_000))
    assert large < 6 * small, f'{name}: {small} calls for n, {large} for 4n'


def test_every_curated_key_at_the_edges_of_a_text():
    """A word the rules look past (the next syllable, the next word) alone, last, or before a
    space or a mark: nothing may index past the text's end (약 alone once did)."""
    from hanjaconv._lexicon import get_lexicon
    lex = get_lexicon()
    keys = set(lex.single_nouns) | set(lex.determiners) | set(lex.counters) | set(lex.suffixes) \
        | set(lex.prefixes) | set(lex.hada_roots) | set(lex.adverb_roots) | set(lex.stately_roots) | set(lex.cued_nouns) \
        | set(lex.sense_cues) | set(lex.collocation_nouns) | set(lex.dynasties) | set(lex.surnames)
    for key in sorted(keys):
        for text in (key, key + ' ', '그 ' + key, '3' + key, key + '.', '3 ' + key, key + ' 3'):
            out = hanjaconv.convert(text)
            assert len(out) == len(text) and hanjaconv.to_hangul(out) == text, text
