"""Reading Hanja back into Hangul: `to_hangul`.

Within each run of Hanja, dictionary words are read first (longest first), then lone
characters by their primary reading, with 두음법칙 at the start of a word and the
렬/률 → 열/율 rule after a vowel or ㄴ. Compatibility ideographs read like their
unified forms. Everything that is not Hanja is left as it is.
"""
from __future__ import annotations

import threading
from typing import Container, Iterable

from ._bounded import remember
from ._hangul import has_final, initial_sound_law, is_hanja, is_syllable, split
from ._lexicon import get_lexicon
from ._tsv import fold_compatibility

_lock = threading.Lock()
_words: dict[str, str] | None = None
_longest: dict[str, int] = {}  # first character -> length of the longest word it starts
_WORD_CLOSERS = frozenset('人者')  # suffixes for people after which a compound's next word begins (read_run)
# a suffix and 者 that close the word before them together, so they open no next word of a
# compound: 贊成論者 찬성론자 (贊成論 + 者), not 찬성 + 論者 논자
_SUFFIX_PAIRS = frozenset({'論者'})
COMPOUND_LEFT = 20  # Chinese count from which the two characters before a compound head count as a word


def exceptional_readings(word_items: Iterable[tuple[str, str]], spelled: Container[str] | None = None) -> dict[str, str]:
    """Hanja word -> Hangul for the words that character-by-character reading gets wrong.

    Each word goes under the key where it ranks highest, standard spellings first
    (理由 under 이유, not 리유); between keys where it ranks alike, one that is a word of
    `spelled` (the Hangul words mecab-ko-dic lists: 困難 under 곤란, not 곤난), then the one with fewer syllables
    in ㄹ (輕勞動 경노동, as compounds soften them), then the characters' own reading (編輯 편집,
    not 편즙). About a fifth of the dictionary (音樂 음악, not 음락); the build script ships the
    result as word_readings.tsv.
    """
    ranked: dict[str, tuple[bool, int, int, bool, str]] = {}
    for hangul, hanja in word_items:
        nonstandard = hangul != standard_spelling(hangul)
        rieul = sum(is_syllable(c) and split(c)[0] == 5 for c in hangul)
        for rank, word in enumerate(hanja.split(' ')):
            score = (nonstandard or _softened_wrongly(hangul, word), rank,
                     spelled is not None and hangul not in spelled, rieul,
                     read_run(word, True, {}) != hangul, hangul)
            if word not in ranked or score < ranked[word]:
                ranked[word] = score
    return {word: score[-1] for word, score in ranked.items() if score[4]}


def _word_readings() -> dict[str, str]:
    """Hanja word -> Hangul, as the Lexicon keeps it (see `hanja_readings`)."""
    global _words, _longest
    if _words is None:
        with _lock:
            if _words is None:
                lexicon = get_lexicon()
                words = lexicon.hanja_readings if lexicon.hanja_readings is not None else hanja_readings(lexicon)
                _longest = _longest_words(words)
                _words = words
    return _words


def hanja_readings(lexicon) -> dict[str, str]:
    """The shipped word_readings.tsv inverted (Hanja word -> Hangul), with the curated words it
    reads otherwise: worked out once, when the Lexicon is built, and kept in its cache."""
    global _longest
    words = {w: hangul for hangul, values in lexicon.word_reading_table.items() for w in values.split(' ')}
    longest = _longest = _longest_words(words)  # (read_run below reads with them)
    # a curated word reads as the key the curated lists give it, where the shipped table (built
    # from the dictionaries alone) reads it otherwise: a word added since the build (瓜田李下
    # 과전이하), one the table keeps under a spelling mecab-ko-dic has (喜怒哀樂 희노애락,
    # 男尊女卑 남존녀비), or one a shorter word inside misreads (君子三樂: 三樂 삼악)
    for w, hangul in lexicon.curated_readings.items():
        if hangul == standard_spelling(hangul) and words.get(w) != hangul \
                and read_run(w, True, words) != hangul and lexicon.reads_as(w, hangul):
            words[w] = hangul
            longest[w[0]] = max(longest.get(w[0], 0), len(w))
    return words


def _longest_words(words: dict[str, str]) -> dict[str, int]:
    """First character -> the length of the longest word it starts."""
    longest: dict[str, int] = {}
    for w in filter(None, words):
        longest[w[0]] = max(longest.get(w[0], 0), len(w))
    return longest


def standard_spelling(hangul: str) -> str:
    """A Sino-Korean word as the spelling rules write it: 두음법칙 first, 열/율 after a vowel or ㄴ.

    >>> standard_spelling('리유'), standard_spelling('규률'), standard_spelling('능률')
    ('이유', '규율', '능률')
    """
    out = [initial_sound_law(hangul[0])] if hangul else []
    for syllable in hangul[1:]:
        out.append(soften(syllable, out[-1]))
    return ''.join(out)


