"""Choosing one Hanja for each Sino-Korean word, and saying which rule chose it.

The rules, strongest first: the user's dictionary; the document's own Hanja (a
한글(漢字) gloss, or the Hanja word written out elsewhere in the text); a compound
that spans a word and its neighbour (시장 경제 → 市場 經濟); a cue word next to it
(사기 피해 → 詐欺, `_cues.apply_cues`); one sense per
document; the sense of the field the neighbouring words belong to (`_apply_domain`); the
curated default; the dictionary's rank, which the words around may overturn (context:
characters shared and associated, see `_apply_context`; a one-syllable noun takes the sense
a neighbour's Hanja contains, `_apply_shared_character`).
"""
from __future__ import annotations

import bisect
from itertools import repeat
from typing import Callable, Collection

import regex

from ._bounded import remember
from ._cues import (ADJECTIVE_SUFFIXES, DOEDA_FORMS, IMPOSING, NATIVE_SENSE, VERB_FORMS, apply_cues, apply_viscera,
                    bound_to_cue, drop_honoured_connectives, guard_cued_nouns, imposed, may_be_predicate,
                    nearest_cued)
from ._naming import apply_clans, apply_naming, keep_streams
from ._places import ADMIN_UNITS, apply_city_halls, apply_places, apply_universities, in_unit_chain
from ._counters import apply_counter_cues, count_before
from ._hangul import (counted_word_before, has_final, is_hanja, is_syllable, join, number_at, split, syllable_at,
                      syllables_from, word_before)
from ._surroundings import DRUG, DRUG_HANJA, POINTING, QUOTATIVE, collocation_follows, modifier_final
from ._items import Item
from ._names import (LONG_NOT_HEAD, apply_called, apply_foreign_given_names, apply_dharma_names, apply_lede_name, apply_other_names, apply_full_names,
                     apply_full_names_after_kin, apply_given_names, apply_pen_name_before_name, apply_japanese_names,
                     apply_names_after_titles, apply_names_before_ssi, apply_speakers,
                     apply_names_again, apply_names_before_particles, apply_affectionate_names, apply_given_names_again,
                     apply_names_after_children, apply_names_with_suffix, apply_parent_names, apply_titles,
                     apply_places_not_persons,
                     apply_child_names,
                     titles_in)
from ._suffix_words import apply_heads_of_bodies, apply_ism, apply_office_heads, apply_scholarly
from ._lexicon import COMMON_IN_CHINESE, DOEDA_SYLLABLES, HADA_SYLLABLES, Lexicon
from ._analysis import NUMBER_DETERMINERS, NUMERAL_UNITS, WELL_ATTESTED, is_native_stem
from .reading import _read_char, read_run

CONFIDENCE = {'user': 1.0, 'gloss': 0.98, 'text': 0.95, 'only': 0.95, 'compound': 0.9,
              'cue': 0.85, 'document': 0.85, 'default': 0.8, 'domain': 0.8, 'grammar': 0.8,
              'title': 0.8, 'place': 0.8, 'predicate': 0.75, 'context': 0.7, 'rank': 0.55}
SURE = frozenset({'user', 'gloss', 'text', 'only', 'compound'})   # context for the others
WEAK = frozenset({'rank', 'default'})                              # open to compounds, one sense, context
PRODUCTIVE = 30             # uses in dictionary words a character needs not to count as rare
BUCKET_RATIO = 30           # counts this many times apart make the next frequency bucket
CONTEXT_CANDIDATES = 8      # how far down the ranking context may reach
CONTEXT_WINDOW = 20         # words either side that count as context
GUESS_WEIGHT = 0.3          # a neighbour that is itself a guess counts less than a sure one
SHARED = 1.0                # weight of a context character the candidate contains
ASSOCIATED = 0.1            # weight of each unit of association with a context character
MARGIN = 0.7                # the evidence a candidate needs over the prior's choice
USUAL_MARGIN = 2.0          # ... over a word's curated default or usual sense
DEFAULT_SUPPORT = 1.5       # weight of context words sharing a character that moves a default alone
DOMAIN_EVIDENCE = 1.5       # votes of a field around a homograph that give it the field's sense
GENERAL_WORD = 10_000        # a Chinese corpus count that makes a word everyday vocabulary (歷史, 政府, 以上)
GENERAL_VOTE = 0.5          # ... whose vote for its field counts half: it says little of the text's field
_VERB_FIELDS = frozenset({'law', 'economy'})  # fields whose senses of a verb may overturn its curated one (開議, 消却)
OPEN_VOTE = 0.5             # the vote of a guessed word for a field one of its other senses is in
GUESSED = frozenset({'rank', 'default', 'predicate'})          # word choices a field may overturn
OPEN_TO_DOMAIN = GUESSED | {'grammar', 'field'}                # ... and one-syllable ones
# (not a counter: the number before it and its own cues decide, 第5章 among economic words)

TIME_SENSES = frozenset('前後間內')  # the senses of a suffix after a counter: 5年前, 3日後, 10年間, 30日內
# the school a grade's number follows, written solid in education news: 中3, 初6 (高3 is the prefix's own 高)
_SCHOOL_BEFORE_GRADE = {'중': '中', '초': '初'}
_PRECEDING_PROVISIONS = regex.compile(r'\d+(?:항|조|호|목)')  # after 전: a count of the provisions before (前2項)
_WHOLE_WORK = regex.compile(r' \d+(?:권|책|부작)')
# after 전: the count of a work's volumes or parts (全 10卷으로, 全 5部作): the whole, not 'former'
_VICE, _NEGATION = ('부', '副'), '不'  # the prefix 부: 不 only before ㄷ and ㅈ, as 두음 of 不 has it, else 副
_NEGATED_INITIALS = (3, 12)  # the initials ㄷ and ㅈ, as _hangul.split numbers them
_SAINT_TITLES = {'성': '聖'}  # 'Saint', bare before the names its cues in sense_cues.tsv list (聖 베드로)
RANGE_SENSE = '臺'  # the sense of 대 after a counter other than a year's: 2點臺, 10分臺, 3割臺 (but 1970年代)
# counters of rounds and games: a 전 joined to them is the game (5次戰, 2回戰), never 'before' (5年前)
ROUND_COUNTERS = frozenset(('차', '회'))
_HADA_FORMS = HADA_SYLLABLES | DOEDA_SYLLABLES  # the first syllables of 하다's and 되다's forms
_VERB_ONLY_IMPOSING = ('한다', '하는')  # forms only a verb takes: 科한다, 課하는
_CAUSATIVE_FORMS = ('시키', '시켜', '시켰', '시킨', '시킬', '시킴', '당하', '당한', '당할', '당해', '당했')  # 시키다's, 당하다's
_CONTRACTED_HADA = frozenset('지치케코')  # 하다's forms that end the word (light_verbs.tsv, prefix no)
_DAY_COUNTED_FROM = (' 날부터', ' 날로부터', ' 날까지')  # 한 날부터: the past modifier too (no adjective
# dates a period: 公告한 날부터 10日, not 鞏固한)
_PAST_BEFORE = (' 후', ' 뒤', ' 다음', ' 이후')  # 한 후: the past modifier, which only verbs form
_OBJECT_VERB = ('하여야', '하여서는', '하거나', '하고자', '하지 아니', '하지 못',
                '합니다', '하였', '했', '하오니', '하며', '하려',
                '하고', '하면', '한 ', '할 ')  # after an object, forms of a verb (개최를 公告합니다;
# 이를 公告하고, 이를 公告한 날; not 하게 or 히, which an adjective takes in 동맹을 鞏固하게 하다)


def _verb_form(text: str, start: int, end: int) -> bool:
    """Whether the light verb after a word at start:end is one no adjective forms: 揭示한 후
    (an adjective has no past modifier before 후), 이를 揭示하여야 (nor takes an object)."""
    if text.startswith('한', end):
        rest = text[end + 1:end + 5]
        if rest.startswith(_DAY_COUNTED_FROM):
            return True  # the day a period runs from or to is an act's: 公告한 날부터, 通知한 날까지
        for after in _PAST_BEFORE:
            if rest.startswith(after) and (len(rest) == len(after) or not is_syllable(rest[len(after)])
                                           or rest[len(after)] in '에부까'):
                return True
    if start >= 2 and text[start - 1] == ' ' and text[start - 2] in '을를' and text.startswith(_OBJECT_VERB, end):
        return True
    if start >= 4 and text.startswith(_OBJECT_VERB, end):
        between = next((a for a in _BETWEEN_OBJECT_AND_VERB if text.endswith(a, 0, start)), None)
        k = start - len(between) if between else 0
        if between and k >= 2 and text[k - 1] == ' ' and text[k - 2] in '을를':
            return True  # ... or after an object and an adverb of time or manner: 基準價格을 每日 公告하여야,
            # 그 事實을 遲滯 없이 公告하여야 (an adjective takes no object, whatever stands between)
    if start >= 3 and text[start - 3:start] in ('하여 ', '하고 ') and text.startswith(_OBJECT_VERB, end) \
            and ('을 ' in text[:start] or '를 ' in text[:start]):
        return True  # ... or a verb chain after 하다's connective, which shares the object: 日程을 定하여
        # 公告하여야, 作成하고 公告하며 (an adjective after such a verb is rare: 鞏固하여야 stays after a subject;
        # with no object before, the chain is of adjectives: 莊重하고 悠長한 旋律, not 儒將)
    if text.startswith('할 ', end) and text.startswith(_PLANNED, end + 2):
        return True  # 公告할 豫定이다: a plan is of an act, no adjective's (鞏固할 豫定 is no Korean)
    before = text[max(0, start - 8):start]
    if before.endswith(_REPORTED) or before.endswith(_AS_FOLLOWS):
        return True  # 募集한다고 公告하였다, 다음과 같이 公告합니다: what is reported or announced
    return False


# adverbs of time or manner that statutes put between an object and its verb (see _verb_form)
_BETWEEN_OBJECT_AND_VERB = ('매일 ', '매월 ', '매년 ', '미리 ', '즉시 ', '지체 없이 ', '지체없이 ', '다시 ', '먼저 ',
                            '따로 ', '함께 ', '각각 ', '정기적으로 ', '별도로 ', '또 ', '마침내 ', '드디어 ', '결국 ',
                            '처음으로 ', '성공적으로 ', '두 번이나 ', '세 번이나 ')  # (올림픽을 두 番이나 誘致했다)
# an act planned: 할 예정이다, 할 계획이다, 할 방침이다
_PLANNED = ('예정', '계획', '방침')
# a quoted clause before a verb of saying (모집한다고 공고하였다, 하자고 당부했다), and the
# announcement formula of notices (다음과 같이 공고합니다): only a verb follows either
_REPORTED = ('다고 ', '라고 ', '자고 ', '냐고 ')
_AS_FOLLOWS = ('다음과 같이 ', '아래와 같이 ')


# a time noun after a nominalized clause (하기 이전에): its time sense, never the homograph a field prefers
_TIME_AFTER_CLAUSE = {'이전': '以前', '이후': '以後'}
# ... and after a day or a time, a space between: 發生한 날 以前, 離職日 以前, 2020年 以前, 그 때 以後
# (a word in 日, a count of years, months or hours, the native 날 and 때; not any word in 時: 臨時 移轉)
_TIME_WORDS = ('날 ', '때 ')
_TIME_COUNTS = frozenset('年月時')
_LIMIT_BEFORE_AMOUNT = {'최고': '最高', '최저': '最低'}  # before an amount, its ceiling or floor: 最高 5千萬 원,
# 最高 年 20퍼센트 (催告, the law field's demand, never stands before a number)
_AMOUNT_STARTS = ('연 ', '월 ', '일 ', '약 ', '연', '월')  # a rate's period or 約 between it and the digits
_IDEAL_AFTER_OBJECT = {'이상': '理想'}  # in 으로 after an object: 平等을 理想으로 여기다
# a verb of contrast whose object is two things joined by 와 or 과 (A와 B를 對比하여): 이데아론과 … 質料形相論을
# 對比하며, 格物致知論과 … 心卽理說을 對比하여 (not 對備, which readies for one thing, in 에; a cue of 對備
# near still overturns it: 颱風과 暴雨를 對備해)
_CONTRAST_OF_PAIR = {'대비': '對比'}
_CONTRAST_VERB = ('하며', '하여', '하고', '하면', '한 ', '해 ', '해서', '했', '하는', '함으로', '하기')
_COUNTED_LIMITS = {'이상': '以上'}  # after a native numeral and its counter: 두 가지 以上의, 세 番 以上
# words whose usual sense is an adverb, before a case particle: the noun they also spell (no adverb takes
# case; 우선은 'for now' stays the adverb's)
_NOUN_BEFORE_GENITIVE = {'일단': ('一團', ('의 ',)), '우선': ('優先', ('을 ', '이다', '이며', '이고', '의 ', '으로 ', '이라'))}
# a dynasty dates what follows it: 高麗 12世紀, 高麗 1348年, 朝鮮 15世紀 (not 考慮, 造船: no word of
# thinking or shipbuilding stands bare before a year); and a part of a period after it: 12世紀 前半 (not 全般)
_CONTENT_AFTER_QUOTE = {'가정': '假定'}  # nouns whose sense is the content of a quoted clause before them (-다는, -라는)
_NOT_QUOTING = ('자라는', '바라는')  # verbs whose adnominal spells the quoting ending: 아이가 자라는 家庭, 모두가 바라는 家庭


def _after_quoting_clause(text: str, start: int) -> bool:
    """Whether the eojeol right before `start` (one space between) ends in the quoting adnominal -다는 or -라는
    (오른다는, 主體라는, 없었다는), not a verb that only spells it (자라는, 바라는)."""
    if start < 4 or text[start - 1] != ' ' or not text.endswith(('다는', '라는'), 0, start - 1):
        return False
    return not text.endswith(_NOT_QUOTING, 0, start - 1)


_ERA_BEFORE_DATE = {'고려': '高麗', '조선': '朝鮮'}
_PART_AFTER_DATE = {'전반': '前半'}
_WHEN_BEFORE_DATE = {'일시': '日時'}  # a notice's 'date and time' before the date it gives: 日時는 2026年 10月 10日
_DATE_UNITS = ('년', '월', '일', '.')  # what a date's first number ends in (2026년, 10월, 2026.)
_HEADING_MARKS = frozenset(' :：은는')  # what may stand between a heading word and its value (日時: 10月, 日時는 10月)
_ERA_UNITS = ('세기', '년')  # what a date a dynasty dates ends in
# a dynasty as a noun with a particle of topic, possession or place: 高麗는 … 建國하였다, 高麗의 王, 高麗에 侵入하였다
# (考慮 takes 를, 가 or a light verb; after a modifier in ㄴ or ㄹ (not 은, 는: 元은 高麗에) or a word in 적, or
# before what a thought weighs, it stays:
# 充分한 考慮의 對象, 政治的 考慮는, 考慮의 餘地)
_STATE_BEFORE_PARTICLE = {'고려': '高麗'}
_STATE_PARTICLES = frozenset(('는', '의', '에', '에는', '에서', '에서는', '와', '와의', '로', '로부터', '라는', '에게'))
_THOUGHT_AFTER = (' 대상', ' 여지', ' 사항', ' 요소', ' 결과', ' 산물', ' 끝에', ' 필요', ' 없이',
                  ' 넣', ' 포함', ' 제외', ' 들어가')  # (… 考慮에 넣다, 考慮에서 除外하다)
_MODIFIER_ENDS = frozenset('한던할될된인적운런')
# words of drawing: in a text that has one, the suffix 도 closing a thing or a scene is a picture's 圖
# (東闕圖, 雪松圖, 日月五峰圖; a verbal noun keeps 度: 完成度, 滿足度)
_DRAWING = ('그림', '그린 ', '그렸', '그려', '화가', '화첩', '병풍')
_PICTURE_TEXT = _DRAWING + ('미술', '화폭', '화풍', '전시회', '화단')  # a text where the suffix 화 may be a painting's 畵


def _words_at_start(words: tuple[str, ...]) -> regex.Pattern:
    """A pattern of `words`, those in 화 only where they begin a word: inside one, 화가 is most often the
    suffix 化 and a particle (圓脣 母音化가, not a painter)."""
    return regex.compile('|'.join(('(?<!\\p{Hangul})' if word[0] == '화' else '') + regex.escape(word) for word in words))


_DRAWING_WORDS, _PICTURE_WORDS = _words_at_start(_DRAWING), _words_at_start(_PICTURE_TEXT)
_VERB_ONLY = ('한다', '하는', '하라', '하자', '하려고', '하려는', '하려던', '하려다', '하려하', '하려한', '하려했',
              '하러', '하느', '합시다', '하고자')  # forms no adjective takes (but 하려면 it does in use:
# 有用하려면, 幸福하려면 'for it to be useful, to be happy', not 流用)
_GLOSS = regex.compile(r'(\p{Hangul}+)\s?[(（](\p{Han}+)[)）]|(\p{Han}+)\s?[(（](\p{Hangul}+)[)）]')
_HANJA_WORD = regex.compile(r'\p{Han}{2,}')
# one-syllable 하다 roots of several senses (hada_roots.tsv) whose sense after a noun in 에 is not the first
# row's: 基하다 'be based on', 面하다 'face onto', 連하다 'adjoin' take 에; 期하다, 免하다, 軟하다 do not
_ROOT_AFTER_E = {'기': '基', '면': '面', '연': '連'}
# and those whose sense after a subject in 이 or 가 is not the first row's: 虛하다 'be weak' says what a body or
# its energy is (中氣가 虛하여, 몸이 虛하다), while 許하다 'allow' takes an object (出入을 許하노라)
_ROOT_AFTER_SUBJECT = {'허': '虛'}


