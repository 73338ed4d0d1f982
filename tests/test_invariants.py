"""Invariants of the default style over generated text (hypothesis).

The examples are derandomized, so that a run gives the same verdict on the same code; the
search for new inputs is the fuzzer's (fuzz/fuzz_hanjaconv.py).
"""
from hypothesis import example, given, settings, strategies as st

import hanjaconv
from hanjaconv._hangul import is_hanja, is_syllable

KOREAN = st.text(alphabet=st.sampled_from(
    list('성능품질양시장경제사기하지만가장우리다시인공지능용은는이가을를의에서도적으로하여된다 .,1')), max_size=60)
WORDS = st.lists(st.sampled_from(['성능은', '품질과', '인공지능용', '시장', '경제', '하지만', '가장', '사회적으로',
                                  '위반하여', '허깅페이스', '2월', '量', '性能', '3', ' ', '의', '데이터',
                                  # field glossaries: votes, field nouns, 的 before 인
                                  '법원은', '피고에게', '금고', '판을', '출판사', '작가의', '죄를', '공적인', '인', 'A']),
                 max_size=12).map(''.join)
TEXT = st.one_of(KOREAN, WORDS)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(TEXT)
def test_same_length_only_hangul_changes_to_readable_hanja(text):
    out = hanjaconv.convert(text)
    assert len(out) == len(text)
    for a, b in zip(text, out):
        if a != b:
            assert is_syllable(a) and is_hanja(b)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(TEXT)
@example('가이여로사')  # inputs hypothesis or the fuzzer once found: a word given up mid-run,
@example('가가에용')  # a loanword suffix after a head Hanja could spell,
@example('띪인공지능용식')  # or after a head that ends in such a suffix itself,
@example('패먆인공지능용했다')  # words after a loanword before a light verb,
@example('시장뚂하다대한민국量市場경제가')  # before Hanja the text already has,
@example('일백 양4')  # a counter after a numeral the text has in Hanja or gets,
@example('각사회적으로일백양품질과')  # words and particles no loanword compound may take,
@example('경제가하다롸인공지능용')  # and Hangul a loanword compound leaves that would convert on its own
@example('인 사장')  # a surname before a title, which a second pass meets in Hanja (인 社長)
@example('박태호 교수는')  # a name before a title likewise (박태호 敎授는)
@example('1장만가리')  # a native noun opening a compound after a number, which a counter may start
@example('가장하다4데이터의”경제가!경제가”뢂일백量양로만?樂가장 ')  # a word the read-back guard gives up after the
# text's Hanja, whose sense the text has elsewhere (樂假裝, as a second pass reads it)
@example('가된용가가가경')  # Hangul a loanword compound leaves before its words, which a suffix would close
@example('인 작가의인공지능용')  # a surname before a title that a first pass joins to the words after it (作家義人…)
@example('가가로용은만')  # a suffix the read-back guard gives up before more Hangul of its run (可嘉路 + 容隱)
@example('는가용하이')  # a loanword suffix before a tail that a word in 하 beats after the suffix (遐邇)
@example('시장품질과品質 간品質(품질)')  # a bound noun after a noun that a field moved to a cued sense (肝),
# which the cued-noun guard then left Hangul, while a second pass, finding no field, kept 間
@example('양性能사기양 대한민국시장3개漢字')  # a name before a post a first pass writes solid (大韓民國市長), which
# a second pass meets as one run of Hanja closing in a title
def test_reading_back_and_idempotence(text):
    out = hanjaconv.convert(text)
    assert hanjaconv.to_hangul(out) == hanjaconv.to_hangul(text)
    assert hanjaconv.convert(out) == out


@settings(max_examples=200, deadline=None, derandomize=True)
@given(KOREAN)
@example('1여인서')  # a suffix the read-back guard gives up at the text's very end
def test_hangul_only_text_reads_back_to_itself(text):
    assert hanjaconv.to_hangul(hanjaconv.convert(text)) == text
