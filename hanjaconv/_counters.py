"""Counters after a number: the sense the next word, the thing counted before the number or the
number's size names (30代 男性, 10臺 車輛, 200萬 張, 2點 差), and reading the number before a word."""
from __future__ import annotations


import regex

from ._analysis import LOAN_UNITS
from ._hangul import syllable_at, syllables_from, word_before, word_span_before
from ._items import Item
from ._naming import PLACE_ENDS
from ._lexicon import Lexicon


_MARGIN_COUNTERS = frozenset({'점', '골', '타', '승', '표', '초', '세트', '게임', '경기', '포인트', '계단', '단계'})  # 2點 差
_SERVICE_COUNTERS = frozenset({'년', '회', '일', '주', '개월', '학기', '시즌'})  # 3年 次, 5回 次, 2日 次


def count_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The sense of 차 after a count and a space: 差 after a score or a time's margin (2점 차로, 3골 차,
    0.1초 차), 次 after a span of service (입사 3년 차, 5회 차); None elsewhere (차 3대, 3대 차)."""
    if start < 2 or text[start - 1] != ' ':
        return None
    word = word_before(text, start)
    unit = word.lstrip('0123456789.,')
    if unit == word:  # no digits: a native numeral before the unit (두 점 차)
        begin, _ = word_span_before(text, start)
        if word_before(text, begin) not in lexicon.native_numerals:
            return None
    elif not word[:1].isdigit():
        return None
    return '差' if unit in _MARGIN_COUNTERS else '次' if unit in _SERVICE_COUNTERS else None


# what follows a number's 일 when it is the copula: 수 있다 (몫이 1일 수도) or a noun of condition with at most a
# particle (값이 2일 때, 合이 7일 確率, 3일 境遇: not the 때아닌 of news, 지난 5日 때아닌 暴雪)
_COPULA_NEXT = regex.compile(r' (?:수(?:도|는|조차|밖에|만)? ?(?:있|없)|(?:때|경우|확률|가능성)(?:[은는이가을를의도만]|에는|에도|에|까지)?(?![가-힣]))')
_DATE_BEFORE = regex.compile(r'(?:오는|지난|이달|내달|지난달|다음 달) \d+$')  # a day of the calendar: 오는 3日 境遇에 따라

_ABOUT_EQUATIONS = regex.compile(r'방정식|판별식|실근|허근|중근|[=^]')  # a sentence about an equation's roots
_NATIVE_COUNTED = {'장': '張'}  # the sense a counter has after a native numeral (한 장, 두 장)
# the sense a counter has from a size of number up, with the units that make a number that size: sheets from a
# hundred (200萬 張: no work has a hundred chapters), shares from a thousand (50萬 株: no one counts a thousand weeks)
_COUNTED_FROM = {'장': ('張', 100, ('백', '천', '만', '억')), '주': ('株', 1000, ('천', '만', '억', '조'))}


# a count names the sense of the word beside it, across only spaces and list marks: the batting order's
# 4番 打者 (not 打字), no outs before the bases 無死 1, 2루 (not 無事), a group's rank 組 1位 (not 條)
# and a bench's number its panel: 刑事合議25部 (not 合意), written solid
_NAMED_BY_COUNT = {'번': (1, '타자', '打者'), '루': (-1, '무사', '無死'), '위': (-1, '조', '組'),
                   '부': (-1, '합의', '合議')}
_COUNT_GAP = frozenset(' ,0123456789')


def _name_neighbour(text: str, items: list[Item], chosen: list[tuple[str, str]], k: int) -> None:
    """The sense a count names in the word next to it (_NAMED_BY_COUNT)."""
    step, hangul, hanja = _NAMED_BY_COUNT[items[k].hangul]
    j = k + step
    if not 0 <= j < len(items) or items[j].hangul != hangul or hanja not in items[j].candidates:
        return
    a, b = (items[k].end, items[j].start) if step > 0 else (items[j].end, items[k].start)
    gap = text[a:b]
    if (gap[:1] == ' ' or step < 0 and gap.isdigit()) and len(gap) <= 8 and _COUNT_GAP.issuperset(gap) \
            and (step > 0 or gap[-1:].isdigit()):
        chosen[j] = (hanja, 'cue')  # (조 1위: the rank's number itself; 4번 타자: the word right after)


def _keep_regnal_name(text: str, items: list[Item], chosen: list[tuple[str, str]], k: int, lexicon: Lexicon) -> None:
    """A ruler's listed name right before a regnal number stays Hangul (이반 4世, not 離反 4世)."""
    if k > 0 and items[k - 1].hangul in lexicon.regnal_names \
            and text[items[k - 1].end:items[k].start].strip().isdigit():
        chosen[k - 1] = (None, 'grammar')


