"""The Converter: segment Hangul text into Sino-Korean words, choose their Hanja, render.

>>> c = Converter()
>>> c.convert('생성형 AI의 성능은 데이터의 품질과 양')
'生成型 AI의 性能은 데이터의 品質과 量'
>>> c.convert('성능', style='hangul(hanja)')
'성능(性能)'
"""
from __future__ import annotations

import bisect
import functools
import os
import re
import threading
from typing import IO, Iterable

import regex

from ._analysis import (ADMINISTRATIVE, AFTER_DETERMINER, AFTER_HANJA, AFTER_MODIFIER, AFTER_NOUN, AFTER_NUMBER,
                        AFTER_OBJECT, ATTACHED, BEFORE_COMPARISON, BEFORE_COUNTER, BEFORE_GOVERNOR, BEFORE_HANJA,
                        BEFORE_CAUSE, BEFORE_LIST, BEFORE_NEGATION, BEFORE_SAYING, COPULA_FORMS,
                        BEFORE_NUMBER, BEFORE_WORD, BOUND_NOUNS, COLLOCATED, COMMON_OVER_NATIVE, CONSONANT,
                        COORDINATING, LOAN_UNITS, NOUN_TAGS, PLACE_SENSES, RANGE_SUFFIX, SUB_ITEMS, TRAILING_CONTEXT,
                        UNBOUND, VOWEL, Analyzer, final_sound)
from ._bounded import remember
from ._choice import AFTER_LOCATIVE, CONFIDENCE, LOCATIVE, LOCATIVE_HEADS, Item, choose, rank_candidates
from ._cues import CLOSING_QUOTES, native_cued_sense, quoted_cued_sense
from ._hangul import compose_jamo, is_hanja, is_syllable, join, split, syllable_at, syllables_from, word_before
from .reading import how_many_at
from ._lexicon import PLACE_SUFFIXES, Lexicon, character_entries, get_lexicon
from ._named_characters import gloss_index, named_character, names_by_reading
from ._pairs import COUNTRIES, coordinated_pairs
from ._prefixes import (BECOMING, CONTRAST_PREFIXES, PREFIX_SYLLABLES, STATIONED, VERSUS, against_name,
                        prefix_before_suffix, prefixed_run, stationed_state, versus_state)
from ._places import ADMIN_UNITS, COURT_FIRSTS, COURT_SUFFIXES, after_joined_unit, court_at
from ._readback import check_readings
from ._surroundings import (COMPARISONS, SUBJECT_ENDINGS, after_determiner, after_listed_unit, after_modifier,
                            after_native_determiner, after_native_numeral,
                            plain_modifier, verb_modifier_in_eul,
                            after_sino_numeral, before_word, bound_may_follow, collocation_follows, collocation_precedes,
                            after_bare_noun, clinic_follows, cue_noun_before, contracted_verb, coordinates, counter_follows,
                            faculty_follows, governs_verb, its_after_follows, medical_department, particle_after_number,
                            spaced_numeral)
from ._taxa import RANK_SYLLABLES, taxon_rank
from ._tsv import DictionaryError, Entry, parse_lines
from ._word_automaton import LENGTH_MASK, WordAutomaton
from .reading import to_hangul
from .segment import Segment
from .styles import check_style, render

_RUN = re.compile(r'[가-힣]+')  # (re, not regex: the same runs, found faster)
_NEXT_WORDS = re.compile(r'(?<= )[가-힣]+')  # the Hangul words after a space (see Converter._prefixed)
_LINE_BREAK = regex.compile(r'\r\n|\r|\n')
_CACHE_LIMIT = 80_000  # entries per memo table; the oldest go first
_CONTRAST_REACH = 40  # characters either side of a prefixed run to look for the word it contrasts with
_SENTENCE_END = re.compile(r'[.?!。\n]')
_CHARACTER = '字'  # 자 after a character's name
_PERIOD_EDGES = {'초': '初', '말': '末'}  # 초 and 말 bare after a century or a decade (see convert)
_CENTURY_WORDS = ('세기', '년대')
_HEADLINE_SUBJECT = re.compile(r', [가-힣]{2}')  # a comma and a word after a country opening a headline (日, 輸出)
# one-syllable countries that are native words too before a place (한 도쿄 市民 'a', 북 'drum', 남 'others')
_NOT_BEFORE_PLACE = frozenset('한북남')
_FROM_CONTRACTED = '서'  # 에서 after a place in a vowel, as headlines contract it: 日 오키나와서
# what may stand before a headline's first word besides the text's start: a quote or a bracket opening a title
# (not a space, after which 일 is as often 'work': 남은 일 도쿄에서)
_TITLE_OPENERS = frozenset('\'"‘“(<「『[')
_ABOUT = '에관한'  # '…에 관한', inside a statute's name written solid (see Converter._analyse)
_EMPIRE = ' 제국'  # the empire a state's name before it titles: 大日本 帝國 (great, not 對 'towards')
MAX_RUN = 256  # syllables: a longer run of Hangul without a break is not analysed
_HOUR, _ROUND_UNITS = '시', frozenset('백천만억조')  # 時 'o'clock', which counts to twenty-four at most
_CLAUSE_FINAL_BOUND = frozenset({'거래'})  # a bound noun and the reported copula, which end a clause (온다는
# 거래): bare before another word, the noun (課稅되는 去來 內譯, 該當하는 去來 金額)
PORTION_SYLLABLE = '분'  # 分 'portion' after a modifier in a statute's transitional clause: see _transitional_sentence
_PORTION_TAILS = frozenset({'부터', '에', '에는', '에도', '은', '까지', '에서', '의', '에서부터'})
_VERBAL_MODIFIERS = ('하는', '한', '할', '되는', '된', '받는', '받은')  # a verbal noun's modifier before the portion
_TRANSITIONAL = ('적용', '종전의')  # the words of a statute's application and transitional clauses


def _noun_in_n_before(text: str, s: int, before_bound: frozenset[str], analyzer: Analyzer) -> bool:
    """Whether the word before the space at s - 1 is a bare noun that only looks like a modifier in ㄴ or ㄹ,
    whatever bound noun follows: 會員 數가, 從業員 數는, 住民 數가 (not the bound 수 of 할 수가); a topic in
    은 or 는 and a determiner or numeral stay open to the bound noun."""
    word = word_before(text, s)
    return len(word) >= 2 and word[-1] not in '은는' and word not in before_bound \
        and (not after_modifier(text, s, analyzer) or _standing_noun_in_n(word, analyzer))


def _standing_noun_in_n(word: str, analyzer: Analyzer) -> bool:
    """Whether a two-syllable word in ㄴ or ㄹ is a Sino noun with standing that spells no verb's modifier: 人員,
    社員 (no stem 이워, 사워), but 만난, 지난 (만나다, 지나다)."""
    if len(word) != 2 or word in analyzer.lex.native or not analyzer.has_standing(word):
        return False
    initial, medial, _ = split(word[1])
    return word[0] + join(initial, medial, 0) not in analyzer.lex.verb_stems


def _several_at(text: str, k: int) -> bool:
    """Whether text[k] is 수 'several' standing alone before a counter of two syllables (數 分間, 數 次例)."""
    return text[k] == '수' and not (k and is_syllable(text[k - 1]))


def _place_follows(text: str, at: int, places: frozenset[str], is_tail) -> bool:
    """Whether the word at `at` is a foreign place's name (foreign_places), with particles or nothing after.

    >>> _place_follows('日 오키나와서', 2, frozenset({'오키나와'}), lambda s: s == '서')
    True
    """
    end = at
    while end < len(text) and is_syllable(text[end]):
        end += 1
    word = text[at:end]
    return any(word[:j] in places and (j == len(word) or word[j:] == _FROM_CONTRACTED or is_tail(word[j:]))
               for j in range(len(word), 1, -1))  # (에서 contracted after a vowel, as headlines write it)


_DEFINING = ('란 ', '이란 ')  # after a quoted term: "車路"란 … 말한다


def _defined_term(text: str, e: int) -> bool:
    """Whether the run ending at e is a term in quotes that the sentence defines ("X"란, "X"이란)."""
    return text[e:e + 1] in CLOSING_QUOTES and text.startswith(_DEFINING, e + 1)


def _lone_letter(text: str, i: int) -> bool:
    """Whether the letter at i stands alone, no letter or digit before it (X線, not 'TX' or 'MAX')."""
    return i == 0 or not text[i - 1].isalnum()


