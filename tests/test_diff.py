"""diff: changed spans per sentence, read-back checks, and the converter's reasons."""
import pytest
from hypothesis import given, settings, strategies as st

from hanjaconv import Converter
from hanjaconv.diff import LOW_CONFIDENCE, Change, diff


def test_changes_per_sentence_with_offsets():
    src, out = '성능이 좋다. 품질은 나쁘다.', '性能이 좋다. 品質은 나쁘다.'
    ds = diff(src, out)
    assert [(d.start, d.end) for d in ds] == [(0, 8), (8, 16)]
    assert [[(c.start, c.end, c.hangul, c.hanja) for c in d.changes] for d in ds] == \
        [[(0, 2, '성능', '性能')], [(8, 10, '품질', '品質')]]
    assert all(c.error is None and c.rule is None for d in ds for c in d.changes)
    assert ''.join(d.source for d in ds) == src and ''.join(d.converted for d in ds) == out


def test_unchanged_text_has_no_changes():
    assert [d.changes for d in diff('가. 나', '가. 나')] == [(), ()]
    assert diff('', '') == []


def test_wrong_reading_is_an_error():
    [d] = diff('성능', '性態')
    assert d.errors and 'not 성능' in d.errors[0].error


def test_changes_outside_hangul_are_errors():
    [d] = diff('AI 가', 'BI 加')
    assert [(c.hangul, c.error is not None) for c in d.changes] == [('A', True), ('가', False)]
    [d] = diff('가', '나')
    assert 'not a Hanja' in d.errors[0].error


def test_different_lengths_raise_naming_both_and_position():
    with pytest.raises(ValueError, match=r'source has 4 .* converted has 3 .*position 2\)'):
        diff('성능이다', '性能다')


def test_segments_give_rule_and_confidence():
    c = Converter()
    c.add_word('성능', '性能')
    ds = diff('성능은', c.convert('성능은'), converter=c)
    [ch] = ds[0].changes
    assert (ch.rule, ch.confidence, ch.candidates[0]) == ('user', 1.0, '性能')
    # a conversion the converter would not make keeps no reasons
    [ch] = diff('성능은', '性態은', converter=c)[0].changes
    assert ch.rule is None and ch.error


def test_low_confidence_flag():
    assert Change(0, 1, '가', '加', 'rank', LOW_CONFIDENCE - 0.01).low_confidence
    assert not Change(0, 1, '가', '加', 'only', 0.95).low_confidence
    assert not Change(0, 1, '가', '加').low_confidence


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.text(st.sampled_from(list('성능품질은. \n가')), max_size=40))
def test_converter_output_reads_back(text):
    out = Converter().convert(text)
    ds = diff(text, out, explain=True)
    assert ''.join(d.converted for d in ds) == out
    assert not [c for d in ds for c in d.errors]