def _after_unit_in_hangul(text: str, start: int) -> bool:
    """Whether the won or a loanword unit after a number ends right before start (1,300원|대, 80달러|대, 5萬원|대)."""
    return _UNIT_BEFORE.search(text, 0, start) is not None


_UNIT_BEFORE = regex.compile(r'(?:\d|[百千萬億兆]) ?(?:원|' + '|'.join(
    sorted((u for u in LOAN_UNITS if len(u) > 1 and u != '단위'), key=len, reverse=True)) + r')$')


_NUMBERED_UNITS = {'동': '洞', '리': '里'}  # the numbered parts of a neighbourhood or village


def _after_named_number(text: str, start: int) -> bool:
    """Whether the digits right before `start` are written onto a Hangul name (신정1동, 대곡2리)."""
    i = start
    while i and text[i - 1].isdigit():
        i -= 1
    return i < start and i > 0 and syllable_at(text, i - 1)


def _unranked_name(text: str, items: list[Item], chosen: list[tuple[str, str]], k: int) -> None:
    """The name before a numbered unit stays Hangul where only the dictionary's rank chose its Hanja
    and ends in no place's character (대곡2里, not 大哭2里; 鍾路1洞 stays)."""
    begin = items[k].start
    while begin and text[begin - 1].isdigit():
        begin -= 1
    j = next((j for j in range(k - 1, -1, -1) if items[j].end <= begin), None)
    if j is not None and items[j].end == begin and chosen[j][1] == 'rank' \
            and chosen[j][0] and chosen[j][0][-1] not in PLACE_ENDS:
        chosen[j] = (None, 'native')


# what a book does over chapters it spans: 두 章에 걸쳐 다룬다, 한 章에 걸쳐 紹介된다
_TREATED_OVER = ('다루', '다룬', '다뤄', '다뤘', '소개', '서술', '논의', '설명', '분석', '검토', '정리')


def _chapters_allotted(text: str, item: Item) -> str | None:
    """章 where a native count of 장 is what a book allots or treats a matter over (두 章을 割愛하여,
    한 章에 걸쳐 紹介된다); sheets are handed out, not allotted (종이 두 張에 걸쳐 적었다)."""
    after = text.find(' ', item.end)
    if '章' not in item.candidates or after == -1:
        return None
    tail, rest = text[item.end:after], text[after + 1:]
    if tail in ('을', '만을') and rest.startswith('할애'):
        return '章'
    if tail == '에' and rest.startswith('걸쳐 ') and rest[3:].startswith(_TREATED_OVER):
        return '章'
    return None