def _transitional_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence goes on after `end` to say how a provision applies and closes in the plain 다
    (적용한다, 종전의 규정에 따른다), as a statute's addenda do: 이 法 施行 後 最初로 申告하는 分부터 適用한다;
    the modifier before it a verbal noun's (申告하는, 納付한), not a native verb's or an honorific one, which
    name a person (오는 분부터, 申請하신 분은)."""
    if start < 2 or not text.endswith(_VERBAL_MODIFIERS, 0, start - 1):
        return False  # (the portion a verbal noun's modifier names: 申告하는 分, 供給된 分; 오는 분, 오신 분 are people)
    stop = len(text)
    for mark in '.\n':
        found = text.find(mark, end)
        if found != -1:
            stop = min(stop, found)
    return text[:stop].rstrip().endswith('다') and any(text.find(word, end, stop) != -1 for word in _TRANSITIONAL)


COMPANY_SYLLABLE = '사'  # 社 right after a capital letter (A社, LG社): see _choose_words
# 船 right after the Latin abbreviation of a kind of ship, as shipping news writes it (LNG船, VLCC船)
SHIP_KIND_SYLLABLE, SHIP_KINDS = '선', ('LNG', 'LPG', 'VLCC', 'VLGC', 'ULCC', 'PCTC', 'PCC', 'LCO2', 'FSRU')


_DATE_PERIOD = regex.compile(r'\d\.$')  # a date's day closed by its period: 2024. 8. 5.
_DATE_OR_CLOCK = regex.compile(r'\d\.$|\d:\d\d$')  # ... or a clock time: 14:00
_ABOUT_TIME = ('경', '頃')  # 'about' after such a date or time (2023. 5.頃부터, 14:00頃)
_DATE_TAILS = frozenset({'', '부터', '까지', '에', '에는', '의', '으로', '로', '이다', '이고', '이며', '이었다', '부터는',
                         '까지는', '에야'})  # what follows 頃 or 字 there (no 과, and no 로 after 경: a list's 1.經過, 2.經路)
_DATED = ('자', '字')  # 'dated' after a date's period (2026. 2. 3.字 處分)
_EXHIBIT_PARTY = ('을', '乙')  # the second party, whose exhibits a ruling numbers (乙 第5號證), as 甲 the first's
_EXHIBIT_OPENERS = frozenset(' \t\n(,')  # what may stand before it
_EXHIBIT_NUMBER = regex.compile(r' 제\d')  # ... before an exhibit's number


def _date_period_before(text: str, s: int) -> bool:
    """Whether a date written with periods ends right before s (2024. 8. 5.)."""
    return _DATE_PERIOD.search(text, max(0, s - 2), s) is not None



def _dotted_after_word(text: str, start: int) -> bool:
    """Whether a middle dot right after a Hangul word stands before start (物品ㆍ車馬)."""
    return start > 1 and text[start - 1] in _MIDDLE_DOTS and is_syllable(text[start - 2])


_MIDDLE_DOTS = frozenset('ㆍ·')


def _after_date_period(text: str, s: int, run: str) -> bool:
    """Whether the copula at s follows a date written with periods (處分日은 2024. 8. 5.이고): it is
    attached to the number as after a bare digit (not 尼姑 or 理智)."""
    return run[0] == '이' and _date_period_before(text, s)


def _after_count(text: str, s: int) -> bool:
    """Whether a number ends the word before the space at s - 1, so that a bare syllable there is its counter
    (千 원 위의 銅錢, not 圓)."""
    return s > 1 and text[s - 1] == ' ' and (text[s - 2].isdigit() or text[s - 2] in '십백천만억')


# 軸 right after a coordinate's lone letter, as geometry and physics write it (x軸, y軸의, z軸 方向)
AXIS_SYLLABLE, _AXIS_LETTER = '축', regex.compile(r'(?<![A-Za-z])[xyzXYZ]$')
# a sequence's general term, numbered by a letter: 第n項, 第k項까지 (as 第10項 by digits)
ORDINAL_SYLLABLE, TERM_SYLLABLE = '제', '항'
_TERM_LETTER = regex.compile(r'(?<![A-Za-z])[a-z]항')
# 線 right after the letter that names a ray, as science writes it (X線 回折, γ線, α線)
RAY_LETTERS = frozenset('Xαβγ')
# 當 'per' right after a unit written in Latin letters, as prices are quoted (t當 600달러, kWh當 130원, TEU當)
PER_SYLLABLE = '당'
_LATIN_UNITS = regex.compile(r'(?<![A-Za-z])(?:t|kg|g|mg|km|m|L|ℓ|kWh|MWh|GWh|TWh|kW|MW|GW|TEU|FEU|MMBtu|bbl|ha)$')
# a quoted ending or suffix, as grammar explanations cite them: '-아서', '-(으)면', '-시-', '-아서/-어서' (the
# hyphen after a quote, a bracket, a slash or a space, then maybe a bracketed linking vowel): native, left Hangul
_QUOTED_ENDING = regex.compile(r'(?:^|[\s\'"‘“「『<(\[/])-(?:\(|\([가-힣]+\))?$')
# a cited stem or affix, the hyphen after it: '먹-', '-게 하-', '지우-' (a run that a hyphen follows with no
# letter or digit after it, and that a quote, a bracket, a slash or a space opens): native, left Hangul (not
# 下-, 神-; 韓國-EU joins two words)
# 않다, 아니하다 and the prohibitive 말다, the negations that the contracted 하지 before them takes (便치 않다,
# 行치 아니하며, 害치 말라); a bare noun takes 아니다 (政治 아니다) and 말고 (政治 말고 經濟)
_LONG_NEGATIONS = (' 않', ' 아니하', ' 아니한', ' 아니할', ' 아니함', ' 아니했', ' 아니해', ' 말라', ' 마라', ' 말지', ' 말며')
_CITED_STEM_OPENERS = frozenset(' \t\'"‘“「『<(/,')
# a phonetic transcription in square brackets, as grammar cites pronunciations: '굳이'가 [구지]로, '값'은 [갑],
# [감]으로, '대통령' [대:통녕]: brackets after a quoted word (its particle may follow the quote) or after another
# such bracket, or holding a length mark, or followed by 발음 or 소리; their Hangul is sound, not words
_BRACKETS = regex.compile(r'\[[^\[\]\n\d「」]{1,15}\]')  # (short, without digits or a title's 「」: a statute's
# bracketed definition is no transcription, '섬'[「섬 발전 촉진법」 제2조에 따른 섬을 말한다])
_BEFORE_TRANSCRIPTION = regex.compile(r'(?:[\'"’”][가-힣]{0,2}|\],?)\s?$')
# a length mark between syllables or a lone letter: [대:통녕], [갑ㅆ] (a label's colon has a space after: [參考: …])
_SOUND_MARKS = regex.compile(r'[가-힣]:(?=[가-힣])|[ㄱ-ㅣ]')
_SOUND_WORDS = ('으로 발음', '로 발음', '으로 소리', '로 소리', '으로 실현', '로 실현')
_OPENING_QUOTES = frozenset('\'"‘“')
_READING_WORDS = regex.compile(r'읽|발음|독음')  # words of reading or pronouncing a character
# the kinds of form grammar cites in quotes before listing them: 依存 名詞 '것', '수', '데'
_GRAMMAR_KINDS = regex.compile(r'(?:명사|조사|어미|접사|형태소|음절)\s*$')


# what follows the closing quote of a word cited as the way something is read: '유월'로 읽는, '육월'이라 발음
_READ_AS = regex.compile(r'(?:으로|로|이라고|라고|이라|라) ?(?:읽|발음)')


# forms cited in quotes as alternants or a list, parted by slashes or commas, each one syllable or hyphened:
# '애/에/예', '을/를', '-아/-어', '연, 여, 요' (two-syllable words so parted are words: '輸入/輸出')
_ALTERNANT = r'(?:-[가-힣]{1,3}-?|[가-힣]-?)'
_CITED_ALTERNANTS = regex.compile(rf'[\'"‘“](?:{_ALTERNANT}(?:/|, ?))+{_ALTERNANT}[\'"’”]')


def _cited_alternant(text: str, s: int, e: int) -> bool:
    """Whether the run at s is one of the alternants or listed forms quoted together ('애/에/예', '연, 여, 요':
    not 例, 與)."""
    if not ((s and text[s - 1] in '/-, ') or (e < len(text) and text[e] in '/-,')):
        return False
    return any(m.start() < s and e < m.end() for m in _CITED_ALTERNANTS.finditer(text, max(0, s - 16), e + 16))


_STORMS = ('태풍 ', '허리케인 ', '사이클론 ', '열대폭풍 ', '颱風 ')  # what a quoted name after it names


def _storm_name(text: str, s: int, e: int) -> bool:
    """Whether the run at s stands alone in quotes right after a storm that it names: 颱風 '산산'이,
    허리케인 '밀턴' (a name given from a list, not the word its syllables spell)."""
    return s > 1 and e < len(text) and text[s - 1] in _OPENING_QUOTES and text[e] in CLOSING_QUOTES \
        and text.endswith(_STORMS, 0, s - 1)


def _cited_reading(text: str, s: int, e: int) -> bool:
    """Whether the run at s stands alone in quotes as a cited form: any run before 로 읽다 or 로 발음하다
    ('六月'을 '유월'로 읽는: a reading, not 六月); a syllable also in a text that speaks of reading or
    pronouncing later on ('樂'은 … '악', 즐거움을 뜻할 때는 '락'으로 읽는다: not the noun 惡), or in a
    list of such quoted forms after the kind of form they are (依存 名詞 '것', '수', '데')."""
    if not (s > 0 and e < len(text) and text[s - 1] in _OPENING_QUOTES and text[e] in CLOSING_QUOTES):
        return False
    if _READ_AS.match(text, e + 1):
        return True
    if e - s > 1:
        return False
    if _READING_WORDS.search(text, e) is not None:
        return True
    opening = s - 1  # back over the quoted forms listed before it: '것', '수'
    while opening >= 5 and text[opening - 2:opening] == ', ' and text[opening - 3] in CLOSING_QUOTES:
        opening = text.rfind(' ', 0, opening - 2) + 1 or 0
        if text[opening:opening + 1] not in _OPENING_QUOTES:
            return False
    return _GRAMMAR_KINDS.search(text, max(0, opening - 8), opening) is not None


# a lone Hanja cited in quotes or brackets, or glossed in brackets after it: '山', 「山」, 山(메 산)
_CITED_CHARACTER = regex.compile(r'(?<![\p{Han}])(?:(?<=[\'"‘“「(\[])\p{Han}(?=[\'"’”」)\]])|\p{Han}(?=\())')
_GLOSS_REACH = 16  # characters back from a reading to the character it reads: '北'은 '북녘 북'


_BRACKETED_HANJA = regex.compile(r'\((\p{Han}+)\)')


def _bracketed_hanja(text: str, e: int) -> str | None:
    """The Hanja in brackets right after e, if any: 한밭(大田), 이기(理氣)."""
    m = _BRACKETED_HANJA.match(text, e) if e < len(text) and text[e] == '(' else None
    return m.group(1) if m else None


def _glossed_by_meaning(hanja: str, run: str, reads_as) -> bool:
    """Whether Hanja bracketed right after the run gloss it by meaning: no longer than it and not read as
    it, a native or old word given its meaning ('한밭(大田)', 고구려어 '우차(五)'), not a Sino word's own
    Hanja (國語(國語)) nor the full form of an abbreviation (국정원(國家情報院))."""
    return len(hanja) <= len(run) and not reads_as(hanja, run[:len(hanja)]) and not reads_as(hanja, run)


def _reading_after_gloss(text: str, s: int, run: str, reads_as, is_particles) -> bool:
    """Whether the run at s (after a space) is the reading that closes a character's gloss and reading, as
    Hanja are taught: '山'은 메 산으로, '行'은 '다닐 행', 山(메 산). Its first syllable reads the last lone
    Hanja cited within _GLOSS_REACH characters before it, one word (the gloss) stands between them after
    the character's own particle, and after the syllable come only particles that cite it (으로, 이다, 과:
    not a case's, '山'은 높은 山을)."""
    tail = run[1:]
    if s < 2 or not is_syllable(text[s - 2]) or tail and not (is_particles(tail) and tail.startswith(_CITING_TAILS)):
        return False
    cited = None
    for cited in _CITED_CHARACTER.finditer(text, max(0, s - _GLOSS_REACH), s - 2):
        pass
    return cited is not None and _one_gloss_between(text[cited.end():s - 1]) and reads_as(cited.group(), run[0])


# a gloss and reading already cited in quotes, with what joins it to the next: '다닐 행'과, '메 산',
_CITED_PAIR = regex.compile(r"['‘][가-힣]+ [가-힣]['’][가-힣]*,?")


def _one_gloss_between(between: str) -> bool:
    """Whether what stands between a cited character and a reading is its particle and one word, the gloss,
    perhaps after other glosses and readings of it in quotes ('行'은 '다닐 행'과 '항렬 항')."""
    words = between.split(' ')
    if len(words) <= 2:
        return True
    return all(_CITED_PAIR.fullmatch(pair) for pair in _pairs(words[1:-1]))


def _pairs(words: list[str]) -> list[str]:
    """The words two by two, joined by a space (an odd one out makes a pair that fails)."""
    return [' '.join(words[k:k + 2]) for k in range(0, len(words), 2)]