def _softened_wrongly(hangul: str, word: str) -> bool:
    """Whether a key spells 율 or 열 where its character reads 률 or 렬 after a consonant other
    than ㄴ (압축율 for 壓縮率: the spelling rules write 압축률)."""
    lexicon = get_lexicon()
    return len(hangul) == len(word) and any(
        hangul[i] in ('율', '열') and has_final(hangul[i - 1]) and split(hangul[i - 1])[2] != 4
        and lexicon.char_reading(word[i], initial=False) in ('률', '렬') for i in range(1, len(hangul)))


_SOFTENED = ('렬', '률')  # the readings soften changes


def soften(reading: str, previous: str | None) -> str:
    """렬/률 read 열/율 after a vowel or ㄴ (比率 비율, 羅列 나열), as the initial sound law says."""
    if previous and reading in _SOFTENED and (not has_final(previous) or split(previous)[2] == 4):
        return initial_sound_law(reading)
    return reading


def _read_chars(run: str, word_initial: bool) -> str:
    """Character-by-character reading, the fallback for what no dictionary word covers."""
    lexicon = get_lexicon()
    out: list[str] = []
    for i, ch in enumerate(run):
        reading = lexicon.char_reading(ch, initial=word_initial and i == 0)
        out.append(ch if reading is None else soften(reading, out[-1] if out else None))
    return ''.join(out)


_char_memo: dict[tuple[str, bool], str] = {}


def _read_char(ch: str, initial: bool) -> str:
    """`_read_chars` of one character, memoised (like the word readings, for the shipped data)."""
    found = _char_memo.get((ch, initial))
    if found is None:
        found = remember(_char_memo, (ch, initial), _read_chars(ch, initial), 100_000)
    return found


# a character that, a word on its own, is read otherwise than in the words it makes: 茶 차, the drink
# (茶를 마셨다), where 茶道 and 茶房 keep 다
READ_ALONE = {'茶': '차'}


def read_run(run: str, word_initial: bool = True, words: dict[str, str] | None = None) -> str:
    """Read one run of Hanja (already folded to unified ideographs), with the shipped word
    readings unless `words` gives others (the build passes none, to find the words that need one).

    >>> read_run('勞動'), read_run('比率'), read_run('量'), read_run('規律'), read_run('經濟理論')
    ('노동', '비율', '양', '규율', '경제이론')
    >>> read_run('效率性')  # not 효 + 率性 (솔성)
    '효율성'
    >>> read_run('茶'), read_run('茶道')
    ('차', '다도')
    """
    if words is None:
        words = _words if _words is not None else _word_readings()  # (the call only the first time)
    if len(run) == 1 and run in READ_ALONE:
        return READ_ALONE[run]
    if 1 < len(run) <= _longest.get(run[0], 0):
        whole = words.get(run)
        if whole is not None:  # the run is one word: the loop below would read it so, at once
            return whole
    lexicon = get_lexicon()
    heads, frequency, prefixes = lexicon.compound_heads, lexicon.zh_frequency, lexicon.prefix_chars
    if len(run) == 2:  # (most runs: two characters that make no word, each read alone as the loop below reads them)
        first = _read_char(run[0], bool(word_initial))
        initial = run[0] in prefixes and _opens_after_prefix(run, 1, heads, frequency, prefixes)
        second = _read_char(run[1], initial)
        # (soften changes only 렬 and 률: the others are read as they are without the call)
        return first + (soften(second, first) if second in _SOFTENED and not initial else second)
    curated, fields = lexicon.curated_hanja, lexicon.field_hanja  # (a field's sense too: 貸付利子率 대부이자율)
    out: list[str] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + _longest.get(run[i], 0)), i + 1, -1):
            hangul = words.get(run[i:j])
            if hangul is not None:
                out.extend(hangul)
                i = j
                break
        else:
            if i + 2 < len(run) and (frequency.get(run[i:i + 2], 0) >= COMPOUND_LEFT or run[i:i + 2] in curated) \
                    and run[i + 1:i + 3] in words:  # a common word (or one with a curated sense) read as it
                # is spelt keeps its second character from a word read otherwise that starts there:
                # 效率性 효율성, not 효 + 率性 솔성; 賃金協商 임금협상, not 임 + 金協 김협
                initial = word_initial and i == 0
                for ch in run[i:i + 2]:
                    reading = _read_char(ch, initial)
                    out.append(soften(reading, out[-1]) if out and reading != ch and not initial else reading)
                    initial = False
                i += 2
                continue
            # after a common two-character word (in Chinese, or a curated sense: 駐車料金 주차요금), one
            # whose first character takes the initial sound law begins the next word of a compound:
            # 經濟理論 경제이론, 韓國女性 한국여성; so it does after a prefix that makes no common word with
            # it: 新冷戰 신냉전, 非論理 비논리
            initial = word_initial and i == 0 or i >= 2 and run[i:i + 2] in heads \
                and run[i:i + 2] not in _SUFFIX_PAIRS and (frequency.get(run[i - 2:i], 0) >= COMPOUND_LEFT or run[i - 2:i] in curated
                     or run[i - 2:i] in fields) \
                or i == 1 and _opens_after_prefix(run, 1, heads, frequency, prefixes) \
                or i >= 3 and _opens_after_prefix(run, i, heads, frequency, prefixes) \
                and (frequency.get(run[i - 3:i - 1], 0) >= COMPOUND_LEFT or run[i - 3:i - 1] in curated) \
                or i >= 3 and run[i - 1] in _WORD_CLOSERS and run[i:i + 2] in heads \
                and frequency.get(run[i - 1:i + 1], 0) < COMPOUND_LEFT \
                and (frequency.get(run[i - 3:i - 1], 0) >= COMPOUND_LEFT or run[i - 3:i - 1] in curated)
            # and so after a word and such a prefix: 勞動組合總聯盟 노동조합총연맹 (not 총련맹)
            # and after a word closed by 人 or 者 that makes no common word with what follows:
            # 障碍人年金 장애인연금, 露宿人療養施設 노숙인요양시설 (not 련금, 료양)
            reading = _read_char(run[i], initial)
            out.append(soften(reading, out[-1]) if out and reading != run[i] and not initial else reading)
            i += 1
    return ''.join(out)


