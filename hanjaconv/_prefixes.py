"""One-syllable Sino prefixes before a foreign name, a loanword or a country's one-syllable name, as news
writes them: 親트럼프, 脫플라스틱, 親러, 對러, 親中, 反EU, and spaced 反 트럼프 情緖.

The analysis finds no Sino-Korean word in such a run (its core is a loanword, whose syllables no
dictionary word covers), and a loanword compound needs a word of two syllables or more beside the
loanword; so the prefix would stay Hangul, or, spaced, take 半 'half' (半 트럼프).

>>> from ._lexicon import get_lexicon
>>> from ._analysis import Analyzer
>>> analyzer = Analyzer(get_lexicon())
>>> prefixed_run('친트럼프', '', '', analyzer), prefixed_run('친러', '', '', analyzer)
(((0, 1, '親'),), ((0, 1, '親'),))
>>> prefixed_run('친중', '', '', analyzer), prefixed_run('반', '', 'EU', analyzer)
(((0, 1, '親'), (1, 2, '中')), ((0, 1, '反'),))
>>> prefixed_run('탈레반', '', '', analyzer) is None, prefixed_run('반팔티', '', '', analyzer) is None
(True, True)
"""
from __future__ import annotations

from ._analysis import Analyzer, final_sound

# the one-syllable names of countries in news (as in _pairs.COUNTRIES), and 러 (Russia), which has no Hanja
_COUNTRIES = {'한': '韓', '미': '美', '일': '日', '중': '中', '북': '北', '영': '英', '독': '獨', '불': '佛', '러': None}
# prefixes written solid before any foreign name or loanword (親트럼프, 脫플라스틱, and medicine's 抗히스타민): few loanwords
# begin so, and those are listed as native words (탈레반, 탈무드), which is_native keeps
_BEFORE_LOANWORDS = {'친': '親', '탈': '脫', '항': '抗'}
# prefixes before a country's one-syllable name (親러, 反러, 對러, 親中; 반중, 친미, 대북 are dictionary words)
_BEFORE_COUNTRIES = {'친': '親', '반': '反', '탈': '脫', '대': '對'}
# prefixes written solid before a name in Latin capitals (反EU, 親EU, 非EU 國家, 對EU 輸出, 脫EU; medicine's 抗CD20 抗體)
_BEFORE_CAPITALS = {'친': '親', '반': '反', '탈': '脫', '비': '非', '대': '對', '항': '抗'}
# degrees written solid before a ratio's abbreviation, as market news writes them (低PBR 種目, 高PER); never spaced,
# where 저 is the pronoun or determiner and 고 the late (저 KTX, 고 김구)
_DEGREES_BEFORE_CAPITALS = {'저': '低', '고': '高'}
# 反 before a foreign name only where a word for a camp, a stance or a protest follows (反트럼프 情緖, 反 푸틴 人士):
# 반 'half' comes before loanwords as often (반 컵, 반 시즌, 반팔티)
_AGAINST, _AGAINST_HANJA = '반', '反'
STANCE_WORDS = ('정서', '시위', '진영', '전선', '연대', '성향', '운동', '집회', '여론', '노선', '세력', '인사', '기류',
                '감정', '구호', '연합', '투쟁', '행보', '정책', '단체', '정당', '캠페인', '선언', '기조', '목소리')
# prefixes of negation, stance, age or degree that set a word against the same word bare (都市와 非都市, 新受託者와
# 受託者, 原都給ㆍ下都給): Converter._contrasted reads them so where the sentence has the bare word nearby
CONTRAST_PREFIXES = frozenset('비반탈친무미불부몰피신구범초준순원')
PREFIX_SYLLABLES = frozenset().union(_BEFORE_LOANWORDS, _BEFORE_COUNTRIES, _BEFORE_CAPITALS, _DEGREES_BEFORE_CAPITALS)
# (every prefix above: the runs Converter._prefixed looks at)
# what follows the modifiers 탈 (타다) and 친 (치다) as a bound noun or an ending's rest: 탈꺼야, 탈텐데, 친댔어,
# 탈뻔했다, 친거야 (loanwords after a prefix seldom open so)
_ENDING_SYLLABLES = frozenset('꺼께껄까텐테댔대뻔걸거듯줄뒤때데')


def _loanword(core: str, analyzer: Analyzer) -> bool:
    """Whether core may be a foreign name or loanword: a listed one (native_words.tsv), or two syllables or
    more, one of them read by no Hanja, no native word and no ending's."""
    lex = analyzer.lex
    if core in lex.loanword_nouns:
        return True  # (a listed loanword, which is_native also takes: 脫플라스틱)
    return len(core) >= 2 and any(c not in lex.chars for c in core) and core[0] not in _ENDING_SYLLABLES \
        and not analyzer.is_native(core)


def _core_end(run: str, analyzer: Analyzer) -> int:
    """Where the particles after the name or loanword begin (the run's end if none do)."""
    for t in range(2, len(run)):
        if analyzer.is_particles(run[t:], final_sound(run[t - 1])):
            return t
    return len(run)