def _measured_gap(run: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a common two-syllable word in 과 names what the gap after it is a gap in: 成果 差異가 크다
    (not 性과 差異, the noun 차이 compounding with it as 格差 would); before a verb of likeness
    (性과 關聯된, 性과 달리) and with a rare default the 과 stays the particle."""
    return len(run) == 2 and text.startswith(' 차이', end) \
        and lexicon.zh_frequency.get(lexicon.defaults.get(run, ''), 0) >= COMMON_OVER_NATIVE


_CITING_TAILS = ('으로', '로', '이라', '라', '이다', '이고', '이지만', '이며', '과', '와', '도')  # after a cited reading


_INDEFINITES = ('무엇', '누구', '어디', '언제', '얼마')  # 무엇인가 'something' asks nothing: 무엇인가 設立認可를
_QUESTION_COPULA = '인가'  # the copula's question ending, which a paired question repeats (A인가 B인가)


def _copula_question_last(run: str, pieces, analyzer) -> bool:
    """Whether the run's last piece is 인가 closing the run or before particles only (哲學인가를)."""
    a, b = pieces[-1][0], pieces[-1][1]
    return run[a:b] == _QUESTION_COPULA and (b == len(run) or analyzer.is_particles(run[b:]))


_SUBJECT_VERB_TAILS = ('하는', '하며')  # forms of 하다 that a root takes right after its subject


def _native_noun_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a curated native noun of one or two syllables opens the eojeol at `at` (말을, 이야기)."""
    return any(lexicon.native.get(text[at:at + size]) in NOUN_TAGS for size in (2, 1)
               if at + size <= len(text) and is_syllable(text[at + size - 1]))


_SUBJECT_ENDS = '이가'  # a subject (說話가, 傳統이) or an adverb in 이 (많이), either of which a verb follows
_JOINED_ENDS = '고에'  # a predicate joined by 고 (가볍고 强하며) or a complement in 에 (熱에 强하며), before which
# 하며 is the verb's, not the copula's
_BOTTLE, _YOUR = '병', '네'  # 네 is 'four' before 甁 only where a drink is named: 술 네 甁 (네 病에서 놓여, 'your')
_DRINKS = ('술', '소주', '맥주', '와인', '막걸리', '양주', '물', '생수', '우유', '음료', '주스', '콜라', '사이다')


def _drink_before(text: str, s: int) -> bool:
    """Whether a drink is named within the two words before the numeral that stands before `s`."""
    return any(word.startswith(_DRINKS) for word in text[max(0, s - 16):s].split()[-3:-1])


_PARAGRAPH_GENITIVE = '항의'  # 項 and the genitive, after a word that points to a statute's paragraph
_PROVISION_POINTERS = frozenset({'같은', '이', '그', '각', '전', '동', '본', '해당', '당해', '다음', '위'})
_COMPLEMENT_ENDS = '에'  # a complement in 에, before which 하는 is the verb's (우리나라에 傳하는), not a noun's topic


def _word_before_ends_in(text: str, s: int, last_syllables: str) -> bool:
    """Whether the word before the run (one space before `s`) is a Hangul word of two syllables or more
    ending in one of `last_syllables`."""
    return s > 2 and text[s - 1] == ' ' and text[s - 2] in last_syllables and is_syllable(text[s - 3])


_BOUND_AFTER_MODIFIER = (' 것', ' 수 ', ' 수가', ' 수도', ' 수는', ' 수밖에', ' 데', ' 바', ' 줄', ' 듯', ' 게 ', ' 거')  # bound nouns
# after a modifier (하는 것, 하는 수밖에)
_NOMINAL_GOVERNORS = (' 있어', ' 따라', ' 앞서')  # what governs 하다's nominal 함에 (施行함에 있어)
_CAUSES = (' 인한', ' 인해', ' 인하여', ' 인하', ' 말미암')  # what follows a cause in 로, never a road (排水로 因한)
_SAYINGS = (' 할 수', ' 하기', ' 하겠', ' 해야', ' 볼 수', ' 할 만')  # what follows the copula's 라, never an order
_LIST_MARKS = ('ㆍ', '·', '(', ',', ' 및 ', ' 등')  # what follows a noun in a list, never the particle 로
# ... and never the copula's question 인가, which a comma may follow (事實인가, 아닌가) but no closing bracket
_LIST_NEXT_END = re.compile(r', [가-힣]+로[가-힣]{0,2}(?:[ ,·ㆍ(]|$)')  # 排水路, 餘水路 및, 電氣爐를: a next word in 로
_LIST_MEMBER_BEFORE = (', ', ' 및 ', ' 또는 ', 'ㆍ', '·')  # what stands before a list's member (乾燥爐, 加熱爐,)


def _clause_comma(text: str, start: int, end: int) -> bool:
    """Whether a comma after a run in 로 closes a clause rather than a list: the next word does not end
    in 로 (and its particles) as a list of roads or furnaces does, and no comma, 및 or 또는 before the run
    makes it a list's member (高句麗의 將帥로, 612年; but 排水路, 餘水路 및 水門, 加熱爐, 電氣爐를; 乾燥爐, 加熱爐,
    冷却 裝置; 堤防 및 餘水路, 水門)."""
    return text.startswith(',', end) and not _LIST_NEXT_END.match(text, end) \
        and not text.endswith(_LIST_MEMBER_BEFORE, 0, start)


_DOTS = ('ㆍ', '·')  # the middle dots of a list, which no particle stands before (善意ㆍ平穩)
_WORD_LIST_MARKS = (*_DOTS, ',')  # ... and the comma, which a genitive of one syllable seldom stands before (善意,
# 平穩 및 公然하게; 國民의, 國民에 依한 has a noun of two)
_QUESTION_LIST_MARKS = ('ㆍ', '·', '(', ')', ' 및 ', ' 등', ' 또는 ',
                         ' 후 ', ' 후에', ' 후의', ' 후부터', ' 후까지', ' 전에', ' 전의', ' 전까지', ' 이후', ' 이전')
# ... and the time after or before it, which no question takes: 管理處分計劃認可 後, 事業計劃認可 前에
# the context bits few runs' analyses read (most read only ATTACHED, AFTER_NUMBER, BEFORE_NUMBER and the like)
_RARE_FLAGS = (BEFORE_WORD | UNBOUND | COLLOCATED | AFTER_DETERMINER | BEFORE_COMPARISON | BEFORE_COUNTER
               | COORDINATING | AFTER_NOUN | BEFORE_GOVERNOR | BEFORE_LIST | BEFORE_NEGATION | BEFORE_SAYING
               | BEFORE_CAUSE)



# what a run between digits starts with where the digits are a number's or a date's, not a case number's:
# 3억5천만, 제1조제2항, 1998년3월 (a case number's code is 다, 도, 누, 헌가, 고합 and the like)
_NOT_CASE_CODE = frozenset('년월일시분초조항호백천만억경원대')  # (대: no court's code; a score: 12對5, 85對78)


def _numbered_model(text: str, s: int) -> bool:
    """Whether digits and one Latin capital stand right before s, as a satellite's or ship's number does (2A號)."""
    return s > 1 and 'A' <= text[s - 1] <= 'Z' and text[s - 2].isdigit() \
        and not (s > 2 and text[s - 3].isascii() and text[s - 3].isalpha())  # (not a code: B2B호)


def _case_code(text: str, s: int, e: int, run: str) -> bool:
    """Whether the run text[s:e], with digits right before and after it, is the code of a Korean
    case number: a year of two or four digits, the code of one to three syllables, then the serial
    number (2013다208388, 98도2345, 2008헌가23). Only called where digits touch both ends."""
    if len(run) > 3 or run[0] in _NOT_CASE_CODE:
        return False
    begin = s
    while begin > 0 and text[begin - 1].isdigit():
        begin -= 1
    return s - begin in (2, 4) and (begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] in '.,'))


_HANJA_UNITS = frozenset('十百千萬億兆')  # the units of a number written in digits and Hanja: 3千萬원, 1億원


def _digits_then_units(text: str, s: int) -> bool:
    """Whether the Hanja right before s are units of a number after digits (1億, 3千萬, 2兆5千億): a run
    after them is after a number, as after 1억 (so 1億원 keeps its won, not 1億員)."""
    k = s
    while k > 0 and text[k - 1] in _HANJA_UNITS:
        k -= 1
    return k > 0 and k < s and text[k - 1].isdigit()


def _word_over_counter(run: str, analyzer: Analyzer, lexicon) -> bool:
    """Whether a word after a spaced number only opens with a counter's syllable: no counter there leaves
    particles or nothing after it, and a word with standing and its tail spell it (9條 改正을, 第2條 改正에:
    not 個 + 艇; 3萬 個를, 10萬 臺의, 2兆 원대 and 1兆 위안 stay counted)."""
    if run[0] not in lexicon.counters or run.startswith(LOAN_UNITS) or any(run[:n] in lexicon.counters and (len(run) == n or analyzer.is_particles(run[n:]))
                                             for n in (3, 2, 1)):
        return False
    if any(run[:n] in lexicon.counters and _copula_after_consonant(run, n, analyzer) for n in (2, 1)):
        return False  # nor does the copula after a counter in a consonant: 定員은 五百 席이다 (not 石耳다)
    if any(run.startswith(c + RANGE_SUFFIX) and (len(run) == len(c) + 1 or analyzer.is_particles(run[len(c) + 1:]))
           for c in _RANGE_COUNTERS):
        return False  # a counter of persons or items and the range: 2萬 名臺를, 3千 件臺로 (not 明代)
    return any(analyzer.has_standing(run[:j]) and (j == len(run) or analyzer.is_tail(run[j:]))
               for j in range(len(run), 1, -1))


def _copula_after_consonant(run: str, n: int, analyzer: Analyzer) -> bool:
    """Whether the counter run[:n] ends in a consonant and the copula and its tail follow it (席이다, 年이며)."""
    return final_sound(run[n - 1]) == CONSONANT and run.startswith(COPULA_FORMS, n) and analyzer.is_tail(run[n:])


_INNER = ('내', '內')  # the syllable and sense of 'inner' that a dot and 외 'outer' follow
_OUTER_AFTER_DOT = ('·외', 'ㆍ외', '・외')

# counters of persons, items and cases whose range in 대 follows a round number in news (2萬 名臺, 500件臺,
# 1千 個臺); left out are those where a word of the era or a unit is as likely (100歲 時代, 3萬 世帶, 1分隊)
_RANGE_COUNTERS = ('명', '건', '개', '점', '표', '가구')




class Converter:
    """A Hangul to Hanja converter with its own user dictionary.

    The shipped dictionaries load on first use and are shared by every Converter;
    user words, removals and protected words belong to this one and win.
    """

    def __init__(self) -> None:
        self._user: dict[str, tuple[str, ...]] = {}
        self._removed: set[str] = set()
        self._protected: set[str] = set()
        self._user_automaton = None
        self._analyzer: Analyzer | None = None
        self._lock = threading.RLock()
        self._analyses: dict[tuple[str, tuple[bool, ...]], tuple] = {}  # run -> its pieces
        self._candidate_cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._run_flags: dict[str, int] = {}  # run -> the flags its analysis reads (Analyzer.flags_used), as bits

    def _forget(self) -> None:
        """Drop what the user words may have changed (call with the lock held)."""
        self._user_automaton = None
        self._analyses = {}
        self._candidate_cache = {}

    # pickling: user data only; the shipped data loads again in the receiving process
    def __getstate__(self) -> dict:
        return {'user': self._user, 'removed': self._removed, 'protected': self._protected}

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        self._user, self._removed, self._protected = state['user'], state['removed'], state['protected']

    @property
    def lexicon(self) -> Lexicon:
        return get_lexicon()

    def _get_analyzer(self) -> Analyzer:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    self._analyzer = Analyzer(self.lexicon)
        return self._analyzer

    # ----- user dictionary -------------------------------------------------------
    def add_word(self, hangul: str, hanja: str) -> None:
        """Add a word (or a preferred Hanja for a known word); it wins over the shipped ones.

        >>> c = Converter(); c.add_word('사기', '史記'); c.convert('사기를 읽다')
        '史記를 읽다'
        """
        [entry] = parse_lines([f'{_text(hangul, "hangul")}\t{_text(hanja, "hanja")}'],
                              'add_word', self.lexicon.reads_as)
        self._apply([entry])

    def remove_word(self, hangul: str) -> None:
        """Forget a word: neither the user's nor the shipped entry is used any more."""
        with self._lock:
            self._user.pop(_text(hangul, 'hangul'), None)
            self._removed.add(hangul)
            self._forget()

    def protect(self, hangul: str) -> None:
        """Never convert this word (with or without a tail such as a particle).

        >>> c = Converter(); c.protect('성능'); c.convert('성능은 품질')
        '성능은 品質'
        """
        with self._lock:
            self._protected.add(_text(hangul, 'hangul'))
            self._forget()

    def load_userdict(self, source: str | os.PathLike | IO[str]) -> int:
        """Load words in the shipped TSV format from a path or a text file; all or nothing.

        A malformed line raises ValueError naming the file and line, and nothing is added.
        Returns the number of entries loaded.
        """
        if isinstance(source, (str, os.PathLike)):
            name = os.fspath(source)
            try:
                with open(name, encoding='utf-8', newline='') as f:
                    content = f.read()
            except UnicodeDecodeError as e:
                raise DictionaryError(name, _line_of(name, e.start), f'not UTF-8 (byte offset {e.start})') from None
        elif hasattr(source, 'read'):
            name = str(getattr(source, 'name', '<file>'))
            content = source.read()
            if not isinstance(content, str):
                raise TypeError(f'load_userdict() needs a text file, but {name} gives '
                                f'{type(content).__name__}: open it in text mode (encoding="utf-8")')
        else:
            raise TypeError(f'load_userdict() expects a path or a text file, not {type(source).__name__}')
        lines = _LINE_BREAK.split(content)  # only real line breaks count, not U+2028 or \x0c
        entries = parse_lines(lines, str(name), self.lexicon.reads_as)
        self._apply(entries)
        return len(entries)

    def _apply(self, entries: Iterable[Entry]) -> None:
        with self._lock:
            for e in entries:
                old = self._user.get(e.hangul, ())
                self._user[e.hangul] = e.hanja + tuple(h for h in old if h not in e.hanja)
                self._removed.discard(e.hangul)
            self._forget()

    # ----- lookup ---------------------------------------------------------------
    def candidates(self, word: str) -> list[tuple[str, str]]:
        """The Hanja for a Hangul word in rank order, each with a gloss.

        >>> Converter().candidates('성능')[0]
        ('性能', '성품 성 + 능할 능')
        """
        word = _text(word, 'word')
        lex = self.lexicon
        found: tuple[str, ...] = self._user.get(word, ())
        if word not in self._removed:
            shipped = lex.words(word) or lex.chars.get(word, ())
            found += tuple(h for h in rank_candidates(word, shipped, lex) if h not in found)
        names = _character_tables()[1]  # (each character glossed at the reading the word gives it)
        return [(h, ' + '.join((names.get((c, x)) or lex.glosses.get(c, '')).split(',')[0] for c, x in zip(h, word)))
                if len(h) == len(word) else (h, ' + '.join(lex.glosses.get(c, '').split(',')[0] for c in h))
                for h in found]

    # ----- conversion -----------------------------------------------------------
    def segment(self, text: str) -> list[Segment]:
        """The Sino-Korean words of `text`, with their Hanja, candidates, rule and confidence.

        >>> [(s.hangul, s.hanja, s.rule) for s in Converter().segment('성능은 시장 경제')]
        [('성능', '性能', 'only'), ('시장', '市場', 'compound'), ('경제', '經濟', 'compound')]
        """
        text = _text(text, 'text')
        composed, starts = compose_jamo(text)
        bounds = list(range(len(text) + 1)) if starts is None else starts + [len(text)]
        return [Segment(bounds[w.start], bounds[w.end], w.hangul, w.hanja, w.candidates, w.rule,
                        0.0 if w.hanja is None else CONFIDENCE[w.rule], w.kind)
                for w in self._choose_words(composed)]

    def convert(self, text: str, *, style: str = 'hanja', first_only: bool = False,
                basic_only: bool = False) -> str:
        """Convert Hangul text into mixed script in the given style.

        `first_only` glosses only the first occurrence of each word (later ones stay
        Hangul); `basic_only` keeps only words made of the 1,800 basic education Hanja.
        """
        text = _text(text, 'text')
        check_style(style)
        if not text:
            return text
        composed, starts = compose_jamo(text)
        words = self._choose_words(composed)
        original = None
        if starts is not None:
            bounds = starts + [len(text)]
            original = [text[bounds[i]:bounds[i + 1]] for i in range(len(composed))]
        basic = self.lexicon.basic if basic_only else None  # (the lexicon asked only then)
        return render(composed, original, words, style, first_only=first_only,
                      keep=(lambda hanja: all(c in basic for c in hanja)) if basic_only else None)

    def _choose_words(self, text: str) -> list[Item]:
        """Every Sino-Korean word of a composed text with its Hanja (None if left Hangul) and rule."""
        items: list[Item] = []
        append, analyses = items.append, self._analyses
        analyzer = self._get_analyzer()
        flags_used, run_flags, before_bound = analyzer.flags_used, self._run_flags, analyzer.before_bound
        lexicon = self.lexicon
        native_counters, native_numerals, numerals = lexicon.native_counters, lexicon.native_numerals, lexicon.numerals
        native_measures, verb_stems = lexicon.native_measures, lexicon.verb_stems
        determiners = lexicon.determiners
        cued_native = lexicon.cued_native
        cued_heads = lexicon.cued_native_heads
        surroundings: list = []  # the text's eojeols for native_cued_sense, found once
        cued_adverbs = lexicon.cued_adverbs
        cued_nouns = lexicon.cued_nouns
        n = len(text)
        sounds = _transcriptions(text) if '[' in text else ()
        character_at = None  # where the 字 after a character's name stands (see _named_characters)
        # (what a few guards below need the text to have at all, looked for once)
        alternants = _CITED_ALTERNANTS.search(text) is not None
        cited_characters = _CITED_CHARACTER.search(text) is not None
        for m in _RUN.finditer(text):
            s, e = m.span()
            if e - s > MAX_RUN:
                continue  # no eojeol is this long: not Korean words, so left as it is
            run = m.group()
            before = text[s - 1] if s else ''
            if e < n and text[e] == '-' and not (e + 1 < n and text[e + 1].isalnum()) \
                    and (not before or before in _CITED_STEM_OPENERS):
                continue  # a cited stem or affix: '먹-', '-게 하-' (not 下-; but 韓國-EU, a hyphen joining words)
            if sounds and _within(sounds, s):
                continue  # a transcription of sounds: [구지], [대:통녕]
            if before and before in '-)' and _QUOTED_ENDING.search(text, max(0, s - 8), s) or (
                    before in CLOSING_QUOTES and s > 1 and not text[s - 2].isspace() and analyzer.is_tail(run)):
                continue  # a quoted ending ('-는데'), or the particles after a closing quote: no word to convert
            if _cited_reading(text, s, e) or alternants and _cited_alternant(text, s, e):
                continue  # a form cited as a reading: '악', '락', '유월'로 읽는다 (not 惡, 六月)
            if _storm_name(text, s, e):
                continue  # a storm's name quoted after the storm: 颱風 '산산', 颱風 '야기'가 (not 散散, 惹起)
            gloss = _bracketed_hanja(text, e)
            if gloss and _glossed_by_meaning(gloss, run, lexicon.reads_as):
                continue  # a word glossed in brackets by Hanja it does not read as: 한밭(大田), 우차(五)
            if gloss and len(gloss) == len(run) and lexicon.reads_as(gloss, run):
                append(Item(s, e, run, 'word', (gloss,)))
                continue  # a word glossed right after by its own Hanja is that word, even one the analysis
                # keeps native: 理氣(理氣)의 關係 (not 이기 'win'), 性(性)
            if before == ' ' and cited_characters and _reading_after_gloss(text, s, run, lexicon.reads_as,
                                                                             analyzer.is_particles):
                continue  # a character's reading after its gloss: '山'은 메 산으로, 山(메 산) (not 山)
            if e - s == 1 and run in COUNTRIES and COUNTRIES[run] and (
                    s == 0 and _HEADLINE_SUBJECT.match(text, e)
                    or run not in _NOT_BEFORE_PLACE and (s == 0 or before in _TITLE_OPENERS) and text.startswith(' ', e)
                    and _place_follows(text, e + 1, lexicon.foreign_places, analyzer.is_tail)):
                append(Item(s, e, run, 'mixed', (COUNTRIES[run],)))
                continue  # a country heading a headline, as news abbreviates it: 日, 南수단에 … (not 일); or bare
                # before one of its places: 日 오키나와서, 美 텍사스州 (not 일, 미)
            if run == _INNER[0] and text.startswith(_OUTER_AFTER_DOT, e):
                append(Item(s, e, run, 'mixed', (_INNER[1],)))
                continue  # 'inner' dotted before 'outer', as 內·外 pair them: 내·외부 專門家, 考慮하여 內ㆍ外部 (not 'my')
            if s == character_at:
                append(Item(s, s + 1, run[0], 'mixed', (_CHARACTER,)))
                continue  # the 字 after a character's name: 참을 忍 字 (not 者)
            if run[0] == '자' and before and ('\u3131' <= before <= '\u318e' or before.isascii() and before.isalpha()) \
                    and (s < 2 or not text[s - 2].isalnum()) and (e - s == 1 or analyzer.is_particles(run[1:])):
                append(Item(s, s + 1, run[0], 'mixed', (_CHARACTER,)))
                continue  # the 字 of a single letter's shape: ㄷ字로 配置된, ㄱ字 模樣, T字 道路 (not 磁路, 者)
            if run[0] in _PERIOD_EDGES and before == ' ' and s > 2 and text.endswith(_CENTURY_WORDS, 0, s - 1) \
                    and (e - s == 1 or analyzer.is_particles(run[1:])):
                append(Item(s, s + 1, run[0], 'mixed', (_PERIOD_EDGES[run[0]],)))
                continue  # the beginning or the end of a century or a decade: 9世紀 初로 推定, 1970年代 末까지,
                # 19世紀 末의 (not 初老, nor 말 left in Hangul)
            if run == _EXHIBIT_PARTY[0] and (s == 0 or before in _EXHIBIT_OPENERS) and _EXHIBIT_NUMBER.match(text, e):
                append(Item(s, e, run, 'mixed', (_EXHIBIT_PARTY[1],)))
                continue  # a bare 을 can be no particle: the party before its exhibit (乙 第5號證의 記載)
            if run[0] == _DATED[0] and _date_period_before(text, s) and run[1:] in _DATE_TAILS:
                append(Item(s, s + 1, run[0], 'mixed', (_DATED[1],)))
                continue  # a date and 字 'dated': 2026. 2. 3.字 營業停止處分
            if run[0] == _ABOUT_TIME[0] and _DATE_OR_CLOCK.search(text, max(0, s - 4), s) \
                    and run[1:] in _DATE_TAILS and run[1:] != '로':
                append(Item(s, s + 1, run[0], 'mixed', (_ABOUT_TIME[1],)))
                continue  # 'about' a date or a clock time written in digits: 2023. 5.頃부터, 14:00頃 (not 經,
                # which a religious word nearby chose; after bare digits 경 may be the numeral 京: 1경 원)
            if e - s == 1 and before == ' ' and (named := named_character(text, s, _gloss_index)):
                append(Item(s, e, run, 'mixed', (named[0],)))
                character_at = named[1]
                continue  # a character named by its meaning and reading: 참을 忍 字, ‘배울 學’ 字
            if before.isdigit() and e < n and text[e].isdigit() and _case_code(text, s, e, run):
                continue  # a court's case number: 2016도11847, 2008헌가23, 2019고합123 (not 度, 軒架)
            if before == ' ' and run[:2] in native_measures and (e - s == 2 or analyzer.is_particles(run[2:])) \
                    and after_native_numeral(text, s, native_numerals) and not _modifier_han(text, s):
                continue  # a native measure after a native numeral: 물 한 모금을, 배추 두 포기 (not 募金, 抛棄)
            if run[0] in numerals and (j := spaced_numeral(text, s, run, numerals, analyzer.is_tail)):
                append(Item(s, s + j, *self._candidates_for(run[:j], 'numeral')))
                continue  # a number written in words and spaces: 二十 四 長老, 十四萬 四千이, 三分의 一이
            if e - s <= 4 and contracted_verb(text, s, e, run, verb_stems):
                continue  # a verb that swallowed its 아, 어: 여행 가요!, 안 자?, 사도 돼?, 사야겠다 (not 歌謠, 者, 使徒, 四野)
            if run == _CONTRACTED_I and _contracted_i(text, s, e, lexicon.native):
                continue  # 저는 contracted: 전 이 問題에 對해, 근데 전 정말 몰랐어요 (not 前)
            after_hanja = before >= '\u3400' and is_hanja(before)
            # only the flags the analysis reads for this run: fewer distinct cache keys
            flags = run_flags.get(run)  # a small int: no object per entry
            if flags is None:
                flags = remember(run_flags, run, flags_used(run), _CACHE_LIMIT)
            context = AFTER_HANJA if after_hanja else 0
            if flags:  # each bit only where the run's analysis reads it; the test after it only then
                if flags & AFTER_NUMBER and (
                        before.isdigit() and not particle_after_number(text, s, run)
                        or before in _HANJA_UNITS and _digits_then_units(text, s)  # 1億원, 3千萬원 (converted once)
                        or before == '%' and run[0] == '대' and s > 1 and text[s - 2].isdigit()  # 3%臺 초반, 20%臺로
                        or run[0] == '호' and _numbered_model(text, s)  # 千里眼 2A號, 無窮花 5A號
                        or before == ' ' and (
                        ((run[0] in native_counters or run[:2] in native_counters) and after_native_numeral(text, s, native_numerals,
                                                                         lambda: analyzer.is_particles(run[1:]))
                         and not (run[0] == _BOTTLE and word_before(text, s) == _YOUR and not _drink_before(text, s))
                         or run[0] == '년' and s > 1 and how_many_at(text, s - 2)
                         or run[:2] in native_counters and s > 1 and _several_at(text, s - 2))
                        # (年 counts after 몇 though no other native numeral takes it: 몇 年 사이, 몇 年間; 두 해)
                        and run[1:2] != RANGE_SUFFIX  # a range (2時臺) is written in digits: 한 時代, 두 分隊
                        or after_sino_numeral(text, s, numerals)
                        and not (run[0] == _HOUR and text[s - 2] in _ROUND_UNITS)
                        and not _word_over_counter(run, analyzer, lexicon))):  # (no hour is a round
                    # hundred or more: 千萬 時代가, 百萬 時代에, not 時 + 代價)
                    context |= AFTER_NUMBER
                if flags & BEFORE_NUMBER and e < n and text[e].isdigit():
                    context |= BEFORE_NUMBER
                if flags & AFTER_MODIFIER and before == ' ' and s > 1 and after_modifier(text, s, analyzer) \
                        and not (run[0] in BOUND_NOUNS and text[s - 2] in '을를'
                                 and not verb_modifier_in_eul(text, s, analyzer)) \
                        and not (run in _CLAUSE_FINAL_BOUND and text.startswith(' ', e) and syllable_at(text, e + 1)) \
                        and (lexicon.native.get(run) != 'MAG' or not analyzer.adverb_spells_noun(run)
                             or plain_modifier(text, s, analyzer)):  # 잠을 자는
                    context |= AFTER_MODIFIER  # (a mecab adverb that spells a noun: see plain_modifier)
                if flags & ATTACHED and (before.isalnum() and before != 'ㆍ' or before in (')', ']')
                                         or '\u3380' <= before <= '\u33df' and analyzer.is_particles(run)
                                         or _after_date_period(text, s, run)) \
                        and not after_hanja:  # O(n)이다; particles after a unit sign: 150㎥마다 (not 摩多)
                    context |= ATTACHED  # (the statutes' middle dot ㆍ, a Hangul letter to isalnum, is a list
                    # mark as · is: 特別市ㆍ廣域市ㆍ市ㆍ郡에서, not 시ㆍ군 left attached)
                if flags & AFTER_OBJECT and governs_verb(text, s, e, run, analyzer):
                    context |= AFTER_OBJECT
                if flags & _RARE_FLAGS:  # (few runs have any of these: one test for them all)
                    if flags & BEFORE_WORD and before_word(text, s, e, run, analyzer):
                        context |= BEFORE_WORD
                    if flags & UNBOUND and (not bound_may_follow(text, s, before_bound)
                                            or _noun_in_n_before(text, s, before_bound, analyzer)):
                        context |= UNBOUND
                    if flags & COLLOCATED and (collocation_follows(text, e, lexicon.collocation_nouns[run[0]][1])
                                               or collocation_precedes(text, s, lexicon.collocation_nouns[run[0]][3])) \
                            and not (lexicon.collocation_nouns[run[0]][2] and e - s == 1
                                     and (after_native_determiner(text, s, lexicon.native) or _after_count(text, s))):
                        context |= COLLOCATED  # (or a word before makes it the noun: 再審의 訴는, 이 事件 訴를)
                    if flags & AFTER_DETERMINER and (after_determiner(text, s, determiners)
                                                     or run[0] in SUB_ITEMS and after_listed_unit(text, s)):
                        context |= AFTER_DETERMINER  # (各 目의, and a unit listed before it: 細項 또는 目의)
                    if flags & BEFORE_COMPARISON and (text.startswith(COMPARISONS, e)
                                                      and not _measured_gap(run, text, e, lexicon)
                                                      or run == '전과' and its_after_follows(text, s, e)):
                        context |= BEFORE_COMPARISON
                    if flags & BEFORE_COUNTER and counter_follows(text, e, analyzer, run):
                        context |= BEFORE_COUNTER
                    if flags & COORDINATING and coordinates(text, s, e) \
                            and not (clinic_follows(text, e, lexicon) and medical_department(run, lexicon)) \
                            and not faculty_follows(text, s, e):
                        context |= COORDINATING
                    if flags & AFTER_NOUN and (after_bare_noun(text, s, analyzer, run) or _dotted_after_word(text, s)):
                        context |= AFTER_NOUN  # (a word listed after another by a middle dot is a noun too:
                        # 金錢ㆍ物品ㆍ車馬ㆍ饗應, not the adverb 차마)
                    if flags & BEFORE_GOVERNOR and text.startswith(_NOMINAL_GOVERNORS, e):
                        context |= BEFORE_GOVERNOR  # 保管함에 있어 (not 保管函)
                    if flags & BEFORE_LIST and (text.startswith(_WORD_LIST_MARKS, e) if run[-1] == '의' else
                                                text.startswith(_QUESTION_LIST_MARKS if run.endswith('인가') else _LIST_MARKS, e)
                                                and not (run[-1] == '로' and _clause_comma(text, s, e))
                                                or text.startswith(' ', e) and text[e + 1:e + 2].isdigit()
                                                and not run.endswith('인가')):
                        context |= BEFORE_LIST  # 加熱爐 等으로, 電氣爐 1臺 (see analyse)
                    if flags & BEFORE_NEGATION and (text.startswith(' 아니', e) if run[-1] != '치' else text.startswith(_LONG_NEGATIONS, e)):
                        context |= BEFORE_NEGATION  # 道가 아니라, 變치 않는 (see analyse)
                    if flags & BEFORE_SAYING and text.startswith(_SAYINGS, e):
                        context |= BEFORE_SAYING  # 讀解라 할 수 있다 (see analyse)
                    if flags & BEFORE_CAUSE and text.startswith(_CAUSES, e):
                        context |= BEFORE_CAUSE  # 排水로 因한 (see analyse)
            if e < n and text[e] >= '\u3400' and is_hanja(text[e]):
                context |= BEFORE_HANJA  # (Hanja the text has right after the run)
            if run[:2] in cued_heads and (word := _cued_native_word(run, cued_native, analyzer.is_tail, lexicon.has_word)) \
                    and (word == run or run not in lexicon.native) \
                    and (word not in cued_adverbs or len(word) < len(run) or cue_noun_before(text, s, word, lexicon)) \
                    and (sense := native_cued_sense(text, s, s + len(word), word, lexicon, surroundings)):
                append(Item(s, s + len(word), word, 'word', (sense,)))  # 어미 beside 어간: 語尾 (else native;
                continue  # a native word the whole run spells stays: 하지만 浮腫은, not 下肢 + 만)
            quoted_alone = e - s == 1 and before in _OPENING_QUOTES and e + 1 < n and text[e] in CLOSING_QUOTES \
                and is_syllable(text[e + 1])  # ('亂'은: a lone syllable in quotes, its particles after them)
            if quoted_alone and run in cued_nouns and analyzer.is_tail(syllables_from(text, e + 1)) \
                    and (sense := quoted_cued_sense(text, s, e, run, lexicon, surroundings)):
                append(Item(s, e, run, 'word', (sense,)))  # a quoted term and its particles: '亂'은 叛亂만이
                continue  # (bare in its quotes it would stay the native word it also spells, 'I')
            pieces = analyses.get((run, context))  # usually there: real text repeats its eojeols
            if pieces is None:
                pieces = self._analyse(run, context)
            if not pieces and quoted_alone:
                pieces = self._quoted_noun(text, e + 1, run, context, analyzer)
            if pieces and before in _OPENING_QUOTES and _defined_term(text, e) and [p[:2] for p in pieces] != [(0, e - s)] \
                    and lexicon.has_word(run) \
                    and not self._is_protected(run, analyzer):
                pieces = ((0, e - s, *self._candidates_for(run, 'word')),)  # the term a statute defines, whole:
                # "車路"란, "步道"란 (not 車 + 로, the instrumental); a native word, which has no pieces, stays
            if not pieces and before == ' ' and s > 1 and (
                    after_native_determiner(text, s, lexicon.native)
                    or after_bare_noun(text, s, analyzer, run)) \
                    and analyzer.adverb_spells_noun(run):
                pieces = self._analyse(run, context | AFTER_MODIFIER)  # a determiner wants a noun, as a modifier
                # does: 그 事實은, 이 團地는 (not the adverbs 사실 'in fact', 단지 'only'); so does a bare Sino noun
                # before it, as the head of a compound: 加害 事實은, 違反 事實은 (the adverb follows a word in its case)
            if e - s > 1 and not RANK_SYLLABLES.isdisjoint(run[1:]) and (rank := taxon_rank(text, s, e, run)):
                pieces = self._ranked(run, *rank, pieces)  # 사슴科에 屬하는, 참나무科 참나무屬 (not 'and', 'inside')
            if e - s > 3 and (run[2] in COURT_FIRSTS or run[3] in COURT_FIRSTS) \
                    and (court := court_at(text, run, lexicon.place_names, analyzer.is_particles)):
                size, place, suffix = court  # 水原地法은, 統營支院에서 (not 水源地 + 法, 統營 支援)
                end = size + len(suffix)
                pieces = ((0, size, *self._candidates_for(run[:size], 'mixed:' + place)),) if place else ()
                pieces += ((size, end, *self._candidates_for(suffix, 'mixed:' + COURT_SUFFIXES[suffix])),)
            elif run[0] in ADMIN_UNITS and after_joined_unit(text, s):
                pieces = self._unit_then_rest(run, pieces)
            elif e - s == 3 and run.endswith('하는') and run[0] in lexicon.hada_roots and pieces \
                    and pieces[0][1] == 2 and text.startswith(_BOUND_AFTER_MODIFIER, e):
                pieces = ((0, 1, *self._candidates_for(run[0], 'root')),)  # the verb's modifier before a bound
                # noun: 避하는 것이 좋다, 取하는 수밖에 (not 皮下 and 取下 with the topic's 는, which no bound noun follows)
            elif e - s == 3 and run.endswith(_SUBJECT_VERB_TAILS) and run[0] in lexicon.hada_roots and pieces \
                    and pieces[0][1] == 2 and (_word_before_ends_in(text, s, _SUBJECT_ENDS) and (
                        run[2] == '며' or lexicon.has_word(text[e + 1:e + 3]) or _native_noun_at(text, e + 1, lexicon))
                                               or _word_before_ends_in(text, s, _JOINED_ENDS if run[2] == '며' else _COMPLEMENT_ENDS)):
                pieces = ((0, 1, *self._candidates_for(run[0], 'root')),)  # the verb after its subject: 說話가
                # 傳하는 觀音 道場, 傳統이 强하며 (not 殿下 and 降下 with the topic's 는 or the copula's 며 right after a
                # subject; 우리나라에 傳하는 after a complement); 하는 after a subject only before a noun, Sino or
                # native, that it modifies (아이가 傳하는 말을; 會社가 部下는 많다 keeps the contrastive 는)
            elif run == _PARAGRAPH_GENITIVE and before == ' ' and word_before(text, s) in _PROVISION_POINTERS:
                pieces = ((0, 1, *self._candidates_for(run[0], 'mixed:項')),)  # the paragraph a word points back
                # to: 같은 項의 罰金刑, 各 項의 어느 하나 (not 抗議, the protest, which 항의 means bare elsewhere)
            elif e - s > 2 and run.endswith(_PARAGRAPH_GENITIVE) and len(pieces) > 1 \
                    and pieces[-1][:3] == (e - s - 2, e - s, _PARAGRAPH_GENITIVE) \
                    and (head := self._analyse(run[:-1], context & ~TRAILING_CONTEXT)) and head[-1][1] == e - s - 1:
                pieces = head  # a port or a paragraph joined to the word before and the genitive: 釜山港의,
                # 揚陸港의 (not 釜山 + 抗議, which a word joined before does not take)
            elif run[0] == PORTION_SYLLABLE and context & AFTER_MODIFIER and run[1:] in _PORTION_TAILS \
                    and _transitional_sentence(text, s, e):
                pieces = ((0, 1, *self._candidates_for(PORTION_SYLLABLE, 'mixed:分')),)  # a statute's transitional
                # clause: 最初로 申告하는 分부터 適用한다, 納付한 分에 對해서는 從前의 規定에 따른다 (not the
                # honorific bound noun 분, which statutes never use: they write 者 or 사람)
            elif run[0] == COMPANY_SYLLABLE and 'A' <= before <= 'Z' and (e - s == 1 or analyzer.is_tail(run[1:], VOWEL)):
                pieces = ((0, 1, *self._candidates_for(COMPANY_SYLLABLE, 'mixed:社')),)  # a company named
                # by capitals: A社는, B社의, LG社와 (not 辭意; digits before are counts or outs: 2사 滿壘)
            elif run[0] == PER_SYLLABLE and before.isascii() and before.isalpha() \
                    and _LATIN_UNITS.search(text, max(0, s - 6), s) and (e - s == 1 or analyzer.is_particles(run[1:])):
                pieces = ((0, 1, *self._candidates_for(PER_SYLLABLE, 'mixed:當')),)  # t當 600달러, kWh當 130원
                # (not 黨 or 堂: a unit's price)
            elif run[0] == AXIS_SYLLABLE and _AXIS_LETTER.search(text, max(0, s - 2), s) \
                    and (e - s == 1 or analyzer.is_particles(run[1:])):
                pieces = ((0, 1, *self._candidates_for(AXIS_SYLLABLE, 'mixed:軸')),)  # x軸과 y軸, z軸 方向
            elif run == ORDINAL_SYLLABLE and _TERM_LETTER.match(text, e):
                pieces = ((0, 1, *self._candidates_for(ORDINAL_SYLLABLE, 'mixed:第')),)  # 第n項
            elif run[0] == TERM_SYLLABLE and s > 1 and text[s - 2] == ORDINAL_SYLLABLE and _TERM_LETTER.match(text, s - 1) \
                    and (e - s == 1 or analyzer.is_particles(run[1:])):
                pieces = ((0, 1, *self._candidates_for(TERM_SYLLABLE, 'mixed:項')),)  # 第n項까지의 合
            elif run[0] == SHIP_KIND_SYLLABLE and before in 'GCOU' and text.endswith(SHIP_KINDS, 0, s) \
                    and (e - s == 1 or analyzer.is_tail(run[1:], CONSONANT)):
                pieces = ((0, 1, *self._candidates_for(SHIP_KIND_SYLLABLE, 'mixed:船')),)  # LNG船 受注, VLCC船을
                # (a kind of ship its abbreviation names: not 線 or 選)
            elif run[0] == SHIP_KIND_SYLLABLE and before in RAY_LETTERS and _lone_letter(text, s - 1) \
                    and (e - s == 1 or analyzer.is_tail(run[1:], CONSONANT)):
                pieces = ((0, 1, *self._candidates_for(SHIP_KIND_SYLLABLE, 'mixed:線')),)  # X線 回折, γ線을
            if len(pieces) > 1 and text.endswith(_QUESTION_COPULA + ' ', 0, s) \
                    and not word_before(text, s).startswith(_INDEFINITES) \
                    and _copula_question_last(run, pieces, analyzer):
                pieces = pieces[:-1]  # the second of a paired question, after the first's 인가: 宗敎인가 哲學인가를
                # 두고, 藝術인가 猥褻인가는 (not 哲學 + 認可, the licence)
            if e - s > 2 and run[1:3] in lexicon.person_title_starts and run[0] in lexicon.surnames \
                    and not (before and is_syllable(before)) \
                    and (titled := self._surname_before_title(run, pieces, context)):
                pieces = titled  # 朴大統領, 文大統領은 (a headline's surname written onto the title: not 薄待 + 統領)
            elif e - s > 2 and run[0] == VERSUS and not after_hanja and not before.isalnum() \
                    and not text.startswith(_EMPIRE, e) and (end := versus_state(run, analyzer)):
                pieces = ((0, 1, *self._candidates_for(VERSUS, 'mixed:對')),
                          *((a + 1, b + 1, *more) for a, b, *more in self._analyse(
                              run[1:end], context & TRAILING_CONTEXT if end == len(run) else 0)))
                # 對러시아 制裁, 對中東 輸出, 對北韓 政策 (not 大衆 + 東, 待遇 + 크라이나; 大日本 帝國 stays)
            elif run[0] == STATIONED and not after_hanja and not before.isalnum() and text.startswith(' ', e) \
                    and stationed_state(run, to_hangul(text[e + 1:e + 4]), analyzer):
                pieces = ((0, 1, *self._candidates_for(STATIONED, 'mixed:駐')),
                          *((a + 1, b + 1, *more) for a, b, *more in self._analyse(run[1:], 0)))
                # 駐이스라엘 韓國大使館, 駐러시아 大使 (not Hangul, nor 主人 + 도)
            elif e - s > 2 and run[0] in CONTRAST_PREFIXES and not after_hanja \
                    and (contrasted := self._contrasted(text, s, run, pieces, context)):
                pieces = contrasted  # 都市와 非都市, 大都市圈과 非大都市圈 (not 匪徒 + 時, 肥大 + 都市圈)
            elif run[0] in PREFIX_SYLLABLES and not after_hanja and (not pieces or e - s == 1
                                                                   or len(pieces) == 1 and pieces[0][3] == 'suffix'):
                pieces = self._prefixed(text, s, e, run, before, pieces, analyzer)
            if run[-1] == _DAY and pieces and pieces[-1][1] == e - s - 1 and pieces[-1][3] == 'word' \
                    and _time_after_date(text, e, analyzer.is_particles):
                pieces = (*pieces, (e - s - 1, e - s, *self._candidates_for(_DAY, 'mixed:日')))  # a word's 일 before
                # 후, 전 or 이내 is its day, not the copula's modifier: 判決日 後, 特許出願日 後 (not 判決일 後)
            for start, end, key, kind, cands in pieces:
                append(Item(s + start, s + end, key, kind, cands))
            if before == ' ' and len(items) > len(pieces) and _SHIP_SYLLABLE in run \
                    and (ship := _ship_name_after_class(run, pieces, items[-1 - len(pieces)], s, analyzer)):
                append(ship)
        if '와 ' in text or '과 ' in text or '·' in text or 'ㆍ' in text:
            items = coordinated_pairs(text, items, lexicon, analyzer.is_tail, self._protected.__contains__)
        if not items:
            return items
        return _suffered(text, check_readings(text, choose(text, items, lexicon, to_hangul)), analyzer)

    def _prefixed(self, text: str, s: int, e: int, run: str, before: str, pieces, analyzer: Analyzer):
        """The pieces of a run that is a Sino prefix before a foreign name, a loanword, a country's
        one-syllable name or Latin capitals (親트럼프, 親러, 反EU), or 반 before a foreign name and a word
        for a stance (反 트럼프 情緖: not 半); `pieces` where it is none (see _prefixes), as after an object,
        where 탈 and 친 are the modifiers of 타다 and 치다 (버스를 탈텐데, 공을 친댔어)."""
        if s > 1 and text[s - 1] == ' ' and text[s - 2] in '을를':
            return pieces
        if pieces and pieces[0][3] == 'suffix':  # a loanword a Sino suffix closes: 脫달러化
            j = pieces[0][0]
            hanja = prefix_before_suffix(run, j, analyzer)
            if hanja is None or before and (before.isalnum() or before in ')]'):
                return pieces
            if hanja == '脫' and run[j] == BECOMING[0]:
                pieces = ((j, j + 1, *self._candidates_for(run[j], 'mixed:' + BECOMING[1])),)
            return ((0, 1, *self._candidates_for(run[0], 'mixed:' + hanja)), *pieces)
        words = _NEXT_WORDS.findall(text, e, e + 80)[:2] if text[e:e + 1] == ' ' else []
        if len(run) == 1 and run == '반' and len(words) == 2 and against_name(run, words[0], words[1], analyzer) \
                or len(run) > 1 and not pieces and words and against_name(run, '', words[0], analyzer):
            return ((0, 1, *self._candidates_for(run[0], 'mixed:反')),)
        found = prefixed_run(run, before, text[e:e + 2], analyzer) if not pieces or text[e:e + 1].isascii() \
            and text[e:e + 1].isupper() else None
        if found is None:
            return pieces
        return tuple((a, b, *self._candidates_for(run[a:b], 'mixed:' + hanja)) for a, b, hanja in found)

    def _contrasted(self, text: str, s: int, run: str, pieces, context: int):
        """The pieces of a run that is a prefix of negation, stance or age before a word the same
        sentence has on its own nearby, as a contrast sets them side by side: 都市와 非都市, 大都市圈과
        非大都市圈, 家庭 部門과 非家庭 部門 (not 匪徒 + 時, 肥大 + 都市圈, 悲歌 + 艇); None where the run's
        analysis already reads the prefix and the word, or has a word of its own that runs past the word
        after the prefix (半導體와 導體: the dictionary's word stands)."""
        if pieces and pieces[0][0] == 0 and pieces[0][1] == 1:
            return None  # (the prefix read already)
        n = len(text)
        lo, hi = max(0, s - _CONTRAST_REACH), min(n, s + len(run) + _CONTRAST_REACH)
        head = run[1:3]  # (first, cheaply: the word's first two syllables opening a run nearby)
        at = text.find(head, lo, hi)
        while at != -1 and (at == s + 1 or at and is_syllable(text[at - 1])):
            at = text.find(head, at + 1, hi)
        if at == -1:
            return None
        rest = self._analyse(run[1:], context & TRAILING_CONTEXT)
        if not rest or rest[0][0] != 0 or rest[0][3] != 'word' or rest[0][1] < 2:
            return None
        end, bounds = 1, set()  # where the words after the prefix end in the run: those that follow one another
        for a, b, *_ in rest:
            if a + 1 != end:
                break
            end = b + 1
            bounds.add(end)
        if any(a == 0 and (b in bounds or b >= end) or a == 1 and b == end for a, b, *_ in pieces):
            return None  # (the analysis reads a word with the prefix already: 非管制 + 空域)
        word = run[1:end]
        is_tail = self._get_analyzer().is_tail
        at = text.find(word, lo, hi)
        while at != -1:  # the word standing alone, with nothing or particles after it, in the same sentence
            if at != s + 1 and (at == 0 or not is_syllable(text[at - 1])):
                if is_tail(syllables_from(text, at + len(word))) and not _SENTENCE_END.search(text, min(at, s), max(at, s)):
                    return ((0, 1, *self._candidates_for(run[0], 'prefix')), *((a + 1, b + 1, *more) for a, b, *more in rest))
            at = text.find(word, at + 1, hi)
        return None

    def _surname_before_title(self, run: str, pieces, context: int):
        """The pieces of a run that is a one-syllable surname written onto a person's title, as headlines
        write them: 朴大統領, 文大統領은 (not 薄待 + 統領, 問對 + 統領; 김장관 stays, as 金 reads 금); None where
        the run's analysis has a word of its own through the title's end (理事長, not 李 + 社長) or a word
        with standing across the title's start (政府 + 長官)."""
        lex = self.lexicon
        rest = self._analyse(run[1:], context)
        if not rest or rest[0][0] != 0 or rest[0][3] != 'word' or rest[0][1] < 2 \
                or lex.person_titles.isdisjoint(rest[0][4]):
            return None
        end = rest[0][1] + 1  # where the title ends in the run
        if pieces and (pieces[0][0] != 0 or not 1 < pieces[0][1] < end or lex.has_standing(run[:pieces[0][1]])):
            return None  # (only where nothing, or a word of no standing across the surname and the title's
            # start, read it: 政府 + 長官 stands)
        surname = self._candidates_for(run[0], 'mixed:' + lex.surnames[run[0]][0])
        return ((0, 1, *surname), *((a + 1, b + 1, *more) for a, b, *more in rest))

    def _quoted_noun(self, text: str, at: int, run: str, context: int, analyzer: Analyzer):
        """The pieces of a one-syllable noun in quotes with its particles after the closing quote, read as
        if written solid: ‘恨’의 情緖 (a lone syllable is a noun only before a particle)."""
        tail = syllables_from(text, at)
        if not analyzer.is_tail(tail) or run not in self.lexicon.single_nouns:
            return ()  # (only a curated one-syllable noun: a syllable cited from a word, '사'와 '대부'를 합친, stays)
        return tuple(p for p in self._analyse(run + tail, context) if p[1] <= 1 and p[3] == 'noun')

    def _ranked(self, run: str, j: int, rank: str, pieces):
        """The pieces of a name and a taxonomic rank at j (see _taxa): the name as its own analysis
        reads it (鰱魚科, 진달래科), the rank in Hanja, the tail left; the pieces as they are where a
        word opening the run runs across the rank (菊花科, 學科, 總務課: a dictionary's word stands); the
        name up to a word that runs across it from inside (하늘소科, not 하늘 + 蔬果)."""
        across = next((p for p in pieces if p[0] < j < p[1]), None)
        if across is not None and across[0] == 0:
            return pieces
        name = tuple(p for p in pieces if p[1] <= (j if across is None else across[0]))
        if not name and run[:j] in self.lexicon.mixed_words:
            name = self._analyse(run[:j], 0)  # a curated mixed name: 銀杏나무科, 茶나무科
        return (*name, (j, j + len(rank), *self._candidates_for(run[j:j + len(rank)], 'mixed:' + rank)))

    def _unit_then_rest(self, run: str, pieces):
        """The last member of a middle-dot chain of local units with more written solid after it
        (시·도당, 시·도자치경찰위원회, 구·시·군선거관리위원회, 읍·면·동주민자치센터): the unit is the
        syllable alone, and the rest is read as its own word (市·道黨, 市·道自治警察, not 徒黨, 陶瓷 + 値).
        A word whose first reading begins with the unit keeps only the readings that do (市·道知事, 邑·面長)."""
        unit = ADMIN_UNITS[run[0]]
        if pieces and pieces[0][0] == 0:
            start, end, key, kind, cands = pieces[0]
            if end == 1:  # the unit already stands alone (市·道에서, 市·道別로), maybe as a prefix (同 in 동주민센터)
                return ((0, 1, run[0], 'noun', (unit,)), *pieces[1:])
            if cands and cands[0][:1] == unit:
                return ((start, end, key, kind, tuple(c for c in cands if c[:1] == unit)), *pieces[1:])
        rest = tuple((a + 1, b + 1, *more) for a, b, *more in self._analyse(run[1:], 0)) if len(run) > 1 else ()
        return ((0, 1, run[0], 'noun', (unit,)), *rest)

    def _analyse(self, run: str, context: int):
        """The pieces of one Hangul run with their candidates, cached: real text repeats its eojeols."""
        key = (run, context)  # context: the bits of analyse's context, a cheap key
        found = self._analyses.get(key)
        if found is None:
            analyzer = self._get_analyzer()
            k = run.find(_ABOUT, 1)
            if self._is_protected(run, analyzer) or len(run) > 3 and analyzer.pronoun_question(run):
                # (a pronoun and the copula's question ending, 어디인가에, is native: no loanword's compound)
                found = ()
            elif context & AFTER_HANJA and context & BEFORE_HANJA and self.lexicon.native.get(run) in NOUN_TAGS:
                found = ()  # a native noun between Hanja stays, as it did inside its Hangul run on the first
                # pass (市場經濟가은性能: converting again gives no 加恩)
            elif k > 0 and len(run) - k > len(_ABOUT) + 1:
                # a statute's name written solid: …에關한法律 (特定經濟犯罪加重處罰等에關한法律違反,
                # 痲藥類管理에關한法律): the part before 에 and the part after 관한 are words of their own,
                # as when spaced; 관한 stays Hangul
                rest = k + len(_ABOUT)
                found = self._analyse(run[:k + 1], context) + tuple(
                    (a + rest, b + rest, *more) for a, b, *more in self._analyse(run[rest:], 0))
            else:
                matches = self._matches(run)
                pieces = analyzer.analyse(run, matches, context, protected=self._protected.__contains__)
                found = tuple((p.start, p.end, *self._candidates_for(run[p.start:p.end], p.kind))
                              for p in pieces)
                if found and len(run) > 3:
                    found = self._place_then_locative(run, found)
                if not found and not (context & (AFTER_HANJA | ATTACHED) or context & AFTER_NUMBER and run[0] == '원'):
                    # (no field noun after Hanja or a letter, nor the won after a number: 5千億 원을)
                    senses = analyzer.field_noun(run, self._protected.__contains__, bool(context & AFTER_OBJECT))
                    found = ((0, 1, run[0], 'field', senses),) if senses else ()
                    if not found and not context & BEFORE_HANJA:  # 放送프로그램을, 골프會員權: Sino words
                        # around a loanword (not against Hanja the text has after it, which the read-back
                        # guard would read with them as one run only when converting again)
                        found = tuple((p.start, p.end, *self._candidates_for(run[p.start:p.end], p.kind))
                                      for p in analyzer.loanword_compound(run, matches))
                    closing = None if found else analyzer.loanword_suffix(run, matches)
                    if closing:  # 디지털化: no Sino-Korean word, but a suffix closing a loanword
                        j, hanja = closing
                        found = ((j, j + 1, run[j], 'suffix', (hanja,)),)
                if len(run) > 2:
                    found = self._named_place_and_suffix(run, found, analyzer)
            remember(self._analyses, key, found, _CACHE_LIMIT)
        return found

    def _place_then_locative(self, run: str, found: tuple) -> tuple:
        """The pieces of a run that is a place of three syllables or more and 에서 contracted to 서, where
        the analysis cut the place to make a word of its last syllable and the 서: 百貨店서, 競技場서,
        博物館서 (not 百花 + 占書, 競技 + 藏書, 博物 + 官署); the 서 is the suffix `choose` leaves in Hangul."""
        j = run.rfind(LOCATIVE, 3)
        if j < 0 or run[j + 1:] not in AFTER_LOCATIVE or any(b == j for _, b, *_ in found) \
                or not self.lexicon.has_word(run[:j]):
            return found
        place = self._candidates_for(run[:j], 'word')
        if not place[2] or place[2][0][-1] not in LOCATIVE_HEADS \
                or any(h[0] == place[2][0][-1] for h in self.lexicon.words(run[j - 1:j + 1])):
            return found  # (a word of the place's last character and the 서 is no contraction: 無人 島嶼)
        return ((0, j, *place), (j, j + 1, *self._candidates_for(LOCATIVE, 'suffix')))

    def _named_place_and_suffix(self, run: str, found: tuple, analyzer: Analyzer) -> tuple:
        """The pieces of a run that is a foreign place loanword_suffixes.tsv names before 市, 州, 縣 or 省,
        that suffix and particles, where the dictionary's words cut across the place: 가고시마縣 (not
        加高 + 時 + 馬峴), 상파울루州에서 (not 床播 + 鬱壘 + 主), 산시省 (not 刪詩 + 性); or the suffix left in
        Hangul, or taken by words around the loanword: 칭하이省과, 오클라호마州의 (not 오클라 + 胡麻酒)."""
        for j in range(2, len(run)):
            if run[:j] not in self.lexicon.foreign_places or run[j] not in PLACE_SUFFIXES:
                continue
            hanja = self.lexicon.loanword_suffixes.get(run[j], (None, {}))[1].get(run[:j])
            rest = run[j + 1:]
            if hanja != PLACE_SUFFIXES[run[j]] or rest and not analyzer.is_particles(rest, final_sound(run[j])) \
                    or len(found) > 1 and found[0][:2] == (0, j) and found[1][:2] == (j, j + 1) \
                    and found[1][4][:1] == (hanja,):
                continue  # (the head read as a word and the suffix as the place's: 群馬縣)
            return ((j, j + 1, run[j], 'suffix', (hanja,)),)
        return found

    def _is_protected(self, run: str, analyzer: Analyzer) -> bool:
        return any(run[:j] in self._protected and analyzer.is_tail(run[j:])
                   for j in range(len(run), 0, -1)) if self._protected else False

    def _matches(self, run: str) -> dict[int, list[tuple[int, bool]]]:
        """Start -> [(end, is_user)] for every dictionary word of two or more syllables in a run.

        Collected with `iter()`, never `iter_long()`, which misses overlapping matches.
        """
        ends: dict[int, list[tuple[int, bool]]] = {}
        removed, user = self._removed, self._user
        filtered = bool(removed or user)  # (usually neither: no word to skip)
        get = ends.get
        for end, code in self.lexicon.automaton.iter(run):
            start = end + 1 - (code & LENGTH_MASK)
            if filtered and (run[start:end + 1] in removed or run[start:end + 1] in user):
                continue
            found = get(start)
            if found is None:
                ends[start] = [(end + 1, False)]
            else:
                found.append((end + 1, False))
        if user:
            for end, code in self._get_user_automaton().iter(run):
                ends.setdefault(end + 1 - (code & LENGTH_MASK), []).append((end + 1, True))
        return ends

    def _get_user_automaton(self):
        with self._lock:
            if self._user_automaton is None:
                self._user_automaton = WordAutomaton({k: ' '.join(v) for k, v in self._user.items()})
            return self._user_automaton

    def _candidates_for(self, key: str, kind: str) -> tuple[str, str, tuple[str, ...]]:
        """(key, kind, the word's ranked candidates), cached: the analyses share one such tuple
        per word, so the cache holds each word's Hangul once."""
        found = self._candidate_cache.get((key, kind))
        if found is None:
            lex = self.lexicon
            if kind == 'user':
                cands = self._user[key]
            elif kind == 'word':
                cands = rank_candidates(key, lex.words(key), lex)
            elif kind == 'place-word':  # a word after a name, the office's sense first (서울市長, not 市場)
                cands = tuple(sorted(rank_candidates(key, lex.words(key), lex),
                                     key=lambda h: (h[0] not in ADMINISTRATIVE, h[-1] not in '長廳')))
                return remember(self._candidate_cache, (key, kind), (key, 'word', cands), _CACHE_LIMIT)
            elif kind == 'place':  # a suffix after a name, its place senses first
                cands = tuple(sorted(lex.suffixes[key], key=lambda hanja: hanja not in PLACE_SENSES))
            elif kind == 'collocation':  # (a noun of two rows has both senses: 日 and 一 for 일)
                cands = tuple(h for h, _ in lex.collocation_senses[key]) if key in lex.collocation_senses \
                    else (lex.collocation_nouns[key][0],)
            elif kind == 'numeral':
                cands = (''.join(lex.numerals[c][0] for c in key),)
            elif kind.startswith('mixed:'):  # the Sino part of a curated mixed word (窓밖)
                return remember(self._candidate_cache, (key, kind), (key, 'mixed', (kind[6:],)), _CACHE_LIMIT)
            else:
                cands = {'suffix': lex.suffixes, 'prefix': lex.prefixes, 'counter': lex.counters,
                         'noun': lex.single_nouns, 'determiner': lex.determiners, 'root': lex.hada_roots,
                         'dynasty': lex.dynasties,
                         'adverb': lex.adverb_roots,
                         'stately': lex.stately_roots,
                         'bound': BOUND_NOUNS}[kind][key]
            found = remember(self._candidate_cache, (key, kind), (key, kind, cands), _CACHE_LIMIT)
        return found