def _opens_after_prefix(run: str, i: int, heads, frequency, prefixes) -> bool:
    """Whether the character at i begins the next word of a compound after a prefix that makes no
    common word with it (新冷戰 신냉전, 非論理 비논리), so it takes the word-initial reading."""
    return run[i - 1] in prefixes and run[i:i + 2] in heads and frequency.get(run[i - 1:i + 1], 0) < COMPOUND_LEFT


def reads_as(hanja: str, hangul: str) -> bool:
    """Whether each Hanja can be read as the Hangul syllable under it (any of its readings).

    >>> reads_as('性能', '성능'), reads_as('西江', '시장')
    (True, False)
    """
    return get_lexicon().reads_as(fold_compatibility(hanja), hangul)


def how_many_at(text: str, k: int) -> bool:
    """Whether text[k] is the native numeral 몇 standing alone (몇 年, not 몇몇)."""
    return text[k] == '몇' and not (k and is_syllable(text[k - 1]))


HANJA_NUMERALS = frozenset('一二三四五六七八九十百千萬億')  # the digits and units a Sino numeral is written with
NUMERAL_RUN = HANJA_NUMERALS | frozenset('數幾第餘')  # what a numeral's run may hold before its end (數十 年 수십 년)


def numeral_ends_at(text: str, k: int) -> bool:
    """Whether a Sino numeral in Hanja ends at text[k], the whole run of Hanja it closes a numeral (三, 一百:
    三 年 삼 년), not a word that ends in a digit's character (單一 年代記 단일 연대기, 統一 年度)."""
    if text[k] not in HANJA_NUMERALS:
        return False
    while k > 0 and is_hanja(text[k - 1]):
        k -= 1
        if text[k] not in NUMERAL_RUN:
            return False
    return True


def is_counter(ch: str) -> bool:
    """Whether a Hanja is a one-syllable counter (年, 里, 名): after a digit it is read as inside a
    word (2年 2년), while a word or a longer counter begins anew there (3連勝 3연승), as does the
    stanza, written as a noun of its own (1聯과 2聯: 1연과 2연)."""
    ch = fold_compatibility(ch)
    return ch in get_lexicon().counter_chars and ch not in _COUNTED_AS_NOUNS


_COUNTED_AS_NOUNS = frozenset('聯')  # counters that keep the word-initial reading after a number


def to_hangul(text: str) -> str:
    """Read every Hanja in `text` as Hangul; the result has the input's length.

    >>> to_hangul('生成型 AI의 性能은 데이터의 品質과 量')
    '생성형 AI의 성능은 데이터의 품질과 양'
    >>> to_hangul('來年, 理由, 勞動')
    '내년, 이유, 노동'
    """
    if not isinstance(text, str):
        raise TypeError(f'to_hangul() expects str, not {type(text).__name__}')
    out: list[str] = []
    i = 0
    while i < len(text):
        if not is_hanja(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = i
        while j < len(text) and is_hanja(text[j]):
            j += 1
        # after a digit a counter keeps its inner reading (2年 2년) and a word begins (12連敗 12연패)
        # and so after a Sino numeral in Hanja and a space (三 年 삼 년, 一百 年 일백 년)
        # after a Hangul syllable a word of two Hanja or more begins a word of its own (유럽聯合 유럽연합,
        # 새마을運動): the converter writes Hanja after Hangul in one eojeol only after a native or loan noun
        initial = i == 0 or j - i >= 2 and is_syllable(text[i - 1]) or not (
            is_syllable(text[i - 1]) or (text[i - 1].isdigit() or text[i - 1] == ' ' and i > 1
                                         and (numeral_ends_at(text, i - 2) or how_many_at(text, i - 2)))
            and is_counter(text[i]))  # (and after 몇 and a space: 몇 年 몇 년)
        reading = read_run(fold_compatibility(text[i:j]), initial)
        if not initial and i and is_syllable(text[i - 1]):
            reading = soften(reading[0], text[i - 1]) + reading[1:]  # 인플레이션率 인플레이션율, 클릭率 클릭률
        out.append(reading)
        i = j
    return ''.join(out)
