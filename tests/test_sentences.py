"""split_sentences: Korean sentence ends, and the pieces always join back into the text."""
from hypothesis import given, settings, strategies as st

from hanjaconv.sentences import sentence_spans, split_sentences


def test_korean_endings():
    assert split_sentences('밥을 먹었다. 맛있어요! 또 올까? 네.') == \
        ['밥을 먹었다. ', '맛있어요! ', '또 올까? ', '네.']


def test_numbers_do_not_end_sentences():
    assert split_sentences('값은 3.5이다. 버전 1.2.3을 썼다.') == ['값은 3.5이다. ', '버전 1.2.3을 썼다.']
    assert split_sentences('1. 서론 2. 본론') == ['1. 서론 2. 본론']


def test_quotes_and_brackets():
    assert split_sentences('“좋아요. 가요.” 그가 말했다.') == ['“좋아요. 가요.” ', '그가 말했다.']
    assert split_sentences('“밥 먹었어?”라고 물었다. 끝') == ['“밥 먹었어?”라고 물었다. ', '끝']
    assert split_sentences('「가다. 오다.」 끝.') == ['「가다. 오다.」 ', '끝.']
    assert split_sentences('(참고. 이것) 끝! 다음') == ['(참고. 이것) 끝! ', '다음']
    assert split_sentences('그는 ‘좋다’고 했다. 끝') == ['그는 ‘좋다’고 했다. ', '끝']


def test_ellipses():
    assert split_sentences('그런데… 아니야. 그랬다… 정말?') == ['그런데… 아니야. ', '그랬다… ', '정말?']
    assert split_sentences('그런데... 아니다...') == ['그런데... 아니다...']


def test_line_breaks_end_sentences_and_keep_their_space():
    assert split_sentences('첫 줄\n\n  둘째 줄\r\n셋') == ['첫 줄\n\n  ', '둘째 줄\r\n', '셋']
    assert split_sentences('끝이다.  \n다음') == ['끝이다.  \n', '다음']


def test_unclosed_bracket_is_reset_by_a_line_break():
    assert split_sentences('(열린 괄호. 안\n새 줄이다. 끝') == ['(열린 괄호. 안\n', '새 줄이다. ', '끝']


def test_empty_and_blank():
    assert split_sentences('') == []
    assert split_sentences('   ') == ['   ']


_ALPHABET = st.sampled_from(list('가나다요까. ?!…“”‘’「」()[]\n\r\t3a'))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.one_of(st.text(), st.text(_ALPHABET)))
def test_lossless(text):
    parts = split_sentences(text)
    assert ''.join(parts) == text
    assert all(parts)
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == parts
    assert all(spans[k][1] == spans[k + 1][0] for k in range(len(spans) - 1))
