"""One sense per collocation: the words next to a homograph that name its sense.

사기 beside 피해 or 혐의 is 詐欺, beside 진작 士氣; 종 beside 주인 is the native word
(the servant). The cues are curated (sense_cues.tsv); `apply_cues` is one rule of the
choice (see _choice.py), stronger than a field, context or the curated default.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ._analysis import GUARDED_DETERMINERS, final_sound, particle_fits
from ._bounded import remember
from ._hangul import counted_word_before, is_syllable, syllable_at, word_before, word_span_before
from ._lexicon import DOEDA_SYLLABLES, Lexicon
from .reading import read_run

OPEN_TO_CUES = frozenset({'rank', 'default', 'predicate', 'domain', 'context', 'grammar', 'only'})
_CUED_KINDS = frozenset({'word', 'noun', 'suffix', 'root'})  # a suffix by the word it closes (賣渡勢, 所得稅,
# 釜山市); a 하다 root of several senses by its object (나라를 救하다, not 求하다: only the root's own senses
# are its candidates); not counters, prefixes or determiners: their grammar decides
_HONOURING = frozenset({'께', '께서', '께는', '께서는', '께서도', '께도', '께로', '여', '이여', '시여'})
# words that end only in scripture's and old prayer's sentences (보셨나이다, 누구오니이까, 하리로다, 보소서,
# 들을지어다): a sentence with one speaks of the Lord, so a bare 주 or 주의 there is 主 unless a cue of another
# sense stands near (주의 이름, 주의 율법; not 注意 사항)
_SCRIPTURE_ENDINGS = ('나이다', '니이다', '나이까', '이까', '소서', '로다', '리이다', '지어다', '느니라', '노라',
                      '노니', '도다', '시니라', '시도다', '셨도다', '도소이다', '올지라')
_SCRIPTURE_WORDS = ('여호와', '하나님', '예수께')  # ... or names Him (예수께서, 예수께 나아와)
NATIVE_SENSE = '-'          # the sense column of a cue for the native word the Hangul also spells
CUE_REACH = 2               # words either side of a homograph where a cue counts
SENTENCE_REACH = 60         # eojeols either side where a cue of a cued noun counts: its whole sentence
FAR_REACH = 5               # ... and, for a word only the dictionary's rank chose, where one still counts
#                             when no nearer cue speaks (사단은 이가 발한 것이고 칠정은: 四端)
_SENTENCE_END = frozenset('.?!。')
_MEMO_LIMIT = 8192          # senses whose reading is remembered
_LONGEST_CUE = 8            # syllables: no cue is longer (see the data test)
# regex's \s (Unicode White_Space) spelled out for re, which is faster on these short patterns but
# whose own \s also takes the separators \x1c-\x1f
_SPACE = '\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000'
_EOJEOL = re.compile(f'[^{_SPACE}·ㆍ/,]+')  # words: a middle dot, slash or comma parts them too (정의·인도)
_HEADS = re.compile(f'(?:^|[{_SPACE}·ㆍ/,(])[^{_SPACE}·ㆍ/,가-힣]*([가-힣]{{2}})')  # the first two syllables
# of each eojeol (past any marks opening it), and of each word after a bracket (a superset: a cheap test)


ADJECTIVE_SUFFIXES = ('롭', '로운', '로워', '로이', '스럽', '스러', '스레')  # 正義롭다: an abstract noun whatever
# the words around it, so neither cues nor a field move a word before them


DOEDA_FORMS = tuple(DOEDA_SYLLABLES)  # the first syllables of 되다's forms

# forms of 하다 that end a clause or go on to the next (疑惑을 否定했다, 事實을 否定하며); not the modifier 한 or the
# adverb in 하게, whose object may be a later verb's (돈을 不正하게 썼다, 돈을 不正한 方法으로 받았다)
VERB_FORMS = ('했', '하고', '하며', '하지', '한다', '합니', '하여', '해서', '해야', '하는', '하면서', '하자')
IMPOSING = frozenset('科課')  # the verbs 科하다 'impose a penalty' and 課하다 'levy', beside the adjective 過하다


def imposed(text: str, item) -> bool:
    """Whether the root 과 is the verb that imposes: its penalty or tax stands right before in
    을, 를 or 에 (罰金에 科한다, 租稅를 課할), and the form is no adverb in 하게; a subject in 이 or 은
    leaves the adjective (稅金이 너무 過하다, 懲役刑은 過하다는)."""
    return item.start >= 2 and text[item.start - 1] == ' ' and text[item.start - 2] in '을를에' \
        and not text.startswith('하게', item.end)


def _after_time(text: str, start: int) -> bool:
    """Whether the word before the space at start - 1 has a number in it or is a span of time
    (10년 전, 며칠 전, 오래 전): then a 전 after it is 'before'."""
    if start < 2 or text[start - 1] != ' ':
        return False
    word = word_before(text, start)
    return any(c.isdigit() for c in word) or word.startswith(_TIME_SPANS) or word in _SPAN_COUNTERS


_BOUNDS = {'이상': '以上'}  # a bound that a count before it names (3미터 以上, 1回 以上)


_BOUND_AFTER = frozenset({'더', '이틀', '사흘', '나흘', '닷새', '엿새', '열흘', '보름', '며칠', '하루', '일주일', '몇',
                          '기준', '수준', '정도', '일정', '평균', '기대', '예상', '상상', '온도', '이', '그', '저'})
# words after which 이상 is the bound whatever its cues say: 더 以上 없음, 이틀 以上 暴炎이, 一定 溫度 以上
# 高溫에서, 期待 以上 (a span of days or a measure, 더 'any more', and 이, 그, 저: 그 以上 없는)


def _after_count(text: str, start: int) -> bool:
    """Whether the word before the space at start - 1 is a count: digits and a unit or counter
    (2미터, 1회, 30퍼센트), not a year (2024년), after which 이상 기후 may be 異常; or a span of days,
    a measure or 더 (_BOUND_AFTER)."""
    word = counted_word_before(text, start)
    if not word:
        return start > 1 and text[start - 1] == ' ' and word_before(text, start) in _BOUND_AFTER
    return not (word.endswith('년') and sum(map(str.isdigit, word)) == 4)


def _after_counter(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a count stands right before the space at start - 1: digits and a unit (3잔, 20분), or
    a native numeral and the word it counts (여덟 잔, 두 사람), after which a word is a measure of
    about as much, not a noun and its particle (두 盞 程度 나누어, not 情도)."""
    counted = counted_word_before(text, start)
    if counted:
        unit = counted.lstrip('0123456789.,')
        return bool(unit) and is_syllable(unit[0])
    word = word_before(text, start) if start > 1 and text[start - 1] == ' ' else ''
    k = start - 1 - len(word)  # where that word begins
    return bool(word) and k > 1 and text[k - 1] == ' ' and word_before(text, k) in lexicon.native_numerals


_SPLIT_RULES = frozenset({'default', 'rank', 'only', 'context'})  # choices a one-syllable noun and a particle may undo
# (主의 이름, not 注意; 肝이, not 簡易)
_DATED = {'이전': '以前'}  # 'before' after a date or a span in digits, whatever field or cue: 1910년 8월 22일
# 以前에, 3年 以前 (not the law field's 移轉; a count of things before it may be moved: 10곳 移轉)
_DATE_UNITS = ('년', '월', '일', '시', '분', '세기', '개월', '주')


def _after_date(text: str, start: int) -> bool:
    """Whether the word before the space at start - 1 is digits and a unit of time (22일, 2024년, 3개월)."""
    return counted_word_before(text, start).endswith(_DATE_UNITS)


_SPAN_COUNTERS = frozenset({'년', '개월', '시간', '세기'})  # a span's counter written apart from its number in
# units: 3억 년 前 地球, 數十萬 년 前 (not 全 地球)
_TIME_SPANS = ('며칠', '수년', '수십', '수백', '오래', '얼마', '이틀', '사흘', '나흘', '한참', '조금', '잠시', '몇')