def apply_counter_cues(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A counter with several senses takes the one the next word names (30代 男性, 30臺의 車輛)."""
    cues = lexicon.counter_cues
    for k, item in enumerate(items):
        if item.kind != 'counter':
            continue
        if item.hangul in _NAMED_BY_COUNT:
            _name_neighbour(text, items, chosen, k)
        if item.hangul in _NUMBERED_UNITS and _after_named_number(text, item.start):
            unit = _NUMBERED_UNITS[item.hangul]  # a name, digits and 동 or 리 written solid: 新亭1洞, 大谷2里
            items[k] = item._replace(candidates=(unit, *(h for h in item.candidates if h != unit)))
            chosen[k] = (unit, 'grammar')  # (not 棟: 아파트 101棟)
            _unranked_name(text, items, chosen, k)
            continue
        if item.hangul == '일' and _COPULA_NEXT.match(text, item.end) and not _DATE_BEFORE.search(text, 0, item.start):
            chosen[k] = (None, 'grammar')  # the copula's 일 before 수 있다/없다 or 때: 利潤은 0일 수 있다, 몫이 1일 수도,
            continue  # 公差가 2일 때 (no day is followed so: 5日 水曜日 is 수요일, and 5日 受賞 starts otherwise)
        if item.hangul == '대' and '臺' in item.candidates and (
                text[item.start - 1:item.start] == '%' or _after_unit_in_hangul(text, item.start)):
            chosen[k] = ('臺', 'cue')  # a range of percentages: 3%臺 초반 (not the age 代, nor 對)
            continue
        if item.hangul == '대' and '對' in item.candidates and text[item.end:item.end + 1].isdigit() \
                and number_before(text, item.start) >= 0 and not _counts_on(text, item.end, lexicon):
            chosen[k] = ('對', 'grammar')  # a score written solid, as sports news writes it: 5對4로,
            continue  # 85對78, 3對0 (but 3대 3명 and 3대3명 count on)
        if item.hangul == '조' and _BIG_NUMBER_NEXT.match(text, item.end) and number_before(text, item.start) >= 0:
            items[k] = item._replace(candidates=('兆',))  # a number goes on in 억 or 만: 18兆 4千億 원
            chosen[k] = ('兆', 'grammar')  # (第3條 1項 stays)
            continue
        if item.hangul == '조' and text.startswith(' ', item.end) and number_before(text, item.start) > 0 \
                and _trillion_counted(text, items, k):
            items[k] = item._replace(candidates=('兆',))  # a count of trillions: 2兆 個의 銀河, 37兆 個의
            chosen[k] = ('兆', 'grammar')  # 細胞, 1兆 가지 (an article is no count: 第3條 1項)
            continue
        if item.hangul == '조' and number_before(text, item.start) > 0 and _trillions_of_money(text, item):
            items[k] = item._replace(candidates=('兆',))  # trillions in a sentence of money: 豫算 656兆 編成,
            chosen[k] = ('兆', 'grammar')  # 營業利益 10兆 突破 (but 第3條, 刑法 250條, 3條 2項)
            continue
        if item.hangul == '근' and _ABOUT_EQUATIONS.search(text) and word_before(text, item.start) in lexicon.native_numerals:
            items[k] = item._replace(candidates=('根',) + item.candidates)  # an equation's roots: 두 根을 α, β라
            chosen[k] = ('根', 'grammar')  # 할 때 (but 고기 두 斤을 샀다)
            continue
        if item.hangul in _NATIVE_COUNTED and _NATIVE_COUNTED[item.hangul] in item.candidates \
                and word_before(text, item.start) in lexicon.native_numerals \
                and not word_before(text, item.start).endswith('째'):
            chosen[k] = (_chapters_allotted(text, item) or _NATIVE_COUNTED[item.hangul], 'grammar')  # 한 張씩,
            continue  # 두 張: chapters count in Sino numerals (第三 章), never in native ones, though an ordinal
            # names them (둘째 章에서는) and a book allots them (한 章을 割愛하여)
        if item.hangul in ('대', '세') and number_before(text, item.start) > 0:
            sense = _ordinal_sense(text, item, lexicon)
            if sense is not None:
                chosen[k] = (sense, 'grammar')
                if sense == '世':
                    _keep_regnal_name(text, items, chosen, k, lexicon)
                continue
            if item.hangul == '세' and '歲' in item.candidates and number_before(text, item.start) > 30:
                chosen[k] = ('歲', 'grammar')  # no ruler's number passes thirty: 100歲 時代, 60歲 時代에 (the
                continue  # next word's cue 時代 is for 엘리자베스 2世 時代)
        unit = item.start - 1 - (text[item.start - 1:item.start] == ' ')  # (a unit before it, joined or not)
        if item.hangul == '선' and '線' in item.candidates and (number_before(text, item.start) >= 20
                                                               or text[unit:unit + 1] in ('백', '천', '만', '억')):
            chosen[k] = ('線', 'cue')  # no one serves twenty terms: 2,500線, 3萬8千 線, not 2,500選 (but 3選 議員)
            continue
        if item.hangul == '세대' and '世帶' in item.candidates and (number_before(text, item.start) >= 20
                                                                   or text[unit:unit + 1] in ('백', '천', '만', '억')
                                                                   or _HOMES_AFTER.match(text, item.end)):
            chosen[k] = ('世帶', 'cue')  # no one counts twenty generations: 3千 世帶가, 1500世帶 (but 5世代 移動通信),
            # and a household owns the homes counted after it: 1世帶 1住宅者, 1世帶가 2住宅을
            continue
        if _counts_from_size(text, item, unit):
            chosen[k] = (_COUNTED_FROM[item.hangul][0], 'cue')  # 200萬 張, 티켓 5000張이, 自己株式 50萬 株를
            continue  # (but 第3章, 3章에서, 2週 동안)
        if item.hangul == '자' and '字' in item.candidates and number_before(text, item.start) >= 10 \
                and not text.endswith('제', 0, unit + 1 - len(str(number_before(text, item.start)))):
            chosen[k] = ('字', 'cue')  # no one counts ten parties: 200字 原稿紙, 1,000字 以內 (but 第3者, 3者 會談)
            continue
        if text.startswith('도', item.end) and not syllable_at(text, item.end + 1) \
                and number_before(text, item.start) >= 1000:
            whole = lexicon.counters.get(item.hangul + '도') or lexicon.words(item.hangul + '도')
            if whole:  # a year's number and a bare 도 is the year of account: 2024年度 豫算, 2028學年度
                items[k] = item._replace(end=item.end + 1, hangul=item.hangul + '도', candidates=tuple(whole))
                chosen[k] = (whole[0], 'grammar')  # (not the particle 'also': 3年도 안 돼서, 3學年도 stay)
                continue
        if item.hangul == '배' and '拜' in item.candidates and number_before(text, item.start) in _BOW_COUNTS:
            chosen[k] = ('拜', 'cue')  # the prostrations of practice, counted in their own number: 108拜를 하며
            continue  # (3倍, 1080倍 stay multipliers)
        if item.hangul == '박' and '拍' in item.candidates and number_before(text, item.start) > 0 \
                and not _NIGHTS_AND_DAYS.match(text, item.end) \
                and any(w in text[max(0, item.start - 30):item.end + 30] for w in _BEAT_CUES):
            chosen[k] = ('拍', 'cue')  # beats of a rhythmic cycle, not nights: 24拍이 한 長短, 12拍의 장단
            continue  # (2泊 3日 has no rhythm word near it)
        if item.hangul not in cues:
            continue
        if k + 1 < len(items) and items[k + 1].start == item.end:  # the word counted written solid: 4大保險에,
            # 5大銀行 (not the vehicles' 臺)
            sense = next((h for h, words in cues[item.hangul] if h in item.candidates and not words[0].isdigit()
                          and text.startswith(words, item.end)), None)
            if sense is not None:
                chosen[k] = (sense, 'cue')
                continue
        space = text.find(' ', item.end)  # the counter and its particles, then the next word (16強에 進出)
        if not (space < 0 or space - item.end > 2 or space > item.end and text[item.end:space] not in lexicon.particles):
            sense = next((h for h, words in cues[item.hangul]
                          if h in item.candidates and text.startswith(words, space + 1)
                          and not (h == _RANKED and space > item.end)
                          and not (words[0].isdigit() and text[space + 1:space + 2].isdigit()
                                   and (space > item.end or _counts_on(text, space + 1, lexicon)))),
                         None)  # a score's second number follows the bare counter (3對 1), never a particle
            # (a ratio's in Hangul too, 수백 對 일의: its 일 is no count of days)
            # a ranked list's 大 takes no particle before the word it ranks (30代의 宗敎 離脫, not 30大)
            if sense is not None:  # (10代와 20代의) and is no count of its own (10代 3名을)
                chosen[k] = (sense, 'cue')
                continue
        counted = _counted_noun(text, item.start, lexicon)  # or the thing counted, before the number:
        if counted:  # 寫眞 몇 張, 종이 두 張 (as 한 張의 寫眞 after it)
            sense = next((h for h, words in cues[item.hangul] if h in item.candidates and counted.startswith(words)
                          and not words[0].isdigit()), None)  # (a score's digits follow it: 10代와 20代의)
            if sense is not None:
                chosen[k] = (sense, 'cue')
                continue
        if item.hangul == '대' and '代' in item.candidates and chosen[k][0] != '代' \
                and (number_before(text, item.start) in _DECADES or word_before(text, item.start) in _HANGUL_DECADES) \
                and not text[item.end:item.end + 1].isdigit():
            chosen[k] = ('代', 'grammar')  # a round ten with no word naming a thing counted is an age: 20代 比率,
            # 40代가 逮捕됐다, 10代와 20代의 (車輛 10臺, 10臺의 버스 by their cues; 3對 1 and 1970年代 are no tens)


def _counts_from_size(text: str, item: Item, unit: int) -> bool:
    """Whether the number before a counter (its last unit at `unit`) is big enough to give it the sense
    _COUNTED_FROM names."""
    sense, least, units = _COUNTED_FROM.get(item.hangul, (None, 0, ()))
    return sense in item.candidates and (number_before(text, item.start) >= least or text[unit:unit + 1] in units)


def _ordinal_sense(text: str, item: Item, lexicon: Lexicon) -> str | None:
    """代 after 제 and a number, an office's holder in order (第8代 事務總長: no vehicle is counted so),
    or before 째 (3代째);
    世 after a foreign ruler's name and a small number (메흐메트 2世, 유스티니아누스 1世: an age follows no
    such name), the name told by a syllable no Hanja reads or listed in regnal_names.tsv (루이 14世, 요한 23世);
    None elsewhere (2歲 兒童, 제3臺 is no use)."""
    number = number_before(text, item.start)
    begin = item.start - len(str(number))
    if item.hangul == '대':
        return '代' if '代' in item.candidates and (text.endswith('제', 0, begin) and not syllable_at(text, begin - 2)
                                                   or text.startswith('째', item.end)) else None
        # (and before 째, a generation in line: 3代째 冷麵을 파는 집, 5代째 이어 온; no vehicle is counted so)
    if '世' not in item.candidates or number > 30 or begin < 2 or text[begin - 1] != ' ':
        return None
    name = word_before(text, begin)
    if name in lexicon.regnal_names:
        return '世'
    return '世' if len(name) >= 2 and all('가' <= c <= '힣' for c in name) \
        and not _ordinary_noun(name, lexicon) \
        and not any(name.endswith(p) and _ordinary_noun(name[:-len(p)], lexicon) for p in lexicon.particles) \
        else None  # (a noun and its particle: 아이는 2歲 때, 그녀는 3歲; but 술레이만 1世)


def _ordinary_noun(stem: str, lexicon: Lexicon) -> bool:
    """Whether a stem before a particle is a native word or one all of whose syllables Hanja read."""
    if stem.endswith('들'):
        stem = stem[:-1]  # (a plural: 學生들은 5歲)
    return not stem or stem in lexicon.native or lexicon.has_word(stem) or all(c in lexicon.chars for c in stem)


def _counts_on(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the digits at start end in a counter of their own (3명, 5건): a count, not a score's number."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end < len(text) and text[end] in lexicon.counters


_DECADES = frozenset(range(10, 100, 10))  # the ages in decades: 10대 to 90대
_HANGUL_DECADES = frozenset({'십', '이십', '삼십', '사십', '오십', '육십', '칠십', '팔십', '구십'})  # the same in
# Sino numerals written out, as prose about people writes them: 이십 代에, 삼십代 初盤
_HOMES_AFTER = regex.compile(r'(?:가|의|당)? ?\d+주택')  # the homes a household owns: 1세대 1주택, 1세대가 2주택을
_NIGHTS_AND_DAYS = regex.compile(r' ?\d+일')  # 2泊 3日: a stay, whatever words are near
_BOW_COUNTS = frozenset({108})  # the prostrations a temple counts, one for each defilement: 108배
_BEAT_CUES = ('장단', '박자', '장구', '자진모리', '중모리', '진양조')  # (not 마디, 진양: 말 한 마디, 진양호)  # rhythm words near a count in 박 (beats)


_RANKED = '大'  # the N greatest (3大 宗敎), named by the word right after the bare counter
_COUNT_WORDS = frozenset({'몇', '여러', '수십', '수백', '수천', '서너', '두세', '네다섯'})


def _counted_noun(text: str, start: int, lexicon: Lexicon) -> str:
    """The word right before the number that a counter at `start` follows (사진 몇 장, 종이 3장): the
    thing counted, or ''."""
    begin, end = word_span_before(text, start)  # the number, written onto the counter (사진 3장) or before it
    number = text[begin:end]
    if number.endswith('여') and number[:-1].replace(',', '').isdigit():
        number = number[:-1]  # an approximate count is one too: 衛星 6,000餘 機, 車輛 10餘 臺
    if not (number.replace(',', '').isdigit() or end < start and (number in lexicon.native_numerals or number in _COUNT_WORDS
                                                                 or number in _HANGUL_DECADES)):
        return ''
    return word_before(text, begin).strip('"\'“”‘’(')


_NATIVE_COUNTS = ('가지', '마리', '그루', '톤', '배럴', '바이트')  # native and loanword counters after trillions
_COUNTS_OF_TRILLIONS = frozenset({'개', '배', '건', '회', '번'})  # Sino counters that count in trillions (not 歲:
# 1조 세 명 is team 1, three people)
_COUNT_TAILS = frozenset({'', '의', '가', '이', '를', '을', '에', '씩', '나', '도', '로', '는', '은'})  # (not 가지고)


def _trillion_counted(text: str, items: list[Item], k: int) -> bool:
    """Whether a 조 after digits, with no 제 before them, is followed by a space and another counter
    (37조 개의 세포, 1조 가지, 2조 톤): it counts trillions, as no article or team counts on."""
    item = items[k]
    if _numbered_article(text, _digits_start(text, item.start)):
        return False
    if k + 1 < len(items) and items[k + 1].kind == 'counter' and items[k + 1].start == item.end + 1 \
            and items[k + 1].hangul in _COUNTS_OF_TRILLIONS:
        return True
    word = syllables_from(text, item.end + 1)
    return any(word.startswith(count) and word[len(count):] in _COUNT_TAILS for count in _NATIVE_COUNTS)


def _trillions_of_money(text: str, item: Item) -> bool:
    """Whether a bare 조 after digits counts trillions of money: a word of money or its size stands in the
    sentence, no 제 stands before the digits, no name of a law or treaty before them, and no paragraph,
    item or article's number after it (an article's number: 第3條, 民法 750條, 3條 2項)."""
    if not _MONEY_WORDS.search(text) or text[item.end:item.end + 1] not in _AFTER_TRILLIONS:
        return False
    begin = _digits_start(text, item.start)
    before = word_before(text, begin) if text[begin - 1:begin] == ' ' else text[max(0, begin - 1):begin]
    if before.endswith(_LAW_NAME_ENDS) or _numbered_article(text, begin):
        return False
    return not _PROVISION_NEXT.match(text, item.end)


def _digits_start(text: str, end: int) -> int:
    """Where the number in digits (with its commas and points) that ends at `end` starts."""
    while end > 0 and (text[end - 1].isdigit() or text[end - 1] in ',.'):
        end -= 1
    return end


def _numbered_article(text: str, begin: int) -> bool:
    """Whether 제 stands right before the number starting at begin, as before an article's (第3條, 제 3조)."""
    return text[begin - 1:begin] == '제' or text[begin - 2:begin] == '제 '