def document_hanja(text: str, lexicon: Lexicon, read: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Hangul word -> (Hanja, rule) fixed by the text itself: glosses first, then bare Hanja words."""
    fixed: dict[str, tuple[str, str]] = {}
    for m in _GLOSS.finditer(text):
        hangul, hanja = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        hangul = hangul[-len(hanja):]
        if len(hangul) == len(hanja) and lexicon.reads_as(hanja, hangul):
            fixed.setdefault(hangul, (hanja, 'gloss'))
    for m in _HANJA_WORD.finditer(text):
        hanja = m.group()
        hangul = read(hanja)
        if hangul != hanja and len(hangul) == len(hanja):
            fixed.setdefault(hangul, (hanja, 'text'))
    return fixed


def _own_gloss(text: str, item: Item, lexicon: Lexicon) -> str | None:
    """The Hanja glossed right after this word, 의사(醫師), if they read as it."""
    m = _GLOSS.match(text, item.start)
    if m is None or m.group(1) != item.hangul:
        return None
    hanja = m.group(2)
    return hanja if len(hanja) == len(item.hangul) and lexicon.reads_as(hanja, item.hangul) else None


def rank_candidates(hangul: str, candidates: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """Dictionary candidates ordered for a word without context.

    The curated default comes first, then the curated usual sense; then candidates that
    are common words in Chinese (jieba's counts: 力量, not 役糧), then those made of
    productive characters (forming many dictionary words); the dictionary's own order
    breaks ties.
    """
    if len(candidates) < 2:
        return tuple(candidates)  # nothing to order: skip the scores (and the parts' senses)
    default = lexicon.defaults.get(hangul)
    usual = lexicon.usual.get(hangul)
    productivity = lexicon.productivity
    frequency = lexicon.zh_frequency
    head = tail = None
    if len(hangul) > 2:  # a longer word is read through its parts: 淸掃機 after 淸掃
        head, tail = _known_sense(hangul[:2], lexicon), _known_sense(hangul[-2:], lexicon)

    def score(item: tuple[int, str]):
        rank, hanja = item
        return (hanja != default, hanja != usual, -_bucket(frequency.get(hanja, 0)),
                -((head is not None and hanja[:2] == head) + (tail is not None and hanja[-2:] == tail)),
                min(productivity.get(c, 0) for c in hanja) < PRODUCTIVE, rank)

    return tuple(h for _, h in sorted(enumerate(candidates), key=score))


def _known_sense(hangul: str, lexicon: Lexicon) -> str | None:
    """The sense a two-syllable word has without context, if the data knows one: its curated
    default or usual sense, else its candidate common in Chinese."""
    known = lexicon.defaults.get(hangul) or lexicon.usual.get(hangul)
    if known is None:
        counts = [(lexicon.zh_frequency.get(h, 0), h) for h in lexicon.words(hangul)]
        count, hanja = max(counts, default=(0, None))
        known = hanja if count >= COMMON_IN_CHINESE else None
    return known


def _unswallow_subjects(text: str, items: list[Item], lexicon: Lexicon) -> None:
    """A price in 價 that ends its eojeol before a predicate is a word and its subject particle 가:
    警察에 申告가 接受됐다, 賣買가 이뤄졌다 (not 新高價, 賣買價), and so before a clause's verb in 되다 (申告가
    受理된 날부터). The price itself takes its own
    particle (新高價를 更新했다, 賣買價가 올랐다) or stands bare before a noun (新高價 行進, 賣買價 上昇)."""
    for k, item in enumerate(items):
        if item.kind != 'word' or len(item.hangul) < 3 or item.hangul[-1] != '가' \
                or not text.startswith(' ', item.end) or not item.candidates or item.candidates[0][-1] != '價':
            continue
        stem = item.hangul[:-1]
        if has_final(stem[-1]) or not lexicon.has_standing(stem) \
                or not (_predicate_at(text, item.end + 1) or _COUNT_OF_THINGS.match(text, item.end + 1)
                        or _passive_modifier_at(text, item.end + 1)
                        or syllables_from(text, item.end + 1).endswith(_SUBJECT_CLAUSE_ENDS)) \
                or text.startswith(_PRICE_VERBS, item.end + 1):
            continue  # (a headline drops the price's object particle: 新高價 更新했다, 新高價 찍고)
        items[k] = item._replace(end=item.end - 1, hangul=stem,
                                 candidates=rank_candidates(stem, lexicon.words(stem), lexicon))


_BOUND_AFTER_COPULA = frozenset(noun + tail for noun in ('것', '때', '경우', '점', '바')
                                 for tail in ('', '이', '은', '는', '을', '를', '과', '와', '도', '에', '에는', '에도', '에서',
                                              '으로', '처럼', '이다', '이므로', '만', '까지'))
# a bound noun a copula's modifier 인 stands before, alone or with its particles or copula (것이, 때에는, 경우에도)


def _unswallow_copulas(text: str, items: list[Item], lexicon: Lexicon) -> None:
    """A noun in standing and the copula's modifier 인 before a bound noun (것, 때, 경우, 점, 바), which the
    dictionary reads as a person in 人: 自己의 所有인 것과 같이, 唯一의 證據인 때에는 (not 所有人, 證據人); no
    person stands bare before 것 or 때 (使用人의 것, 中國人인 때)."""
    for k, item in enumerate(items):
        if item.kind != 'word' or len(item.hangul) < 3 or item.hangul[-1] != '인' \
                or not text.startswith(' ', item.end) or not item.candidates \
                or any(h[-1] != '人' for h in item.candidates):
            continue  # (most words: the first tests)
        after = syllables_from(text, item.end + 1)
        if after not in _BOUND_AFTER_COPULA:
            continue
        stem = item.hangul[:-1]
        if not lexicon.has_standing(stem) or stem in lexicon.native:
            continue
        items[k] = item._replace(end=item.end - 1, hangul=stem,
                                 candidates=rank_candidates(stem, lexicon.words(stem), lexicon))


# a local government's one-syllable name and 가 that a dictionary word spells (詩歌, 道家, 謳歌): the body as a subject
_BODY_SUBJECTS = {'시가': '시', '도가': '도', '구가': '구'}
# the endings of a predicate's modifier (提出한 豫算案, 推進할 事業, 選定된 業體) and its other forms after a subject
_CLAUSE_FORMS = ('한', '된', '던', '할', '될', '낸', '준', '운', '온', '른', '킨', '자', '해', '돼', '해서', '하면', '하는', '되는',
                 '시키는', '히는', '리는', '이는', '주는')
# what a text's subject stands before when a time or a manner comes first (市가 지난달 發表한, 道가 올해부터)
_SUBJECT_ADVERBS = ('지난', '올해', '최근', '이번', '이날', '오는', '앞서', '직접', '내년', '새로', '현재', '그동안',
                    '당초', '자체', '별도', '이미', '우선', '적극')
_AFTER_CLAUSE = frozenset('는은고며서면데만해또,"\'“”')  # how the word before a subject in its own clause ends


def _unswallow_bodies(text: str, items: list[Item], lexicon: Lexicon) -> None:
    """A city, province or district named bare as the subject, 시, 도 or 구 and its particle 가, which the dictionary
    reads as one word (詩歌, 道家, 謳歌): before a predicate or a time word, at the start of its clause: 市議會는 市가
    提出한 豫算案을, 道가 올해부터 推進하는 (not 時價 提出한). A word before it bare keeps the word (高麗 詩歌 硏究),
    as does a cue of one of its senses right after (時價 總額)."""
    for k, item in enumerate(items):
        stem = _BODY_SUBJECTS.get(item.hangul)
        if stem is None or item.kind != 'word' or not text.startswith(' ', item.end) \
                or item.start and is_syllable(text[item.start - 1]) or stem not in lexicon.single_nouns:
            continue
        if item.start > 1 and text[item.start - 1] == ' ' and text[item.start - 2] not in _AFTER_CLAUSE:
            continue
        after = syllables_from(text, item.end + 1)
        if len(after) < 2 or not (_predicate_at(text, item.end + 1) or after.endswith(_CLAUSE_FORMS)
                                  or after.startswith(_SUBJECT_ADVERBS)) or after.startswith(('있', '없')):
            continue  # (a poem, too, is or is not: 詩가 있는 風景)
        cued = lexicon.sense_cues.get(item.hangul)
        if cued and any(after.startswith(cue) for _, cues in cued[2] for cue in cues):
            continue
        items[k] = item._replace(end=item.end - 1, hangul=stem, kind='noun', candidates=lexicon.single_nouns[stem])


def _swallow_prices(text: str, items: list[Item], lexicon: Lexicon) -> None:
    """A word of trade in a vowel and 가 bare before 대비, 기준 or 괴리율 is a price in 價, not the word and its
    subject particle: 販賣價 對比, 去來價 基準으로, 始初價 對比 (not 販賣가 對比). The words are the heads that
    the cues of the suffix 가 in 價 name (sense_cues.tsv, marked + so that they count only written solid before it:
    酪農家 beside 生産 stays), whose price after a consonant the analysis already
    finds as a suffix (買入價, 落札價)."""
    heads = next((cues for hanja, cues in lexicon.sense_cues.get('가', ((), (), ()))[2] if hanja == '價'), ()) \
        + lexicon.joined_cues.get(('가', '價'), ())  # (written solid before it: 買入價, not 酪農 生産의 家)
    for k, item in enumerate(items):
        if item.kind != 'word' or item.hangul not in heads or has_final(item.hangul[-1]) \
                or not text.startswith('가 ', item.end) or not _PRICE_MEASURES.match(text, item.end + 2) \
                or k + 1 < len(items) and items[k + 1].start == item.end:
            continue
        fields = lexicon.domains.get(item.hangul, {})
        items[k] = item._replace(end=item.end + 1, hangul=item.hangul + '가',
                                 candidates=tuple(h + '價' for h in sorted(  # the trade's or law's sense first: 引受價, 行使價
                                     item.candidates, key=lambda h: ('economy' not in fields.get(h, ()),
                                                                     'law' not in fields.get(h, ())))))


_JUST_WHEN_TAILS = ('에', '였', '이', '인')  # what 次 'just when' takes after a modifier in 던 (떠나려던 次에, 次였다)


def _period_word(word: str) -> bool:
    """Whether an eojeol names a state's period or fate (末期, 王朝, 滅亡), or a part of its time with the
    particles a date takes (末, 初에, 中葉의)."""
    return word.startswith(_STATE_PERIODS) \
        or any(word.startswith(part) and word[len(part):] in _PART_PARTICLES for part in _STATE_PARTS)


def _read_bare_states(text: str, items: list[Item]) -> None:
    """A state's name bare before a word of its period is the state, not an adjective's root and its ending:
    後漢 末期, 後漢 王朝, 後漢 末에 (not 厚한; 厚한 待接 stays)."""
    for k, item in enumerate(items):
        if item.kind == 'word' or item.start and is_syllable(text[item.start - 1]):
            continue
        word = syllables_from(text, item.start)
        if word in _STATES and len(word) > len(item.hangul) and text.startswith(' ', item.start + len(word)) \
                and _period_word(syllables_from(text, item.start + len(word) + 1)):
            items[k] = item._replace(kind='word', end=item.start + len(word), hangul=word, candidates=(_STATES[word],))


# the words a state's name stands bare before: its period, its dynasty, its rise and fall (後漢 末期, 後漢 때)
_STATE_PERIODS = ('말기', '말엽', '초기', '초엽', '중기', '후기', '전기', '시대', '왕조', '때', '멸망', '건국', '황제')
# the words a price stands bare before, which no subject does: 販賣價 對比 10% 높다, 去來價 基準으로
_PRICE_MEASURES = regex.compile(r'(?:(?:대비|기준)(?:으로|로|에서)?|괴리율?[이은을의]?)(?=[\s,.]|$)')  # (and the gap
# between a price and another: 目標價 乖離率이)


# a count of things, not of money, after the subject: 申告가 500件을 넘었다, 販賣가 10萬 臺를 (a price is counted in
# 원, 달러: 新高價 15億 원)
_COUNT_OF_THINGS = regex.compile(r'(?:(?:하루|매일|한 달|한달|매달|매년|연간|올해|최근|모두|총|또)\s+)?'
                                  r'[0-9][0-9,.]*(?: ?[십백천만억]+)*여? ?(?:건|명|대|개|곳|회|차례|번|채|척|가구|세대|편|건수)')
# (after a span of time or 總, and with 餘 'some': 申告가 하루 200件, 申告가 10餘 件)
# a predicate's forms after its subject that end no sentence: 申告가 接受되자, 申告가 接受된 老人, 申告가 들어온 農場
# (a price stands bare only before a noun: 新高價 行進)
_SUBJECT_CLAUSE_ENDS = ('되자', '오자', '르자', '지자', '나자', '된', '온', '른', '돼')
_PRICE_VERBS = ('경신', '갱신', '찍', '썼', '쓰', '기록', '돌파', '갈아치', '달성', '넘', '깼', '깨')  # what a price
# undergoes: 新高價 更新, 新高價를 記錄했다
# how a predicate's eojeol ends (접수됐다, 이뤄졌고, 늘면서, 들어왔는데, 잇따랐지만), after any closing marks
_PREDICATE_ENDS = ('다', '고', '며', '면서', '는데', '지만', '어서', '아서', '니다', '어요', '아요', '으나', '는지')


_PASSIVE_MODIFIER_ENDS = ('된', '될', '되는', '되던')  # a clause's verb in 되다 before the noun it modifies


def _passive_modifier_at(text: str, start: int) -> bool:
    """Whether the eojeol at `start` is a verbal noun's modifier in 되다 (수리된, 접수될, 거부되는), whose subject
    a clause of statutes puts before it: 申告가 受理된 날부터, 登錄이 取消된 境遇 (not 新高價 修理된)."""
    word = syllables_from(text, start)
    return len(word) >= 3 and word.endswith(_PASSIVE_MODIFIER_ENDS)


def _predicate_at(text: str, start: int) -> bool:
    """Whether the eojeol at `start` is a predicate: it ends in a verb's ending (see _PREDICATE_ENDS)."""
    word = syllables_from(text, start)
    return len(word) >= 2 and word.endswith(_PREDICATE_ENDS)


def _date_follows(text: str, end: int) -> bool:
    """Whether a date follows a heading word after its topic particle or a colon (日時는 2026年 10月,
    日時: 10月 10日), as notices give it; a bare number is no value given (一時 3日間 中斷)."""
    i = end
    while i < len(text) and i - end < 4 and text[i] in _HEADING_MARKS:
        i += 1
    return text[end:i].strip(' ') != '' and number_at(text, i, _DATE_UNITS, 4)


def _state_before_particle(text: str, item: Item) -> bool:
    """Whether a dynasty's name stands as a noun with one of _STATE_PARTICLES, or bare before a part of
    its time (高麗 初, 高麗 末에, 高麗 中期의, 高麗 때), and no modifier before it."""
    if item.start > 1 and text[item.start - 1] == ' ' and text[item.start - 2] in _MODIFIER_ENDS:
        return False  # (a modifier before it makes it the thought: 愼重한 考慮를, 充分한 考慮 없이)
    tail = syllables_from(text, item.end)
    if not tail and text.startswith(' ', item.end):
        word = syllables_from(text, item.end + 1)
        return any(word.startswith(part) and word[len(part):] in _PART_PARTICLES for part in _STATE_PARTS)
    return tail in _STATE_PARTICLES and not text.startswith(_THOUGHT_AFTER, item.end + len(tail))


_STATE_PARTS = ('초', '말', '초기', '중기', '말기', '후기', '전기', '중엽', '때')  # parts of a dynasty's time
_PART_PARTICLES = frozenset(('', '의', '에', '에는', '부터', '까지', '이', '에서', '까지의', '부터는'))  # after one


def _bucket(count: int) -> int:
    """Orders of magnitude of a corpus count above COMMON_IN_CHINESE: 0 below it, then 1, 2, ..."""
    bucket = 0
    while count >= COMMON_IN_CHINESE:
        bucket += 1
        count //= BUCKET_RATIO
    return bucket


# 이래 'acts so' (이러해) of dialogue, where 以來 'since' cannot stand: ending its sentence (왜 이래?, 자꾸 이래.)
# after 왜, or before 봬도 (이래 봬도); 以來 follows a time or a clause and something always comes after it
_CLAUSE_CLOSERS = frozenset('?!.…~"\'”’」』')
_MUST_BE = (' 한다', ' 하고', ' 하며', ' 하는', ' 할', ' 합니', ' 했', ' 하므로', ' 하나', ' 하지')  # 하다 after -여야
_TERM_COUNTERS = frozenset({'년'})  # the counter of a prison term (6개월형 is read 個 + 月形: left)
_SENTENCING = ('징역', '금고', '선고', '구형', '실형', '복역', '처해', '처했', '형량', '수감')  # words of a sentence passed
# suffixes whose sense joined to a verbal noun is the one who does it (`choose`)
_AGENT_AFTER_VERB = {'관': '官'}
_GREAT = ('대', '大')  # the syllable and the sense that count the great ones after a number (4大江)
_OFFICIAL_FIELDS = frozenset({'law', 'politics'})  # the fields whose acts an official does
_INTENDING_TAILS = ('고자', '자 ')  # the end of a word and what follows it that may be the connective 고자 (`_intending`)


_PLACEHOLDER_MARKS = frozenset('○◯●△□◇')  # a name left blank in a model ordinance or form: ○○시, △△구
_UNITS_AFTER_PLACEHOLDER = {'시': '市', '군': '郡', '구': '區', '도': '道', '읍': '邑', '면': '面', '동': '洞', '리': '里',
                            '시청': '市廳', '도청': '道廳'}  # (and the offices a notice signs with: [○○市廳], not 視聽)


def _apply_placeholder_units(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A unit of local government written right after a placeholder mark is that unit, as a model
    ordinance names the body it leaves blank: ○○區 事務專決處理 規則, ○○郡 事務 (not 舊, 軍)."""
    for k, item in enumerate(items):
        if item.end - item.start <= 2 and item.start and text[item.start - 1] in _PLACEHOLDER_MARKS:
            unit = _UNITS_AFTER_PLACEHOLDER.get(item.hangul)
            if unit is not None:
                if unit not in item.candidates:
                    items[k] = item._replace(candidates=(unit, *item.candidates))
                chosen[k] = (unit, 'grammar')


def choose(text: str, items: list[Item], lexicon: Lexicon, read: Callable[[str], str]) -> list[Item]:
    """The items with their Hanja and rule filled in, the rules applied in order of strength."""
    fixed = document_hanja(text, lexicon, read) if '(' in text or _HANJA_WORD.search(text) else {}
    if '가 ' in text:
        _unswallow_subjects(text, items, lexicon)
        _unswallow_bodies(text, items, lexicon)
        _swallow_prices(text, items, lexicon)
    if '인 ' in text:
        _unswallow_copulas(text, items, lexicon)
    _read_bare_states(text, items)
    chosen: list[tuple[str, str]] = []
    light_verbs = lexicon.light_verb_starts
    for k, (item, following) in enumerate(zip(items, [*items[1:], None])):  # each with the item after it
        cands = item.candidates
        keyed = item.hangul in _KEYED_WORDS  # a word the rules below name (이전, 최고, 고려 …): others skip them
        if len(cands) == 1 and item.kind == 'word' and not keyed and item.hangul not in fixed \
                and text[item.end - 1:item.end + 1] not in _INTENDING_TAILS:
            chosen.append((cands[0], 'only'))  # the usual case, a word of one candidate no rule below may
            continue  # change (as the chain would find: the rules for one-candidate words name them, or 고자)
        if item.kind == 'user':
            chosen.append((cands[0], 'user'))
        elif item.kind == 'pair':
            chosen.append((cands[0], 'compound' if len(item.hangul) == 1 else 'grammar'))  # 虛와 實: the compound
            # the pair splits; a word after a list of countries (韓·日 頂上) holds only there, not for the text
        elif item.kind == 'prefix' and item.hangul == _VICE[0] and _VICE[1] in cands and syllable_at(text, item.end):
            chosen.append((_NEGATION if _NEGATION in cands and split(text[item.end])[0] in _NEGATED_INITIALS
                           else _VICE[1], 'grammar'))  # 副原料, 副師團長; 不 only before ㄷ and ㅈ (不正確, 不道德)
        elif item.kind == 'prefix' and item.hangul == '전' and text[item.end:item.end + 1].isdigit() \
                and _PRECEDING_PROVISIONS.match(text, item.end):
            if '前' not in cands:
                items[k] = item._replace(candidates=('前', *cands))
            chosen.append(('前', 'grammar'))  # the provisions just before, counted: 前2項의 規定, 前3條 (never 全)
        elif item.kind == 'determiner' and item.hangul == '전' and '全' in cands and _WHOLE_WORK.match(text, item.end):
            chosen.append(('全', 'grammar'))  # a work's whole count of volumes or parts: 全 10卷, 全 5部作 (not 前)
        elif item.kind == 'prefix' and item.hangul in _SCHOOL_BEFORE_GRADE and text[item.end:item.end + 1].isdigit() \
                and not (item.start and is_syllable(text[item.start - 1])):
            school = _SCHOOL_BEFORE_GRADE[item.hangul]  # a school's grade: 中3, 初6 (as 高3; not 重 or 超)
            if school not in cands:
                items[k] = item._replace(candidates=(school, *cands))
            chosen.append((school, 'grammar'))
        elif item.hangul in fixed and (own := _own_gloss(text, item, lexicon)):
            chosen.append((own, 'gloss'))  # its own gloss first: 의사(意思)와 의사(醫師) (the text's first gloss
            # holds only for the word's bare uses)
        elif item.hangul in fixed and lexicon.reads_as(fixed[item.hangul][0], item.hangul):
            chosen.append(fixed[item.hangul])
        elif item.hangul == '전' and item.kind == 'noun' and '前' in cands and text.endswith('기 ', 0, item.start):
            chosen.append(('前', 'compound'))  # after a clause in 기, the time before it, whatever cue of a
            # dish stands by: 빈대떡을 부치기 前에, 茶禮床을 차리기 前에 (not 煎)
        elif keyed and item.hangul in _TIME_AFTER_CLAUSE and item.kind == 'word' and _TIME_AFTER_CLAUSE[item.hangul] in cands \
                and not text.startswith(light_verbs, item.end) and (text.endswith(('기 ', *_TIME_WORDS), 0, item.start)
                     or k and items[k - 1].end + 1 == item.start and text[items[k - 1].end] == ' '
                     and chosen[k - 1][0] is not None and (chosen[k - 1][0][-1] == '日' or items[k - 1].kind == 'counter'
                                                          and chosen[k - 1][0][-1] in _TIME_COUNTS)):
            chosen.append((_TIME_AFTER_CLAUSE[item.hangul], 'compound'))  # after a clause in 기 or a day, the time
            # before it: 着手하기 以前에, 施行되기 以後, 退職한 날 以前 (not 移轉, which no field or cue may bring back;
            # but 以前 takes no 하다: 그 날 移轉했다)
        elif keyed and item.kind == 'word' and item.hangul in _LIMIT_BEFORE_AMOUNT and _LIMIT_BEFORE_AMOUNT[item.hangul] in cands \
                and _amount_follows(text, item.end):
            chosen.append((_LIMIT_BEFORE_AMOUNT[item.hangul], 'compound'))  # 1人當 最高 5千萬 원 (not 催告)
        elif keyed and item.kind == 'word' and item.hangul in _COUNTED_LIMITS and _COUNTED_LIMITS[item.hangul] in cands \
                and _after_counted(text, item.start, lexicon) and not text.startswith(lexicon.light_verb_starts, item.end) \
                and not text.startswith('히', item.end):  # (한 가지 異常한 點: the adjective stays)
            chosen.append((_COUNTED_LIMITS[item.hangul], 'compound'))  # 두 가지 以上의 障害 (not 異常, which a
            # cue such as 생긴 nearby would bring)
        elif keyed and item.kind == 'word' and item.hangul in _IDEAL_AFTER_OBJECT and _IDEAL_AFTER_OBJECT[item.hangul] in cands \
                and text.startswith('으로', item.end) and text.endswith(('을 ', '를 '), 0, item.start) \
                and not text.endswith((' 을 ', ' 를 '), 0, item.start):
            chosen.append((_IDEAL_AFTER_OBJECT[item.hangul], 'compound'))  # what one holds up as an ideal, after
            # its object: 無爲의 政治를 理想으로 여겼다, 平等을 理想으로 하는 (以上 is a bound, which no object precedes)
        elif keyed and item.kind == 'word' and item.hangul in _CONTRAST_OF_PAIR and _CONTRAST_OF_PAIR[item.hangul] in cands \
                and text.startswith(_CONTRAST_VERB, item.end) and _object_of_pair(text, item.start):
            chosen.append((_CONTRAST_OF_PAIR[item.hangul], 'predicate'))  # 朱熹의 格物致知論과 王守仁의 心卽理說을
            # 對比하여 (a cue may still overturn it, as it does any predicate sense)
        elif keyed and item.kind == 'word' and item.hangul in _ERA_BEFORE_DATE and _ERA_BEFORE_DATE[item.hangul] in cands \
                and number_at(text, item.end + 1, _ERA_UNITS, 5) and text.startswith(' ', item.end):
            chosen.append((_ERA_BEFORE_DATE[item.hangul], 'grammar'))  # 高麗 12世紀, 朝鮮 1760年
        elif keyed and item.kind == 'word' and item.hangul in _CONTENT_AFTER_QUOTE and _CONTENT_AFTER_QUOTE[item.hangul] in cands \
                and _after_quoting_clause(text, item.start):
            chosen.append((_CONTENT_AFTER_QUOTE[item.hangul], 'grammar'))  # what a clause quoted before it states:
            # 人間이 合理的 經濟 主體라는 假定, 價格이 오른다는 假定 (not 家庭; a cue of 家庭 near still overturns it)
        elif keyed and item.kind == 'word' and item.hangul in _WHEN_BEFORE_DATE and _WHEN_BEFORE_DATE[item.hangul] in cands \
                and _date_follows(text, item.end):
            chosen.append((_WHEN_BEFORE_DATE[item.hangul], 'grammar'))  # 日時는 2026年 10月 10日 (not 一時)
        elif keyed and item.kind == 'word' and item.hangul in _STATE_BEFORE_PARTICLE \
                and _STATE_BEFORE_PARTICLE[item.hangul] in cands and _state_before_particle(text, item) \
                and not (k and items[k - 1].end == item.start - 1 and text[item.start - 1] == ' '):
            # (not after a bare noun, which makes a compound of the thought: 費用 考慮는, 事前 考慮와)
            chosen.append((_STATE_BEFORE_PARTICLE[item.hangul], 'place'))  # 高麗는, 高麗의 (not 考慮): a
            # country's name, which no field moves (考慮 is in law's glossary) and which, unlike a compound,
            # does not spread to the text's other 고려 (高麗는 … 考慮해야 한다)
        elif keyed and item.kind == 'word' and item.hangul in _PART_AFTER_DATE and _PART_AFTER_DATE[item.hangul] in cands \
                and text.endswith(('세기 ', '년대 '), 0, item.start) and item.start > 3 \
                and text[item.start - 4].isdigit():
            chosen.append((_PART_AFTER_DATE[item.hangul], 'grammar'))  # 12世紀 前半, 1990年代 前半 (not 全般)
        elif keyed and item.hangul in _NOUN_BEFORE_GENITIVE and item.kind == 'word' \
                and text.startswith(_NOUN_BEFORE_GENITIVE[item.hangul][1], item.end) \
                and _NOUN_BEFORE_GENITIVE[item.hangul][0] in cands:
            chosen.append((_NOUN_BEFORE_GENITIVE[item.hangul][0], 'compound'))  # an adverb takes no case: 一團의
            # 土地, 一團의 무리 (一旦 is only the adverb 'once'); 經濟 優先을, 安全이 優先이다 (not 于先)
        elif item.kind in ('word', 'suffix') and text[item.end - 1:item.end + 1] in _INTENDING_TAILS \
                and _intending(text, item, lexicon):
            chosen.append((None, 'verb'))  # a native stem and the connective 고자 before a form of 하다:
            # 史草를 보고자 하였으나, 맡기고자 한다 (not 報告者, a noun, which takes no bare 하다 after a space)
        elif keyed and item.hangul == '이래' and item.kind == 'word' and not counted_word_before(text, item.start) \
                and (text[item.end:item.end + 1] in _CLAUSE_CLOSERS
                                                             or text.endswith('왜 ', 0, item.start)
                                                             or text.startswith(' 봬도', item.end)):
            chosen.append((None, 'verb'))  # 이러다's 이래 closing a line of dialogue: 나한테만 이래? (see _CLAUSE_CLOSERS)
        elif keyed and item.hangul == '여야' and k and items[k - 1].end == item.start and text.startswith(_MUST_BE, item.end):
            chosen.append((None, 'grammar'))  # the copula's 'must be' after a noun in a vowel, before 하다:
            # 境遇여야 한다, 國家여야 하고 (與野 is never joined to the noun before it)
        elif keyed and item.hangul == _PENDING_HANGUL and _PENDING in cands and _pending(text, item):
            chosen.append((_PENDING, 'grammar'))  # a case pending before a court: 法院에 係屬 中인 事件, 審判院에
            # 係屬된, 事件이 係屬 중인 (but 繼續하여, 繼續되는 elsewhere)
        elif item.kind == 'word' and len(cands) > 1 and text.startswith('적', item.end) \
                and (stem := _stem_of_adjective(text, item, following, lexicon)):
            chosen.append((stem, 'compound'))
            if stem not in cands:  # (可及 for 가급, which the dictionary has only inside 可及的)
                items[k] = item._replace(candidates=(stem, *cands))
        elif item.kind == 'word' and len(item.hangul) == 2 and item.hangul[0] == _GREAT[0] and item.start \
                and text[item.start - 1].isdigit() and item.hangul[1] in lexicon.single_nouns \
                and _GREAT[1] + lexicon.single_nouns[item.hangul[1]][0] in cands:
            chosen.append((_GREAT[1] + lexicon.single_nouns[item.hangul[1]][0], 'grammar'))  # a count of the great
            # ones of a noun, written solid: 4大江 (not the outline 大綱); 5大洋 stays
        elif item.kind in ('word', 'numeral'):
            # (only a light verb, 히 or 인 after the word can make it a predicate)
            joined = following is not None and following.start == item.end and following.kind == 'word'
            # (a Sino word joined after it is no light verb: 政黨解散, not 正當 + 해산)
            # (하다 contracted to 지, 치, 케 or 코 ends its word: 넉넉지, 可能케; with more after it, 지만 is
            # the copula's: 主題지만)
            not_contracted = text[item.end:item.end + 1] in _CONTRACTED_HADA and item.end + 1 < len(text) \
                and is_syllable(text[item.end + 1])
            predicate = len(cands) > 1 and not joined and ((text.startswith(light_verbs, item.end) and not not_contracted
                                              or text[item.end:item.end + 1] in ('히', '인'))
                                             and _predicate_choice(text, item, lexicon)
                                             or item.hangul[-1] == '적' and _adjectival_choice(text, item, following, lexicon)
                                             or text.startswith(ADJECTIVE_SUFFIXES, item.end) and _joined_cue_sense(text, item, lexicon)
                                             or _bare_adjective_after_e(text, item, lexicon))
            if predicate:
                chosen.append((predicate, 'predicate'))
            else:
                chosen.append((cands[0], 'only' if len(cands) == 1 else
                               'default' if lexicon.defaults.get(item.hangul) == cands[0] else 'rank'))
        elif item.kind == 'suffix' and item.hangul == '형' and k and items[k - 1].hangul in _TERM_COUNTERS \
                and items[k - 1].kind == 'counter' and items[k - 1].end == item.start \
                and any(word in text for word in _SENTENCING):
            items[k] = item._replace(candidates=('刑', *(h for h in cands if h != '刑')))
            chosen.append(('刑', 'grammar'))  # a prison term in a text of sentencing: 懲役 10年刑을 宣告했다,
            # 3年刑에 處해졌다 (not the model year's 型: 2024年型)
        elif item.kind == 'suffix' and k and items[k - 1].kind == 'counter' and items[k - 1].end == item.start \
                and (time := next((h for h in cands if h in TIME_SENSES), None)):
            if item.hangul == '전' and items[k - 1].hangul in ROUND_COUNTERS and '戰' in cands:
                chosen.append(('戰', 'compound'))  # a game of a series: 5次戰, 2回戰 (no field moves it)
            else:
                chosen.append((time, 'grammar'))  # after a counter, the time a suffix names: 5年前 (not 展), 3日後
        elif item.kind == 'suffix' and item.hangul == '대' and k and items[k - 1].kind == 'counter' \
                and items[k - 1].end == item.start and items[k - 1].hangul not in ('년', '연') and RANGE_SENSE in cands:
            chosen.append((RANGE_SENSE, 'grammar'))  # the range of a measure: 2點臺, 10分臺 (not 代 or 隊)
        elif item.kind == 'suffix' and item.hangul == '전' and '前' in cands and k and items[k - 1].end == item.start \
                and items[k - 1].kind == 'word' and chosen[k - 1][0] is not None \
                and (chosen[k - 1][0] == lexicon.predicate_senses.get(items[k - 1].hangul)
                     or chosen[k - 1][0] in lexicon.zh_verbal) and chosen[k - 1][0] not in lexicon.adjective_senses:
            chosen.append(('前', 'grammar'))  # joined to a verbal noun, the time before it: 送達前, 施行前 (an
            # exhibition's 展 by its cues: 企劃展, 招待展)
        elif item.kind == 'suffix' and item.hangul in _AGENT_AFTER_VERB and _AGENT_AFTER_VERB[item.hangul] in cands \
                and k and items[k - 1].end == item.start and items[k - 1].kind == 'word' and chosen[k - 1][0] is not None \
                and chosen[k - 1][0] in lexicon.zh_verbal and chosen[k - 1][0] not in lexicon.adjective_senses \
                and not _OFFICIAL_FIELDS.isdisjoint(lexicon.domains.get(items[k - 1].hangul, {}).get(chosen[k - 1][0], ())):
            chosen.append((_AGENT_AFTER_VERB[item.hangul], 'grammar'))  # joined to an act of the authorities, the
            # official who does it: 徵收官, 監査官, 調停官 (not the hall 館; an act of trade or culture keeps it: 貿易館,
            # 上映館; a field still moves it)
        elif item.kind == 'suffix' and item.hangul == '도' and '圖' in cands and k and items[k - 1].end == item.start \
                and chosen[k - 1][0] is not None and items[k - 1].kind == 'word' \
                and chosen[k - 1][0] != lexicon.predicate_senses.get(items[k - 1].hangul) \
                and _DRAWING_WORDS.search(text):
            chosen.append(('圖', 'grammar'))  # a picture's name in a text of drawing: 雪松圖는 … 그렸다
        elif item.hangul == _FIGURE_HANGUL and item.kind == 'noun' and _names_a_figure(text, item):
            if _FIGURE not in cands:  # (the noun's rows are 道 and 度: a figure is 圖 only before its number)
                items[k] = item._replace(candidates=(_FIGURE, *cands))
            chosen.append((_FIGURE, 'compound'))  # a drawing's number, as patents and papers cite it: 圖 1은, 圖 5a 및
            # 圖 5b, 圖 7에 圖示된 (not 度 or 道, which never stand bare before a number)
        elif item.hangul == _ON_HANGUL and item.kind == 'noun' and _ON in cands and _on_top_of(text, item, items, chosen, k, lexicon):
            chosen.append((_ON, 'compound'))  # bare after a noun and before 에: 'on', 基板 上에, 基板(110) 上에서 (not 賞)
        elif item.kind == 'collocation' and item.hangul in lexicon.collocation_senses:
            end = item.end + len(syllables_from(text, item.end))  # (after its particles, if any)
            chosen.append((next((h for h, words in lexicon.collocation_senses[item.hangul]
                                 if collocation_follows(text, end, words)), cands[0]), 'compound'))
            # a noun of two rows takes the sense of the word after it: 日 政府, but 一 實施例 (patents' 'one')
        elif item.kind == 'suffix' and item.hangul == LOCATIVE and _headline_locative(text, item, k and items[k - 1],
                                                                            k and chosen[k - 1][0], lexicon):
            chosen.append((None, 'grammar'))  # 에서 as headlines write it after a place or a meeting: 國會서,
            # 現場서, 會談서, 서울서 (not 書 or 署)
        elif item.kind == 'field':
            chosen.append((None, 'field'))  # a one-syllable word only a field's glossary licenses
        elif item.hangul in _DECREE_NAMES and _DECREE in cands and _names_a_decree(text, item):
            chosen.append((_DECREE, 'compound'))  # a statute's name for a decree: 이 令은, 令 第83條 (not 英)
        elif item.kind == 'noun' and item.hangul in lexicon.collocation_only and text.startswith(' ', item.end) \
                and not (item.start and syllable_at(text, item.start - 1)):
            chosen.append((None, 'native'))  # a bare abbreviation with none of its words after it (those made it a
            # 'collocation'): the native word, 독 'jar', 영 'at all' (독 안에, 영 좋지 않다; 零 or 毒 by cues stay)
        elif item.hangul == '시' and item.kind == 'noun' and k and not in_unit_chain(text, item) \
                and _time_of_noun(text, item, items[k - 1], chosen[k - 1][0], lexicon):
            chosen.append(('時', 'compound'))  # 雨天 時에는, 不參 時, 審査 時 (no field moves it to 市; but 所屬 市·道黨)
        elif item.hangul == '시' and item.kind == 'noun' and not in_unit_chain(text, item) \
                and _time_of_loanword(text, item, lexicon):
            chosen.append(('時', 'grammar'))  # 드레싱 時, 샤워 時에는 (a city takes no loanword's name spaced before it)
        elif item.hangul == '시' and item.kind == 'noun' and k and not in_unit_chain(text, item) \
                and _after_verbal_noun(text, item, items[k - 1], chosen[k - 1][0], lexicon):
            chosen.append(('時', 'grammar'))  # 違反 時, 必要 時에 (but 釜山 市)
        elif item.hangul == '시' and item.kind == 'noun' and '詩' in cands and not in_unit_chain(text, item) \
                and _poem_after_genitive(text, item, items[k - 1] if k else None, chosen[k - 1][0] if k else None):
            chosen.append(('詩', 'grammar'))  # someone's poem: 白石의 詩에는, 기형도의 詩는 (a city takes no genitive
            # before it; its cues and a field still move it: 京畿道의 市, 政府의 市 豫算)
        elif item.kind in ('noun', 'determiner') and item.hangul in ADMIN_UNITS and in_unit_chain(text, item):
            unit = ADMIN_UNITS[item.hangul]  # one syllable of a chain of local units: 市·郡·區, 里·洞 (not 軍, 同)
            if unit not in cands:
                items[k] = item._replace(kind='noun', candidates=(unit, *cands))
            chosen.append((unit, 'compound'))
        elif item.kind == 'determiner' and item.hangul in _SEEN and text.endswith(('을 ', '를 '), 0, item.start) \
                and not text.endswith((' 을 ', ' 를 '), 0, item.start):
            chosen.append((None, 'grammar'))  # after an object, 보다's adnominal: 小便을 본 뒤, 映畵를 본 사람 (not 本);
            # a native object too, with no item before it: 하늘을 본 그는, 얼굴을 본 사람
        elif item.kind == 'noun' and item.hangul == '차' and (after := count_before(text, item.start, lexicon)) \
                and after in cands:
            chosen.append((after, 'compound'))  # after a count, a margin or a year of service: 2點 差로, 3타 差,
            # 入社 3年 次 (not 車); the count decides, so no field moves it (投票 끝에 1票 差로, not 次 among
            # the words of an election)
        elif item.kind == 'noun' and item.hangul == '차' and '差' in cands and k and items[k - 1].end + 1 == item.start \
                and items[k - 1].hangul in _MARGIN_UNITS and _MARGIN_UNITS[items[k - 1].hangul] in items[k - 1].candidates \
                and text[item.start - 1] == ' ' and not (items[k - 1].start and is_syllable(text[items[k - 1].start - 1])):
            chosen[k - 1] = (_MARGIN_UNITS[items[k - 1].hangul], 'compound')  # a bare unit and the margin counted
            chosen.append(('差', 'compound'))  # in it: 票 差로, 點 差로 (票差, 點差; not 表 次)
        elif item.kind == 'noun' and item.hangul in _VERB_AFTER_OBJECT \
                and text[item.end:item.end + 1] in _VERB_AFTER_OBJECT[item.hangul] \
                and not syllable_at(text, item.end + 1) and (text.endswith(('을 ', '를 '), 0, item.start)
                                                             and not text.endswith((' 을 ', ' 를 '), 0, item.start)
                                                             or _wind_before(text, item) or _modifies_bound(text, item)):
            chosen.append((None, 'verb'))  # after an object, 부르다's and 불다's modifiers: 노래를 부를 豫定,
            # 휘파람을 부는 (not 富; 莫大한 富를 stays)
        elif item.kind == 'noun' and item.hangul in _BARE_MODIFIERS and (
                text.startswith(_STATE_KEPT, item.end) or item.hangul in _BARE_MODIFIERS_INSIDE_CLAUSE
                and text.startswith(' ', item.end) and not _opens_clause(text, item.start)
                and not text.startswith(_PLACES_BY, item.end)):
            chosen.append((None, 'verb'))  # before 채 'as it was', or 단 bare inside a clause: the modifier of
            # 달다 or 물다 (별 두 個를 단 將星, 너무 단 커피, 입에 문 채; not 但, which opens a proviso, nor 門,
            # which 손님을 門 앞까지 keeps; 單 한 番 is the determiner before a count)
        elif item.kind == 'root' and item.hangul in _ROOT_AFTER_E and text.endswith('에 ', 0, item.start) \
                and _ROOT_AFTER_E[item.hangul] in cands:
            chosen.append((_ROOT_AFTER_E[item.hangul], 'compound'))  # the sense that takes a complement in 에:
            # 法律에 基한 (but 萬全을 期하다), 道路에 面한 (but 危機를 免하다), 바다에 連한 (but 軟한 고기)
        elif item.kind == 'root' and item.hangul in _ROOT_AFTER_SUBJECT and text.endswith(('이 ', '가 '), 0, item.start) \
                and _ROOT_AFTER_SUBJECT[item.hangul] in cands:
            chosen.append((_ROOT_AFTER_SUBJECT[item.hangul], 'compound'))  # 氣가 虛하고 (but 出入을 許하노라)
        elif item.kind == 'noun' and len(cands) > 1 and item.hangul in NUMBER_DETERMINERS \
                and syllable_at(text, item.end) \
                and cands[0] in lexicon.determiners.get(item.hangul, ()):
            # a particle after it: the noun, not the determiner that stands only before a number
            # (藥을, 藥은, 藥이; 約 3個月 stays)
            chosen.append((next(h for h in cands if h != cands[0]), 'grammar'))
        elif item.kind == 'noun' and item.hangul == DRUG and DRUG_HANJA in cands and text.startswith(' ', item.end) \
                and item.start > 1 and text[item.start - 1] == ' ' and word_before(text, item.start) in POINTING:
            chosen.append((DRUG_HANJA, 'grammar'))  # bare after a word pointing at it, the drug: 이 藥 1錠 中
        elif item.kind == 'noun' and item.hangul in _SAINT_TITLES and text.startswith(' ', item.end) \
                and _saint_follows(text, item, lexicon):
            saint = _SAINT_TITLES[item.hangul]  # 'Saint' bare before a saint's name that its cues list: 聖 베드로
            if saint not in cands:  # 廣場, 聖 프란치스코 (not 城 or 性; a name before 성 is no cue: 요한은 성을)
                items[k] = item._replace(candidates=(saint, *cands))
            chosen.append((saint, 'compound'))
        elif item.kind == 'noun' and cands == ('氏',) and (_opens_clause(text, item.start)
                                                           or _after_native_noun_and_particle(text, item.start, lexicon)):
            chosen.append((None, 'native'))  # 氏 follows a name: a 씨 that opens the text or follows a
            # comma or a quote is the native 'seed' (씨가 싹 트는, 콩, 씨, 열매), 김철수 氏 and 이 氏 stay;
            # so is one after a native noun and its particle, which no name is (말이 씨가 된다)
        else:
            chosen.append((cands[0], 'grammar'))
    _read_in_place(text, items, chosen, lexicon)
    if '이 ' in text or '가 ' in text:
        _split_bare_predicates(text, items, chosen, lexicon)
    kinds = {item.kind for item in items}  # most texts have words alone: the passes for counters and
    # one-syllable nouns skip them
    if 'counter' in kinds and lexicon.counter_cues:
        apply_counter_cues(text, items, chosen, lexicon)
    if '하자' in text:
        _apply_proposals(text, items, chosen, lexicon)  # before the fields: 하다's 하자 votes for none (살펴보기로
        # 하자 beside 朝鮮 社會의 構造, whose 瑕疵 would have voted for economy's 造船); again below, after the cues
    if len(items) > 1:
        _apply_compounds(text, items, chosen, lexicon)
        backed = _apply_domain(text, items, chosen, lexicon)
        _apply_context(items, chosen, lexicon, backed, text)
        if 'noun' in kinds:
            _apply_shared_character(items, chosen, lexicon.cue_only_nouns, text)
    _apply_intentions(text, items, chosen)
    if '는 ' in text or '던 ' in text:
        _apply_reports(text, items, chosen, lexicon)
    won = '원화' in text and '原畵' not in text and any(w in text for w in _CURRENCY_WORDS) and _open_won(items, chosen)  # (a text that writes 原畵 keeps it)
    agreed: set[int] = set()
    if lexicon.sense_cues:
        agreed = apply_cues(text, items, chosen, lexicon)
    if won:
        _apply_won(items, chosen)
    apply_called(text, items, chosen, lexicon)
    if '사' in text:
        drop_honoured_connectives(text, items, chosen, lexicon)
    if not _PLACEHOLDER_MARKS.isdisjoint(text):
        _apply_placeholder_units(text, items, chosen)
    if lexicon.place_names:
        apply_places(text, items, chosen, lexicon)
        if '시청' in text:
            apply_city_halls(text, items, chosen, lexicon)  # 水原市廳 (not 水源視聽)
        if '대' in text:
            apply_universities(text, items, chosen, lexicon)
    if '라' in text or '이름' in text or '마을' in text:
        apply_naming(text, items, chosen, lexicon)  # 새터 또는 신기라 부른다, 鄕校가 있는 … 校洞이라
    if '씨' in text and lexicon.place_names:
        apply_clans(text, items, chosen, lexicon)  # 密陽 朴氏가
    if ' 내' in text:
        keep_streams(text, items, chosen)  # 이 내의 옛 이름 (not 內)
    _apply_aforesaid(text, items, chosen)
    if '소위' in text:
        _apply_caseless(text, items, chosen)
    if '고 부정' in text:
        _apply_said_after_quote(text, items, chosen)
    if '수상' in text:
        _apply_award_received(text, items, chosen)
    if '권 행사' in text:
        _apply_right_exercised(text, items, chosen)
    if '초대' in text:
        _apply_first_holder(text, items, chosen)
    if lexicon.rulers:
        _apply_rulers(text, items, chosen, lexicon)
    if ' 대' in text:
        _apply_reign(text, items, chosen)
    if '비' in text:
        _apply_consort(text, items, chosen, lexicon)
    if '대군' in text:
        _apply_princes(text, items, chosen)
    _apply_cyclic_years(text, items, chosen)
    apply_ism(text, items, chosen)
    apply_scholarly(text, items, chosen)
    apply_office_heads(text, items, chosen, lexicon)
    apply_heads_of_bodies(text, items, chosen)  # 感染病管理機關의 長 (not 腸)
    if len(items) > 1:
        _apply_one_sense(text, items, chosen, lexicon, agreed)
    if lexicon.cued_nouns:
        guard_cued_nouns(text, items, chosen, lexicon)
    if 'noun' in kinds:
        apply_viscera(text, items, chosen, lexicon)  # 肝은 … 肺는, after the guard, which would leave a lone 간 in Hangul
    _apply_verb_modifiers(text, items, chosen, lexicon)
    if '하자' in text:
        _apply_proposals(text, items, chosen, lexicon)
    if ' 이의 ' in text:
        _apply_person_genitive(text, items, chosen)
    if ' 일과 ' in text:
        _apply_work_and(text, items, chosen)
    names: set[str] = set()
    if lexicon.person_titles:
        titles = titles_in(text, items, chosen, lexicon)
        names = apply_full_names(text, items, chosen, lexicon, titles, agreed)
        names |= apply_names_after_titles(text, items, chosen, lexicon)
        apply_titles(text, items, chosen, lexicon, titles)
        if '에서' in text:
            apply_places_not_persons(text, items, chosen, lexicon)
        if ' 스님' in text:
            apply_dharma_names(text, items, chosen, lexicon)  # 진우 스님, not 眞羽 스님
    if '군' in text or '양' in text:
        apply_child_names(text, items, chosen, lexicon)
    apply_names_after_children(text, items, chosen, lexicon)  # 아들 준서의 (not 準 + 書意)
    apply_full_names_after_kin(text, items, chosen, lexicon)  # 아버지 허교와 (not 許交)
    if '의 ' in text and ('·' in text or 'ㆍ' in text):
        apply_parent_names(text, items, chosen, lexicon)  # 김정훈·이은숙의 長男
    given = apply_given_names(text, items, chosen, lexicon)
    if ' 씨' in text:
        given |= apply_names_before_ssi(text, items, chosen, lexicon)  # 유나 씨 (not 維那 氏)
    if ':' in text:
        given |= apply_speakers(text, items, chosen, lexicon)  # 민호: 어떻게 알았어? (not 民戶:)
    if lexicon.regnal_names:
        apply_foreign_given_names(text, items, chosen, lexicon)  # 조지 오웰, 헨리 조지의 (not 阻止)
    if lexicon.japanese_surnames:
        apply_japanese_names(text, items, chosen, lexicon)  # 아베 신조, 고노 談話 (not 信條, 雇奴)
    if '는 ' in text or '은 ' in text:
        apply_other_names(text, items, chosen, lexicon.surnames)
        apply_lede_name(text, items, chosen, lexicon)
        apply_pen_name_before_name(text, items, chosen, lexicon)  # 운보 김기창은 (not 韻譜)
    if lexicon.surnames:
        apply_names_before_particles(text, items, chosen, lexicon)
        apply_names_with_suffix(text, items, chosen, lexicon)  # 김정호가, not 金淨號가
    given |= apply_affectionate_names(text, items, chosen, lexicon)  # 서연이의, not 書筵異議
    if given:
        apply_given_names_again(text, items, chosen, lexicon, given)  # 태식아, … 태식은 (not 太息은)
    if names:
        apply_names_again(text, items, chosen, lexicon, names)  # 이정후 選手 … 이정후가 (not 里程後가)
    if '목' in text:
        _apply_item_letters(text, items, chosen)
    if '에,' in text or '에!' in text:
        _apply_exclamations(text, items, chosen, lexicon)
    if ' 하' in text or ' 불' in text or ' 부' in text:
        _apply_sounds(text, items, chosen)
    if ' 간 ' in text:
        _apply_gone(text, items, chosen)
    if '를 ' in text:
        _apply_rieul_modifiers(text, items, chosen, lexicon)
    if '도로 ' in text:
        _apply_back(text, items, chosen)
    if '서기 ' in text:
        _apply_era(text, items, chosen)
    if 'ㆍ' in text or '·' in text:
        items, chosen = _apply_dotted_heads(text, items, chosen, lexicon)
    return [Item(i.start, i.end, i.hangul, i.kind, i.candidates, hanja, rule)
            for i, (hanja, rule) in zip(items, chosen) if hanja is not None]  # field pieces, native cues


_HADA_STARTS = tuple('한할함합해했되된될됨됩돼됐') + tuple('하' + s for s in '다여고게며지니면므기시세였')  # the
# forms of 하다 and 되다 a root may stand apart from (용이 하다, 용이 했다; not 하늘, 하루)


def _split_bare_predicates(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A two-syllable predicate's root in 이 or 가 standing alone before another word that is no form of
    하다 is a one-syllable noun and its particle where the word has no curated sense (龍이 살았다, not 容易
    살았다; 接近이 容易 하다 and 追加 引上 stay)."""
    for k, item in enumerate(items):
        if item.kind != 'word' or len(item.hangul) != 2 or item.hangul[1] not in '이가' \
                or not text.startswith(' ', item.end) or text.startswith(_HADA_STARTS, item.end + 1) \
                or item.start and not text[item.start - 1].isspace() or chosen[k][1] not in ('only', 'rank', 'default'):
            continue
        if item.hangul in lexicon.defaults or item.hangul in lexicon.usual or item.hangul in lexicon.predicate_senses:
            continue  # a curated word is a noun too (追加 引上은)
        senses = lexicon.single_nouns.get(item.hangul[0], ())
        hanja = chosen[k][0]
        if len(senses) == 1 and senses[0] not in lexicon.cue_only_nouns and hanja in lexicon.zh_verbal \
                and hanja not in lexicon.zh_nominal:
            items[k] = item._replace(end=item.end - 1, hangul=item.hangul[0], kind='noun', candidates=senses)
            chosen[k] = (senses[0], 'grammar')



_DOTS = frozenset('ㆍ·')
_GUESSED_HEADS = frozenset({'grammar', 'rank', 'default', 'domain', 'context'})  # a lone syllable's choices it may undo
_LONGEST_SHARED_TAIL = 3


def _shared_head(head: str, item: Item, hanja: str, lexicon: Lexicon) -> str | None:
    """The Hanja of a lone syllable dotted before a word that shares the word's tail: the first character
    of the dictionary word the syllable and that tail spell, whose tail is written as the word's (有ㆍ無罪:
    有罪; 初ㆍ中等敎育: 初等敎育; 長ㆍ短期: 長期)."""
    tail, written = item.hangul[1:], hanja[1:]
    if len(hanja) != len(item.hangul) or not tail:
        return None
    for t in range(min(len(tail), _LONGEST_SHARED_TAIL), 0, -1):  # the longest shared tail first
        word = _usual_word(head + tail[:t], lexicon)
        if word is not None and word[1:] == written[:t]:
            return word[0]
    return None


def _usual_word(hangul: str, lexicon: Lexicon) -> str | None:
    """A word's curated sense, else the dictionary's first (韓國 for 한국, not the rare 寒國)."""
    sense = lexicon.defaults.get(hangul) or lexicon.usual.get(hangul)
    if sense is None:
        words = lexicon.words(hangul)
        sense = words[0] if words else None
    return sense


def _apply_dotted_heads(text: str, items: list[Item], chosen: list[tuple[str, str]],
                        lexicon: Lexicon) -> tuple[list[Item], list[tuple[str, str]]]:
    """A lone syllable before a middle dot that shortens a word sharing the next word's tail takes that
    word's first character: 有ㆍ無罪, 初ㆍ中等敎育, 國ㆍ公立, 長ㆍ短期 (not 유ㆍ無罪, 章ㆍ短期)."""
    added: list[tuple[Item, tuple[str, str]]] = []
    for k, item in enumerate(items):
        start, hanja = item.start, chosen[k][0]
        if hanja is None or start < 2 or text[start - 1] not in _DOTS or not is_syllable(text[start - 2]) \
                or start > 2 and is_syllable(text[start - 3]):
            continue
        head = _shared_head(text[start - 2], item, hanja, lexicon)
        if head is None:
            continue
        j = k - 1 if k and items[k - 1].start == start - 2 and items[k - 1].end == start - 1 else None
        if j is not None and (chosen[j][0] is None or chosen[j][1] in _GUESSED_HEADS):
            chosen[j] = (head, 'compound')
        elif j is not None:
            continue  # (a Hanja a rule of its own chose stays: 市·道 in a list of units; a syllable left
            # Hangul only for want of a cue takes the head: 初ㆍ中等, 室·局長)
        else:
            added.append((Item(start - 2, start - 1, text[start - 2], 'prefix', (head,)), (head, 'compound')))
    if not added:
        return items, chosen
    pairs = sorted([*zip(items, chosen), *added], key=lambda pair: pair[0].start)
    return [item for item, _ in pairs], [choice for _, choice in pairs]

def _apply_exclamations(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """mecab-ko-dic's interjections in 에 (세상에, 천만에), which prose otherwise writes as the word and 에
    (世上에 對한), stay the exclamation where they open a sentence and a comma or ! follows: 세상에, 이런 일이."""
    for k, item in enumerate(items):
        if chosen[k][0] is None or not text.startswith(('에,', '에!'), item.end) \
                or lexicon.native.get(item.hangul + '에') != 'IC':
            continue
        i = item.start
        while i and text[i - 1] in ' \t\n"\'“‘':
            i -= 1
        if not i or text[i - 1] in '.!?':
            chosen[k] = (None, 'native')


_ERA = ('서기', '西紀')
_DATED = regex.compile(r'\d[\d,]*\s?(?:년|세기)')  # a year or century after the era: 서기 2150년, 서기 1세기


def _apply_era(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """서기 alone before a year or a century is the era, 西紀 (서기 2150년; not 書記, the clerk)."""
    for k, item in enumerate(items):
        if item.hangul == _ERA[0] and _ERA[1] in item.candidates and chosen[k][0] not in (None, _ERA[1]) \
                and _stands_alone(text, item.start, item.end) and _DATED.match(text, item.end + 1):
            chosen[k] = (_ERA[1], 'grammar')


_BACK = '도로'  # the native adverb 'back (again)', spelt as 道路
_UNDONE = ('가져', '갖다', '갖고', '넣', '돌려', '물러', '주워', '내놓', '뱉', '삼키', '삼켜', '살아', '잠들', '누워', '누웠',
           '앉', '집어', '걸어')  # verbs it stands bare before: 도로 가져가, 길을 도로 걸어 나갔다


def _apply_back(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """도로 alone in its eojeol right before a verb of taking, putting or going back is the adverb 'back', not
    道路: 도로 가져가, 도로 넣어 두었다 (道路 with a particle, or before a noun, stays: 道路 工事, 道路를 걸어)."""
    for k, item in enumerate(items):
        if item.hangul == _BACK and chosen[k][0] is not None and _stands_alone(text, item.start, item.end) \
                and text.startswith(_UNDONE, item.end + 1):
            chosen[k] = (None, 'native')


_MODIFIED_NOUNS = frozenset(('수', '거', '것', '게', '걸', '건', '때', '줄', '리', '테', '뻔', '만큼', '권리', '사람',
                             '차례', '준비', '생각'))  # nouns a modifier in ㄹ stands before and a noun with 를 never does


def _apply_rieul_modifiers(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A syllable and 를 spelling the modifier in ㄹ of a stem in 르 before a noun that only a modifier takes is the
    verb, with or without an object before it: 辯護士 부를 權利, 醫師 부를 거야 (not 部를, 富를); 富를 蓄積 stays."""
    for k, item in enumerate(items):
        end = item.end
        if chosen[k][0] is None or end - item.start != 1 or text[end:end + 2] != '를 ' \
                or (item.start and is_syllable(text[item.start - 1])):
            continue
        if is_native_stem(item.hangul + '르', lexicon) and _modified_noun_at(text, end + 2, lexicon):
            chosen[k] = (None, 'native')


def _modified_noun_at(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the eojeol at `start` is one of _MODIFIED_NOUNS, bare or with particles or the copula (수가, 거야)."""
    space = text.find(' ', start)
    eojeol = text[start:space if space >= 0 else len(text)].rstrip('.,!?"\'”’…)')
    return any(eojeol.startswith(noun) and (len(eojeol) == len(noun) or eojeol[len(noun):] in lexicon.particles
                                            or eojeol[len(noun):] in lexicon.copula)
               for noun in _MODIFIED_NOUNS)


# what one goes on or goes to, bare before 가다's modifier 간 (留學 간 親舊, 軍隊 간 아들), none of them a pair
# or group that 間 'between' could follow (夫婦 間, 南北 間 stay)
_TRIPS = frozenset(('유학', '전학', '여행', '출장', '산책', '이민', '소풍', '휴가', '군대', '입대', '시집', '견학', '피난',
                    '피서', '성묘', '문병', '면회', '심부름', '구경', '답사', '수학여행', '연수', '등산', '유배', '귀양',
                    '원정', '순례', '출근', '외출', '마실', '캠핑', '배낭여행', '신혼여행', '해외여행', '출가', '문상'))


def _apply_gone(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """간 standing alone right after a trip or errand, itself alone in its eojeol, is 가다's modifier, not 間:
    轉學 간 學校, 旅行 간 사이 (a pair before it keeps 間: 夫婦 間 葛藤)."""
    for k, item in enumerate(items):
        if item.hangul != '간' or chosen[k][0] is None or not _stands_alone(text, item.start, item.end) \
                or item.start < 2:
            continue
        before = text[:item.start - 1]
        if before.rsplit(' ', 1)[-1].lstrip('"\'“‘(') in _TRIPS:
            chosen[k] = (None, 'native')


_SOUND_QUOTES = ('하고', '하며', '하더니', '하면서')  # 하다 quoting a sound: 흑 하고 울음을
_SUBJECT_ENDINGS = frozenset('가이는은')  # the particles a subject before a sound ends in (그녀가 후 하고)
_ARGUMENT_ENDINGS = _SUBJECT_ENDINGS | frozenset('을를도')  # ... and an object before 후 불다 (촛불을 후 불어)
_BLOWING = ('불어', '불었', '불자', '불고', '불며', '불면', '부니', '부는', '분다')  # 불다's forms a breath 후 comes before
_BREATH = '후'


def _apply_sounds(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A syllable standing alone after a subject and before 하다 quoting it is a sound, no noun: 그녀가 흑 하고
    (a sob, not 黑), 늑대가 후 하고 (a breath, not 後); so is 후 before 불다's forms (촛불을 후 불어), and the 불다
    form after it, no noun either (후 하고 불자, not 佛子; "후 불어 봐."). A noun phrase or a modifier before 후 keeps 後
    (食事 後 하고 싶은, 얼마 後 부는 바람, 끝난 後 佛語 授業)."""
    for k, item in enumerate(items):
        if chosen[k][0] is None or item.end - item.start != 1 or not _stands_alone(text, item.start, item.end):
            continue
        after = _next_eojeol_start(text, item.end)
        quoted = _quoting_at(text, after) \
            and _after_particle(text, item.start, items[:k], chosen[:k], _SUBJECT_ENDINGS)
        blown = item.hangul == _BREATH and (
            quoted and _blowing_at(text, _eojeol_after(text, after))
            or _blowing_at(text, after) and (_opens_clause(text, item.start)
                                             or _after_particle(text, item.start, items[:k], chosen[:k], _ARGUMENT_ENDINGS)))
        if not (quoted or blown):
            continue
        chosen[k] = (None, 'native')
        if blown:
            for j in range(k + 1, len(items)):
                if items[j].hangul.startswith('불') and chosen[j][0] is not None and _blowing_at(text, items[j].start):
                    chosen[j] = (None, 'native')  # 후 하고 불자 (not 佛子), 후 불어 (not 佛語)
                    break


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole eojeol: a space after it (or the text's end), and no syllable before it
    (a space, a quote, the text's start)."""
    return (start == 0 or not is_syllable(text[start - 1])) and (end == len(text) or text[end] == ' ')


def _next_eojeol_start(text: str, end: int) -> int:
    """Where the eojeol after the one ending at `end` starts (after its space)."""
    return end + 1 if text[end:end + 1] == ' ' else len(text)


def _eojeol_after(text: str, start: int) -> int:
    """Where the eojeol after the one starting at `start` starts (the text's end if none)."""
    space = text.find(' ', start)
    return len(text) if space < 0 else space + 1


def _quoting_at(text: str, start: int) -> bool:
    """Whether 하다 quoting a sound opens the eojeol at `start` and ends it (하고, 하며; not 하고자)."""
    return any(text.startswith(q, start) and not syllable_at(text, start + len(q)) for q in _SOUND_QUOTES)


def _blowing_at(text: str, start: int) -> bool:
    """Whether a form of 불다 (불어, 불자, 부는) is the whole eojeol at `start`."""
    return text.startswith(_BLOWING, start) and not syllable_at(text, start + 2)


def _after_particle(text: str, start: int, before: list[Item], chosen: list[tuple[str, str]],
                    particles: frozenset[str]) -> bool:
    """Whether the eojeol before `start` is two syllables or more closed by one of the particles, which no
    Sino word ends at (國家 ends 국가: no subject; 國家가 is)."""
    end = start - 1
    if end < 2 or text[end] != ' ' or text[end - 1] not in particles or not is_syllable(text[end - 2]):
        return False
    return not any(item.end == end and hanja is not None for item, (hanja, _) in zip(before, chosen))


_RIEUL_FINAL = 8  # the final ㄹ of a syllable (split()[2])
_NIEUN_FINAL = 4  # ... and the final ㄴ
_PARTS_OF_A_HILL = ('정상', '위', '속', '아래', '밑', '꼭대기', '중턱', '기슭', '너머', '능선', '봉우리', '자락', '입구',
                    '근처', '쪽', '길', '골짜기', '허리')  # what a bare 山 stands before
_ADVERBS_OF_STANDING = ('우뚝', '나란히', '줄지어', '마주', '꼿꼿이', '오뚝')  # how one stands: 우뚝 선 塔, 줄지어 선 나무
_TIMES_AFTER_MODIFIER = ('때', '녘', '무렵', '즈음')  # nouns of time a modifier in ㄹ stands before: 해 질 녘


LOCATIVE = '서'  # 에서 as headlines write it: 國會서 豫算案 處理, 서울서 열린
# last characters of words naming a place, a body that sits or a meeting, after which a 서 closing its eojeol is
# that 에서 (美國서, 現場서, 法院서, 學校서, 會議서, 會談서; a strait, sea, field or town too: 海峽서, 業界서, 農村서);
# a document's 書 closes words of other kinds
LOCATIVE_HEADS = frozenset('國會場院市道郡區館廳港驛校島州山江議談線地外內室堂店峽岸洋海灣界境邊村圈局社所')
AFTER_LOCATIVE = frozenset({'', '는', '도', '만', '의', '부터'})


def _headline_locative(text: str, item: Item, before: Item | None, before_hanja: str | None, lexicon: Lexicon) -> bool:
    """Whether a suffix 서 is 에서 as headlines and speech write it: right after a place, a body or a
    meeting in its eojeol, or after a native or foreign noun, which no 書 or 署 closes, with nothing or a
    particle after it (國會서는, 서울서도, 그 가운데서, 뉴욕서)."""
    if syllables_from(text, item.end) not in AFTER_LOCATIVE:
        return False
    if before and before.end == item.start:
        return before_hanja is not None and before_hanja[-1] in LOCATIVE_HEADS or before.hangul in lexicon.place_names
    if item.start and is_hanja(text[item.start - 1]):  # the text's own Hanja, as a second pass sees them
        return text[item.start - 1] in LOCATIVE_HEADS or any(text.endswith(place, 0, item.start)
                                                           for place in lexicon.place_names.values())
    return item.start > 0 and is_syllable(text[item.start - 1])  # a native or foreign noun, no Sino word before
    # it: 서울서, 가운데서, 사이서, 파리서 (not 가운데書)


def _apply_verb_modifiers(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A one-syllable noun that spells a native verb's modifier where the words around it make it one:
    a stem with a final consonant and 은 or 을 after an object and before another word (아기를 업은 女人,
    신을 신은 채, 눈을 감은 채: not 業은, 神은, 感恩; but 業은 다음 生을 決定한다, with no object before it);
    a vowel stem and ㄹ bare before a noun of time (해 질 녘, 꽃이 질 때: not 質; 3月 末 무렵 stays); and
    차 after a past modifier in 던 is the bound noun 次 'just when' (집을 나서려던 次에: not 車); and 차 before a
    native numeral and 잔 is 茶 (茶 한 盞, 茶를 두 盞: not 車), 시 before one and 수 詩 (詩 한 首를: not 市), and so is
    시 bare before a title's bracket (詩 「烏瞰圖」와)."""
    stems = lexicon.verb_stems
    for k, item in enumerate(items):
        hanja, hangul = chosen[k][0], item.hangul
        if hanja is None or item.kind not in ('noun', 'word') or len(hangul) > 2 or len(hangul) == 2 and hangul[1] not in '은을' \
                or is_syllable(text[item.start - 1:item.start] or ' '):
            continue  # (a word that opens its eojeol, of one syllable or two in 은 or 을: the usual word is none)
        first = hangul[0]
        eojeol = syllables_from(text, item.start)
        end = item.start + len(eojeol)
        before = word_before(text, item.start)
        counted = next((sense for counter, sense in _COUNTED_SENSES.get(item.hangul, ())
                        if sense in item.candidates and _count_follows(text, end, counter, lexicon)), None)
        if counted:
            chosen[k] = (counted, 'grammar')  # what is counted in cups is drunk, in 首 a poem: 茶 한 盞, 詩 한 首
        elif eojeol == hangul and text.startswith(_TITLE_OPENINGS, end) \
                and _GENRE_BEFORE_TITLE.get(hangul) in item.candidates:
            chosen[k] = (_GENRE_BEFORE_TITLE[hangul], 'grammar')  # a genre bare before a title: 詩 「烏瞰圖」
        elif not before or text[item.start - 1] != ' ':
            continue  # (the rest need the word before, a space apart)
        elif len(eojeol) == 2 and eojeol[1] in '은을' and has_final(first) and first in stems \
                and item.end <= end and text[end:end + 1] == ' ' and syllable_at(text, end + 1) \
                and _object_before(text, item.start, lexicon):
            for j in range(k, len(items)):
                if items[j].start >= end:
                    break
                chosen[j] = (None, 'verb')
        elif len(eojeol) == 1 and item.kind == 'noun' and split(first)[2] == _RIEUL_FINAL and hanja != '末' \
                and join(*split(first)[:2], 0) in stems and _time_follows(text, end):
            chosen[k] = (None, 'verb')
        elif eojeol[0] == '차' and item.hangul == '차' and before.endswith('던') and '次' in item.candidates \
                and (len(eojeol) == 1 or eojeol[1:].startswith(_JUST_WHEN_TAILS)):
            chosen[k] = ('次', 'grammar')  # (with 에 or the copula only: 마주 오던 車와 衝突했다, not 次)
        elif len(eojeol) == 1 and item.kind == 'noun' and split(first)[2] == _NIEUN_FINAL and len(before) > 1 \
                and (before[-1] == '로' or before in _ADVERBS_OF_STANDING) and join(*split(first)[:2], 0) in stems and text[end:end + 1] == ' ' \
                and syllable_at(text, end + 1) and not text.startswith(_PARTS_OF_A_HILL, end + 1):
            chosen[k] = (None, 'verb')  # a vowel stem's past modifier after a word in 로, before a noun: 카드로 산
            # 冊, 直購로 산 物件 (not 山; but 車로 山 頂上까지, 南쪽으로 山 稜線이); so after an adverb of standing:
            # 우뚝 선 塔, 줄지어 선 椰子樹 (not 線)


def _after_modifier(text: str, start: int) -> bool:
    """Whether the word before the one at `start` is a modifier: it ends in ㄴ, ㄹ or 던 (말하는, 쓴, 할, 오던)."""
    before = word_before(text, start)
    return bool(before) and (modifier_final(before[-1]) or before[-1] == '던')


_OBJECTION_AFTER = ('제기', '신청', '申請', '提起', '절차', '기간', '없', '있', '유무', '여부')  # 異議 提起, 異議 申請


def _apply_person_genitive(text: str, items: list, chosen: list[tuple[str, str]]) -> None:
    """A bare 이의 after a native verb's modifier is the bound noun 이 'person' and the genitive: 말하는 이의
    느낌, 글을 쓴 이의 생각 (not 異議); after a Sino word's 한 or 된, or before a word of objecting, the word
    stays: 正當한 異議 提起, 말하는 異議 申請."""
    for k, item in enumerate(items):
        if item.hangul != '이의' or chosen[k][0] is None or text[item.start - 1:item.start] != ' ' \
                or text[item.end:item.end + 1] != ' ' or text.startswith(_OBJECTION_AFTER, item.end + 1):
            continue
        if not _after_modifier(text, item.start):
            continue
        begin = item.start - 1 - len(word_before(text, item.start))
        if any(chosen[j][0] is not None and begin <= items[j].start < item.start - 1 for j in range(max(0, k - 3), k)):
            continue  # (a Sino root's modifier: 正當한 異議)
        chosen[k] = (None, 'native')


# what follows the day's round of work, 日課, bare before it (日課 後에, 日課 時間, 바쁜 日課 속에서, 고된 日課 끝에)
_ROUTINE_AFTER = ('후', '시간', '중', '속', '끝', '표', '이후', '전', '동안', '내내')
_AFTER_ROUTINE_NOUN = frozenset('에의이을은도부까엔')  # a particle's first syllable after one of one syllable


def _routine_follows(eojeol: str) -> bool:
    """Whether an eojeol is one of _ROUTINE_AFTER, alone or with particles (後에, 속에서도; not 重要한, 後悔)."""
    return any(eojeol.startswith(w) and (len(w) > 1 or len(eojeol) == 1 or eojeol[1] in _AFTER_ROUTINE_NOUN)
               for w in _ROUTINE_AFTER)


def _apply_work_and(text: str, items: list, chosen: list[tuple[str, str]]) -> None:
    """A bare 일과 after a modifier and before another word is the native 일 'work, matter' and the
    conjunctive 과, joining two things done or to do: 해야 할 일과 하지 말아야 할 일, 公的인 일과 私的인 일, 重要한
    일과 急한 일 (not 日課, which a modifier's noun of time or place follows: 바쁜 日課 속에서, 日課 後에)."""
    for k, item in enumerate(items):
        if item.hangul != '일과' or chosen[k][0] is None or text[item.start - 1:item.start] != ' ' \
                or text[item.end:item.end + 1] != ' ' or not syllable_at(text, item.end + 1) \
                or _routine_follows(syllables_from(text, item.end + 1)):
            continue
        if _after_modifier(text, item.start):
            chosen[k] = (None, 'native')


_PROPOSAL_TAILS = frozenset({'는', '며', '면', '고', '던'})  # after 하자: 하자는 것, 하자며; not 瑕疵로, 瑕疵 없이
# endings of a clause that 하다 takes as its complement: 살펴보기로 하자, 지키도록 하자, 쉽게 하자 (not the
# dative 에게: 業者에게 瑕疵 補修를)
_PROPOSAL_COMPLEMENTS = ('기로', '도록', '게')
_SENTENCE_ENDS = frozenset('.!?')


def _apply_proposals(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """하자 opening its eojeol after an object is 하다's proposal, not 瑕疵: 編成을 하자는 것, 表決을 하자며
    (建物의 瑕疵는, 節次上 瑕疵는 stay; 이를 瑕疵로 보기 어렵다 and 建物을 瑕疵 없이 too, whose tails no proposal takes);
    so is a bare 하자 after a clause in 기로, 도록 or 게 (살펴보기로 하자, 지키도록 하자) or one that ends a
    sentence after a word (함께 이야기를 하자., 이번에는 그렇게 하자!), which the noun, wanting its copula, never does."""
    for k, item in enumerate(items):
        if item.hangul != '하자' or chosen[k][0] is None or text[item.start - 1:item.start] != ' ':
            continue
        eojeol = syllables_from(text, item.start)
        before = word_before(text, item.start)
        if eojeol == '하자' and (before.endswith(_PROPOSAL_COMPLEMENTS) and not before.endswith(('에게', '께'))
                                or text[item.end:item.end + 1] in _SENTENCE_ENDS and before):
            chosen[k] = (None, 'verb')
            continue
        if eojeol[2:] in _PROPOSAL_TAILS and _object_before(text, item.start, lexicon):
            for j in range(k, len(items)):
                if items[j].start >= item.start + len(eojeol):
                    break
                chosen[j] = (None, 'verb')


_GENRE_BEFORE_TITLE = {'시': '詩'}  # a genre that, bare before a work's title, names the work's kind (not 市)
_TITLE_OPENINGS = (' 「', ' 『', ' 〈', ' 《', ' <')  # a title's opening bracket after a space
_COUNTED_SENSES = {'차': (('잔', '茶'),), '시': (('수', '詩'), ('편', '詩'))}  # a noun's sense its counter names:
# 茶 한 盞, 詩 한 首, 詩 한 篇
_AFTER_COUNTER = {'잔': ('', '을', '만', '씩', '의', '이', '도', '은', '과', '하', '에', '.', ',', '?'),
                  '수': ('를', '가', '는', '도', '만', '씩', '와', '의'),  # (a bare 수 may be a move: 市는 한 수 앞을)
                  '편': ('을', '이', '은', '도', '만', '씩', '과', '의')}  # (and a bare 편 a side)


def _count_follows(text: str, end: int, counter: str, lexicon: Lexicon) -> bool:
    """Whether a native numeral and `counter` follow `end`, the end of an eojeol (차 한 잔, 차를 두 잔씩, 차 한잔,
    시 한 수를): not 잔디 or 잔치, nor a bare 수, which may be a move (市는 한 수 앞을)."""
    words = text[end:end + 12].split()
    if words and words[0].endswith(counter) and words[0][:-1] in lexicon.native_numerals:
        return True
    return len(words) > 1 and words[0] in lexicon.native_numerals and words[1][:1] == counter \
        and words[1][1:2] in _AFTER_COUNTER[counter]


def _object_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word before the space at start - 1, or the one before it past a word in 에 or 로 (아기를
    등에 업은), is a noun with the object particle: 를, or 을 not after a verb stem that is no noun (먹을)."""
    for _ in range(2):
        word = word_before(text, start)
        if len(word) >= 2 and (word[-1] == '를' or word[-1] == '을' and word[-2] not in '았었였했' and (
                word[:-1] not in lexicon.verb_stems or word[:-1] in lexicon.single_nouns)):
            return True
        if not word.endswith(('에', '에게', '로')):
            return False
        start = text.rfind(word, 0, start)
    return False


def _time_follows(text: str, end: int) -> bool:
    """Whether a space and a noun of time a modifier stands before (_TIMES_AFTER_MODIFIER), with or without
    particles, follow `end`: 질 때, 질 녘에."""
    return text[end:end + 1] == ' ' and any(text.startswith(t, end + 1) and (
        len(t) > 1 or text[end + 2:end + 3] in ('', ' ', '에', '도', '는', '가', '이', '의', '까', '마', '부', '.', ','))
        for t in _TIMES_AFTER_MODIFIER)


_CURRENCY_WORDS = ('환율', '달러', '위안', '유로', '외환', '환전', '가치', '강세', '약세', '절상', '절하', '예금', '표시',
                   '수출', '수입', '금리', '환산', '환가', '외화', '미화', '통화', '화폐', '결제', '송금')  # words of money in the text: 원화 there is 원貨 (고흐의 原畵를 stays)
_WON_KEPT = frozenset({'cue', 'document', 'user'})


def _saint_follows(text: str, item: Item, lexicon: Lexicon) -> bool:
    """Whether the word after a bare 성 and its space begins with a saint's name, one of the cues
    sense_cues.tsv gives its sense 聖 (베드로, 프란치스코, 김대건): only the word after counts, so a name
    before it changes nothing (요한은 성을 떠났다)."""
    entry = lexicon.sense_cues.get(item.hangul)
    saint = _SAINT_TITLES[item.hangul]
    names = next((words for hanja, words in entry[2] if hanja == saint), ()) if entry else ()
    return bool(names) and text.startswith(names, item.end + 1)


def _open_won(items: list[Item], chosen: list[tuple[str, str]]) -> bool:
    """원화 in a text of money (_CURRENCY_WORDS) is the won as a currency, 원貨 (원貨 價値, 원貨 强勢, as 엔貨, 달러貨): the won itself is written
    in Hangul (1,000원), so only 貨 converts. 原畵 'an original drawing' only where a cue says so
    (sense_cues.tsv: 웹툰 原畵 展示會) or the document writes it: the word is left open here, before the
    cues, and `_apply_won` writes 원貨 where none spoke."""
    opened = False
    for k, item in enumerate(items):
        if item.hangul == '원화' and chosen[k][0] is not None and chosen[k][1] not in _WON_KEPT:
            chosen[k] = (None, 'grammar')
            opened = True
    return opened


def _apply_won(items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """원貨 for each 원화 that `_open_won` left open and no cue took (see there)."""
    for k, item in enumerate(items):
        if item.hangul == '원화' and chosen[k] == (None, 'grammar'):
            items[k] = item._replace(start=item.start + 1, hangul='화', candidates=('貨',))
            chosen[k] = ('貨', 'grammar')


# the sub-items of a statute's item (號): a native list letter and 目, 第2號가目, 같은 號 나目 (not 嘉木, 裸木)
_ITEM_LETTERS = frozenset('가나다라마바사아자차카타파하')


def _after_native_noun_and_particle(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word before the space at start - 1 ends in the genitive or another case particle no name
    ends in (여자의, 땅에, 밭을), or is a native noun of mecab-ko-dic or the curated list and a particle a name
    may end in (말이, 꽃은; but 지은 氏): no name, so no 氏 can follow it."""
    if start < 2 or text[start - 1] != ' ':
        return False
    word = word_before(text, start)
    return len(word) >= 2 and (word[-1] in '의을를에' or word[-1] in '이가은는도'
                               and lexicon.native.get(word[:-1]) in ('noun', 'NNG'))


def _opens_clause(text: str, start: int) -> bool:
    """Whether nothing but spaces and punctuation stands between the text's start or a mark and start:
    no word (Hangul or Hanja) before it that could be a name."""
    j = start - 1
    while j >= 0 and text[j] == ' ':
        j -= 1
    return j < 0 or not (is_syllable(text[j]) or text[j].isalnum())


def _apply_item_letters(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A list letter and 목 right after 호 (joined or after a space) name a sub-item: the letter stays
    Hangul and 목 is 目 (第1號가目에서, 같은 號 다目), not a word that spells them (嘉木, 裸木, 茶木)."""
    for k in range(1, len(items)):
        item = items[k]
        if len(item.hangul) != 2 or item.hangul[1] != '목' or item.hangul[0] not in _ITEM_LETTERS \
                or items[k - 1].hangul != '호' or chosen[k - 1][0] != '號' \
                or text[items[k - 1].end:item.start] not in ('', ' '):
            continue
        items[k] = item._replace(start=item.start + 1, hangul='목', kind='suffix', candidates=('目',))
        chosen[k] = ('目', 'grammar')


# a noun of intention after a prospective modifier (출마할 意思가 없다, 응할 用意가 있다): what one will do is
# willed, not a doctor or a suspicion; a cue still moves it after (진료할 의사 beside 환자 is 醫師)
_INTENTIONS = {'의사': '意思', '용의': '用意', '시도': '試圖'}  # (and an attempt: 辯護하려는 試圖, not 市道)
_PROSPECTIVE = frozenset('할될줄갈올볼낼')  # the modifier's last syllable (하다's, 되다's and a few short verbs')
_PURPOSIVE = ('려는 ', '려던 ')  # ... or the modifier of intention: 바꾸려는 試圖, 出馬하려는 意思
_MOVABLE = frozenset({'rank', 'default', 'domain', 'context'})  # choices made without the word's own grammar
# after another modifier in ㄹ, the particles and the next word's start that make the noun an intention (물러날 意思가
# 없다, 나설 意思를 밝혔다; see _prospective)
_INTENTION_PARTICLES = frozenset({'가', '는', '도', '를', '은', '이'})
_INTENDED = ('있', '없', '전혀', '조금도', '결코', '밝', '표명', '내비', '피력', '보이', '보였', '보인', '드러', '굳혔', '접')


def _apply_intentions(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A noun of intention right after a prospective modifier takes that sense (_INTENTIONS)."""
    for k, item in enumerate(items):
        sense = _INTENTIONS.get(item.hangul)
        if sense is not None and chosen[k][1] in _MOVABLE and sense in item.candidates and item.start >= 2 \
                and text[item.start - 1] == ' ' and (text[item.start - 2] in _PROSPECTIVE
                                                     or text.endswith(_PURPOSIVE, 0, item.start)
                                                     or _prospective(text, item)):
            chosen[k] = (sense, 'grammar')


def _prospective(text: str, item: Item) -> bool:
    """Whether the word before a noun of intention is a verb's prospective modifier, the stem and ㄹ or 을
    (물러날, 나설, 받을), and the noun with its particle is had, lacked or stated (… 意思가 없다, 意思를
    分明히 밝혔다): a noun in ㄹ before a doctor (시골 醫師가 診察했다) says nothing of either.

    >>> item = Item(3, 5, '의사', 'word', ('醫師', '意思'))
    >>> _prospective('나설 의사가 없다', item), _prospective('나설 의사를 밝혔다', item), _prospective('시골 의사가 왔다', item)
    (True, True, False)
    """
    word = word_before(text, item.start)
    if len(word) < 2 or not is_syllable(word[-1]) or split(word[-1])[2] != _RIEUL_FINAL:
        return False
    rest = text[item.end:item.end + 16].split(' ', 3)  # (the particle, then the predicate or an adverb and it)
    return len(rest) > 1 and rest[0] in _INTENTION_PARTICLES and any(w.startswith(_INTENDED) for w in rest[1:3])


_REPORTS = {'지적': '指摘', '기사': '記事', '보도': '報道', '주장': '主張', '관측': '觀測', '소문': '所聞',
            '의혹': '疑惑', '우려': '憂慮', '비난': '非難', '제보': '提報', '통보': '通報', '경고': '警告'}
# nouns of what is said, whose sense a quoted clause before them names
_QUOTATIVES = ('다는 ', '라는 ', '냐는 ', '자는 ', '다던 ', '라던 ')  # the quoted clause's modifier: 깎였다는 指摘


def _apply_reports(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A noun of what is said right after a quoted clause takes that sense (_REPORTS): 豫算이 깎였다는 指摘에
    (not 地籍, which a field of law chose), 判決했다는 記事; and with the particle 도 it is the noun and
    the particle, not a word in 도: 깎였다는 指摘도 있었다, 問題라는 記事도 (not 地籍圖, 騎士道)."""
    for k, item in enumerate(items):
        noun = item.hangul[:2]
        sense = _REPORTS.get(noun)
        if sense is None or not text.endswith(_QUOTATIVES, 0, item.start) or len(item.hangul) > 3:
            continue
        if len(item.hangul) == 3:
            if item.hangul[2] != '도' or syllable_at(text, item.end) or sense not in lexicon.words(noun):
                continue
            items[k] = item._replace(end=item.end - 1, hangul=noun, kind='word', candidates=lexicon.words(noun))
            chosen[k] = (sense, 'grammar')
        elif chosen[k][1] in _MOVABLE and sense in item.candidates:
            chosen[k] = (sense, 'grammar')


def _read_in_place(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A guess that would not read back where it stands gives way to one in use that does.

    Right after another Sino-Korean word or a Hanja, a word is read without 두음법칙: 鱗莖
    there reads 린경, so the read-back guard would undo its whole run; 引經 reads 인경.
    The usual sense stays: better left in Hangul by the guard than swapped for a rarer word.
    """
    for k, (hanja, rule) in enumerate(chosen):
        if rule != 'rank':
            continue
        item = items[k]
        if not item.start:
            continue
        attached = k and items[k - 1].end == item.start or is_hanja(text[item.start - 1])
        if attached and hanja != lexicon.usual.get(item.hangul) and read_run(hanja, False) != item.hangul:
            readable = _in_use(item.hangul, item.candidates, lexicon)
            if readable:
                chosen[k] = (readable[0], rule)


_SEEN = frozenset({'본'})  # a determiner that is also 보다's past adnominal
_BARE_MODIFIERS = frozenset({'단', '문'})  # lone nouns that, bare before 채, are a verb's modifier (달다's, 물다's)
_BARE_MODIFIERS_INSIDE_CLAUSE = frozenset({'단'})  # ... and so bare anywhere but at a clause's start (但's place)
_PLACES_BY = (' 위', ' 앞', ' 아래', ' 밑', ' 곁', ' 옆', ' 뒤')  # ... but a place by it is the altar's: 壇 위에
_STATE_KEPT = ' 채'  # the bound noun 'as it was', which only a modifier governs (입에 문 채, 앉은 채로)
_VERB_AFTER_OBJECT = {'부': frozenset('를는')}  # a noun and a particle that spell a verb's modifier (부르다's 부를,
# 불다's 부는): after an object and before a space, the verb (노래를 부를 때, 나팔을 부는 소년)
_WINDS = frozenset({'바람', '열풍', '돌풍', '광풍', '훈풍', '강풍', '역풍', '순풍', '칼바람', '찬바람', '태풍'})


_INTENDING_HADA = (' 하였', ' 하여', ' 한다', ' 하는', ' 하고', ' 하니', ' 하던', ' 합니', ' 했', ' 하며',
                   ' 하면', ' 할', ' 한 것', ' 한 바', ' 한 데')  # forms of 하다 after the connective 고자
# ('intending to'); not a bare 한 or 하나, which count too (報告者 한 名, 報告者 하나)


def _intending(text: str, item: Item, lexicon: Lexicon) -> bool:
    """Whether the eojeol of a word is a native verb stem and the connective 고자 before a form of 하다
    after a space: 보고자 하였으나, 사고자 하는 (사다), not 報告 + 者 or 報告者. A noun in 者 takes no bare
    하다 there. Only eojeols in 고자 are looked at."""
    end = item.end + len(syllables_from(text, item.end))
    if not text.startswith('고자', end - 2) or not text.startswith(_INTENDING_HADA, end):
        return False
    start = item.start
    while start and is_syllable(text[start - 1]):
        start -= 1
    return end - start >= 3 and text[start:end - 2] in lexicon.verb_stems


# nouns that a verb's modifier in ㄹ goes before and that no object stands bare before (부를 豫定, 부를 것)
_AFTER_MODIFIER_ONLY = ('예정', '계획', '것', '수', '때', '줄', '차례')
_AFTER_THEM = ('이', '은', '을', '에', '도', '마다', '으로', '인', '입니', '이다', '이며', '이었', '이라', '이고')  # the
# particles and forms of the copula they take (豫定입니다, 때마다)


def _modifies_bound(text: str, item: Item) -> bool:
    """부를 before a word only a modifier stands before, with its particles or the copula: 부르다's 부를, whatever
    the subject (親舊들이 부를 豫定입니다, not 富를), as no bare object comes before these words."""
    if not text.startswith('를 ', item.end):
        return False
    word = syllables_from(text, item.end + 2)
    head = next((h for h in _AFTER_MODIFIER_ONLY if word.startswith(h)), None)
    rest = word[len(head):] if head is not None else None
    return rest is not None and (rest == '' or rest.startswith(_AFTER_THEM))


def _wind_before(text: str, item: Item) -> bool:
    """A wind and its particle, or a place in 에, before 부는: 불다's modifier (바람이 부는, 韓流 熱風이 부는,
    南西風이 부는, 嶺西 地方에 부는); a wind is one of _WINDS or a word in 風 or 바람 (季節風, 높새바람)."""
    word = word_before(text, item.start)
    if not (text.startswith('는', item.end) and text[item.start - 1:item.start] == ' '):
        return False
    wind = word[:-1]
    return word[-1:] in ('이', '가', '도', '만') and (wind in _WINDS or len(wind) >= 2 and wind.endswith(('풍', '바람'))) \
        or len(word) >= 3 and word[-1] == '에'


def _joined_cue_sense(text: str, item: Item, lexicon: Lexicon) -> str:
    """Before 롭다 or 스럽다, the sense a cue joined to the word names (單調롭고: 단조 beside 롭고,
    not the dictionary's first 鍛造), else the first candidate."""
    entry = lexicon.sense_cues.get(item.hangul)
    if entry is not None:
        for hanja, words in entry[2]:
            if hanja in item.candidates and text.startswith(words, item.end):
                return hanja
    return item.candidates[0]


_PENDING_HANGUL, _PENDING = '계속', '係屬'  # the law's 'pending' (a suit pending in a court)
_PENDING_AFTER = (' 중', '중', '된', '되어', '되었', '되고', '되는', '하는', '한 ')  # 係屬 中, 係屬된 …
_BODIES = frozenset('원청판소회처')  # last syllables of the bodies a case is pending before: 法院, 審判院, 檢察廳, 委員會
_PROCEEDINGS = ('사건', '소송', '재판', '심판', '소가', '소는', '항소', '상고', '절차')  # what is pending
# the words choose()'s rules for words name, before its rule for any word: every other word skips them
_KEYED_WORDS = frozenset((*_TIME_AFTER_CLAUSE, *_IDEAL_AFTER_OBJECT, *_LIMIT_BEFORE_AMOUNT, *_COUNTED_LIMITS, *_ERA_BEFORE_DATE,
                          *_WHEN_BEFORE_DATE, *_CONTENT_AFTER_QUOTE,
                          *_STATE_BEFORE_PARTICLE, *_PART_AFTER_DATE, *_NOUN_BEFORE_GENITIVE, *_CONTRAST_OF_PAIR,
                          '이래', '여야', _PENDING_HANGUL))


def _pending(text: str, item: Item) -> bool:
    """Whether 계속 is 係屬 'pending': before 중 after a noun in 에, or before a form of 되다 (or 하는)
    after a body in 에 (法院에, 審判院에, 檢察廳에 係屬 中인 事件, 法院에 係屬된; 午後에 繼續된다), or right
    after a proceeding as subject (事件이 係屬 중인 法院)."""
    if not text.startswith(_PENDING_AFTER, item.end):
        return False
    before = word_before(text, item.start)
    return before.endswith('에') and len(before) >= 3 and (before[-2] in _BODIES or text.startswith(('중', ' 중'), item.end)) \
        or before[-1:] in ('이', '가') and before[:-1].endswith(_PROCEEDINGS)


_FIGURE_HANGUL, _FIGURE = '도', '圖'
_FIGURE_TAILS = frozenset('은는이가을를의에와과로및')  # what follows a figure's number (圖 1은, 圖 2의, 圖 3 및)


def _names_a_figure(text: str, item: Item) -> bool:
    """Whether a bare 도 (its own word) stands before a figure's number: a space, digits, perhaps a
    letter or a prime (5a, 1'), then no Hangul or a particle: 도 1은, 도 5a 및 도 5b는, 대표도: 도 1. A
    counter after the digits makes it something else (도 3개)."""
    if item.start and syllable_at(text, item.start - 1):
        return False  # 도 inside a word: a particle or a suffix (地圖, 그림도 1)
    j = item.end + 1
    if not text.startswith(' ', item.end) or j >= len(text) or not text[j].isdigit():
        return False
    while j < len(text) and (text[j].isdigit() or text[j] in "'′" or text[j].isascii() and text[j].isalpha()):
        j += 1
    return j == len(text) or not syllable_at(text, j) or text[j] in _FIGURE_TAILS


_ON_HANGUL, _ON = '상', '上'
_ON_TAILS = ('에', '에는', '에서', '에서는', '에도', '에서도', '에만')  # (not 의: 正裝 上衣)


def _on_top_of(text: str, item: Item, items: list[Item], chosen: list[tuple[str, str]], k: int,
               lexicon: Lexicon) -> bool:
    """Whether a bare 상 after a noun or a reference numeral takes 에: 基板 上에 形成된다, 구리 호일 上에
    塗布한다, 基板(110) 上에서; 賞 takes 을 or 이 (賞을 받다), and after a modifier or a genitive it
    stays 賞 (받은 상에, 最高의 賞에)."""
    if item.start < 2 or text[item.start - 1] != ' ':
        return False
    if syllables_from(text, item.end) not in _ON_TAILS:
        return False
    if k and items[k - 1].end == item.start - 1 \
            and any(h[-1] == '賞' for h in lexicon.words(items[k - 1].hangul + _ON_HANGUL)):
        return False  # a prize spaced apart from its name: 文學 賞에 (文學賞), not 上
    if text[item.start - 2] == ')' or k and items[k - 1].end == item.start - 1 and chosen[k - 1][0] is not None \
            and items[k - 1].kind in ('word', 'suffix'):
        return True  # after a Sino-Korean noun or a numeral: 基板 上에, 코팅層 上에, 電極(120) 上에
    return lexicon.native.get(word_before(text, item.start)) in _NOUN_TAGS  # a native noun: 구리 호일 上에
    # (not after a loanword, which may be an award's name spaced apart: 노벨 상에)


_NOUN_TAGS = frozenset({'noun', 'NNG'})


_DECREE = '令'
_DECREE_NAMES = frozenset({'영', '령'})


def _names_a_decree(text: str, item: Item) -> bool:
    """Whether a bare 영 is how statutes name an enforcement decree: before an article
    (영 제83조, 같은 영 제5조제2항) or one of its tables (영 별표 1), or after the demonstrative 이 standing as a word
    (이 영은 공포한 날부터 시행한다, 이 영 시행 당시); Britain, spirit and zero take neither."""
    end, start = item.end, item.start
    if text.startswith(' 제', end) and text[end + 2:end + 3].isdigit() or text.startswith(' 별표 ', end):
        return True  # (and before the decree's appended tables: 令 別表 2)
    return start >= 2 and text[start - 2:start] == '이 ' and (start == 2 or text[start - 3].isspace())
    # (not the particle after a bracket: 純排出量(以下 …)이 영이 되는 is 零)


_SHARED_MODIFIER = '한 '  # the modifier of 하다 that adjectives (present) and verbs (past) share
_AFTER_DONE = ('후', '뒤', '다음', '적이', '적은', '적도', '적 ')  # ... but only a verb's before these: 流用한 後
_ADJECTIVE_DWARFS = 20  # how many times commoner in Chinese an adjective must be to keep its place before a verb's form


def _rival_verb_stands(rival: str, adjective: str, lexicon: Lexicon) -> bool:
    """Whether the first candidate may take an adjective's place before a form only verbs take: it must have
    standing (a curated sense, a field's, or common in Chinese) and the adjective must not dwarf it there; else
    the form is the adjective's after all, an object before it being a later verb's (社說을 一定한 長短에 얹어,
    손을 淸潔한 狀態로: not 日程, 聽決; 이를 公告한 날 stays)."""
    frequency = lexicon.zh_frequency
    count = frequency.get(rival, 0)
    return (count >= COMMON_IN_CHINESE or rival in lexicon.curated_hanja or rival in lexicon.field_hanja) \
        and frequency.get(adjective, 0) <= _ADJECTIVE_DWARFS * count


def _predicate_choice(text: str, item: Item, lexicon: Lexicon) -> str | None:
    """Before 하다, 되다 and the like, a word is a predicate: 審理하여, not 心理하여.

    The curated predicate sense decides where there is one (교사하다: 敎唆; 경고하다: 警告,
    as the noun), unless it is an adjective and the form one only verbs take (公告한다, not
    鞏固한다). Otherwise, when the first candidate is tagged a noun in Chinese (jieba)
    and another, common there, is tagged a verb, the verb takes its place; so too before the
    adverb ending 히 (鞏固히, not 公告히). Before the copula's 인 ending the eojeol, a word in 적 is an adjective in
    的: 公的인 자리, not 功績인.
    """
    cands = item.candidates
    after = item.end + 1
    if item.hangul[-1] == '적' and len(cands) > 1 and text.startswith('인', item.end) \
            and (after == len(text) or not is_syllable(text[after])):
        return next((h for h in cands if h[-1] == '的'), None)
    adverb = text.startswith('히', item.end) and (after == len(text) or not is_syllable(text[after]))
    if len(cands) < 2 or item.end >= len(text) or not (adverb or text.startswith(lexicon.light_verb_starts, item.end)):
        return None
    if item.start and text[item.start - 1] in _NEGATING and (item.start == 1 or not is_syllable(text[item.start - 2])):
        return None  # after the prefix 不 a word is the noun the adjective negates, not a verb's sense: 不正義한 法
        # (not 不定義한: 定義하다 is 정의's curated predicate), 不公正한
    curated = lexicon.predicate_senses.get(item.hangul)
    partner = _WITH_PARTNER.get(item.hangul)
    if partner in cands and item.start > 1 and text[item.start - 1] == ' ' and text[item.start - 2] in '와과':
        return partner  # a partner in 와/과 right before it: 性惡說과 對比하는 (contrast), while 災難에 對備하는
    if item.hangul in lexicon.passive_senses and text.startswith(DOEDA_FORMS, item.end):
        curated = lexicon.passive_senses[item.hangul]  # its own sense before 되다: 對比된다, 賜死된
    if curated is not None:  # the curated predicate sense, the first candidate or another
        if curated in lexicon.adjective_senses and not adverb and text.startswith(_CAUSATIVE_FORMS, item.end):
            # no adjective takes 시키다 or 당하다: a verb among its candidates (群衆을 鎭靜시켰다, not 眞正)
            verb = next((h for h in cands[:CONTEXT_CANDIDATES] if h != curated and h in lexicon.zh_verbal
                         and lexicon.in_use(item.hangul, h) and (lexicon.zh_frequency.get(h, 0) >= COMMON_IN_CHINESE
                                                                 or h in lexicon.curated_hanja)), None)
            if verb is not None:
                return verb
        verb_only = text.startswith(_VERB_ONLY, item.end) or text.startswith(DOEDA_FORMS, item.end)
        if curated in lexicon.adjective_senses and not adverb and (verb_only
                                                    or _verb_form(text, item.start, item.end)
                                                    or _dotted_after_verb(text, item.start, lexicon)):
            # an adjective takes no 한다 or 하는, nor 되다: 公告한다, not 鞏固한다; 公演되었다, not 公然되었다
            # (公然 is the adjective of 공연히); the verb taking its place must be
            # one (Chinese tags it a verb): verse bids an adjective with 하라 (祖國이여 永遠하라, not 寧遠, a place)
            # where the first candidate is not the adjective it is that verb, kept from the context
            # rule, which would draw a third sense from the words around: 學事日程을 定하여 公告하여야
            # (not 工高, a school beside 學事); never before the adverb ending 히, which only the
            # adjective forms whatever stands before it: 없다고 分明히 밝혔다 (not 奔命히)
            # only a modifier in 한, which adjectives and verbs share, may still be the adjective's where the
            # verb is weak (社說을 一定한 長短에); a verb's own form stays the verb's (財産을 流用하거나, 流用하는,
            # 用途에 流用한 後)
            weighed = not verb_only and text.startswith(_SHARED_MODIFIER, item.end) \
                and not text.startswith(_AFTER_DONE, item.end + len(_SHARED_MODIFIER))
            if cands[0] != curated:
                return cands[0] if not weighed or _rival_verb_stands(cands[0], curated, lexicon) else curated
            return next((h for h in cands[1:CONTEXT_CANDIDATES] if lexicon.in_use(item.hangul, h)
                         and h in lexicon.zh_verbal and (not weighed or _rival_verb_stands(h, curated, lexicon)
                                                         and (h in lexicon.curated_hanja or h in lexicon.field_hanja))),
                        None)  # (where the adjective is also the first candidate, a modifier in 한 takes a rival
            # verb only if Korean writing is known to use it: 法理를 平易한 文章으로, not the Chinese 平移)
        return curated if curated != cands[0] and curated in cands else None
    if cands[0] not in lexicon.zh_nominal:
        return None
    for hanja in cands[1:CONTEXT_CANDIDATES]:
        if hanja in lexicon.zh_verbal and lexicon.zh_frequency.get(hanja, 0) >= COMMON_IN_CHINESE:
            return hanja
    return None


_LIST_DOTS = '·ㆍ'
_NEGATING = frozenset('부불')  # the prefix 不 opening an eojeol, before a word and 하다 (不正義하다, 不公正하다)


def _dotted_after_verb(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a middle dot joins the word at `start` to a verbal noun before it whose curated
    predicate sense is a verb: the pair shares the one 하다, so the second is a verb too (指定·公告할
    수 있다, 樹立·公告하여야, not 鞏固할)."""
    if start < 3 or text[start - 1] not in _LIST_DOTS:
        return False
    k = start - 1
    while k > 0 and is_syllable(text[k - 1]) and start - 1 - k < 5:
        k -= 1
    sense = lexicon.predicate_senses.get(text[k:start - 1])
    return sense is not None and sense not in lexicon.adjective_senses


def _after_verbal_noun(text: str, item: Item, before: Item, hanja: str | None, lexicon: Lexicon) -> bool:
    """Whether a word that takes 하다 stands right before the item, a space between: 시 after
    it is the time of it (違反 時, 入國 時에), after a place 市 (釜山 市)."""
    return before.end + 1 == item.start and text[before.end] == ' ' and hanja is not None and (
        before.hangul in lexicon.predicate_senses or hanja in lexicon.zh_verbal)


_TIME_PARTICLES = ('에', '까지', '부터')  # what a time takes where a city's 시 would take 는, 가, 의: 脫退 時까지


def _time_of_noun(text: str, item: Item, before: Item, hanja: str | None, lexicon: Lexicon) -> bool:
    """Whether a bare 시 after a Sino-Korean noun, a space between, is the time of it: 雨天 時에는,
    訓練 不參 時, 出入國 審査 時 (a city is written joined to its name, 釜山市, and a noun naming a
    city before a spaced 시 is one the dictionary has in 市 or a cue of 市 names: 서울 市). Only
    where 시 ends the eojeol or takes 에, 까지 or 부터 (時에는, 時까지): 시는, 시가, 시의 may be the city; and not
    where a cue of the poem stands in the sentence (現代 詩에는 … 韻律: the cues decide)."""
    if hanja is None or before.kind != 'word' or before.end + 1 != item.start or text[before.end] != ' ':
        return False
    after = text[item.end:item.end + 1]
    if after and is_syllable(after) and not text.startswith(_TIME_PARTICLES, item.end):
        return False
    if any(h.endswith('市') for h in lexicon.words(before.hangul + '시')):
        return False
    entry = lexicon.sense_cues.get('시')
    if entry is not None and any(before.hangul.startswith(words) for h, words in entry[2] if h == '市'):
        return False
    if entry is not None and any(w in text for h, words in entry[2] if h == '詩' for w in words):
        return False  # a poem's cue in the sentence leaves it to the cues: 現代 詩에는 … 韻律
    return True


def _time_of_loanword(text: str, item: Item, lexicon: Lexicon) -> bool:
    """Whether a bare 시 right after a listed loanword noun and a space is the time of it, as after a Sino noun
    (see `_time_of_noun`): 傷處 드레싱 時, 샤워 時에는; only where 시 ends the eojeol or takes a particle of time."""
    if item.start < 2 or text[item.start - 1] != ' ':
        return False
    after = text[item.end:item.end + 1]
    if after and is_syllable(after) and not text.startswith(_TIME_PARTICLES, item.end):
        return False
    return word_before(text, item.start) in lexicon.loanword_nouns


_REGIONS = frozenset('道郡縣區州國')  # last characters of the regions that have cities: 京畿道의 市


_DEMONSTRATIVES = ('이 ', '그 ', '저 ', '이런 ', '그런 ', '저런 ', '이러한 ', '그러한 ')


def _poem_after_genitive(text: str, item: Item, before: Item | None, hanja: str | None) -> bool:
    """Whether a 시 with a particle or bare, right after a word in 의 and a space, is a poem: 鄭芝溶의 詩는, 이성복의
    詩에서, 그 時代의 詩 (a city takes no genitive, being written onto its name, 釜山市, and a time is a clause's,
    必要할 時), unless the word is a region, which has cities (京畿道의 市 가운데); and so is one right after a
    demonstrative, as reviews point at the poem they read (이 詩에서, 그런 詩는; a city's cues still move it)."""
    at = item.start
    for demonstrative in _DEMONSTRATIVES:
        start = at - len(demonstrative)
        if text.startswith(demonstrative, start) and start >= 0 and not (start and is_syllable(text[start - 1])):
            return True
    if at < 3 or text[at - 2:at] != '의 ' or not (is_syllable(text[at - 3]) or '\u4e00' <= text[at - 3] <= '\u9fff'):
        return False
    if before is not None and before.end == at - 2 and hanja and hanja[-1] in _REGIONS:
        return False
    return True


def _object_of_pair(text: str, start: int) -> bool:
    """Whether the eojeol just before `start` is an object (을, 를) of two things joined by 와 or 과, with
    nothing but words in 의 between: 이데아론과 아리스토텔레스의 質料形相論을, 主體와 客體를 (not 學生과
    敎師가 試驗을, whose pair is the subject)."""
    if not text.endswith(('을 ', '를 '), 0, start):
        return False
    words = text[max(0, start - 60):start].split()[:-1]
    for word in reversed(words[-3:]):
        word = word.rstrip('.,·')
        if word.endswith(('와', '과')):
            return True
        if not word.endswith('의'):
            return False
    return False


def _stem_of_adjective(text: str, item: Item, following: Item | None, lexicon: Lexicon) -> str | None:
    """Before the suffix 的, a word takes the sense the dictionary's whole word in 的 has:
    懷疑的, 理想的, 極端的, 可及的 (not 會議, 以上, 劇團, 加給 + 的); where the whole word has
    several, the one its cues name (作家의 傳記的 事實, not 電氣的), else the first ranked."""
    if following is None or following.kind != 'suffix' or following.start != item.end:
        return None
    whole = item.hangul + '적'
    adjectives = tuple(h for h in lexicon.words(whole) if h[-1] == '的')
    if not adjectives:
        return None
    entry = lexicon.sense_cues.get(whole)
    if entry is not None and len(adjectives) > 1:
        cued = nearest_cued(text, item, tuple((h, words) for h, words in entry[2] if h in adjectives))
        if cued is not None:
            return cued[:-1]
    return rank_candidates(whole, adjectives, lexicon)[0][:-1]


# words whose adjective stands bare after its complement in 에 as often as the noun stands there (팀에 有利):
# not 공고, 무료, 공연, 무상 …, whose nouns do (媒體에 公告, 週末에 無料 公演)
_BARE_ADJECTIVES = frozenset({'유리'})


def _bare_adjective_after_e(text: str, item: Item, lexicon: Lexicon) -> str | None:
    """The adjective sense of a word of _BARE_ADJECTIVES standing bare (no particle, no 하다) after a
    complement in 에 or 에게: 팀에 유리 is 有利, though a bare 유리 is glass."""
    if item.hangul not in _BARE_ADJECTIVES or syllable_at(text, item.end) \
            or not text.endswith(('에 ', '에게 '), 0, item.start):
        return None
    sense = lexicon.predicate_senses.get(item.hangul)
    return sense if sense in lexicon.adjective_senses and sense in item.candidates else None


def _adjectival_choice(text: str, item: Item, following: Item | None, lexicon: Lexicon) -> str | None:
    """A word in 적 used as an adjective or adverb takes its 的 sense: bare before another
    Sino-Korean word (公的 資金, 外的 要因, not 功績, 外敵) or with 으로 ending the eojeol
    (全的으로 同意, 數的으로 優勢, not 典籍, 水滴), unless a curated sense says otherwise (성적 成績)."""
    end = item.end
    if item.hangul in lexicon.defaults or item.hangul in lexicon.usual:
        return None
    if not (following is not None and following.kind == 'word' and following.start == end + 1 and text[end] == ' '
            or text.startswith('으로', end) and (end + 2 == len(text) or not is_syllable(text[end + 2]))):
        return None
    return next((h for h in item.candidates[:CONTEXT_CANDIDATES] if h[-1] == '的'), None)


def _apply_compounds(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """Neighbouring words that form a dictionary compound take its Hanja (시장 경제 → 市場 經濟; three
    too: 국제 통화 기금 → 國際 通貨 基金)."""
    for k, (a, b, c) in enumerate(zip(items, items[1:], items[2:])):  # each word with the next two
        if a.kind == 'word' and b.kind == 'word' and c.kind == 'word' and _spaced(text, a, b) and _spaced(text, b, c) \
                and any(chosen[g][1] in WEAK for g in (k, k + 1, k + 2)):
            compound = _compound(a.hangul + b.hangul + c.hangul, lexicon)
            best, cut = (compound or ('',))[0], (len(a.hangul), len(a.hangul) + len(b.hangul))
            if compound is None or not compound[1] and not _contains_rival_pair(best, cut, a, b, c, lexicon):
                continue  # (only a compound in use: a rare one of three words says little, unless it
                # overrules a pair compound inside it: 國際 司法 裁判所, not the pair's 國際私法)
            parts = (best[:cut[0]], best[cut[0]:cut[1]], best[cut[1]:])
            if all(part in w.candidates for w, part in zip((a, b, c), parts)):
                for g, part in zip((k, k + 1, k + 2), parts):
                    if chosen[g][1] in WEAK or chosen[g][1] == 'only':
                        chosen[g] = (part, 'compound')
    for k, (a, b) in enumerate(zip(items, items[1:])):  # each word with the next
        if a.kind == 'word' and b.kind == 'word' and text.startswith(_ISLAND_TAIL, a.end) \
                and b.start == a.end + 2 and chosen[k][1] in WEAK:
            _island_compound(k, a, b, items, chosen, lexicon)
            continue
        if a.kind in _BARE_SYLLABLE_KINDS and a.end - a.start == 1 and b.kind == 'word' and chosen[k][1] in _SYLLABLE_OPEN \
                and b.start == a.end + 1 and text[a.end] == ' ' and chosen[k + 1][0] is not None \
                and not (chosen[k][0] is not None and bound_to_cue(text, a, chosen[k][0], lexicon)):
            _syllable_of_compound(k, a, b, chosen, lexicon)  # (a bound noun stays bound to the word that
            continue  # names it: 國家 間 機能 分擔, not 肝機能)
        if a.kind != 'word' or b.kind != 'word' or (chosen[k][1] not in WEAK and chosen[k + 1][1] not in WEAK):
            continue
        if b.start - a.end > 1 or (b.start > a.end and text[a.end] != ' '):
            continue
        compound = _compound(a.hangul + b.hangul, lexicon)
        if compound is None:
            continue
        best, in_use = compound
        left, right = best[:len(a.hangul)], best[len(a.hangul):]
        if not in_use and all(
                (lexicon.defaults.get(w.hangul) or lexicon.usual.get(w.hangul, part)) != part
                for w, part in ((a, left), (b, right))):
            continue  # a rare term against both words' usual senses: 油價 上昇, not 瑜伽上乘
        if left in a.candidates and right in b.candidates:
            for idx, hanja in ((k, left), (k + 1, right)):
                if chosen[idx][1] in WEAK or chosen[idx][1] == 'only':
                    chosen[idx] = (hanja, 'compound')


_BARE_SYLLABLE_KINDS = frozenset({'noun', 'prefix', 'determiner'})  # a lone syllable that may open a spaced compound
_SYLLABLE_OPEN = WEAK | {'grammar'}  # the rules whose choice for it a compound may move


def _syllable_of_compound(k: int, a: Item, b: Item, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A lone syllable bare before a word, where the two spell a dictionary compound that keeps the word's
    own Hanja, is the compound's first character: 逆 效果, 逆 方向, 反 政府 (as 逆效果, 逆方向, 反政府;
    not 驛 效果). The word is never moved: 中 事前投票所 stays, though 中辭典 is a word."""
    compound = _compound(a.hangul + b.hangul, lexicon)
    if compound is None:
        return
    best = compound[0]
    if best[1:] == chosen[k + 1][0] and best[0] in a.candidates:
        chosen[k] = (best[0], 'compound')


_MARGIN_UNITS = {'표': '票', '점': '點'}  # units a margin is counted in, bare before 차 (票 差로 當選)
_ISLAND_TAIL = '도 '  # a bare word in 도 before a space: the particle 'also', or an island, a province, a map


def _island_compound(k: int, a: Item, b: Item, items: list[Item], chosen: list[tuple[str, str]],
                     lexicon: Lexicon) -> None:
    """A bare word in 도 read as a noun and the particle, where the whole eojeol and the next word
    spell a dictionary compound, is the compound's first word: 江華島 條約, 威化島 回軍, 江華島 事件
    (not 講和 + 도, 違和 + 도: the cue of 條約 and the usual sense chose the noun); 規制 强化도 必要하다
    stays, 强化도必要 being no word."""
    whole = a.hangul + '도'
    compound = _compound(whole + b.hangul, lexicon)
    if compound is None or not lexicon.words(whole):
        return
    left, right = compound[0][:len(whole)], compound[0][len(whole):]
    if left in lexicon.words(whole) and right in b.candidates:
        items[k] = a._replace(end=a.end + 1, hangul=whole, candidates=tuple(lexicon.words(whole)))
        chosen[k] = (left, 'compound')
        if chosen[k + 1][1] in WEAK or chosen[k + 1][1] == 'only':
            chosen[k + 1] = (right, 'compound')


def _contains_rival_pair(best: str, cut: tuple[int, int], a: Item, b: Item, c: Item, lexicon: Lexicon) -> bool:
    """Whether the first two or the last two of three words spell a dictionary compound whose Hanja
    differ from those the three-word compound `best` gives them (국제사법 in 국제 사법 재판소)."""
    for pair, part in ((a.hangul + b.hangul, best[:cut[1]]), (b.hangul + c.hangul, best[cut[0]:])):
        found = _compound(pair, lexicon)
        if found is not None and found[0] != part:
            return True
    return False


def _spaced(text: str, a: Item, b: Item) -> bool:
    """Whether word b follows word a across one space."""
    return b.start - a.end == 1 and text[a.end] == ' '


_compound_memo: dict[str, tuple[str, bool] | None] = {}


def _compound(hangul: str, lexicon: Lexicon) -> tuple[str, bool] | None:
    """A dictionary compound's first candidate and whether it is in use, or None if the dictionary has
    no such word. Memoised: they depend on the word alone, and neighbours repeat."""
    found = _compound_memo.get(hangul, False)
    if found is False:  # (not asked yet: None is the answer for no such word)
        found = None
        if lexicon.has_word(hangul):
            best = rank_candidates(hangul, lexicon.words(hangul), lexicon)[0]
            found = (best, lexicon.in_use(hangul, best))
        remember(_compound_memo, hangul, found, 50_000)
    return found


def _amount_follows(text: str, end: int) -> bool:
    """Whether digits follow the word ending at end after a space, directly or after a rate's
    period or 約: 최고 5천만 원, 최고 연 20퍼센트, 최저 약 3퍼센트."""
    if not text.startswith(' ', end):
        return False
    at = end + 1
    for start in _AMOUNT_STARTS:
        if text.startswith(start, at):
            at += len(start)
            break
    return at < len(text) and text[at].isdigit()


def _after_counted(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a native numeral and a counter stand before start, each after a space: 두 가지
    이상, 세 번 이상 (the counter alone; only Hangul words are looked at)."""
    if start < 4 or text[start - 1] != ' ':
        return False
    counter_start = text.rfind(' ', 0, start - 1) + 1
    if counter_start < 2 or not 1 <= start - 1 - counter_start <= 2:
        return False
    numeral_start = text.rfind(' ', 0, counter_start - 1) + 1
    return text[numeral_start:counter_start - 1] in lexicon.native_numerals


def _before_number(text: str, items: list[Item], k: int) -> bool:
    """Whether items[k] is a determiner that stands only before a number (약, 연, 일) and one
    follows after a space: 約 千億 個 among medical words stays 約, never 藥."""
    item = items[k]
    if item.hangul not in NUMBER_DETERMINERS or not text.startswith(' ', item.end):
        return False
    after = item.end + 1
    return after < len(text) and (text[after].isdigit() or k + 1 < len(items) and items[k + 1].start == after
                                  and items[k + 1].kind == 'numeral')


_WITH_PARTNER = {'대비': '對比'}  # a verb whose sense a partner in 와/과 right before it decides: A와 對比하다
# 'contrast with A', but A에 對備하다 'prepare for A'
_AFORESAID = {'상기': '上記'}  # a bare word that, standing before a noun, points back in a document
_HADA_ENDING_STARTS = frozenset('여고는며지면기게도였던자니나므십세시겠거려라오')  # second syllables of 하다's
# forms that begin with 하 (하여, 하고, 하는, 하십시오), not of nouns in 하 (하우징, 하부, 하단)


def _apply_aforesaid(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """상기 standing alone (no particle, no 하다) before another word is 上記 'the aforesaid', as
    patents, contracts and notices write it (상기 제1 부재, 상기 내용); 想起 is a verbal noun that
    takes 하다 or 시키다 (상기하다, 상기시켰다), and 上氣 takes 되다 (얼굴이 상기되어)."""
    if not any(word in text for word in _AFORESAID):
        return  # none of the words in the text: the usual case
    for k, item in enumerate(items):
        sense = _AFORESAID.get(item.hangul)
        if sense is None or sense not in item.candidates or item.kind != 'word' \
                or item.start and not text[item.start - 1].isspace() and text[item.start - 1] not in '("\'' \
                or not text.startswith(' ', item.end) or not syllable_at(text, item.end + 1) \
                or text.startswith(('되', '시키', '시켜', '시켰', '된'), item.end + 1) \
                or text.startswith('하', item.end + 1) and (not syllable_at(text, item.end + 2)
                                                           or text[item.end + 2] in _HADA_ENDING_STARTS):
            continue  # (a word that only begins with 하 is no form of 하다: 상기 하우징, 상기 하부 케이스)
        chosen[k] = (sense, 'grammar')


# words whose usual sense takes no case particle, with the noun of their spelling that does: 소위 'so-called'
# stands only before what it names, so 소위를, 소위에서 are the subcommittee (法案은 小委를 通過했다)
_CASELESS = {'소위': ('所謂', '小委')}
_CASE_STARTS = ('을', '를', '이', '가', '은', '는', '의', '에', '에서', '로', '와', '과', '도', '만')


def _apply_caseless(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A word in a sense that takes no particle (_CASELESS), written with one, takes the noun of its spelling:
    小委를 通過, 小委에서 (not 所謂를); a cue's choice (少尉로 任官) stays."""
    for k, item in enumerate(items):
        pair = _CASELESS.get(item.hangul)
        if pair is None or chosen[k][0] != pair[0] or pair[1] not in item.candidates \
                or not text.startswith(_CASE_STARTS, item.end):
            continue
        chosen[k] = (pair[1], 'grammar')


# verbs of saying whose sense a quoted clause before them in 고 names: "…없다"고 否定했다 (not 不正, which a
# field of law or politics around may ask for)
_SAID_AFTER_QUOTE = {'부정': '否定'}
_QUOTATIVE_ENDS = tuple(ending + ' ' for ending in QUOTATIVE) + tuple(mark + '고 ' for mark in '"\'”’')  # 다고, "고
_SAYING_FORMS = ('하', '했', '한', '할', '해', '함')


def _apply_said_after_quote(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """부정 as a verb right after a quoted clause in 고 is the denial: 사실이 아니라고 否定했다, "검토한 바
    없다"고 否定했다."""
    for k, item in enumerate(items):
        sense = _SAID_AFTER_QUOTE.get(item.hangul)
        if sense is None or chosen[k][0] == sense or sense not in item.candidates \
                or chosen[k][1] in ('user', 'gloss') or not text.startswith(_SAYING_FORMS, item.end) \
                or not text.endswith(_QUOTATIVE_ENDS, 0, item.start):
            continue
        chosen[k] = (sense, 'compound')


def _apply_award_received(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """수상 bare after the name of a prize is its receiving: 노벨平和賞 受賞, 大賞 受賞 以後 (not 首相, whose
    cues 영국 or 일본 may stand by; 殊常한 takes its 하다 after no prize)."""
    for k, item in enumerate(items):
        if not k or item.hangul != '수상' or '受賞' not in item.candidates or chosen[k][0] == '受賞' \
                or chosen[k][1] in ('user', 'gloss') or item.start < 2 or text[item.start - 1] != ' ':
            continue
        before, hanja = items[k - 1], chosen[k - 1][0]
        if before.end == item.start - 1 and hanja and hanja[-1] == '賞':  # (a suffix too: 아카데미賞 受賞)
            chosen[k] = ('受賞', 'compound')


def _apply_right_exercised(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """행사 bare after the name of a right is its exercise: 公薦權 行使, 求償權 行使 方針, 國政調査權 行使
    (not 行事, whose cues 일정 or 개최 may stand by). Tickets and vouchers end in 券, not 權, and keep their
    events (商品券 行事); so does 인권, whose 행사 is as often a rights event (人權 行事)."""
    for k, item in enumerate(items):
        if not k or item.hangul != '행사' or '行使' not in item.candidates or chosen[k][0] == '行使' \
                or chosen[k][1] in ('user', 'gloss') or item.start < 3 or text[item.start - 1] != ' ':
            continue
        before, hanja = items[k - 1], chosen[k - 1][0]
        if before.end == item.start - 1 and hanja and hanja[-1] == '權' \
                and not text.endswith('인권 ', 0, item.start):
            chosen[k] = ('行使', 'compound')


# the offices a first holder holds, after a bare 초대 (初代 大統領, 初代 文化部 長官); any head in 長 too.
# (Not singers, writers or teachers: 招待 歌手, 招待 作家 are invited ones.)
_FIRST_HOLDER_OFFICES = frozenset(('大統領', '長官', '次官', '皇帝', '國王', '總理', '總督', '統監', '首相', '主席',
                                   '總裁', '大使', '司令官', '議長', '主敎', '敎皇', '副統領', '首班'))


def _apply_first_holder(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """초대 bare before an office, in the next eojeol or the one after, is its first holder: 初代 皇帝,
    初代 文化部 長官, 初代 會長으로 (not 招待, whichever rule chose it; an office before it is the host:
    大統領 招待 晩餐)."""
    for k, item in enumerate(items):
        if item.hangul != '초대' or chosen[k][0] in (None, '初代') or '初代' not in item.candidates \
                or chosen[k][1] in ('user', 'gloss') or not text.startswith(' ', item.end) \
                or item.start and is_syllable(text[item.start - 1]):
            continue
        limit = item.end
        for _ in range(2):  # the end of the second eojeol after it
            limit = text.find(' ', limit + 1)
            if limit < 0:
                limit = len(text)
                break
        if not is_syllable(text[item.end + 1:item.end + 2] or ' ') or text[item.end + 1:item.end + 2] in '받를을에':
            continue  # (invited: 招待 받은 會長, 招待를, 招待에 應한)
        for j in range(k + 1, len(items)):
            if items[j].start >= limit:
                break
            hanja = chosen[j][0]
            if hanja is not None and (hanja in _FIRST_HOLDER_OFFICES or len(hanja) > 1 and hanja[-1] == '長'
                                      and hanja[-2:] not in LONG_NOT_HEAD):  # (延長, 成長: 'long', not a head)
                chosen[k] = ('初代', 'compound')
                break


# states of the past whose name stands bare before a ruler's title (高麗 宣宗, 唐 玄宗), with their sense; the
# one-syllable states are dynasties.tsv's (唐, 宋, 明, 淸 …)
_STATES = {'고려': '高麗', '조선': '朝鮮', '신라': '新羅', '백제': '百濟', '고구려': '高句麗', '발해': '渤海',
           '후백제': '後百濟', '남송': '南宋', '북송': '北宋', '후한': '後漢', '전한': '前漢', '서하': '西夏'}
# the one-syllable dynasties that name any title after them (元 世祖, 明 太祖, 宋 仁宗); the others only the
# rulers rulers.tsv lists under them (隋 煬帝, 漢 武帝: 한 人種 is 'a race', 주 人種 'the main race')
_TITLED_DYNASTIES = frozenset({'당', '송', '명', '청', '원'})
# after a bare title, the words that name its reign (仁祖 때, 純祖 元年, 景宗 在位 期間, 正祖 卽位年에)
_REIGN_NEXT = ('재위', '즉위', '원년', '연간', '치세', '말년', '초년', '승하', '사후')
# after the title in 이, 가, 은, 는 or 께서, the words only a ruler is the subject of (正祖가 卽位하였다)
_RULER_DEEDS = ('즉위', '재위', '승하', '등극', '양위', '폐위', '퇴위', '왕위', '붕어', '선위')
_SUBJECT_TAILS = frozenset({'이', '가', '은', '는', '께서', '께서는'})
# after the title in 의, the words of a ruler's reign, consort, heirs and tomb (宣祖의 王妃, 純祖의 在位)
_RULER_OWN = ('재위', '치세', '즉위', '왕비', '왕후', '세자', '대군', '묘호', '능호', '승하', '계비', '후궁')  # (not 뒤를:
# 先祖의 뒤를 이어 家業을)
# words before it that make it somebody's forebear (우리 先祖 때부터, 먼 先祖), not a king
_FOREBEAR_BEFORE = frozenset({'우리', '저희', '그', '이', '먼', '옛', '그들', '자기', '자신', '조상', '제', '내', '너희'})


def _state_before(text: str, start: int, dynasties: dict[str, tuple[str, ...]]) -> str:
    """The state named bare right before the title at `start` (고려 선종, 당나라 현종), or '' (고려의 선종 may be
    the school of Buddhism)."""
    if start < 2 or text[start - 1] != ' ':
        return ''
    word = word_before(text, start).strip()
    return word if word in _STATES or word in dynasties or word.endswith('나라') and word[:-2] in dynasties else ''


def _names_reign(text: str, item: Item, rulers) -> bool:
    """Whether what follows a ruler's title, with no state before it, makes it a ruler: 때 or 대 (仁祖 때), a word
    of the reign (純祖 元年), a ruler's deed after it as subject (正祖가 卽位하였다), his reign or kin after 의."""
    tail = syllables_from(text, item.end)
    after = text[item.end + len(tail):item.end + len(tail) + 1]
    if after != ' ':
        return False
    following = syllables_from(text, item.end + len(tail) + 1)
    if not tail:
        return following.startswith(_REIGN_NEXT) or following[:1] == '때' and not following.startswith('때문') \
            or following[:1] == '대' and following[1:] in _REIGN_TAILS and len(following) > 1 \
            or following == '대' and _reign_noun_after(text, item, rulers)  # (태조 대 태종: versus)
    if tail in _SUBJECT_TAILS:
        return following.startswith(_RULER_DEEDS)
    return tail == '의' and following.startswith(_RULER_OWN)


def _reign_noun_after(text: str, item: Item, rulers) -> bool:
    """Whether bare 대 after a ruler's title stands before a word of two syllables or more that is neither a
    ruler's title nor the title again, as a reign does: 正祖 代 宮中에서, 肅宗 代 以後 (not 'versus': 太祖 對 太宗,
    人種 對 人種)."""
    at = item.end + 2
    if text[at:at + 1] != ' ':
        return False
    following = syllables_from(text, at + 1)
    return len(following) >= 2 and not following.startswith(item.hangul) \
        and not any(following[:n] in rulers for n in (2, 3, 4))


def _apply_rulers(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A ruler's title (rulers.tsv) takes its ruler's sense where a state stands bare before it (高麗 宣宗, 唐
    玄宗: the state's own, else the usual ruler), which then takes the state's sense too (高麗, not 考慮), or where
    what follows names a reign (仁祖 때, 正祖가 卽位하였다: not 人造, 情操), unless a word before makes it a
    forebear (우리 先祖 때부터). A sense a cue or the text chose is left (a school's cue: 禪宗 … 參禪)."""
    rulers = lexicon.rulers
    for k, item in enumerate(items):
        senses = rulers.get(item.hangul)
        if senses is None or item.kind != 'word' or chosen[k][1] in ('user', 'gloss', 'text') \
                or item.start and is_syllable(text[item.start - 1]):
            continue
        state = _state_before(text, item.start, lexicon.dynasties)
        if state:
            sense = next((h for h, states in senses if state in states), None)
            if sense is None and (len(state) > 1 or state in _TITLED_DYNASTIES):
                sense = next((h for h, states in senses if '*' in states), None)
        elif word_before(text, item.start).strip() not in _FOREBEAR_BEFORE \
                and not word_before(text, item.start).strip().endswith('의') and _names_reign(text, item, rulers):
            sense = next((h for h, states in senses if '*' in states), None)
        else:
            continue
        if sense is None or sense not in item.candidates:
            continue
        if chosen[k][1] == 'cue' and chosen[k][0] != sense and not any(chosen[k][0] == h for h, _ in senses):
            continue  # a cue named another sense: 新羅 末 禪宗 … 九山禪門
        if chosen[k][0] != sense and chosen[k][1] != 'cue':
            chosen[k] = (sense, 'compound')
        if state and k and items[k - 1].end + 1 == item.start:
            before = items[k - 1]
            name = state[:-2] if state.endswith('나라') else state
            hanja = _STATES.get(name) or next(iter(lexicon.dynasties.get(name, ())), None)
            if before.hangul == name and hanja is not None and chosen[k - 1][1] not in ('user', 'gloss', 'text') \
                    and (hanja in before.candidates or len(name) == 1):
                if hanja not in before.candidates:  # (a one-syllable state the analysis read as a determiner: 當)
                    items[k - 1] = before._replace(candidates=(hanja, *before.candidates))
                chosen[k - 1] = (hanja, 'compound')


# how a ruler's title ends (太宗, 英祖, 長壽王, 光海君, 光武帝): 대 after one is the reign (肅宗 代에는)
_RULER_ENDS = ('祖', '宗', '王', '君', '帝')
# what follows the reign's 대 in its eojeol: particles of time and the genitive (英祖 代에, 世宗 代의, 太祖 代부터)
_REIGN_TAILS = frozenset({'', '에', '에는', '에도', '에만', '의', '부터', '까지', '에서', '에서는', '에서도', '와', '와는',
                          '로', '로부터', '는', '만', '까지는', '부터는'})


def _apply_reign(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """대 right after a ruler's title standing bare, with particles of time or the genitive after it, is his
    reign: 肅宗 代에는, 世宗 代의 文化, 光海君 代부터 (not 對 'versus', which stands bare between two nouns:
    西人 對 南人; nor after a dynasty, a name or a common word)."""
    for k, item in enumerate(items):
        if item.hangul != '대' or not k or chosen[k][1] in ('user', 'gloss') or chosen[k][0] == '代':
            continue
        before = items[k - 1]
        hanja = chosen[k - 1][0]
        if hanja is None or len(hanja) < 2 or not hanja.endswith(_RULER_ENDS) or before.end + 1 != item.start \
                or text[before.end] != ' ' or before.start and is_syllable(text[before.start - 1]):
            continue
        tail = syllables_from(text, item.end)
        if tail not in _REIGN_TAILS or not tail and not (item.end == len(text) or text[item.end] in ',.)'
                                                         or _reign_before_noun(text, items, chosen, k)):
            continue
        if '代' not in item.candidates:
            items[k] = item._replace(candidates=('代', *item.candidates))
        chosen[k] = ('代', 'compound')


def _reign_before_noun(text: str, items: list[Item], chosen: list[tuple[str, str]], k: int) -> bool:
    """Whether bare 대 after a ruler's title stands before a Sino noun that is no ruler's title: the reign
    (肅宗 代 端宗 復位, 世宗 代 集賢殿의); between two rulers it is 'versus' (高宗 對 純宗)."""
    end = items[k].end
    if k + 1 >= len(items) or text[end:end + 1] != ' ' or items[k + 1].start != end + 1:
        return False
    hanja = chosen[k + 1][0]
    return hanja is not None and len(hanja) >= 2 and not hanja.endswith(_RULER_ENDS)


def _apply_consort(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """비 written solid after a ruler's title that opens its eojeol is his queen: 孝宗妃, 仁祖妃 仁烈王后, 正祖妃
    (not 費 'cost'), and the title is then the ruler's (not 人造, 情操)."""
    for k in range(1, len(items)):
        item, title = items[k], items[k - 1]
        senses = lexicon.rulers.get(title.hangul)
        if item.hangul != '비' or item.kind != 'suffix' or senses is None or title.end != item.start \
                or title.start and is_syllable(text[title.start - 1]) or chosen[k][1] in ('user', 'gloss'):
            continue
        usual = next((h for h, states in senses if '*' in states), None)
        if usual is None or usual not in title.candidates:
            continue
        if chosen[k - 1][0] not in (h for h, _ in senses) and chosen[k - 1][1] not in ('user', 'gloss', 'text'):
            chosen[k - 1] = (usual, 'compound')
        if _CONSORT not in item.candidates:
            items[k] = item._replace(candidates=(_CONSORT, *item.candidates))
        chosen[k] = (_CONSORT, 'compound')


_CONSORT = '妃'


# the sixty years of the sexagenary cycle (甲子 … 癸亥), and the events history names by the year they fell in
_CYCLIC_YEARS = frozenset('甲乙丙丁戊己庚辛壬癸'[i % 10] + '子丑寅卯辰巳午未申酉戌亥'[i % 12] for i in range(60))
# (not 政變, 改革 or 條約, which other words close too: 武臣政變, not 戊申; the years' own ones are dictionary words)
_YEAR_EVENTS = frozenset({'獄事', '士禍', '史禍', '換局', '迫害', '禮訟', '洋擾', '倭亂', '胡亂', '邪獄', '敎獄', '年',
                          '大饑饉', '大飢饉', '通共', '更張'})


def _apply_cyclic_years(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A word joined solid before an event that history names by its year is that year of the cycle: 辛巳獄事,
    癸丑獄事, 辛酉迫害 (not 紳士, 申酉), as 甲子年 is."""
    for k in range(1, len(items)):
        item, before = items[k], items[k - 1]
        if chosen[k][0] not in _YEAR_EVENTS or before.end != item.start or before.end - before.start != 2 \
                or chosen[k - 1][0] in _CYCLIC_YEARS or chosen[k - 1][1] in ('user', 'gloss', 'text') \
                or before.start and is_syllable(text[before.start - 1]):
            continue
        year = next((h for h in before.candidates if h in _CYCLIC_YEARS), None)
        if year is not None:
            chosen[k - 1] = (year, 'compound')


_NUMBER_ENDS = NUMERAL_UNITS - {'조'}  # a number in Hangul before 대군 counts an army: 百萬大軍, 十萬大軍


def _apply_princes(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """대군 written solid after a name of two syllables is a prince, a king's son by his queen (臨瀛大君 as
    首陽大君: not 大軍 'a great army', which follows a number, 百萬大軍, or stands apart, 數十萬 大軍)."""
    for k, item in enumerate(items):
        if item.hangul != '대군' or not k or '大君' not in item.candidates or chosen[k][0] == '大君' \
                or chosen[k][1] in ('user', 'gloss', 'text'):
            continue
        before = items[k - 1]
        if before.end != item.start or before.end - before.start != 2 or before.hangul[-1] in _NUMBER_ENDS \
                or before.start and is_syllable(text[before.start - 1]) or before.kind != 'word':
            continue
        chosen[k] = ('大君', 'compound')


def _closed_by_jeok(items: list[Item], chosen: list[tuple[str, str]], k: int) -> bool:
    """Whether the word at k is closed by the suffix 的 written onto it (公式的, 法的): the adjective
    speaks of its field only as an everyday word does (公式的으로 … 陽曆을, not the formula's 揚力)."""
    j = k + 1
    return j < len(items) and items[j].start == items[k].end and chosen[j][0] == '的'


def _apply_domain(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[int]:
    """Guessed homographs take the sense of the field their neighbours belong to.

    The curated glossaries (domain_terms.tsv) say which fields a word's senses belong to.
    Each word within CONTEXT_WINDOW votes for the fields of its choice, and a guessed word
    also, more weakly, for those of its other senses (two legal homographs side by side
    support each other). A homograph among at least DOMAIN_EVIDENCE votes of a field takes
    that field's sense: 금고 beside 법원 and 피고 is 禁錮, beside 금리 and 주가 金庫.
    Returns the guessed words whose choice their field backs that much, for context to leave (of
    those context would weigh: weak words of several candidates).
    """
    domains = lexicon.domains
    backed: set[int] = set()
    # items a field may still decide, with their senses' fields (`_field_senses`); without one there
    # is nothing to do
    undecided: list[tuple[int, tuple]] = []
    votes: list[tuple[int, tuple[tuple[str, float], ...]]] = []  # (item index, (field, vote)s), text order
    memo, voters = _vote_memo, _voters
    for k, (item, (hanja, rule)) in enumerate(zip(items, chosen)):
        hangul = item.hangul
        voter = voters.get(hangul)
        if voter is None:  # 0: no glossary word; 1: one; 2: a derived word of one (債務者)
            voter = remember(voters, hangul, 1 if hangul in domains else
                             2 if len(hangul) > 2 and hangul[:-1] in domains else 0, 50_000)
        if not voter:
            continue
        if voter == 1 and rule in OPEN_TO_DOMAIN and item.kind not in ('counter', 'place') \
                and not (item.kind == 'suffix' and k and _suffix_of_kind(text, item, items[k - 1], hanja, chosen[k - 1][0])) \
                and not (hangul in NUMBER_DETERMINERS and _before_number(text, items, k)) \
                and not text.startswith(ADJECTIVE_SUFFIXES, item.end) \
                and not (k and chosen[k - 1][0] == '不' and items[k - 1].end == item.start) \
                and not (hanja in lexicon.person_titles and text.startswith('들', item.end)) \
                and not (hangul in lexicon.sino_adverbs and text.startswith(' ', item.end)
                         and not text.startswith(' 중', item.end)) \
                and not (text.startswith('히', item.end) and (item.end + 1 == len(text)
                                                              or not is_syllable(text[item.end + 1]))
                         or rule == 'predicate' and (text.startswith('히', item.end)
                                                     or hanja == lexicon.predicate_senses.get(hangul)
                                                     or hanja == _WITH_PARTNER.get(hangul)
                                                     or hangul[-1] == '적' and hanja is not None
                                                     and hanja[-1] == '的')):
            # (a word the prefix 不 negates keeps the sense that forms its adjective: 不正義한 法이나 政策, not
            # law's 定義; a Sino adverb bare before a word is no field's noun: 繼續 賃貸하여야 among
            # legal words, not 係屬; 係屬 中 stays open; an adverb in 히 is never a field's noun, whichever rule chose it: 鞏固히,
            # not 公告히; 時急히 among budget words, not 時給히; nor
            # a verb its curated predicate sense names: 記述하여야 among technical words; nor the sense a
            # partner in 와/과 named: 先行技術과 對比하여 among legal words, not 對備; nor a word
            # in 的 that the copula's 인 or a noun after it chose: 私的인 用務 among legal words, not 史蹟인)
            senses = _field_senses(hangul, item.candidates, hanja, domains)
            if senses[1] or senses[0] and rule in WEAK and len(item.candidates) > 1:
                undecided.append((k, senses))  # (a word with no rival sense can only be backed, which
                # only context reads, and context weighs only a weak word of several candidates)
        if hanja is not None and item.kind != 'root':  # (a 하다 root says nothing of the field: 定하다)
            guessed = rule in GUESSED
            vote = memo.get((hangul, hanja, guessed))
            if vote is None:
                vote = _domain_vote(hangul, hanja, guessed, lexicon)
            if vote and _closed_by_jeok(items, chosen, k):
                vote = tuple((field, min(weight, GENERAL_VOTE)) for field, weight in vote)  # as an everyday word
            if vote:
                votes.append((k, vote))
    if not undecided:
        return backed
    votes = _with_notation_votes(text, items, votes)  # (only where a word is left to decide)
    if len(votes) < 2:
        return backed
    # the votes within CONTEXT_WINDOW of each undecided word, kept as a sliding sum (every vote
    # is a multiple of a half, so adding and taking away is exact)
    window: dict[str, float] = {}
    own_votes = dict(votes)
    lo = hi = 0
    for k, (own, rivals) in undecided:
        while hi < len(votes) and votes[hi][0] <= k + CONTEXT_WINDOW:
            for field, weight in votes[hi][1]:
                window[field] = window.get(field, 0.0) + weight
            hi += 1
        while votes[lo][0] < k - CONTEXT_WINDOW:
            for field, weight in votes[lo][1]:
                window[field] -= weight
            lo += 1
        item = items[k]
        current = chosen[k][0]
        mine = own_votes.get(k, ())  # a word is no evidence for itself: out of the sum meanwhile
        for field, weight in mine:
            window[field] -= weight
        get = window.get
        best, top = None, max(map(get, own, _NO_VOTES), default=0.0)  # get(f, 0.0) for f in own
        if top >= DOMAIN_EVIDENCE:
            backed.add(k)  # its field is around it: context may not move it
        if rivals:  # (else no sense to weigh: skip what only the rivals ask)
            # a verb in its curated sense yields only to law's or economy's (開議하다, 消却하다),
            # never to a history noun among art words (考慮한 구도, not 高麗한)
            verb = current in (lexicon.predicate_senses.get(item.hangul), lexicon.passive_senses.get(item.hangul)) \
                and text.startswith(lexicon.light_verb_starts, item.end)
            noun = _as_noun(text, item, lexicon)
            if verb and (current in lexicon.adjective_senses
                         or current == lexicon.passive_senses.get(item.hangul) and text.startswith(DOEDA_FORMS, item.end)):
                rivals = ()  # an adjective in its curated sense yields to no field's noun: 時急하다 among
                # labour words, not 時給하다 (the hourly wage takes no 하다); nor does a verb in the sense its own
                # row for 되다 names (predicate_senses.tsv): 否定되지 among labour words, not 不正되지
        bar = top + DOMAIN_EVIDENCE if chosen[k][1] == 'default' and top >= DOMAIN_EVIDENCE else top
        # (a curated default that its own field backs yields only by a clear margin: 醫師 among
        # medical words stays in a statute, whose frame words (境遇, 申告, 免許) vote law's 意思)
        guarded = lexicon.cued_nouns.get(item.hangul) if item.kind == 'noun' and chosen[k][1] == 'grammar' else None
        for hanja, fields in rivals:
            if item.kind == 'root' and hanja in IMPOSING and not imposed(text, item) \
                    and not text.startswith(_VERB_ONLY_IMPOSING, item.end):
                continue  # the root 과 imposes only a penalty or tax before it in 을, 를 or 에, or in a form
                # adjectives never take (所得에 對하여 課한다): 稅金이 過하다 among legal words, not 科하다
            if hanja == _ORDER and len(item.hangul) == 1 and (item.start == 0 or not is_syllable(text[item.start - 1])):
                continue  # 次 is bound, written onto a noun (訪問次) or after 던 (grammar's choice): opening its
                # word, no field's pick (事故를 일으킨 車가 among legal words, not 次가)
            if item.hangul == _CHAPTER and _pointed_at(text, item):
                continue  # a head 長 is some body's (機關의 長), a market 場 is no field's pick after a word pointing at
                # it: a statute's chapter stays, as grammar chose it: 이 章의 罪에 對하여는, 이 章의 罪를 犯한 者가
                # 얻은 財物은 (not 長 among legal words, 場 among words of property)
            if item.hangul + hanja in lexicon.cue_only_nouns:
                continue  # a one-syllable sense single_nouns.tsv leaves to its cues is no field's pick: 唱 beside
                # 아니리, never for any 창 among culture words (民俗 마을의 窓에는)
            if noun and hanja in lexicon.adjective_senses and (item.hangul, hanja) not in lexicon.cued_predicates:
                continue  # an adjective's root is no noun before a case particle: 政黨에, not 正當에 (a second
                # row's adjective, which only its cues choose before 하다, is a noun too: 硏究 不正을)
            if guarded and any(sense == hanja for sense, _ in guarded):
                continue  # nor is a sense of cued_nouns.tsv, which only a cue gives, a field's pick for the
                # bound noun grammar chose after a noun (産業界 間의, not 肝, which the guard would then
                # leave Hangul, and which converting the output again would find 間)
            if verb and hanja not in lexicon.zh_verbal and text.startswith(_CAUSATIVE_FORMS, item.end):
                continue  # before 시키다 only a verbal noun stands, as in _apply_context: 事實을 想起시킨다
                # among tax words, not 上記시킨다
            if verb and (hanja in lexicon.zh_nominal and hanja not in lexicon.zh_verbal
                         or hanja in lexicon.person_titles
                         or current == lexicon.defaults.get(item.hangul) and hanja not in lexicon.zh_verbal
                         and (item.hangul, hanja) not in lexicon.cued_predicates):
                continue  # nor is a plain noun a verb: 指摘하신 대로, 指摘된 事項 (not 地籍하신); nor a
                # person: 物品을 檢査하게 among legal words, not 檢事하게; nor does a verb in the sense that is also
                # its curated default yield to a sense Chinese has no verb for, unless that sense has a verb's row
                # of its own: 圖書館學을 工夫하고 beside 資格證, not 公簿하고 (but 財團에 出捐하여, a second verb)
            if verb and hanja in lexicon.adjective_senses and text.startswith(VERB_FORMS, item.end) \
                    and item.start > 1 and text[item.start - 1] == ' ' and text[item.start - 2] in '을를':
                continue  # nor, with its object before it, an adjective (predicate_senses.tsv): 疑惑을 否定했다
                # among legal words, not 不正했다
            # for a verb in its curated sense only the votes of law and economy count
            score = max((get(f, 0.0) for f in fields if not verb or f in _VERB_FIELDS), default=0.0)
            if score >= DOMAIN_EVIDENCE and score > bar:
                best, top = hanja, score
                bar = top
        for field, weight in mine:
            window[field] += weight
        if best is not None:
            chosen[k] = (best, 'domain')
    return backed


_CHAPTER = '장'
_ORDER = '次'


def _pointed_at(text: str, item: Item) -> bool:
    """Whether a one-syllable noun stands bare after a word pointing at it (이 章, 本 章, 同 章)."""
    return len(item.hangul) == 1 and item.start > 1 and text[item.start - 1] == ' ' \
        and word_before(text, item.start) in POINTING


_MONEY_ENDS = frozenset('金料費稅價給得')  # last characters of words naming money: 賃金, 保險料, 旅費, 所得
# last characters of words naming a public body or office, whose head 長 is written onto them:
# 農村振興廳長, 山林廳長, 技術院長, 稅務署長, 事務處長 (not 場, which no field may put there)
_OFFICE_ENDS = frozenset('廳院署處局')
# last characters of words naming a unit something is counted or measured by, after which 當 is 'per':
# 單位面積當, 家口當, 1人當, 戶當 (not the party 黨, which no field may put there)
_PER_ENDS = frozenset('積口人戶頭位')


def _suffix_of_kind(text: str, item: Item, before: Item, hanja: str | None, before_hanja: str | None) -> bool:
    """Whether a suffix's sense is fixed by its construction, so no field may move it: 上 ending its
    eojeol or before 의 or 으로, 'in terms of' (道德上 또는 保健上, 業務上의; a prize takes 을, 이, 은:
    功勞賞을), and 額 joined to a word naming money (最低賃金額, 保險料額; a liquid follows a substance:
    消毒液), and 長 joined to a word naming a public body (農村振興廳長: _OFFICE_ENDS), 當 to a unit (面積當: _PER_ENDS),
    and 化 outside a text of pictures (國定化), and 度 after a word of two syllables or more (複雜度)."""
    if before.end != item.start or before_hanja is None:
        return False
    if hanja == '上':
        after = text[item.end:item.end + 2]
        return not after or not is_syllable(after[0]) or after[0] == '의' or after == '으로'
    if hanja == '長':
        return before_hanja[-1] in _OFFICE_ENDS  # the head of the body the word names: 農村振興廳長
    if hanja == '當':
        return before_hanja[-1] in _PER_ENDS  # 'per' a unit: 單位面積當 生産量
    if hanja == '化':
        return not _PICTURE_WORDS.search(text)  # a process, outside a text of pictures:
        # 敎科書의 國定化를 (not 國定畵 by the field of 敎科書); a painting's 畵 where pictures are spoken of
    if hanja == '度':
        return len(before_hanja) >= 2  # a measure of a quality the word names, never law's province: 複雜度를,
        # 可能度를 among legal words (not 複雜道, 可能道)
    return hanja == '額' and before_hanja[-1] in _MONEY_ENDS


_NO_VOTES = repeat(0.0)  # the default of window.get in map(): a field without votes

# mathematical notation, which only science writes: a formula (x^2-4x+3=0, ∫, √2, α+β), a function's value
# (f(x), P(A)) or a lone lower-case variable (실수 k, 정수 n의, a_n); capitals stay out, as news names
# people and firms so (A씨, B사), a letter after a digit or % is a unit (5m, 3.1%p), and one before or after
# a full stop an abbreviation ((p.19), e.g., a.m.)
_NOTATION = regex.compile(
    r"(?<![A-Za-z0-9%])(?:[^\s\p{Hangul}]*[=^√∫∑≤≥∞α-ω][^\s\p{Hangul}]*"
    r"|[A-Za-z]\([A-Za-z0-9,∩∪ ]{1,9}\)"
    r"|(?<!\.)[a-z](?:_[A-Za-z0-9]{1,3}|'{1,2})?(?![A-Za-z0-9(.]))")
NOTATION_VOTE = (('science', 1.0),)


def _with_notation_votes(text: str, items: list[Item], votes: list) -> list:
    """Votes with one for science at each piece of mathematical notation, placed between the
    items around it (its index a half below the next item's, so that no item takes it for its own)."""
    if not _NOTATION_HINT.search(text):
        return votes
    starts = [item.start for item in items]
    extra = [(bisect.bisect_left(starts, m.start()) - 0.5, NOTATION_VOTE) for m in _NOTATION.finditer(text)]
    return sorted(votes + extra, key=_first) if extra else votes


_NOTATION_HINT = regex.compile(r'[a-z=^√∫∑α-ω]')  # cheap test before the full pattern


def _first(pair: tuple) -> float:
    return pair[0]


_NOUN_TAILS = ('이', '가', '을', '를', '의', '에', '은', '는', '과', '와', '으로', '로', '도', '만')


def _as_noun(text: str, item: Item, lexicon: Lexicon) -> bool:
    """Whether a word stands as a noun: a case or other particle after it, no light verb, 히 or 한."""
    rest = text[item.end:item.end + 2]
    if not rest or rest.startswith(lexicon.light_verb_starts) or rest[0] in '히한할함':
        return False
    return rest.startswith(_NOUN_TAILS)


_voters: dict[str, int] = {}
_vote_memo: dict[tuple[str, str, bool], tuple[tuple[str, float], ...]] = {}
_senses_memo: dict[tuple[str, tuple[str, ...], str | None], tuple] = {}


def _domain_vote(hangul: str, hanja: str, guessed: bool, lexicon: Lexicon) -> tuple[tuple[str, float], ...]:
    """The fields a word speaks for: those of its choice, and if it is a guess, weakly those of
    its other senses; a derived word not in the glossaries (債務者) speaks for its stem's.
    Everyday words (GENERAL_WORD) speak at half strength: 歷史 is no sign of a history text."""
    key = (hangul, hanja, guessed)
    found = _vote_memo.get(key)
    if found is None:
        domains = lexicon.domains
        full = GENERAL_VOTE if lexicon.zh_frequency.get(hanja, 0) >= GENERAL_WORD else 1.0
        senses = domains.get(hangul)
        if senses is None:
            stem = domains.get(hangul[:-1]) if len(hangul) > 2 else None
            vote = dict.fromkeys(stem.get(hanja[:-1], ()), full) if stem else {}
        else:
            vote = dict.fromkeys(senses.get(hanja, ()), full)
            if guessed:
                for fields in senses.values():
                    for field in fields:
                        vote.setdefault(field, OPEN_VOTE)
        found = remember(_vote_memo, key, tuple(vote.items()), 50_000)
    return found


def _field_senses(hangul: str, candidates: tuple[str, ...], current: str | None, domains):
    """The fields of the current choice, and the other candidates with fields that read back."""
    key = (hangul, candidates, current)  # 장 as a noun and 장 as a field noun differ in candidates
    found = _senses_memo.get(key)
    if found is None:
        senses = domains[hangul]
        rivals = tuple((h, senses[h]) for h in candidates
                       if h != current and h in senses and _reads_anywhere(hangul, h))
        found = remember(_senses_memo, key, (senses.get(current, ()), rivals), 50_000)
    return found


def _apply_context(items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                   backed: Collection[int] = (), text: str = '') -> None:
    """Guessed words take the candidate their context argues for.

    A corpus-free Lesk widened by character associations learned from the dictionary.
    The context of a word is the Hanja of the words within CONTEXT_WINDOW of it: sure
    ones count fully, guesses less. A candidate scores for each context character it
    contains (債權 beside 擔保權) and, more weakly, for each its characters often form
    words with (審理 beside 判決). Only candidates in use compete (`_in_use`), before 하다
    only verbs against a verb, and one must beat the prior's choice by a margin, a wider
    one against a curated sense.
    """
    weak = [k for k, (_, rule) in enumerate(chosen) if rule in WEAK]  # the only words it may move
    if not weak:
        return
    weights: list[float] | None = None  # weighed when a word first has rivals
    association = None
    window: _Context | None = None
    for k in weak:
        item = items[k]
        current, rule = chosen[k]
        if len(item.candidates) < 2 or k in backed:
            continue
        if text[item.end:item.end + 1] in ('지', '치') and text.startswith((' 못', ' 않'), item.end + 1) \
                and current == lexicon.predicate_senses.get(item.hangul):
            continue  # 하지 contracted before its negation, in the curated predicate sense: 豫期치 못한 副作用
            # (not 藝妓 among 地球工學的 解法), as before 하다 itself
        if text[item.end:item.end + 1] == '히' and current == lexicon.predicate_senses.get(item.hangul):
            continue  # an adverb in 히 in its curated sense: the nouns around say nothing of it (物價
            # 上昇率이 如前히, not 餘錢히 among money words)
        rivals = [c for c in _in_use(item.hangul, item.candidates, lexicon) if c != current]
        if rivals and (current in lexicon.zh_verbal or current == lexicon.predicate_senses.get(item.hangul)) \
                and (text[item.end:item.end + 1] in _HADA_FORMS
                                                         or text.startswith(_CAUSATIVE_FORMS, item.end)
                                                         or text.startswith(DOEDA_FORMS, item.end)):
            rivals = [c for c in rivals if c in lexicon.zh_verbal]  # before 하다 a noun is no rival to a
            # verb or the curated predicate sense, nor before 시키다, 당하다 or 되다: 事實을 想起시킨다 (not
            # 商機, 象棋), 疎外된 (not 訴外)
            if current == lexicon.predicate_senses.get(item.hangul):
                rivals = [c for c in rivals if _common_verb(c, lexicon)]  # nor a verb rare in Chinese to the
                # curated one: 代表理事를 分離하기로 (not 分理 for the 理 of 理事)
                if current == lexicon.defaults.get(item.hangul):
                    rivals = [c for c in rivals if (item.hangul, c) in lexicon.cued_predicates]  # and where
                    # it is the word's curated default too, only to a second verb its own row names (a noun
                    # Chinese tags as a verb is none: 協定까지 整理한다, not the theorem's 定理)
        if not rivals:
            continue
        if weights is None:
            weights = [0.0 if hanja is None else 1.0 if rule in SURE else
                       GUESS_WEIGHT if item.kind == 'word' or (rule == 'grammar' and len(item.candidates) == 1)
                       else 0.0 for item, (hanja, rule) in zip(items, chosen)]
            if not any(weights):
                return
        if association is None:
            association = lexicon.association
        a, b = max(0, k - CONTEXT_WINDOW), min(len(items), k + CONTEXT_WINDOW + 1)
        if window is None or (window.a, window.b) != (a, b):
            window = _Context(chosen[a:b], weights[a:b], association, a, b)
        own = (dict.fromkeys(current), weights[k])
        if rule == 'default':  # a default gives way only to a field's sense or a widely supported rival
            senses = lexicon.domains.get(item.hangul, ())
            if window.top < DEFAULT_SUPPORT:  # no character of the window weighs enough: no rival's support can
                rivals = [c for c in rivals if c in senses]
            else:
                rivals = [c for c in rivals if c in senses or window.support(c, own) >= DEFAULT_SUPPORT]
            if not rivals:
                continue
        if current == lexicon.usual.get(item.hangul) or current == lexicon.defaults.get(item.hangul):
            rivals = [c for c in rivals if _holds_its_own(c, current, lexicon)
                      or window.support(c, own) >= DEFAULT_SUPPORT]
            if not rivals:
                continue
        margin = USUAL_MARGIN if rule == 'default' or lexicon.usual.get(item.hangul) == current else MARGIN
        best, top = None, window.score(current, own) + margin
        for cand in rivals:
            value = window.score(cand, own)
            if value > top:
                best, top = cand, value
        if best is not None:
            chosen[k] = (best, 'context')


def _common_verb(hanja: str, lexicon: Lexicon) -> bool:
    """Whether a rival verb is common in Chinese or a curated sense of some word."""
    return lexicon.zh_frequency.get(hanja, 0) >= COMMON_IN_CHINESE or hanja in lexicon.curated_hanja


def _holds_its_own(rival: str, current: str, lexicon: Lexicon) -> bool:
    """Whether a rival may take a curated usual sense's place by the pull of its characters alone: only
    a word in use in its own right, common in Chinese and not a whole frequency bucket rarer than the
    usual sense (others need words around that share a character with them, as 驛舍 beside 驛長); against a
    usual sense Chinese does not write, a well-attested one (根幹 keeps its place beside 勤勞者: not 勤懇).
    A rare word that mecab-ko-dic alone lists wins no long statute sentence by association:
    美觀을 改善하고 (not 微官), 造景 (not 調經), 常習浸水區域 (not 侵水)."""
    count, usual = lexicon.zh_frequency.get(rival, 0), lexicon.zh_frequency.get(current, 0)
    return count >= COMMON_IN_CHINESE and count * BUCKET_RATIO >= usual and (usual or count >= WELL_ATTESTED)


# the senses of one-syllable nouns that are bound nouns, standing only after a modifier (필요할 時, 出發할 時)
_BOUND_SENSES = {'시': '時'}
# ... and those of idioms, which their cues choose (度가 지나치다, 度를 넘다), never a neighbour's character
# (道는 올해 처음 施行하는 制度를, not 度 beside 制度)
_IDIOM_SENSES = {'도': '度'}


def _apply_shared_character(items: list[Item], chosen: list[tuple[str, str]], cue_only: frozenset[str],
                            text: str = '') -> None:
    """A one-syllable noun with several senses takes the one a neighbour's Hanja contains:
    성을 쌓고 beside 城門 is 城, 양 beside 羊毛 is 羊. Neighbours within CONTEXT_WINDOW count
    as in `_apply_context` (sure words fully, guesses less); the sense with the most support
    wins, the grammar's first sense keeping ties. A sense single_nouns.tsv leaves to its cues
    (`cue_only`) counts only where a neighbour ends in it, a kind of the thing (供給管 … 管을), not
    where it only spells a word (空港에서 공을 잃어버렸다 keeps 功, not 空). A bound sense (_BOUND_SENSES) is
    no pick where no modifier stands before the word: 市는 祝祭 期間 臨時 駐車場을 (not 時 beside 臨時); an
    idiom's sense (_IDIOM_SENSES) is none anywhere: 道는 … 制度를 (not 度)."""
    for k, item in enumerate(items):
        if item.kind != 'noun' or len(item.candidates) < 2 or chosen[k][1] != 'grammar':
            continue
        support = dict.fromkeys(item.candidates, 0.0)
        bound = _BOUND_SENSES.get(item.hangul)
        if bound in support and not (item.start > 1 and text[item.start - 1] == ' '
                                     and modifier_final(text[item.start - 2])):
            del support[bound]
        idiom = _IDIOM_SENSES.get(item.hangul)
        if idiom in support:
            del support[idiom]
        if len(support) < len(item.candidates) and (len(support) < 2 or chosen[k][0] not in support):
            continue
        heads_only = {c for c in item.candidates if item.hangul + c in cue_only} if cue_only else ()
        for m in range(max(0, k - CONTEXT_WINDOW), min(len(items), k + CONTEXT_WINDOW + 1)):
            hanja, rule = chosen[m]
            if m == k or hanja is None or len(hanja) < 2:
                continue
            weight = 1.0 if rule in SURE else GUESS_WEIGHT
            for ch in dict.fromkeys(hanja):
                if ch in support and (ch not in heads_only or ch == hanja[-1]):
                    support[ch] += weight
        best = max(support, key=support.__getitem__)  # the first of equals (in the candidates' order)
        if support[best] > support[chosen[k][0]]:
            chosen[k] = (best, 'context')


class _Context:
    """The weighted characters of a window of words, and each candidate's score against them.

    A whole short text is one window, so its sums are shared by all the words in it;
    a word's own characters are taken out of its context when it is scored.
    """

    def __init__(self, chosen, weights, association, a: int, b: int):
        self.a, self.b = a, b
        self.association = association
        weight: dict[str, float] = {}
        get = weight.get
        for (hanja, _), w in zip(chosen, weights):
            if w:
                for ch in dict.fromkeys(hanja):  # in text order: sums must not depend on hash seeds
                    weight[ch] = get(ch, 0.0) + w
        self.weight = weight
        # the heaviest character: a bound on every support (weights are never negative)
        self.top = max(weight.values(), default=0.0)
        self._pull: dict[str, float] = {}

    def pull(self, x: str) -> float:
        """How strongly the window's characters associate with x (its own weight aside)."""
        found = self._pull.get(x)
        if found is None:
            row = self.association[x]
            weight = self.weight
            found = 0.0
            if row:
                for y in filter(row.__contains__, weight):  # in the window's order
                    found += row[y] * weight[y]
            self._pull[x] = found
        return found

    def support(self, candidate: str, own: tuple[set[str], float]) -> float:
        """The weight of the context words that share the candidate's best-supported character."""
        own_chars, own_weight = own
        weight = self.weight
        return max(weight.get(x, 0.0) - (own_weight if x in own_chars else 0.0) for x in candidate)

    def score(self, candidate: str, own: tuple[set[str], float]) -> float:
        own_chars, own_weight = own
        weight, association = self.weight, self.association
        chars = dict.fromkeys(candidate)  # ordered, so the float sums repeat exactly
        total = 0.0
        for x in chars:
            total += SHARED * (weight.get(x, 0.0) - (own_weight if x in own_chars else 0.0))
            row = association[x]
            if not row:
                continue
            pull = self.pull(x)
            for y in own_chars:  # the word's own characters are no context for it
                if y in row:
                    pull -= row[y] * own_weight
            for y in chars:      # a character the candidate has counts as shared only
                if y in row:
                    pull -= row[y] * (weight.get(y, 0.0) - (own_weight if y in own_chars else 0.0))
            total += ASSOCIATED * pull
        return total


_in_use_memo: dict[str, tuple[str, ...]] = {}


def _in_use(hangul: str, candidates: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The top candidates that are words in use (the curated default or usual sense, a common
    Chinese word, or one mecab-ko-dic has) and read back as the word wherever they stand among
    other Hanja (女醫 would read 녀의 there), so that context never picks a choice the read-back
    guard undoes. Memoised: they depend on the word alone."""
    found = _in_use_memo.get(hangul)
    if found is None:
        found = tuple(h for h in candidates[:CONTEXT_CANDIDATES]
                      if lexicon.in_use(hangul, h) and _reads_anywhere(hangul, h))
        remember(_in_use_memo, hangul, found, 50_000)
    return found


def _reads_anywhere(hangul: str, hanja: str) -> bool:
    """Whether the Hanja reads as the word both at a run's start and after other Hanja."""
    # only the first character's reading depends on where the run stands: where it reads alike
    # both ways (most do; not 리, 녀, 로 and the like) the second reading is the first
    return read_run(hanja, True) == hangul and (
        _read_char(hanja[0], True) == _read_char(hanja[0], False) or hangul == read_run(hanja, False))


_STRONG_RULES = frozenset({'user', 'gloss', 'text', 'compound'})  # choices one sense per text spreads
_FIXING_RULES = _STRONG_RULES | {'cue', 'predicate'}  # ... and the cues' choices and adjectives', more weakly
_ADJECTIVE_FORMS = ('롭', '로운', '로워', '로이', '스럽', '스러', '스런')  # 롭다, 스럽다: the noun's own sense


def _apply_one_sense(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                     agreed: frozenset[int] | set[int] = frozenset()) -> None:
    """A word fixed anywhere in the text by a strong rule takes that Hanja everywhere, except before a
    light verb where that sense is no predicate: 責任을 認定했고 … 따뜻한 人情이 넘친다 (not 人情했고),
    and where a cue of its own agreed with its choice (`agreed`: the words' starts): 前者와 後者의 差異는
    電子 製品의 (not 前者 製品)."""
    if _FIXING_RULES.isdisjoint({rule for _, rule in chosen}):
        return  # nothing fixed anywhere: the usual text
    strong: dict[str, str] = {}
    cued: dict[str, str] = {}  # a sense a cue named elsewhere in the text: weaker, but one sense per discourse
    for item, (hanja, rule) in zip(items, chosen):
        if rule in _STRONG_RULES and not text.startswith('적', item.end):
            strong.setdefault(item.hangul, hanja)  # (a stem in 的 names its adjective, not the noun: 獨自的
            # 解釋 and 讀者라면 in one text)
        elif rule == 'cue' and item.kind == 'word' or rule == 'predicate' and hanja \
                and text.startswith(_ADJECTIVE_FORMS, item.end):  # (正義로운 names the 正義 of 正義이지만)
            cued.setdefault(item.hangul, hanja or NATIVE_SENSE)  # (봉산탈춤은 여러 科場으로 … 각 科場은; and
            # the native word a cue named: 부처가 菩提樹 아래 … 부처의 沈默은, not 部處)
    if not strong and not cued:
        return  # nothing fixed anywhere: the usual text
    for k, item in enumerate(items):
        hanja = strong.get(item.hangul) or cued.get(item.hangul)
        if hanja and item.start in agreed and not strong.get(item.hangul):
            continue  # (a cue beside it named its own sense: a sense named elsewhere does not move it)
        if hanja == NATIVE_SENSE:
            if chosen[k][1] in WEAK and item.kind == 'word' and not _after_measure(text, items, k):
                chosen[k] = (None, 'document')
        elif hanja and (chosen[k][1] in WEAK or chosen[k][1] == 'domain' and hanja == cued.get(item.hangul)) \
                and hanja in item.candidates and not _after_measure(text, items, k) \
                and not (item.kind == 'word' and text.startswith(lexicon.light_verb_starts, item.end)
                         and not may_be_predicate(item.hangul, hanja, lexicon)) \
                and not (text.startswith('히', item.end) and not syllable_at(text, item.end + 1)):  # (an adverb in
                # 히 keeps its own: 武士 階級은 無事히)
            chosen[k] = (hanja, 'document')  # (a cue outweighs the field its neighbours vote for: 醫師 等의 申告
            # in the heading of 醫師, 齒科醫師 또는 韓醫師는, not the law field's 意思)


def _after_measure(text: str, items: list[Item], k: int) -> bool:
    """Whether a number, with or without its counter, and a space stand right before item k: there a
    word speaks of the quantity (5分 以上, 65歲 以下, 3 以內), whatever sense it has elsewhere in the
    text (異常 反應)."""
    start = items[k].start
    if start < 2 or text[start - 1] != ' ':
        return False
    if text[start - 2].isdigit():
        return True
    before = items[k - 1] if k else None
    return before is not None and before.end == start - 1 and before.kind in ('counter', 'numeral')