_SUFFER = '당'  # the light verb 당하다 'suffer' is Sino-Korean, 當하다, as it is standing alone (强盜를 當했다)
_HADA_AFTER_SUFFER = frozenset('하한할함합해했')


def _suffered(text: str, items: list[Item], analyzer: Analyzer) -> list[Item]:
    """The 당 of 당하다 written solid after a Sino-Korean word in Hanja is 當, as in the dictionary's
    負傷當하다 and 詐欺當하다, whether or not the dictionary lists the whole: 强盜當했다, 逮捕當했다,
    差別當하는 (not 强盜당했다 beside 負傷當한). Only where the rest of the eojeol is a form of
    당하다 and no word of its own starts at the 당 (民主黨 stays a word)."""
    n = len(text)
    if _SUFFER not in text:
        return items
    out: list[Item] = []
    for k, item in enumerate(items):
        out.append(item)
        end = item.end
        if item.hanja is None or item.kind in ('root', 'counter') or end + 1 >= n or text[end] != _SUFFER \
                or text[end + 1] not in _HADA_AFTER_SUFFER or k + 1 < len(items) and items[k + 1].start == end:
            continue
        if analyzer.is_tail(syllables_from(text, end), final_sound(text[end - 1])) and is_hanja(item.hanja[-1]):
            out.append(Item(end, end + 1, _SUFFER, 'root', ('當',), '當', 'grammar'))
    return out