_MONEY_WORDS = regex.compile('예산|매출|이익|영업익|순익|적자|흑자|부채|자산|투자|시가총액|시총|세수|수출액|수입액|손실|'
                             '재정|추경|국채|원어치|달러|규모')
_AFTER_TRILLIONS = ('', ' ', '…', ',', '.', '·', '에', '를', '의', '로', '가')  # what may follow the 조
_LAW_NAME_ENDS = ('법', '령', '규칙', '헌법', '조약', '협약', '조례', '동법', '같은')
_PROVISION_NEXT = regex.compile(r'(?:의\d|\s?\d+\s?(?:항|호|목))')


_BIG_NUMBER_NEXT = regex.compile(r' ?\d[\d,]*\s?(?:[천백십]\s?)?[억만]')  # 18조 4천억, 2조 5,000억, 1조 300억,
# and written solid as news writes it: 1조5천억, 2조3000억


def number_before(text: str, end: int) -> int:
    """The number written in digits (with thousands commas) right before end, or -1."""
    begin = end
    while begin > 0 and (text[begin - 1].isdigit() or text[begin - 1] == ',' and begin > 1 and text[begin - 2].isdigit()):
        begin -= 1
    digits = text[begin:end].replace(',', '')
    return int(digits) if digits.isdigit() and digits.isascii() else -1
