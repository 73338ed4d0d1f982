"""The automaton against a dictionary-based reference matcher, and the iter_long trap."""
from hypothesis import given, settings, strategies as st

from hanjaconv._word_automaton import LENGTH_MASK, WordAutomaton

WORDS = ['민주', '자유민주주의', '자유', '주의', '민주주의', '시장', '경제', '시장경제', '생성', '생성형']


def reference_matches(text, words):
    """Every (start, end) where a word occurs: the oracle."""
    return sorted((i, i + len(w)) for w in words for i in range(len(text)) if text.startswith(w, i))


def automaton_matches(text, words):
    automaton = WordAutomaton({w: w for w in words})
    return sorted((end + 1 - (code & LENGTH_MASK), end + 1) for end, code in automaton.iter(text))


def test_iter_finds_what_iter_long_misses():
    # pyahocorasick's iter_long misses 민주 inside 자유민주 once 자유민주주의 is a key
    assert automaton_matches('자유민주', WORDS) == [(0, 2), (2, 4)]


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet='자유민주의시장경제생성형 ', max_size=40))
def test_automaton_agrees_with_reference(text):
    assert automaton_matches(text, WORDS) == reference_matches(text, WORDS)


def test_converter_converts_words_that_iter_long_would_miss():
    import hanjaconv
    assert hanjaconv.convert('자유민주') == '自由民主'