def apply_cues(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[int]:
    """A homograph takes the sense a word next to it names (one sense per collocation):
    사기 beside 피해 or 혐의 is 詐欺, beside 진작 士氣. A cue counts at the start of a word up to
    CUE_REACH words before or after it in the same sentence, or where its own word continues
    or begins with it (손해배상: 배상 after 손해); the nearest cue wins, and cues of two senses
    at one distance cancel; a cue of the native word the syllables also spell keeps them in
    Hangul (종 beside 주인 is the servant), even where the dictionary has one sense (무리를 지어). Only words,
    one-syllable nouns and suffixes (by the word before them: 賣渡勢, 所得稅) take cues; before
    a light verb (하다, 되다 …) a cue moves a word only to a sense that may be a predicate (not
    one Chinese tags as a plain noun, or else the curated predicate sense: 補塡하여 beside 손실,
    never 沙果했다), and an adverb in 히 keeps the predicate sense (無事히, never 武士히), as does a word
    before 롭다 or 스럽다 its own (正義로운 beside 규정). A sense need only
    read back alone (量子 양자); after other Hanja the read-back guard judges it. Curated lists
    in sense_cues.tsv. Returns where a cue agreed with the choice it found (the starts of those words),
    which one sense per text leaves alone (前者와 後者의 … 電子 製品의: not 前者 製品)."""
    agreed: set[int] = set()
    cues, predicate_starts = lexicon.sense_cues, lexicon.light_verb_starts
    single_nouns, cued_nouns = lexicon.single_nouns, lexicon.cued_nouns
    heads = None
    around = _Surroundings(text)
    nouns = []  # the nouns a cue names, which `_apply_honoured` looks at again
    for k, item in enumerate(items):
        hangul, kind = item.hangul, item.kind
        if kind == 'word' and len(hangul) == 2 and hangul[1] in _PARTICLE_SYLLABLES \
                and hangul[0] in single_nouns and (hangul[0] in cues or hangul[0] in cued_nouns) \
                and chosen[k][1] in _SPLIT_RULES and _ends_in_particle(hangul) \
                and not (hangul[1] == '로' and (hangul in lexicon.defaults or hangul in lexicon.usual)) \
                and (_eojeol_ends(text, item.end) and text[item.end:item.end + 1] not in _LIST_DOTS
                     or hangul[1] in '과와' and text[item.end:item.end + 1] == '의' and _eojeol_ends(text, item.end + 1)) \
                and not _after_counter(text, item.start, lexicon):
            # (no particle stands before a middle dot: 善意ㆍ惡意를, not 善의 by the cue 악의; the comitative
            # may take the genitive after it: 淸과의 事大 關係, not 靑果의; a word in 로 with a curated sense
            # stays whole: 나무를 넘어뜨려 道路 곳곳이, not 度로 by the cue 넘어)
            split = _named_noun(text, item) or _genitive_split(item, around.of(item), cues, lexicon) \
                or item.hangul[1] == '의' and _honoured_in_scripture(text, item, item.hangul[0], around, cues)
            if split and _bound_without_noun(text, item, split, lexicon):
                split = None  # a bound noun needs a noun before it: 報復으로 間島 地域의 (not 間도 by 지역)
            if split:  # 主의 이름 beside 여호와, not 注意 이름
                items[k] = item._replace(end=item.end - 1, hangul=item.hangul[0], kind='noun',
                                         candidates=tuple(lexicon.single_nouns[item.hangul[0]]))
                chosen[k] = (None if split == NATIVE_SENSE else split, 'cue')
                continue
        if kind == 'word' and hangul in _TERM_SPLITS and chosen[k][1] in _SPLIT_RULES \
                and _eojeol_ends(text, item.end) and (sense := _term_split(item, around.of(item, 1))):
            items[k] = item._replace(end=item.end - 1, hangul=hangul[0], kind='noun', candidates=(sense,))
            chosen[k] = (sense, 'cue')  # 理의 發現 (not 異議 發現)
            continue
        if kind == 'word' and chosen[k][1] in _SPLIT_RULES and _pairs_with_itself(text, item, lexicon):
            noun, senses = hangul[0], lexicon.single_nouns[hangul[0]]
            items[k] = item._replace(end=item.end - 1, hangul=noun, kind='noun', candidates=tuple(senses))
            chosen[k] = (senses[0], 'cue')  # 房과 房 사이, 門과 門을 잇는 (not 放課 房, 文科 門)
            if k + 1 < len(items) and items[k + 1].start == item.end + 1 and items[k + 1].hangul == noun \
                    and chosen[k + 1][0] in senses:
                chosen[k + 1] = chosen[k]  # one sense for both: the word misread before it swayed the second
            continue
        if hangul == _PARTY_AND_OBJECT and kind == 'word' and chosen[k][1] in _SPLIT_RULES \
                and _verb_follows(text, item.end):
            items[k] = item._replace(end=item.end - 1, hangul='갑', kind='noun', candidates=('甲',))
            chosen[k] = ('甲', 'cue')  # a party named 갑 and the object's 을 before a verb: 甲을 敎唆하여,
            continue  # 甲을 暴行하였다 (not 甲乙, the pair, which a noun follows: 甲乙 關係)
        if kind == 'noun' and text[item.end:item.end + 1] in _JOINING_PARTICLES \
                and hangul + text[item.end] in cues \
                and chosen[k][1] in _OPEN_TO_JOIN and _eojeol_ends(text, item.end + 1):
            joined = _genitive_join(text, item, around.of(item._replace(end=item.end + 1)), cues, lexicon)
            if joined:  # 代議 機關, not 對의 機關; 賣買 呼價 效力이, not 號가
                word = item.hangul + text[item.end]
                items[k] = item._replace(end=item.end + 1, hangul=word, kind='word',
                                         candidates=(joined, *(h for h in lexicon.words(word) if h != joined)))
                chosen[k] = (joined, 'cue')
                continue
        if kind == 'noun' and text[item.end:item.end + 1] == '의' and chosen[k][1] in _OPEN_TO_JOIN \
                and text.startswith(_EXISTENTIALS, item.end + 1) \
                and (sense := lexicon.usual.get(hangul + '의') or lexicon.defaults.get(hangul + '의')):
            items[k] = item._replace(end=item.end + 1, hangul=hangul + '의', kind='word',
                                     candidates=(sense, *(h for h in lexicon.words(hangul + '의') if h != sense)))
            chosen[k] = (sense, 'grammar')  # no genitive stands before a predicate: 信義 없는 사람, not 神의 없는
            continue
        if hangul in _SENSE_BY_PARTICLE and chosen[k][1] in OPEN_TO_CUES \
                and (sense := _particle_sense(text, item)) in item.candidates:
            chosen[k] = (sense, 'cue')  # 次例로 지냈다 (not the rite, 茶禮를 지냈다)
            continue
        partners = lexicon.coordinated_cues.get(hangul)
        if partners and kind in _CUED_KINDS and chosen[k][1] in OPEN_TO_CUES \
                and (sense := _coordinated_sense(text, item, partners, lexicon)):
            if sense != chosen[k][0]:
                chosen[k] = (sense, 'cue')  # 豫算의 移用ㆍ轉用, 移用하거나 轉用하려면 (專用 車路를 利用 stays)
            else:
                agreed.add(item.start)
            continue
        entry = cues.get(hangul)
        if entry is None:
            continue  # no cue names a sense of it: the usual case
        if kind == 'noun':
            nouns.append(k)
        if item.hangul in _DATED and _after_date(text, item.start):
            if chosen[k][1] in OPEN_TO_CUES and _DATED[item.hangul] in item.candidates:
                chosen[k] = (_DATED[item.hangul], 'cue')
            continue
        if item.hangul in _BOUNDS and chosen[k][0] == _BOUNDS[item.hangul] and _after_count(text, item.start):
            continue  # a bound after a count keeps its sense whatever follows: 1回 以上 異常 有無,
            # 10퍼센트 以上 異常 (not 異常 beside 유무); but 2024년 이상 기후 stays open
        rule = chosen[k][1]
        as_noun = item.kind == 'determiner' and item.hangul in lexicon.single_nouns \
            and not text[item.end + 1:item.end + 2].isdigit() and item.hangul not in GUARDED_DETERMINERS
        # a determiner that is also a noun heeds a cue of a noun's sense: 壇 위에 beside 불사를지니
        # (not 單 위에), 壇 東便에 beside 제사장; a cue of its own sense, or none, leaves it the determiner
        candidates = tuple(lexicon.single_nouns[item.hangul]) if as_noun else item.candidates
        if item.kind == 'determiner' and rule in OPEN_TO_CUES and text.startswith(' ', item.end) \
                and (any(h == NATIVE_SENSE and text.startswith(words, item.end + 1) for h, words in entry[2])
                     or _native_object_before(text, item.start, entry[2])):
            chosen[k] = (None, 'cue')  # a determiner's syllable that a cue of the native word names right
            continue  # after it is that word: 단 飮食 'sweet food', 약 올라 (not 單 飮食, 約)
        if item.kind == 'determiner' and len(item.candidates) > 1 and rule in OPEN_TO_CUES \
                and text.startswith(' ', item.end) and not _after_time(text, item.start):
            # a determiner of several senses takes the one its noun names: 全 世界, 全 國民, but 前 長官
            # (not after a span of time, where 전 is 'before': 10年 前 世界 經濟는)
            following = text[item.end + 1:item.end + 1 + _LONGEST_CUE]
            sense = next((h for h, words in entry[2] if h in item.candidates and following.startswith(words)), None)
            if sense is not None and sense != chosen[k][0]:
                chosen[k] = (sense, 'cue')
            continue
        if rule not in OPEN_TO_CUES or item.kind not in _CUED_KINDS and not as_noun \
                or text.startswith('히', item.end) and (
                    rule == 'predicate' or lexicon.predicate_senses.get(hangul) == chosen[k][0]
                    and not syllable_at(text, item.end + 1)) \
                or text.startswith(ADJECTIVE_SUFFIXES, item.end):  # an adverb in 히 keeps it: 鞏固히,
            # and so does one whose curated predicate sense was chosen, however (無事히 beside 사무라이 or
            # 용맹하게 싸운 병사들, not 武士히)
            continue
        every, cue_heads, senses = entry
        term = _term_of_cited_form(text, item, lexicon.particles)
        if term is not None:
            chosen[k] = (term, 'cue')  # 助詞 '의'는 (not 調査)
            continue
        if item.kind == 'word' and text.startswith('께', item.end) and _eojeol_ends(text, item.end + 1):
            # the bare honorific 께 closing the word names a person as 께서 does (a cue needs two
            # syllables): 임금께 올렸다 is the king, never the wage
            honoured = [h for h, words in senses if '께서' in words]
            if len(honoured) == 1 and (honoured[0] == NATIVE_SENSE or honoured[0] in candidates):
                if honoured[0] != chosen[k][0]:
                    chosen[k] = (None if honoured[0] == NATIVE_SENSE else honoured[0], 'cue')
                continue
        before = items[k - 1] if k else None
        closing = before is not None and before.kind == 'word' and before.end + 1 == item.start \
            and text[before.end] == ' ' and before.start > 0 and is_syllable(text[before.start - 1]) \
            and before.hangul.startswith(every)
        # (the last word of a compound written solid right before it, with no particle, is a cue as a word
        # of its own would be: 生活用品價格 引上, 아파트管理費 引上 as 價格 引上)
        held = _held_object(text, item, every, predicate_starts)
        closing = closing or bool(held)
        if heads is None:
            heads = set(_HEADS.findall(text))
        if not closing and heads.isdisjoint(cue_heads) and not text.startswith(every, item.end) \
                and not text[max(0, item.start - _LONGEST_CUE):item.start].endswith(every):
            continue  # no word of the text begins like a cue, and none is joined to the word: the usual case
        reach = FAR_REACH if rule == 'rank' else 1 if kind == 'suffix' and (
            text.startswith('의 ', item.end) or chosen[k][0] in _ADVERBIAL_SUFFIXES and _object_next(text, item.end)) \
            else CUE_REACH  # a far cue moves only a bare guess, never a default, a field's or context's choice; a
        # suffix in the genitive's only from the next word, which it governs (平和賞을 받은, but 財政上의 援助를
        # 받은: there 받은 is 援助's; 八達門은 華城의 南쪽 門이다 keeps its reach); so is an adverbial one bare
        # before an object, which the verb after takes (業務上 委託을 받은, not 業務賞; but 精算郡 一部를 編入)
        if not closing and not around.cue_near(item, reach, every, cue_heads):
            wide = lexicon.sentence_cues.get(hangul)
            if wide is None or item.kind == 'determiner' or not any(w in text for _, words in wide for w in words):
                continue  # no cue of any sense near: the usual case (and a determiner bare before its noun heeds
                # no cue across the sentence: 舊 蘇聯 … 밝혔다, not the district's 區)
            senses, reach = wide, SENTENCE_REACH  # a cue that counts anywhere in the sentence: 前者의 境遇에는
            # 第1項을, 後者의 境遇에는 (the nearer cues come first, and there were none)
        places = around.of(item, reach, not (kind == 'suffix' and _eojeol_ends(text, item.end)))
        # (a bare suffix closes the compound its own eojeol holds, and the words before that eojeol are no
        # cue of it: 不當한 待遇를 받은 境遇에는 裁判上 離婚原因, not 裁判賞 by 받은; 平和賞 受賞者 keeps its cue after)
        if held:
            places = [p for p in places if p[0] < 0] + [(-1, held)] + [p for p in places if p[0] >= 0]
        elif closing:
            places = [p for p in places if p[0] <= 0] + [(1, before.hangul)] + [p for p in places if p[0] > 0]
        predicate = text.startswith(predicate_starts, item.end) and not text.startswith(_DATIVE_HANTE, item.end) \
            and not (k + 1 < len(items) and items[k + 1].start == item.end and items[k + 1].kind == 'word') \
            or text.startswith('히', item.end) and not syllable_at(text, item.end + 1)
        # (an adverb in 히 is a 하다 root's too: 無事히, never a plain noun's)
        passive = predicate and text.startswith(DOEDA_FORMS, item.end)
        objected = predicate and item.start > 1 and text[item.start - 2] in '을를' and text[item.start - 1] == ' ' \
            and text.startswith(VERB_FORMS, item.end)  # an object before it and a form that ends a clause: a verb
        # then only a sense that can be a verb (not where a Sino word joined after it begins so: 政黨解散)
        nearest: dict[str, int] = {}
        matched: dict[str, str] = {}
        verb_form_taken = _verb_form_before_case(text, item, lexicon)
        for hanja, words in senses:
            if hanja == NATIVE_SENSE and verb_form_taken:
                continue  # (a native verb's form takes no case particle: 報告를 듣고, not 보고를 듣고)
            if hanja != NATIVE_SENSE and (hanja not in candidates or not _reads_alone(item.hangul, hanja)
                                          or predicate and not may_be_predicate(item.hangul, hanja, lexicon)
                                          or predicate and _noun_before_adverbial_ge(text, item, hanja, lexicon)
                                          or passive and (hangul, hanja) in lexicon.cued_predicates
                                          or objected and hanja in lexicon.adjective_senses
                                          or kind == 'root' and hanja in IMPOSING and not imposed(text, item)):
                continue  # (a second verb written for 하다 takes no 되다: 延期되면서 beside 배우, not 演技; an
                # adjective takes no object: 疑惑을 否定했다, not 不正 beside 의혹)
            joined = lexicon.joined_cues.get((hangul, hanja), ())  # (only written onto it: 부산항만공사)
            for distance, word in places:  # nearest first
                if word.endswith(words) or word.endswith(joined) if distance < 0 else word.startswith(words):
                    nearest[hanja] = max(distance, 0)  # (-1 marks its own word: distance 0)
                    matched[hanja] = word
                    break
        if not nearest:
            continue
        best = min(nearest.values())
        winners = [h for h, d in nearest.items() if d == best]
        if len(winners) > 1 and best == 1:
            before_word = _bare_word_before(text, item.start)
            winners = _possessed_cues(_compound_cues(winners, matched, senses, before_word), matched, before_word)
        if len(winners) > 1:
            winners = _longest_cues(winners, matched, senses, best)
        if as_noun and (len(winners) != 1 or winners[0] in (NATIVE_SENSE, chosen[k][0])):
            continue
        if as_noun:
            items[k] = item._replace(kind='noun', candidates=candidates)
        if len(winners) == 1 and winners[0] != chosen[k][0]:  # (a cue that agrees leaves the rule as it is)
            chosen[k] = (None if winners[0] == NATIVE_SENSE else winners[0], 'cue')
        elif len(winners) == 1:
            agreed.add(item.start)
    _apply_honoured(text, items, chosen, cues, around, nouns)
    return agreed


# connective endings that close a one-syllable native stem into a form spelling a Sino word (보고, 입고, 서면);
# not 지 or 니, which end native nouns too (심지 'wick', 검지 'forefinger')
_VERB_FORM_ENDS = frozenset('고며면서')
_CASE_AFTER_FORM = ('를', '을', '의', '가', '이', '에', '와', '과')


def _native_object_before(text: str, start: int, senses) -> bool:
    """Whether the eojeol just before start is an object in 을 or 를 that a cue of the native word names:
    the syllable after it is that verb's form (잠든 틈을 타 侵入하였다, 기회를 타: not 他)."""
    before = _bare_word_before(text, start)
    return before[-1:] in ('을', '를') and any(h == NATIVE_SENSE and before.startswith(words) for h, words in senses)


def _verb_form_before_case(text: str, item, lexicon) -> bool:
    """Whether the native reading a cue of - names is a verb's form (보다 + 고) which the case particle right
    after the word rules out: 長官의 報告를 듣고 (the cue 듣고 names the native 보고 only where it stands bare)."""
    hangul = item.hangul
    return len(hangul) == 2 and hangul[1] in _VERB_FORM_ENDS and hangul[0] in lexicon.verb_stems \
        and text.startswith(_CASE_AFTER_FORM, item.end)


# what joins two coordinated words: a middle dot, a connective ending and a space, or a conjunction between spaces
_DOT_LINKS = ('·', 'ㆍ')
_SPACED_LINKS = (' 또는 ', ' 및 ', ' 혹은 ', ' 내지 ')
_LINK_ENDINGS = ('하거나', '하고', '하며', '이나', '나', '과', '와')
_HANGUL_RUN = re.compile('[가-힣]+')
_HANGUL_RUN_BEFORE = re.compile('[가-힣]+$')


class _Partner(NamedTuple):
    """A word coordinated with another: where it ends, whether a middle dot links the two, and the word
    itself without a connective ending."""
    end: int
    dotted: bool
    word: str


def _coordinated_sense(text: str, item, partners, lexicon: Lexicon) -> str | None:
    """The sense whose cue marked & (sense_cues.tsv) is the word coordinated with this one, right after it
    (移用ㆍ轉用, 移用하거나 轉用하려는, 移用 또는 轉用을) or right before it (轉用ㆍ移用, 轉用 또는 移用): that word
    bare or with particles or a light verb, never a compound it opens (專用車路를 利用, 專用 車路를 利用); linked
    by a word or an ending, neither may stand bare before a noun it would modify (無料 利用 및 專用 라운지)."""
    for partner in (_partner_after(text, item.end), _partner_before(text, item.start, item.end)):
        if partner is None or not partner.dotted and _bare_before_noun(text, partner.end, partner.word, partners):
            continue
        for hanja, words in partners:
            cue = next((w for w in words if partner.word.startswith(w)), '')
            rest = partner.word[len(cue):]
            if cue and hanja in item.candidates and (
                    not rest or rest in lexicon.particles or rest.startswith(lexicon.light_verb_starts)):
                return hanja
    return None


def _bare_before_noun(text: str, end: int, word: str, partners) -> bool:
    """Whether a partner ending at `end` is one of the cue words bare before another word (專用 라운지)."""
    return any(word in words for _, words in partners) and _word_follows(text, end)


def _word_follows(text: str, end: int) -> bool:
    """Whether a space and a word that is no conjunction follow `end` (a bare word there modifies it)."""
    return text.startswith(' ', end) and bool(_HANGUL_RUN.match(text, end + 1)) \
        and not text.startswith(_SPACED_LINKS, end)


def _partner_after(text: str, end: int) -> _Partner | None:
    """The eojeol that a word ending at `end` is coordinated with after it."""
    own = _HANGUL_RUN.match(text, end)
    at, dotted = (own.end() if own else end), False  # (past the word's own tail: 하거나, 이나, 과)
    if text.startswith(_DOT_LINKS, at) and at == end:
        at, dotted = at + 1, True
    elif text.startswith(_SPACED_LINKS, at):
        at = text.index(' ', at + 1) + 1
    elif own and own.group().endswith(_LINK_ENDINGS) and text.startswith(' ', at):
        at += 1
    else:
        return None
    partner = _HANGUL_RUN.match(text, at)
    return _Partner(partner.end(), dotted, partner.group()) if partner else None


def _partner_before(text: str, start: int, end: int) -> _Partner | None:
    """The eojeol that a word starting at `start` (ending at `end`) is coordinated with before it, without
    its connective ending; linked by a word or an ending, the word itself must not stand bare before a noun."""
    before = text[:start]
    dotted = before.endswith(_DOT_LINKS)
    if dotted:
        before = before[:-1]
    elif _word_follows(text, end):
        return None
    elif before.endswith(_SPACED_LINKS):
        before = before[:before.rstrip().rindex(' ')]
    elif before.endswith(' '):
        ending = next((e for e in _LINK_ENDINGS if before[:-1].endswith(e)), '')
        if not ending:
            return None
        before = before[:-1 - len(ending)]
    else:
        return None
    partner = _HANGUL_RUN_BEFORE.search(before)
    return _Partner(len(before), dotted, partner.group()) if partner else None


_OPEN_TO_GUARD = frozenset({'grammar', 'context', 'domain', 'default', 'rank', 'only'})  # not a cue's choice


def _held_object(text: str, item, cues: tuple[str, ...], predicate_starts: tuple[str, ...]) -> str:
    """The object right before a predicate (a word opening its eojeol before 하다 and the like), without
    its 을 or 를, or the compound it is given to (`_dative_stem`), where it ends in one of `cues`: the head of
    the compound the predicate governs names its sense as a word of its own would (法制司法委員會를
    開議하겠습니다, 全體會議를 開議, as 會議를 開議); '' elsewhere."""
    start = item.start
    if start < 4 or text[start - 1] != ' ':
        return ''
    word = _bare_word_before(text, start)
    if word.endswith(('을', '를')) and text.startswith(predicate_starts, item.end):
        word = word[:-1]
    else:
        word = _dative_stem(text, item, word, predicate_starts)
    return word if len(word) > 2 and word.endswith(cues) else ''


def _dative_stem(text: str, item, word: str, predicate_starts: tuple[str, ...]) -> str:
    """The compound before a word in 에의, or in 에 before its predicate, without the particle: what it
    is given to names its sense as the compound's head would alone (公的資金償還基金에의 出捐, 信用保證基金에
    出捐할, as 基金에 出捐); '' elsewhere."""
    if word.endswith('에의'):
        return word[:-2]
    if word.endswith('에') and text.startswith(predicate_starts, item.end):
        return word[:-1]
    return ''


def _bare_word_before(text: str, start: int) -> str:
    """The eojeol just before the one that begins at start, across one space ('' if none)."""
    return word_before(text, start) if text[start - 1:start] == ' ' and text[start - 2:start - 1].strip() else ''


def _compound_cues(winners: list[str], matched: dict[str, str], senses, before: str) -> list[str]:
    """Senses whose cues stand one word away on both sides: the sense whose cue is the whole bare word
    right before wins, a noun that makes one compound with the homograph (궁중 儀式, 공동체 意識), over
    a cue after it that opens another phrase (宮中 儀式은 市民의). Only ever asked on a tie."""
    bare = [h for h in winners if matched[h] == before
            and any(h == hanja and before in words for hanja, words in senses)]
    return bare if len(bare) == 1 else winners


def _possessed_cues(winners: list[str], matched: dict[str, str], before: str) -> list[str]:
    """Senses whose cues stand one word away on both sides, the word before in the genitive: it says whose
    the homograph is, not which, so the sense whose cue follows wins (患者의 意思를 尊重하여, not 醫師 by 환자).
    Only ever asked on a tie."""
    if len(before) < 3 or not before.endswith('의'):
        return winners
    after = [h for h in winners if matched[h] != before]
    return after if len(after) == 1 else winners


def _longest_cues(winners: list[str], matched: dict[str, str], senses, distance: int) -> list[str]:
    """Senses whose cues begin the same word at the same distance: the sense of the longer cue, which
    names more of that word, wins (是非之心을 四端이라고: the cue 시비지심 of 四端 over 시비 'quarrel' of
    事端). Only ever asked on a tie, which is rare."""
    size = dict.fromkeys(winners, 0)
    for hanja, words in senses:
        if hanja in size:
            word = matched[hanja]  # (a cue of its own word may close it: distance 0)
            size[hanja] = max([size[hanja], *(len(w) for w in words if word.startswith(w)
                                              or distance == 0 and word.endswith(w))])
    longest = max(size.values())
    return [h for h in winners if size[h] == longest]


def guard_cued_nouns(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A one-syllable noun that a native word, particle or ending also spells (벌 'bee', 등 'back',
    해 'sun', 의) is Sino-Korean only where its sentence says so (cued_nouns.tsv): with particles after
    it, it takes a sense of the file where a cue word of that sense begins a word of the same sentence,
    the nearest winning (罰을 받아, 害를 끼쳤다); a cue of - (the native word) counts within CUE_REACH
    words (벌에 쏘여), two at one distance leave Hangul; with no cue, or bare, a sense of the file stays
    Hangul. The syllable's other senses (single_nouns.tsv) are bound nouns after a noun (等, 中, 初, 間):
    only a cue within CUE_REACH words moves them (화장실 등이 ... 전구: 燈), and they stay, except where
    the syllable opens its sentence or follows a particle or an ending, where no bound noun can stand
    (등이 아파서, 엄마는 중이). After a native numeral it is a native counter (옷 한 벌을). A choice a
    cue of sense_cues.tsv made is left."""
    guarded = lexicon.cued_nouns
    around = None
    for k, item in enumerate(items):
        if item.kind != 'noun':
            continue  # (most words: one test)
        hanja, rule = chosen[k]
        if hanja is None or rule not in _OPEN_TO_GUARD or item.hangul not in guarded:
            continue
        senses = guarded[item.hangul]
        if word_before(text, item.start) in lexicon.native_numerals:
            around = around or _Surroundings(text)
            chosen[k] = (_counted_sense(item, senses, around), 'cue')  # a native counter after a native
            # numeral (옷 한 벌을, 두 해 동안) unless a cue names a noun that counts (여러 例를 들어)
            continue
        around = around or _Surroundings(text)
        places = around.of(item, SENTENCE_REACH if any(w in text for _, words in senses for w in words) else 0)
        # (no cue word anywhere in the text: only its own eojeol to look at)
        bare = not places[0][1]  # nothing after it in its eojeol
        listed = {s for s, _ in senses}
        if bare and text[item.end:item.end + 1] == ' ' and _no_noun_before(text, item.start, lexicon.native) \
                and not (hanja not in listed and bound_to_cue(text, item, hanja, lexicon)):  # (國家 間 機能)
            # bare, where no bound noun can stand, before a cue word of a Sino sense: that sense is the
            # noun that word is a compound with (肝 機能, 肝 超音波; not 韓日 間 協力)
            following = text[item.end + 1:item.end + 1 + _LONGEST_CUE]
            sense = next((s for s, words in senses if s != NATIVE_SENSE and s in item.candidates
                          and following.startswith(words) and _reads_alone(item.hangul, s)), None)
            if sense is not None:
                chosen[k] = (sense, 'cue')
                continue
        nearest: dict[str, int] = {}
        for sense, words in senses:
            if sense != NATIVE_SENSE and (bare or sense not in item.candidates
                                          or not _reads_alone(item.hangul, sense)):
                continue
            reach = CUE_REACH if sense == NATIVE_SENSE or hanja not in listed else SENTENCE_REACH
            found = next((d for d, w in places if 0 < d <= reach and w.startswith(words)), None)
            if found is not None:
                nearest[sense] = found
        if nearest:
            best = min(nearest.values())
            winners = [s for s, d in nearest.items() if d == best]
            sense = winners[0] if len(winners) == 1 else NATIVE_SENSE
            if sense == NATIVE_SENSE and hanja not in listed and _closes_list(text, item.start):
                continue  # a bound noun closing a list is no native word: 發疹, 가려움, 두드러기 等의 (not 'back')
            if hanja not in listed and bound_to_cue(text, item, hanja, lexicon):
                continue  # bound to a word that names it: 夫婦 間에 大使를 (not 肝)
            chosen[k] = (None if sense == NATIVE_SENSE else sense, 'cue')
        elif _after_genitive(text, item.start) and _GENITIVE_SENSES.get(item.hangul) in item.candidates:
            chosen[k] = (_GENITIVE_SENSES[item.hangul], 'cue')  # 鼻音化의 例이다
        elif hanja in listed or _no_noun_before(text, item.start, lexicon.native) and not (
                k and chosen[k - 1][0] is not None and not text[items[k - 1].end:item.start].strip()):
            chosen[k] = (None, 'cue')  # (a Sino noun ending the eojeol before is a noun: 道路 等의)


def bound_to_cue(text: str, item, hanja: str, lexicon: Lexicon) -> bool:
    """Whether the bare word right before a cued noun, which its bound sense (間 of 간) would be bound to,
    begins with a cue of that sense in sense_cues.tsv: 夫婦 間에, 國家 間 機能 (not 肝 by 대사 or 기능)."""
    entry = lexicon.sense_cues.get(item.hangul)
    before = _bare_word_before(text, item.start)
    if entry is None or not before or not all(map(is_syllable, before)):
        return False
    return before.startswith(tuple(w for h, cues in entry[2] if h == hanja for w in cues))


def _closes_list(text: str, start: int) -> bool:
    """Whether the word before `start` is the last of a list: bare, after a space, with a word ending in a
    comma before it that no connective ends (가려움, 두드러기 등의; not 아이를 안고, 아이 등을)."""
    if start < 2 or text[start - 1] != ' ':
        return False
    begin, end = word_span_before(text, start)
    word = text[begin:end]
    if not word or not all(map(is_syllable, word)) or begin < 3 or text[begin - 2:begin] != ', ':
        return False
    return text[begin - 3] not in _CONNECTIVE_ENDS and not text.endswith(_CLAUSE_ENDS, 0, begin - 2) \
        and word[-1] not in _OBJECT_PARTICLES  # (日帝를 등에 업고 after 喪失케 하였거나,: the native 'back')


_CONNECTIVE_ENDS = frozenset('고며서면데')  # a clause, not a list item, ends so before a comma
_CLAUSE_ENDS = ('거나', '든지', '지만')  # ... or so
_OBJECT_PARTICLES = frozenset('을를')  # a list's last item is bare before 등, never an object


# senses a cued noun takes right after a word in 의 or a demonstrative where no cue speaks: 'an example
# (of)' (鼻音化의 例이다, 合成語의 例로, 그 例이다); 禮 there comes with its cues (신하의 예를 갖추다)
_GENITIVE_SENSES = {'예': '例'}
_DEMONSTRATIVES = frozenset({'이', '그', '저', '이런', '그런', '저런', '다른'})


def _after_genitive(text: str, start: int) -> bool:
    """Whether a word of two syllables or more in 의, or a demonstrative (그, 이런), and a space stand right
    before `start`."""
    if start < 2 or text[start - 1] != ' ':
        return False
    word = word_before(text, start)
    return len(word) >= 2 and word[-1] == '의' and all(map(is_syllable, word[-2:])) or word in _DEMONSTRATIVES


def _counted_sense(item, senses, around) -> str | None:
    """After a native numeral, the Sino sense that a cue within CUE_REACH words names, where the syllable
    has no native sense of its own (여러 例를 들어, 두 音으로 읽힌다); None, a native counter, elsewhere
    (옷 한 벌을, 두 해 동안, 두부 한 모를)."""
    if any(sense == NATIVE_SENSE for sense, _ in senses):
        return None
    found = {}
    for distance, word in around.of(item, CUE_REACH):
        if 0 < distance <= CUE_REACH:
            for sense, words in senses:
                if sense in item.candidates and word.startswith(words) and _reads_alone(item.hangul, sense):
                    found[sense] = min(distance, found.get(sense, distance))
    if not found:
        return None
    best = min(found.values())
    winners = [sense for sense, distance in found.items() if distance == best]
    return winners[0] if len(winners) == 1 else None


# The viscera of Korean medicine, each named by one syllable (간은 목에, 심은 화에 … 폐는 금에, 신은 수에;
# 간이 크고 폐가 작은): a one-syllable noun among them is that organ where another of them stands as a noun
# in the same sentence, each with a particle after it and opening its eojeol (not 間, 神 or 弊, nor Hangul);
# a word that the organ and a particle spell there is split (간이 크고 폐가: 肝이, not 簡易; 간과 신을: 肝과)
VISCERA = {'간': '肝', '심': '心', '폐': '肺', '신': '腎'}


def apply_viscera(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """Two or more of the viscera named as nouns in one sentence are organs (肝은 … 心은 … 肺는); a
    syllable a cue of its native sense stands near stays out (신이 났다, 신을 벗고), and a split word
    needs a noun among the others (심의 結果 stays 審議)."""
    organs = []
    for k, item in enumerate(items):
        if item.hangul[0] not in VISCERA or is_syllable(text[item.start - 1:item.start] or ' '):
            continue
        if item.kind == 'noun' and len(item.hangul) == 1 and syllable_at(text, item.end) \
                or item.kind == 'word' and len(item.hangul) == 2 and item.hangul[1] in _PARTICLE_SYLLABLES \
                and chosen[k][1] in _SPLIT_RULES and _ends_in_particle(item.hangul) and _eojeol_ends(text, item.end):
            organs.append(k)
    if len({items[k].hangul[0] for k in organs}) < 2:
        return  # the usual case: no two viscera in the text
    around = _Surroundings(text)
    organs = [k for k in organs if not _native_cue_near(items[k], lexicon, around)]
    for k in organs:
        item = items[k]
        partner = any(items[j].hangul[0] != item.hangul[0] and (len(item.hangul) == 1 or len(items[j].hangul) == 1)
                      and not _SENTENCE_END.intersection(
            text[min(item.start, items[j].start):max(item.start, items[j].start)]) for j in organs)
        if not partner:
            continue
        organ = VISCERA[item.hangul[0]]
        items[k] = item._replace(end=item.start + 1, hangul=item.hangul[0], kind='noun',
                                 candidates=(organ, *(h for h in item.candidates if h != organ))
                                 if len(item.hangul) == 1 else (organ,))  # (腎, which no dictionary lists alone)
        chosen[k] = (organ, 'cue')


def _native_cue_near(item, lexicon: Lexicon, around: '_Surroundings') -> bool:
    """Whether a cue of the native word the syllable also spells (sense_cues.tsv, cued_nouns.tsv) stands within CUE_REACH
    words after it (신이 났다, 신을 벗고)."""
    entry = lexicon.sense_cues.get(item.hangul[0])
    native = tuple(w for hanja, words in (*(entry[2] if entry else ()), *lexicon.cued_nouns.get(item.hangul[0], ()))
                   if hanja == NATIVE_SENSE for w in words)  # (cued_nouns.tsv's too: 간이 맞아)
    return bool(native) and any(0 < d <= CUE_REACH and w.startswith(native)
                                      for d, w in around.of(item._replace(end=item.start + 1), CUE_REACH))


_AFTER_PARTICLE = frozenset('은는을를에서도로고며면다게어아여니요')  # last syllables of particles and endings


CLOSING_QUOTES = frozenset('\'"’”」』')  # quotes that, after a letter, close a quoted form: particles and the
# copula may follow ('ㅗ'이면, '무엇'의: not 裏面)
_OPENING_MARKS = frozenset(' \t\n"\'“‘「『(（[')
_NOUN_TAGS = frozenset({'noun', 'NNG'})  # a native noun in the curated list or mecab-ko-dic's


_BOUND_AFTER_NOUN = frozenset('間等中初')  # one-syllable senses that stand only after a noun (韓日 間, 農具 等)


def _bound_without_noun(text: str, item, sense: str, lexicon: Lexicon) -> bool:
    """Whether `sense` is a bound noun but the word at item opens its sentence or follows a particle
    or an ending, where no bound noun can stand."""
    return sense in _BOUND_AFTER_NOUN and _no_noun_before(text, item.start, lexicon.native)


def _no_noun_before(text: str, start: int, native: dict | None = None) -> bool:
    """Whether the word at `start` opens its sentence or follows a word ending in a particle or an
    ending (only quotes, brackets and spaces between): no bound noun can stand there. A word whose
    last syllable only looks like an ending is still a noun where it is a native noun (`native`:
    바다 等) or closes a list (굴, 홍합, 멍게 等 貝類; 연어·꽃게 等)."""
    i = start
    while i and text[i - 1] in _OPENING_MARKS:
        i -= 1
    if i and text[i] in CLOSING_QUOTES and i < start:
        return False  # a quoted form closes before it, a noun however it ends: '드리다', '여쭈다' 等이
    if not i or text[i - 1] in _SENTENCE_END:
        return True
    if text[i - 1] not in _AFTER_PARTICLE:
        return False
    if native is None or text[i:start] != ' ':
        return True
    a, b = word_span_before(text, start)
    word = text[a:b]
    return not (native.get(word) in _NOUN_TAGS or '·' in word
                or a > 1 and text[a - 1] == ' ' and text[a - 2] in ',·')



def _apply_honoured(text: str, items: list, chosen: list[tuple[str, str]], cues, around: '_Surroundings',
                    nouns: list[int]) -> None:
    """A one-syllable noun with the honorific 께, 께서 or the vocative 여 names a person: it takes the
    sense whose cues list 께서 (主께, 主여; not 週께, 週여), unless a cue of another sense stands near.
    Only the items at `nouns` are asked: the others are no nouns that a cue names, or a cue chose them
    already in `apply_cues` (a word it made a noun there, 主의 as 主 + 의 or 壇 as a noun)."""
    for k in nouns:
        item = items[k]
        if item.kind != 'noun' or chosen[k][1] == 'cue' or item.hangul not in cues \
                or chosen[k][1] not in OPEN_TO_CUES:
            continue
        rest = text[item.end:item.end + 4]
        rest = rest[:next((i for i, c in enumerate(rest) if not is_syllable(c)), len(rest))]
        if rest not in _HONOURING:
            honoured = _honoured_in_scripture(text, item, item.hangul, around, cues)
            if honoured and honoured != chosen[k][0] and honoured in item.candidates:
                chosen[k] = (honoured, 'cue')  # 主 안에서, 主를 容納지 (not 週) in scripture's sentences
            continue
        senses = cues[item.hangul][2]
        honoured = [h for h, words in senses if '께서' in words and h in item.candidates]
        if len(honoured) != 1 or honoured[0] == chosen[k][0]:
            continue
        if any(h != honoured[0] and any(w.startswith(words) for d, w in around.of(item) if d > 0)
               for h, words in senses):
            continue  # (다음 주께: 'around next week')
        chosen[k] = (honoured[0], 'cue')


_PARTICLE_SYLLABLES = frozenset('의도이과은가와는로')  # the particles of `_ends_in_particle`: a cheap test first


def _ends_in_particle(word: str) -> bool:
    """Whether a two-syllable word's second syllable is a case particle its first may take: 의 or 도
    after any syllable, 이 과 은 after a final consonant, 가 와 는 after a vowel (亂이, 禍가, 性과), and 로
    after a vowel or ㄹ (票로 審判, 表로 整理: not 表露)."""
    return word[1] in _PARTICLE_SYLLABLES and particle_fits(word[1], final_sound(word[0]))


_PARTY_AND_OBJECT = '갑을'  # the dictionary's 甲乙 'A and B', or the party 갑 and the object particle
_VERB_AFTER_OBJECT = ('하여', '하였', '했', '하고', '하며', '한다', '하는', '하게', '하자', '하기', '할', '한', '해')


def _verb_follows(text: str, end: int) -> bool:
    """Whether the eojeol after the space at end is a root of two syllables or more and a form of 하다
    (敎唆하여, 暴行하였다, 殺害한): a verb that takes an object, before which 갑을 is 甲 and 을."""
    if not text.startswith(' ', end):
        return False
    k = end + 1
    j = k
    while j < len(text) and is_syllable(text[j]):
        j += 1
    word = text[k:j]
    return len(word) > 2 and word[2:].startswith(_VERB_AFTER_OBJECT)


def _pairs_with_itself(text: str, item, lexicon: Lexicon) -> bool:
    """Whether a two-syllable word is a one-syllable noun and 과 or 와 joining it to itself, the
    next word being that noun alone or with a particle: 방과 방 사이, 점과 점을 잇는 선."""
    hangul = item.hangul
    if len(hangul) != 2 or hangul[1] not in '과와' or hangul[0] not in lexicon.single_nouns \
            or not _ends_in_particle(hangul) or not text.startswith(' ' + hangul[0], item.end):
        return False
    after = item.end + 2
    rest = _EOJEOL.match(text, after)
    return rest is None or rest.group() in lexicon.particles


_ADVERBIAL_SUFFIXES = frozenset({'上'})  # suffix senses that make an adverbial word (業務上, 法律上), no object's head


def _object_next(text: str, end: int) -> bool:
    """Whether a space and then a word ending in the object's 을 or 를 follow end."""
    if not text.startswith(' ', end):
        return False
    stop = text.find(' ', end + 1)
    word = text[end + 1:len(text) if stop == -1 else stop].rstrip(',.')
    return len(word) > 1 and word[-1] in '을를'


def _eojeol_ends(text: str, end: int) -> bool:
    """Whether nothing but a space, a mark or the text's end follows `end`."""
    return end == len(text) or not is_syllable(text[end])


class _Surroundings:
    """The places a cue may stand around each word of one text (`_around`), its eojeols found
    once and only if a word asks."""

    def __init__(self, text: str):
        self.text = text
        self.eojeols: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def eojeols_and_starts(self) -> tuple[list[tuple[int, int]], list[int]]:
        if self.eojeols is None:
            self.eojeols = [m.span() for m in _EOJEOL.finditer(self.text)]
            self.starts = [a for a, _ in self.eojeols]
        return self.eojeols, self.starts

    def cue_near(self, item, reach: int, cues: tuple[str, ...], heads: frozenset[str]) -> bool:
        """Whether one of `cues` stands in a place `of(item, reach)` gives, as `apply_cues` looks for
        them there (ending the word's own eojeol before it, else opening a place); tested in the
        text, without cutting out the places: most words have no cue near. `heads` are the cues'
        first two syllables (every cue has two or more: the data test), a cheap test of a place first."""
        eojeols, starts = self.eojeols_and_starts()
        text, start, end = self.text, item.start, item.end
        at = bisect_right(starts, start) - 1
        a, b = eojeols[at]
        if text.startswith(cues, _past_dots(text, end, b), b) or text.endswith(cues, a, _before_dots(text, a, start)):
            return True
        backward = forward = True  # as in _around
        for distance in range(1, reach + 1):
            before, after = at - distance, at + distance
            backward = backward and before >= 0 and text[eojeols[before][1] - 1] not in _SENTENCE_END
            if backward:
                a, b = eojeols[before]
                a = _word_begins(text, a, b)
                if text[a:a + 2] in heads and text.startswith(cues, a, b):
                    return True
            forward = forward and after < len(eojeols) and text[eojeols[after - 1][1] - 1] not in _SENTENCE_END
            if forward:
                a, b = eojeols[after]
                a = _word_begins(text, a, b)
                if text[a:a + 2] in heads and text.startswith(cues, a, b):
                    return True
        return False

    def of(self, item, reach: int = CUE_REACH, backward: bool = True) -> list[tuple[int, str]]:
        eojeols, starts = self.eojeols_and_starts()
        return _around(self.text, eojeols, bisect_right(starts, item.start) - 1, item.start, item.end, reach,
                       backward)


def nearest_cued(text: str, item, senses) -> str | None:
    """The one sense of `senses` ((hanja, cue words), ...) whose cue stands nearest `item`, as
    `apply_cues` finds them; None with no cue near, or two senses' cues at one distance."""
    found = _nearest(senses, _Surroundings(text).of(item))
    nearest = min(found.values(), default=None)
    winners = [hanja for hanja, distance in found.items() if distance == nearest]
    return winners[0] if len(winners) == 1 else None


def _nearest(senses, around: list[tuple[int, str]]) -> dict[str, int]:
    """Sense -> the distance of the nearest place (of `around`) that one of its cue words begins."""
    found: dict[str, int] = {}
    for hanja, words in senses:
        for distance, place in around:
            if place.startswith(words):
                found[hanja] = min(distance, found.get(hanja, distance))  # (a sense may have two rows)
                break
    return found


# one-syllable forms that name a sense of a noun and its particle right before them, which sense_cues.tsv's cues
# of two syllables or more cannot: the modifiers and short forms of 나다 after 화가 (火가 난 손님, 火가 날 때,
# 火가 나 밀었다; 畫家 stays before any other word)
_WHOLE_WORD_CUES = {'화가': ('火', ('난', '날', '나', '나서', '나고', '나면', '났다', '났고', '났던'))}

# the terms of Neo-Confucian writing that a word ending in the genitive also spells, which single_nouns.tsv cannot
# list (이 is as often 'this'): the term before its particle only where a word right before or after is one
# that writing puts beside that term (사단을 理의 發現으로, 理의 能動性). Elsewhere the word stays (異議 申請).
_TERM_SPLITS = {
    '이의': ('理', ('발현', '능동', '주재', '발동', '동정', '기의', '사단')),
}


def _term_split(item, places: list[tuple[int, str]]) -> str | None:
    """The term of _TERM_SPLITS the word is before its particle, where one of its words stands right beside it."""
    sense, words = _TERM_SPLITS[item.hangul]
    return sense if any(d == 1 and place.startswith(words) for d, place in places) else None


_AFTER_WORD_MARKS = '.,!?;:)"\'」』’”'


# a word whose particle, closing its eojeol, names its sense whatever the cues around: 차례로 is the adverb
# 'in turn' (官職을 次例로 지냈다), never the rite, which takes 를 (茶禮를 지냈다)
_SENSE_BY_PARTICLE = {'차례': ('로', '次例')}


def _particle_sense(text: str, item) -> str | None:
    """The sense _SENSE_BY_PARTICLE gives the word where its particle alone closes its eojeol, and no bare
    noun before heads it (秋夕 茶禮로 바빴다)."""
    particle, sense = _SENSE_BY_PARTICLE[item.hangul]
    closes = item.end + len(particle)
    before = word_before(text, item.start).strip()
    return sense if text.startswith(particle, item.end) and not is_syllable(text[closes:closes + 1] or ' ') \
        and (not before or before[-1] in _CLAUSE_PART_ENDS) else None


_CLAUSE_PART_ENDS = frozenset('를을은는이가에도서고며,')  # how a word before ends that heads no noun after it


_NAMED_NOUNS = {'호': '號'}  # a noun that a name in (이)라는 before it makes what the name is: 石峯이라는 號로


def _named_noun(text: str, item) -> str | None:
    """The sense of a one-syllable noun that a word in (이)라는 names, where the noun and its particle also
    spell a word: 燕巖이라는 號로 (not 葫蘆)."""
    sense = _NAMED_NOUNS.get(item.hangul[0])
    return sense if sense and text[max(0, item.start - 3):item.start] == '라는 ' else None


def _genitive_split(item, places: list[tuple[int, str]], cues, lexicon: Lexicon) -> str | None:
    """The sense of a one-syllable noun that a word ending in a case particle also spells (주의: 主 + 의,
    난이: 亂 + 이), where a cue of that sense (sense_cues.tsv or cued_nouns.tsv) stands nearer than any
    cue of the word's own senses: 주의 이름 beside 여호와 is 主의, 주의 사항 stays 注意; 난이 일어났다 is
    亂이, not 難易. Only a cue in the word just before or after counts."""
    noun = item.hangul[0]
    around = [(d, w) for d, w in places if d > 0]
    own = _nearest(cues[item.hangul][2], around) if item.hangul in cues else {}
    senses = (cues[noun][2] if noun in cues else ()) + lexicon.cued_nouns.get(noun, ())
    other = {h: d for h, d in _nearest(senses, around).items()
             if h == NATIVE_SENSE and noun in lexicon.cued_nouns or h in lexicon.single_nouns[noun]}
    # (a cue of the native word the syllable spells, cued_nouns.tsv's, splits it too and leaves it native:
    # 국에 간이 덜 되었다, not 簡易)
    whole = _WHOLE_WORD_CUES.get(item.hangul)
    if whole and any(d == 1 and w.rstrip(_AFTER_WORD_MARKS) in whole[1] for d, w in around):
        other[whole[0]] = 1  # 火가 난 손님, not 畫家 난
    if not other:
        return None
    best = min(other.values())
    winners = [h for h, d in other.items() if d == best]
    if best > 1 or len(winners) != 1 or any(d <= best for d in own.values()) \
            or winners[0] != NATIVE_SENSE and not _reads_alone(noun, winners[0]):
        return None
    return winners[0]


_OPEN_TO_JOIN = frozenset({'grammar', 'default', 'rank', 'only', 'context'})  # a noun's choice a joined word's cue
# may undo (a guess from the text's other words too: 代表를 … 맡기는 代議 民主主義, not 代의)


_EXISTENTIALS = (' 없', ' 있')  # predicates right after a word in 의, which is then no genitive (信義 없는, 意義 있는)
_JOINING_PARTICLES = frozenset('의가')  # the particles a noun and a cued word share (對의 and 代議, 號가 and 呼價)


_CONJUNCTIONS = ('또는 ', '및 ', '혹은 ')  # words that join two nouns of a list


def _word_past_conjunction(text: str, end: int) -> str:
    """The word after a space and a conjunction at end, which the word before end is listed with
    (敵意 또는 反感, not 敵의 또는 反感); else ''."""
    if not text.startswith(' ', end):
        return ''
    conjunction = next((c for c in _CONJUNCTIONS if text.startswith(c, end + 1)), None)
    if conjunction is None:
        return ''
    start = end + 1 + len(conjunction)
    stop = text.find(' ', start)
    return text[start:len(text) if stop == -1 else stop]


def _genitive_join(text: str, item, places: list[tuple[int, str]], cues, lexicon: Lexicon) -> str | None:
    """The sense of the word a one-syllable noun and the particle 의 or 가 after it also spell, where a cue
    of that sense stands in the word just before or after and nearer than any cue of the noun's
    senses (the reverse of `_genitive_split`): 대의 기관 is 代議 機關, not 對의 機關; 대의 민주주의
    代議 民主主義; 매매 호가 효력 is 賣買 呼價 效力, not 號가."""
    word = item.hangul + text[item.end]
    around = [(d, w) for d, w in places if d > 0]
    joined_by = _word_past_conjunction(text, item.end + 1)
    if joined_by:
        around.insert(0, (1, joined_by))
    if word[-1] == '가':  # a subject is as often what stands before the next word: only a noun bare before it,
        around = [(1, _bare_word_before(text, item.start))]  # as a compound's head, joins 가 (賣買 呼價; 市가
        # 不動産 對策을 stays the city)
    if item.start and text[item.start - 1] in _LIST_DOTS:
        member = next((w for d, w in places if d == -1), '')
        around.insert(0, (1, member[max(member.rfind(dot) for dot in _LIST_DOTS) + 1:]))
        # (the list member dotted right before it is its neighbour: 善意ㆍ惡意, not 惡의 after 善意ㆍ)
    senses = lexicon.words(word)
    joined = {h: d for h, d in _nearest(cues[word][2], around).items() if h in senses}
    if not joined:
        return None
    best = min(joined.values())
    winners = [h for h, d in joined.items() if d == best]
    noun = item.hangul
    own = _nearest((cues[noun][2] if noun in cues else ()) + lexicon.cued_nouns.get(noun, ()), around)
    if best > 1 or len(winners) != 1 or any(d <= best for d in own.values()) or not _reads_alone(word, winners[0]):
        return None
    return winners[0]


def drop_honoured_connectives(text: str, items: list, chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """Scripture's honorific connective 사 (시어 contracted) after a native verb stem, a whole word
    before another: 비취사, 주사, 가사, 가지사 (not 翡翠社, 主事, 袈裟, 可知社), only where the
    sentence is scripture's (an ending of _SCRIPTURE_ENDINGS or a word of _SCRIPTURE_WORDS in it),
    since elsewhere the word is as often the noun (注射를 놓다, 歌詞 바꾸기)."""
    if not _may_be_scripture(text):
        return  # no sentence of the text can be scripture's: the usual text
    stems, k = lexicon.verb_stems, 0
    while k < len(items):
        item = items[k]
        end = item.end
        while end < len(text) and is_syllable(text[end]):
            end += 1
        if text[end - 1] != '사' or text[item.start:end - 1] not in stems or end < len(text) and text[end] not in ' ,.' \
                or item.start and is_syllable(text[item.start - 1]) or not _in_scripture(text, item.start):
            k += 1
            continue
        while k < len(items) and items[k].start < end:
            chosen[k] = (None, 'verb')
            k += 1


def _may_be_scripture(text: str) -> bool:
    """Whether one of _SCRIPTURE_ENDINGS or _SCRIPTURE_WORDS stands anywhere in the text: else no
    sentence of it is scripture's (`_in_scripture`)."""
    return any(w in text for w in _SCRIPTURE_ENDINGS) or any(w in text for w in _SCRIPTURE_WORDS)


def _in_scripture(text: str, at: int) -> bool:
    """Whether the sentence around `at` has a word in one of _SCRIPTURE_ENDINGS or opening with one of
    _SCRIPTURE_WORDS."""
    first = last = at
    while first > 0 and text[first - 1] not in _SENTENCE_END and text[first - 1] != '\n':
        first -= 1
    while last < len(text) and text[last] not in _SENTENCE_END and text[last] != '\n':
        last += 1
    words = text[first:last].split()
    return any(w.endswith(_SCRIPTURE_ENDINGS) or w.startswith(_SCRIPTURE_WORDS) for w in words)


def _honoured_in_scripture(text: str, item, noun: str, surroundings: '_Surroundings', cues) -> str | None:
    """The honoured sense of a one-syllable noun (the one its cue 께서 marks: 主) where the
    sentence is scripture's (an ending of _SCRIPTURE_ENDINGS or a word of _SCRIPTURE_WORDS in it)
    and no cue of another sense of the noun, or of the word it stands in (注意 사항), is near."""
    if noun not in cues or item.end - item.start > 2:
        return None
    senses = cues[noun][2]
    honoured = [h for h, words in senses if '께서' in words]
    if len(honoured) != 1 or not _reads_alone(noun, honoured[0]):
        return None
    eojeols, starts = surroundings.eojeols_and_starts()
    at = bisect_right(starts, item.start) - 1
    if at < 0 or eojeols[at][0] != item.start:
        return None  # (the noun opens its eojeol)
    first = last = at
    while first > 0 and text[eojeols[first - 1][1] - 1] not in _SENTENCE_END:
        first -= 1
    while last + 1 < len(eojeols) and text[eojeols[last][1] - 1] not in _SENTENCE_END:
        last += 1
    words = [text[a:b].rstrip('.?!。') for a, b in eojeols[first:last + 1]]
    if not any(w.endswith(_SCRIPTURE_ENDINGS) or w.startswith(_SCRIPTURE_WORDS) for w in words):
        return None
    around = [(d, w) for d, w in _around(text, eojeols, at, item.start, item.end) if d > 0]
    others = [ws for h, ws in senses if h != honoured[0]]
    if item.hangul in cues:
        others += [ws for _, ws in cues[item.hangul][2]]
    if any(w.startswith(ws) for _, w in around for ws in others):
        return None
    return honoured[0]


_reads_memo: dict[tuple[str, str], bool] = {}


def _reads_alone(hangul: str, hanja: str) -> bool:
    """Whether a sense reads as the word at a run's start, memoised: only the senses of the
    cue list are asked."""
    found = _reads_memo.get((hangul, hanja))
    if found is None:
        found = remember(_reads_memo, (hangul, hanja), read_run(hanja, True) == hangul, _MEMO_LIMIT)
    return found


_DATIVE_HANTE = '한테'  # the dative particle, which no form of 하다 spells (保守 政黨한테)
_NOUN_ONLY_ENDS = frozenset('士者黨')  # last characters of words naming a person or a party (武士, 學者, 政黨), which take no 하다


def may_be_predicate(hangul: str, hanja: str, lexicon: Lexicon) -> bool:
    """Whether a sense may stand before a light verb: the curated predicate sense, or one
    Chinese does not tag as a plain noun (沙果 is one, so no 沙果했다); where the curated predicate
    sense is an adjective, any other sense is the verb the same forms spell (홈페이지에 公告했다,
    not 鞏固했다: 했다 suits the adjective and the verb alike, and the cue tells them apart)."""
    curated = lexicon.predicate_senses.get(hangul)
    if hanja[-1] == '的' and hanja != curated:
        return False  # a word in 的 takes no light verb: 能力을 떨어뜨린다고 指摘한다 beside 능력, not 知的한다
    if hanja[-1] in _NOUN_ONLY_ENDS and hanja != curated and hanja not in lexicon.zh_verbal:
        return False  # nor does a word naming a person or a party: 싸운 뒤에도 無事했다 beside 싸우, not 武士했다;
        # 正當한 報酬 beside 보수, not 政黨한
    return hanja not in lexicon.zh_nominal or hanja == curated or curated in lexicon.adjective_senses \
        or (hangul, hanja) in lexicon.cued_predicates  # a second verb of predicate_senses.tsv: 事業部를 分社했다


def _noun_before_adverbial_ge(text: str, item, hanja: str, lexicon: Lexicon) -> bool:
    """Whether `hanja` is a plain noun before the adverbial 하게 of a word whose curated predicate sense is an
    adjective: that form is the adjective's (意思와 無關하게 beside 駐韓美軍, not 武官하게; a verb in 하게 is
    rare: 公告하게)."""
    curated = lexicon.predicate_senses.get(item.hangul)
    return text.startswith('하게', item.end) and curated in lexicon.adjective_senses and hanja != curated \
        and hanja in lexicon.zh_nominal and hanja not in lexicon.zh_verbal \
        and (item.hangul, hanja) not in lexicon.cued_predicates


def _around(text: str, eojeols: list[tuple[int, int]], at: int, start: int, end: int,
            reach: int = CUE_REACH, backward: bool = True) -> list[tuple[int, str]]:
    """The places a cue may stand for a word at start:end inside the eojeol `at`, nearest
    first, as (distance, text): the rest of its own eojeol after it (0) and before it (-0 is
    marked -1: a cue must end there), then up to `reach` eojeols each side within the
    sentence (after it only, not `backward`), each past any opening quotes or brackets."""
    a, b = eojeols[at]
    around = [(0, text[_past_dots(text, end, b):b]), (-1, text[a:_before_dots(text, a, start)])]
    forward = True
    for distance in range(1, reach + 1):
        before, after = at - distance, at + distance
        backward = backward and before >= 0 and text[eojeols[before][1] - 1] not in _SENTENCE_END
        if backward:
            around.append((distance, _word_start(text, *eojeols[before])))
        forward = forward and after < len(eojeols) and text[eojeols[after - 1][1] - 1] not in _SENTENCE_END
        if forward:
            around.append((distance, _word_start(text, *eojeols[after])))
    return around


_DOTS = '·ㆍ'
_LIST_DOTS = tuple(_DOTS)  # (as a tuple, an empty slice at the text's end is in no list: see apply_cues)


def _past_dots(text: str, end: int, b: int) -> int:
    """Past the middle dots right after a word: the word dotted after it in a list is its neighbour as
    the rest of a compound is (壁·複道·階段, 現場調査·檢査 및 確認)."""
    while end < b and text[end] in _DOTS:
        end += 1
    return end


def _before_dots(text: str, a: int, start: int) -> int:
    """Before the middle dots right before a word (see `_past_dots`)."""
    while start > a and text[start - 1] in _DOTS:
        start -= 1
    return start


def _word_start(text: str, a: int, b: int) -> str:
    """The eojeol text[a:b] past any opening quotes or brackets."""
    return text[_word_begins(text, a, b):b]


def _word_begins(text: str, a: int, b: int) -> int:
    """Where `_word_start` cuts the eojeol text[a:b]: past any opening quotes or brackets, and past
    a bracket opening inside it, as a statute's heading does after its article: 第58條(垈地 안의 空地)
    (垈地 is a cue of 空地 there as in 垈地 안의 空地)."""
    while a < b and not '가' <= text[a] <= '힣':  # (is_syllable, inline: most eojeols open with one)
        a += 1
    for bracket in '(「':
        k = text.find(bracket, a, b)
        if k > a and k + 1 < b and '가' <= text[k + 1] <= '힣':
            a = k + 1
    return a


def native_cued_sense(text: str, start: int, end: int, hangul: str, lexicon: Lexicon,
                      found: list | None = None) -> str | None:
    """The Sino sense of a native word marked AMBIGUOUS (`Lexicon.cued_native`) that a cue within
    CUE_REACH words names, nearest first, or None: 어미 is the mother except beside the words of
    grammar (선어말 어미, 어간과 어미: 語尾). A cue of the native word (-) at the same distance or
    nearer keeps it; with no cue it stays Hangul, as native_words.tsv says."""
    entry = lexicon.sense_cues.get(hangul)
    if entry is None:
        return None
    if _CITED_AFFIX_AFTER.match(text, end):
        return _only_sino_sense(hangul, entry[2])  # the term for the affix cited after it: 語尾 '-아/-어'
    around = _surroundings_once(text, found)
    item = _Span(start, end)
    if not around.cue_near(item, CUE_REACH, entry[0], entry[1]):
        return None  # no cue near: the usual case
    places = [(max(d, 0), place) for d, place in around.of(item) if d >= 0 or not place]  # (a cue before it in its
    # own eojeol: none here)
    return _sole_sino_sense(hangul, _nearest(entry[2], places))


def quoted_cued_sense(text: str, start: int, end: int, noun: str, lexicon: Lexicon,
                      found: list | None = None) -> str | None:
    """The Sino sense of a one-syllable noun of cued_nouns.tsv quoted alone before its particles, as a term
    a text explains ('亂'은 叛亂만이 아니라, '禮'를 重視한): the sense a cue within CUE_REACH words names,
    nearest first, or None. Bare inside its quotes it would stay the native word or ending it also spells
    ('난'은 'I'); a cue of the native word (-) as near keeps it so ('벌'은 꿀을 모으는)."""
    senses = lexicon.cued_nouns.get(noun)
    if not senses:
        return None
    around = _surroundings_once(text, found)
    places = [(d, place) for d, place in around.of(_Span(start, end), CUE_REACH) if d > 0]
    return _sole_sino_sense(noun, _nearest(senses, places))


def _surroundings_once(text: str, found: list | None) -> '_Surroundings':
    """The text's _Surroundings, kept in the caller's list: its eojeols are found once, however many words ask."""
    if found is None:
        found = []
    if not found:
        found.append(_Surroundings(text))
    return found[0]


def _sole_sino_sense(hangul: str, nearest: dict[str, int]) -> str | None:
    """The one Sino sense nearest of those the cues named (sense -> distance), if it reads as the word."""
    if not nearest:
        return None
    best = min(nearest.values())
    winners = [h for h, d in nearest.items() if d == best]
    if len(winners) != 1 or winners[0] == NATIVE_SENSE or not _reads_alone(hangul, winners[0]):
        return None
    return winners[0]


# an ending or affix cited right after a word, as grammar writes them: 어미 '-아/-어', 어미 -고 (the word is its term)
_CITED_AFFIX_AFTER = re.compile('[ \u00a0][\'"‘“]?-[가-힣(]')


# a form cited in quotes right after a word: '의', '이/가', '-아/-어'
_CITED_FORM_AFTER = re.compile('[ \u00a0][\'"‘“]((?:-?[가-힣]{1,3}-?/)*-?[가-힣]{1,3}-?)[\'"’”]')
_GRAMMAR_TERM_ENDS = '詞尾辭'  # last characters of the terms for word classes, endings and affixes, likeliest first


def _term_of_cited_form(text: str, item, particles) -> str | None:
    """The sense of a word that names the kind of form cited in quotes right after it, where each of the
    cited alternants is a particle or a hyphened ending or affix: 助詞 '의'는, 助詞 '이/가' (not 調査);
    its candidate in 詞, else 尾, else 辭 (助詞 before 措辭), or None."""
    m = _CITED_FORM_AFTER.match(text, item.end)
    if m is None or not all(form.startswith('-') or form.endswith('-') or form in particles
                            for form in m.group(1).split('/')):
        return None
    return next((h for end in _GRAMMAR_TERM_ENDS for h in item.candidates if h[-1] == end), None)


def _only_sino_sense(hangul: str, senses) -> str | None:
    """The one Sino sense among a word's cued senses that reads as it alone, or None if there are several."""
    sino = [hanja for hanja, _ in senses if hanja != NATIVE_SENSE]
    return sino[0] if len(sino) == 1 and _reads_alone(hangul, sino[0]) else None


class _Span(NamedTuple):
    start: int
    end: int