_CONTRACTED_I = '전'  # 저는 'I (topic)' contracted, or 前, 全 and the other senses of the syllable
_NOT_NOUNS = frozenset({'determiner', 'pronoun', 'adverb', 'MM', 'MAG', 'NP'})  # no noun a determiner stands before
_OPENERS = frozenset({'adverb', 'conjunction', 'interjection', 'MAG', 'MAJ', 'IC'})  # words a sentence may open with


def _contracted_i(text: str, s: int, e: int, native: dict[str, str]) -> bool:
    """Whether a bare 전 is 저는 contracted: it opens its sentence, or follows a native adverb, conjunction or
    interjection (근데 전, 네, 전), and a native determiner, pronoun or adverb follows it, before which no
    determiner stands (전 이 問題에, 전 정말; but 前 大統領, 全 財産, and 3年 前 이 곳에서 after a noun)."""
    if text[e:e + 1] != ' ' or native.get(syllables_from(text, e + 1)) not in _NOT_NOUNS:
        return False
    k = s
    while k and text[k - 1] in ' ,':
        k -= 1
    if not k or text[k - 1] in '.?!…"\'“”‘’\n':
        return True
    j = k
    while j and is_syllable(text[j - 1]):
        j -= 1
    return native.get(text[j:k]) in _OPENERS