def prefixed_run(run: str, before: str, after: str, analyzer: Analyzer) -> tuple[tuple[int, int, str], ...] | None:
    """The Sino pieces (start, end, Hanja) of a run with no analysis that is a prefix and a foreign name,
    a loanword or a country's name (with particles), or a prefix alone right before Latin capitals (`after`,
    the text right after the run), or None. `before` is the character before the run: a run joined to a
    letter or a digit is no word of its own."""
    if before and (before.isalnum() or before in ')]'):
        return None
    first = run[0]
    if len(run) == 1:
        hanja = _BEFORE_CAPITALS.get(first) or _DEGREES_BEFORE_CAPITALS.get(first) if after[:1] != ' ' \
            else _BEFORE_CAPITALS.get(first)
        return ((0, 1, hanja),) if hanja and after[:2].isupper() and after[:2].isascii() else None
    if first not in _BEFORE_COUNTRIES and first not in _BEFORE_LOANWORDS or analyzer.is_native(run):
        return None
    country = run[1]
    if country in _COUNTRIES and first in _BEFORE_COUNTRIES \
            and (len(run) == 2 or analyzer.is_particles(run[2:], final_sound(country))):
        pieces = ((0, 1, _BEFORE_COUNTRIES[first]),)
        return pieces + ((1, 2, _COUNTRIES[country]),) if _COUNTRIES[country] else pieces
    hanja = _BEFORE_LOANWORDS.get(first)
    if hanja and _loanword(run[1:_core_end(run, analyzer)], analyzer):
        return ((0, 1, hanja),)
    return None


def against_name(run: str, next_word: str, word_after: str, analyzer: Analyzer) -> bool:
    """Whether 반 is 反 before a foreign name: solid (반트럼프, run) or spaced (반 트럼프: run is 반 and
    next_word the name), with a word for a camp, a stance or a protest next (word_after: 反트럼프 情緖)."""
    if run[0] != _AGAINST or not word_after.startswith(STANCE_WORDS):
        return False
    if len(run) == 1:
        core = next_word[:_core_end(next_word, analyzer)] if next_word else ''
    else:
        core = run[1:_core_end(run, analyzer)]
    return _loanword(core, analyzer) and not analyzer.is_native(run)


def prefix_before_suffix(run: str, j: int, analyzer: Analyzer) -> str | None:
    """The Hanja of a prefix that opens a loanword a Sino suffix at j closes (脫달러化, 親디지털化), or None;
    after 脫 the suffix 화 is 化 'becoming', whatever the loanword (脫달러化, not the currency 貨)."""
    hanja = _BEFORE_LOANWORDS.get(run[0])
    return hanja if hanja and j >= 3 and _loanword(run[1:j], analyzer) and not analyzer.is_native(run[:j]) else None


VERSUS = '대'  # 對 'towards, against', written solid before the name of a state it deals with


def versus_state(run: str, analyzer: Analyzer) -> int:
    """Where the name of a foreign state, bloc or region ends in a run that is 대 'towards' written solid
    before it, with particles or nothing after (foreign_states.tsv), or 0: 對러시아 制裁, 對中東 輸出이,
    對北韓 政策, 對아세안 投資 (not 大衆 + 東, 待遇 + 크라이나, 大雅 + 洗顔).

    >>> from ._lexicon import get_lexicon
    >>> analyzer = Analyzer(get_lexicon())
    >>> versus_state('대러시아', analyzer), versus_state('대중동에', analyzer), versus_state('대인도', analyzer)
    (4, 3, 0)
    """
    states = analyzer.lex.states_after_versus
    for j in range(len(run), 2, -1):  # (the longest name first: 對유럽연합, not 對유럽 + 聯合)
        if run[1:j] in states and (j == len(run) or analyzer.is_particles(run[j:], final_sound(run[j - 1]))):
            return j
    return 0


STATIONED = '주'  # 駐 'stationed in', written solid before the state where an embassy or a force stands
_STATIONED_BEFORE = ('대사', '영사', '총영사', '대표부', '공관', '미군', '특파원', '한국', '미국', '일본', '중국', '우리')
# (what 駐X stands before: its embassy, envoy or force, or the country that sends them: 駐이스라엘 韓國大使館)


def stationed_state(run: str, next_word: str, analyzer: Analyzer) -> bool:
    """Whether the run is 주 'stationed in' written solid before a foreign state (foreign_states.tsv) and the
    next word names an envoy, mission or force or the state that sends it: 駐이스라엘 韓國大使館, 駐러시아
    大使 (the rest of the run is the state's name whole, and the word after must name an envoy: 主人도 밥을
    stays)."""
    return len(run) > 2 and run[1:] in analyzer.lex.foreign_states and next_word.startswith(_STATIONED_BEFORE)


BECOMING = ('화', '化')  # the suffix that 脫 takes after a loanword: 脫달러化 (see prefix_before_suffix)