@functools.cache
def _character_tables() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """chars.tsv's names of characters, read on first use and shared by every converter: (meaning, reading)
    -> character (see _named_characters.gloss_index), and (character, syllable) -> its names."""
    entries = list(character_entries())
    return gloss_index(entries), names_by_reading(entries)


def _gloss_index() -> dict[tuple[str, str], str]:
    return _character_tables()[0]


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f'{name} must be str, not {type(value).__name__}')
    return value


def _line_of(path: str, offset: int) -> int:
    with open(path, 'rb') as f:
        return f.read(offset).count(b'\n') + 1


def _modifier_han(text: str, s: int) -> bool:
    """Whether the 한 before the space at s - 1 is 하다's modifier after a subject (그가 한 待接은, 우리가 한
    募金), not the numeral (물 한 모금)."""
    return s > 3 and text[s - 3:s] == ' 한 ' and text.endswith(SUBJECT_ENDINGS, 0, s - 3)


def _cued_native_word(run: str, cued_native: frozenset[str], is_tail, has_word) -> str | None:
    """The native word of `Lexicon.cued_native` the run is, alone or with particles or the copula
    after it (어미는, 어미이다), the longest first; None if the run goes on otherwise (어미새) or a
    longer dictionary word starts it (理氣論을, not 理氣 and 론을)."""
    for j in range(min(len(run), 4), 1, -1):
        if run[:j] in cued_native and (j == len(run) or is_tail(run[j:]) and not has_word(run[:j + 1])):
            return run[:j]
    return None


_DAY = '일'
_AFTER_DATE = ('후', '전', '이후', '이전', '이내', '현재', '당시')  # words of time after a day (出願日 後, 宣告日 現在)


def _time_after_date(text: str, end: int, is_particles) -> bool:
    """Whether a space and a word of time before or after a day follow `end`: 후에, 전까지, 이내에, 현재
    (which the copula's 일 never takes: 事實일 것, 學生일 때)."""
    if not text.startswith(' ', end):
        return False
    word = syllables_from(text, end + 1)
    return any(word.startswith(time) and is_particles(word[len(time):]) for time in _AFTER_DATE)


def _transcriptions(text: str) -> list[tuple[int, int]]:
    """The spans of the square brackets of `text` that transcribe sounds (see _BRACKETS), in order."""
    found: list[tuple[int, int]] = []
    spans = [m.span() for m in _BRACKETS.finditer(text)]
    for a, b in spans:
        before = _BEFORE_TRANSCRIPTION.search(text, max(0, a - 5), a)
        if _SOUND_MARKS.search(text, a, b) or text.startswith(_SOUND_WORDS, b) or before and (
                before.group()[0] != ']' or found and text.rfind(']', 0, a) + 1 == found[-1][1]):
            found.append((a, b))  # (after another bracket only where that one transcribes: [갑], [감])
    if found and len(found) < len(spans):  # a list ends in one that transcribes: so do the others, [갑], [감],
        for k in range(len(spans) - 2, -1, -1):  # [갑ㅆ]으로
            if spans[k + 1] in found and spans[k] not in found \
                    and text[spans[k][1]:spans[k + 1][0]].strip() == ',':
                found.append(spans[k])
        found.sort()
    return found


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of the (sorted, disjoint) spans."""
    k = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


_SHIP_SYLLABLE, _SHIP = '함', '艦'


def _ship_name_after_class(run: str, pieces, before: Item, s: int, analyzer: Analyzer) -> Item | None:
    """The 艦 closing a ship's name that follows its class in apposition: 驅逐艦 世宗大王艦을, 上陸艦
    馬羅島艦이, 潛水艦 張保皐艦은. Right after a word in 艦 and a space, a word in 함 and particles
    names the ship; elsewhere that 함 is 하다's nominal (必要함을, 救助함과 同時에) and stays.
    Returns the 艦 as an item, or None (pieces already over the 함, or no such class word before)."""
    if before.end != s - 1 or not before.candidates or before.candidates[0][-1:] != _SHIP:
        return None
    j = run.find(_SHIP_SYLLABLE, 1)
    if j < 0 or any(end > j for _, end, *_ in pieces) or not analyzer.is_particles(run[j + 1:]):
        return None
    lex = analyzer.lex
    last = next((p for p in pieces if p[1] == j), None)  # the word the 함 closes: none that takes 하다
    if last is not None and (last[2] in lex.predicate_senses or last[2] in lex.bare_roots
                             or any(h in lex.zh_verbal or h in lex.adjective_senses for h in last[4])):
        return None  # (潛水艦 必要함을: the nominal of 必要하다)
    return Item(s + j, s + j + 1, _SHIP_SYLLABLE, 'suffix', (_SHIP,))
