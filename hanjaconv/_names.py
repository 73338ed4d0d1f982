"""People in the text: given names called, full names and names before or after a title, a surname
before a title, and the senses that name a person (called words, titles). Each pass leaves a name in
Hangul or gives a title its person's sense, after the other choices are made (see `_choice.choose`)."""
from __future__ import annotations


import re
from functools import lru_cache
from typing import Iterator

import regex

from ._hangul import has_final, is_syllable, syllables_from
from ._items import Item, item_at, items_within
from ._lexicon import COMMON_IN_CHINESE, Lexicon

# syllables that are surnames but, bare before a word, far more often a determiner, numeral or prefix
# (이 시장 'this market', 한 명, 전 장관 'former', 고 김구 'the late', 양 팀 'both')
# and 여, the ruling party in news (여 의원들 與 議員들)
_NOT_SURNAME_BEFORE_WORD = frozenset('이한고전제주총양단각매본구당동순모그두세네첫새온몇여')


_KIN_TERMS = ('형', '형님', '누나', '언니', '오빠', '오라버니', '할머니', '할아버지', '아저씨', '아줌마', '아주머니',
              '엄마', '아빠', '어머니', '아버지', '삼촌', '이모', '고모', '선배', '동생')  # after a name and its 이
_NOUN_CALLED = 100  # a Chinese count that makes a word one in use, which verse may call: 歲月아, 惡魔야
_NAME_CLOSERS = frozenset(',!?.…"\'')  # what may follow a name called: 정우야, 민호야!


def apply_given_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[str]:
    """A given name of two syllables is no Sino word where only a name stands: called with 아/야
    before a comma or a mark that closes the call (정우야, 철수야!), or with the 이 that follows a name in a
    consonant before a word of kinship or address (용식이 형, 순남이 언니). A word with a sense in use for a
    person (親舊야, 同生아, 先生이 兄을, 令監) is called, or heads a subject, far more often than a name; so is a
    word with a curated default (警察이 아저씨를, 運命아) or one common in Chinese (歲月아, 祖國아)."""
    found: set[str] = set()
    if not _NAME_CONTEXT.search(text):
        return found  # no call and no word of kinship after 이: the usual sentence
    for k, item in enumerate(items):
        if item.end - item.start != 2 or chosen[k][0] is None or item.kind != 'word' \
                or (item.start and is_syllable(text[item.start - 1])):
            continue
        rest = text[item.end:item.end + 12]  # first what follows (cheap), then the word itself
        consonant = has_final(item.hangul[-1])
        if not (rest.startswith('아' if consonant else '야') and len(rest) > 1 and rest[1] in _NAME_CLOSERS
                or consonant and rest.startswith('이 ') and any(
                    rest.startswith(kin, 2) and (len(rest) == 2 + len(kin) or not is_syllable(rest[2 + len(kin)])
                                                 or rest[2 + len(kin)] in '은는이가을를의도과와께한')
                    for kin in _KIN_TERMS)):
            continue
        if any(h[-1] in _PERSON_CHARS and lexicon.in_use(item.hangul, h) for h in item.candidates) \
                or item.hangul in lexicon.defaults \
                or any(lexicon.zh_frequency.get(h, 0) >= _NOUN_CALLED for h in item.candidates):
            continue  # (a word in everyday use is called too, in verse and song: 靑春아, 歲月아, 祖國아)
        chosen[k] = (None, 'name')
        found.add(item.hangul)
    return found


_NAME_CONTEXT = re.compile('[아야][' + re.escape(''.join(sorted(_NAME_CLOSERS))) + ']|이 (?:'
                           + '|'.join(_KIN_TERMS) + ')')  # where apply_given_names may find a name (re: faster
# than regex on so plain a pattern, and the same)


def apply_called(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A word of two syllables or more with nothing after it but the vocative (아, 야, 여, 이여) is
    called, so it names a person where one of its senses in use has 人: 人子야 (not 因子); only a
    sense the default, rank or a field chose gives way (a cue or grammar stands), and only where it
    names no person itself (天使여, 詩人아 stay; 歷史여 stays, having no sense with 人)."""
    calls = _calls_in(text, lexicon.vocatives)
    if not calls:
        return  # no vocative closes an eojeol: the usual text
    for k, item in enumerate(items):
        if item.end not in calls or item.kind != 'word' or len(item.hangul) < 2 or chosen[k][0] is None \
                or chosen[k][1] not in ('default', 'rank', 'domain', 'context') or _names_person(chosen[k][0]):
            continue
        person = next((h for h in item.candidates if '人' in h and lexicon.in_use(item.hangul, h)), None)
        if person:
            chosen[k] = (person, 'grammar')


_CALLED = frozenset({'아', '야'})  # the plain vocatives, which particles.tsv leaves out of its chains
_calls_memo: dict[frozenset[str], tuple[dict[str, tuple[str, ...]], re.Pattern]] = {}  # per lexicon: one entry


def _calls_in(text: str, vocatives: frozenset[str]) -> set[int]:
    """Where a vocative (particles.tsv's or _CALLED) begins that all the syllables after it up to the
    eojeol's end spell (人子야: the 야): the ends of the words apply_called asks about. Found from the
    syllables that close a vocative at an eojeol's end (아, 야, 여 before a space or a mark)."""
    memo = _calls_memo.get(vocatives)
    if memo is None:
        closed_by: dict[str, tuple[str, ...]] = {}  # last syllable -> the vocatives it closes (여: 여, 이여, 시여 …)
        for v in sorted(vocatives | _CALLED):  # (all non-empty Hangul, as particles are)
            closed_by[v[-1]] = (*closed_by.get(v[-1], ()), v)
        memo = _calls_memo[vocatives] = (closed_by, re.compile(f'[{re.escape("".join(closed_by))}](?![가-힣])'))
    closed_by, closing = memo
    return {end - len(v) for end in (m.end() for m in closing.finditer(text)) for v in closed_by[text[end - 1]]
            if len(v) <= end and text.startswith(v, end - len(v))}


def _names_person(hanja: str) -> bool:
    """Whether the sense chosen already names a person, for apply_called: 人 in it (主人, 詩人), or a
    last character of _PERSON_CHARS other than 子, 生, 年, 士 and 師, which close as many other words
    (因子, 發生, 來年, 力士, 天師)."""
    return '人' in hanja or hanja[-1] in _PERSON_CHARS and hanja[-1] not in '子生年士師'


# last characters of words for people (and their kin, ranks and callings): a call or a subject, not a name
_PERSON_CHARS = frozenset('生子女舊兄弟妹姉姊師長母父孫寸友人夫婦君公臣王帝監令官員者士客卿主息姪叔伯翁娘妃后將卒兵徒年童僧丁漢輩郞嫂')


def _after_surname(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a bare one-syllable surname and a space stand right before start (오 시장, 최 군의)."""
    if start < 2 or text[start - 1] != ' ':
        return False
    surname = text[start - 2]
    return surname in lexicon.surnames and surname not in _NOT_SURNAME_BEFORE_WORD \
        and surname not in lexicon.determiners and (start == 2 or not is_syllable(text[start - 3])
                                                    and text[start - 3] not in '·ㆍ' and not text[start - 3].isdigit())
    # (a syllable a middle dot joins to the one before is a list's member, not a surname: 市·道 敎育監;
    # one after digits is a counter: 3選 議員, not 3 + 선 議員)


def titles_in(text: str, items: list[Item], chosen: list[tuple[str, str]],
               lexicon: Lexicon) -> list[tuple[int, int | None, str]]:
    """(start, item index, title) for each word with a sense naming a person's title: the items, and
    the titles the text has in Hanja already (index None), which a second pass meets (오 市長). Where
    the sense chosen so far is itself a title, it is the one (안중근 義士는, not 醫師: its cue chose it)."""
    titles = lexicon.person_titles
    found = [(item.start, k, chosen[k][0] if chosen[k][0] in titles else title) for k, item in enumerate(items)
             if not titles.isdisjoint(item.candidates)  # (most words have none: the cheap test first)
             and (title := next((h for h in item.candidates if h in titles), None))
             or (hanja := chosen[k][0]) and len(hanja) > 2 and _compound_title(hanja, titles) and (title := hanja)]
    # (_compound_title asks the length too: here it spares most words the call)
    if titles and _HANJA_RUN.search(text):
        found += [(m.start(), None, title) for m in _HANJA_RUN.finditer(text)
                  if (title := _title_opening(m.group(), titles)
                      or _compound_title(m.group(), titles) and m.group())]  # (or closes with one, as a
        # first pass writes a post: 大韓民國市長, 調査局長)
    return found


def _post_start(items: list[Item], chosen: list[tuple[str, str]], k: int) -> int:
    """Where the eojeol of a title written onto other Hanja words starts (企劃 + 調整室長), or the
    title's own start where something else is joined to it (a loanword, a native word)."""
    j = k
    while j and items[j - 1].end == items[j].start and chosen[j - 1][0]:
        j -= 1
    return items[j].start if j < k else items[k].start


def _compound_title(hanja: str, titles) -> bool:
    """Whether a word of three syllables or more chosen so far is a post that closes in a title
    (國會議員, 調査局長, 事務總長, 國務總理) or names an office's holder by 官 or 長 (警務官, 秘書官,
    檢事長), which people news writes next to a name as it does a title (김영수 前 國會議員, ▲ 監査官
    박정훈); not a word in 長 for length or growth (經濟成長, 意味深長)."""
    return len(hanja) > 2 and (hanja[-2:] in titles or hanja[-3:] in titles or hanja[-1] == '官' and hanja[-2:] != '器官'
                               or hanja[-1] == '長' and hanja[-2:] not in LONG_NOT_HEAD)


LONG_NOT_HEAD = frozenset({'年長', '成長', '生長', '延長', '伸長', '助長', '消長', '身長', '波長', '體長', '全長', '增長',
                       '冗長', '深長', '特長', '悠長', '最長', '專長', '一長', '細長'})  # 長 'long', not 'head'


def _title_opening(run: str, titles) -> str | None:
    """The title a run of Hanja opens with, if any: 市長, or 作家 in 作家義人, where a first pass
    wrote the words after the title joined to it."""
    return next((run[:j] for j in range(len(run), 0, -1) if run[:j] in titles), None)


_HANJA_RUN = regex.compile(r'\p{Han}+')


def apply_titles(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                  titles: list[tuple[int, int | None, str]]) -> None:
    """After a bare surname a word with a sense naming a person's title takes it (오 市長은, 최 君의,
    조 敎育監), and the surname itself stays Hangul (조, not 條)."""
    for start, k, title in titles:
        surname = _after_surname(text, start, lexicon)
        if surname and (j := item_at(items, start - 2)) is not None and chosen[j] in _TIME_CHOSEN:
            continue  # a 시 the rules of time chose after a verbal noun is no surname: 急變動 時 市場 安定,
            # 危機 時 市場 介入 (not 시 市長)
        if surname and text[start - 2] == _ABOVE and k is not None and chosen[k][0] not in lexicon.person_titles:
            continue  # 위 'the above' before a word whose sense so far is no title: 被告의 위 主張은 (not 主將);
            # before a post the surname stays one: 위 室長은
        if k is not None:
            if not surname and not (chosen[k][1] in _OPEN_TO_HONORIFIC and _honorific_follows(text, items[k].end)
                                    or chosen[k][1] in _OPEN_TO_PERSON and text.startswith(_TO_PERSON, items[k].end)
                                    or chosen[k][1] in _OPEN_TO_COUNT and _people_counted(text, items[k].end)
                                    or chosen[k][1] in _OPEN_TO_PERSON and _speaks(text, items[k].end)):
                continue
            chosen[k] = (title, 'title')
        if surname:
            j = item_at(items, start - 2)
            if j is not None and items[j].end == start - 1 and items[j].kind != 'numeral':
                chosen[j] = (None, 'title')  # the surname: 조 敎育監, not 條 敎育監 (a number's digit stays: 二十 四 長老)


_ABOVE = '위'  # a surname that is also the determiner 'the above' of rulings and letters (위 主張, 위 契約)
_TIME_CHOSEN = frozenset({('時', 'grammar'), ('時', 'compound')})  # 시 as the time of a verbal noun
_AT_PLACE = '에서'  # the particle of a place where something happens, which a person never takes (에게서 is a person's)
_OPEN_TO_PLACE = frozenset({'rank', 'default', 'domain', 'context'})  # choices made without the word's own grammar


def apply_places_not_persons(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A word whose sense a field or the dictionary chose as a person's title, though 에서 follows it, takes the
    sense that is a place or a thing, as no person takes 에서: 市場에서 補助金 不正受給이 摘發됐다 (not 市長에서,
    which the field of the words around had chosen); 市長에게서 stays."""
    titles = lexicon.person_titles
    for k, item in enumerate(items):
        hanja, rule = chosen[k]
        if hanja in titles and rule in _OPEN_TO_PLACE and text.startswith(_AT_PLACE, item.end):
            usual = lexicon.defaults.get(item.hangul) or lexicon.usual.get(item.hangul)
            other = usual if usual in item.candidates and usual not in titles else next(
                (h for h in item.candidates if h not in titles and lexicon.in_use(item.hangul, h)), None)
            if other is not None:
                chosen[k] = (other, 'grammar')


def apply_full_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                      titles: list[tuple[int, int | None, str]], cued: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """A surname and a given name of two syllables, bare before a person's title (박지성 選手는,
    최영수 次官을, 김동현 氏는, 김영호 前 長官), is a name: it stays Hangul (a dictionary cannot know
    its Hanja) and the title takes its person's sense. Not a word in use (民主黨 代表), nor a word and
    a suffix naming a body or a person (國防部 長官, 韓國人 選手), nor before a word whose cue named a sense
    that is no title (`cued`: the starts of words whose cue agreed with the sense chosen). Returns the names found."""
    names = set()
    for title_start, k, title in titles:
        if k is not None and text.startswith(lexicon.light_verb_starts, items[k].end):
            continue  # a predicate, not a title: 김영수 感謝합니다 (not 監事), 이민호 檢査했다
        if k is not None and (chosen[k][1] == 'cue' or items[k].start in cued) and chosen[k][0] != title \
                and chosen[k][0] not in lexicon.person_titles:
            continue  # a cue named a sense that is no title: 봉산탈춤의 사자춤 科場에서는 (not a 사자춤 who is 課長)
        if k is not None and title_start and is_syllable(text[title_start - 1]) \
                and (title[-1] == '長' or title[-1] == '員' and chosen[k][0] == title
                     or k and items[k - 1].end == items[k].start and (
                         (chosen[k - 1][0] or ' ')[-1] in _PLACE_ENDS or title[0] in _PLACE_ENDS)):
            title_start = _post_start(items, chosen, k)  # a post written onto its department:
            # 오병권 企劃調整室長 (the title 調整室長 after 企劃; only a head in 長, not 管理 + 大將), or a
            # member's rank written onto 員 where that sense was chosen: 최준호 責任硏究員 (not 韓國…硏究院)
            # or any title written onto the place it governs: 김동연 京畿道知事, 김영록 全南道知事 (not 金東淵)
        if title_start < 4 or text[title_start - 1] != ' ':
            continue
        end = title_start - 1
        body = _body_before(text, items, chosen, end)
        if body is None and (other := _body_before(text, items, chosen, end, anywhere=True)) is not None \
                and text.endswith(_FORMER, 0, other) and other >= 5:
            body = other  # any body after 前 or 現 is the title's: 최상목 前 靑瓦臺 秘書官
        ends = [end] if body is None else [body, end]  # (a name that spells a body, 정영학 as 精英 + 學,
        # is tried as the name itself where no name stands before it: 30期인 정영학 檢事가)
        strong = title in _HONORIFICS
        for end in ends:
            inside = None
            if text.endswith(_FORMER, 0, end) and end >= 5:
                end -= 2  # 김영호 前 長官, 김동명 現 委員長, 홍명보 前 蔚山 監督
                inside = _full_name(text, items, chosen, lexicon, end, strong, former=True)  # (the name first: 박정희 前 大統領)
                if inside is None and body is None \
                        and (other := _body_before(text, items, chosen, end, anywhere=True)) is not None:
                    end = other  # (a body after 前 or 現 as 前 蔚山 監督 is the name's: 김영호 前 長官's rule)
            if inside is None:
                inside = _full_name(text, items, chosen, lexicon, end, strong)
            if inside is not None:
                break
        else:
            continue
        for j in inside:
            chosen[j] = (None, 'name')
        names.add(text[end - 3:end])
        _keep_pen_name(text, items, chosen, lexicon, end - 3)
        if k is not None:
            chosen[k] = (title, 'title')
    return names


def _keep_pen_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon, start: int) -> None:
    """A two-syllable word bare right before a full name and its title is the person's pen name (號) where the
    sense chosen for it is a verbal noun, which stands before no name (도산 안창호 先生, not 倒産): it stays
    Hangul as the name does."""
    if start < 3 or text[start - 1] != ' ' or (start > 3 and is_syllable(text[start - 4])):
        return
    k = item_at(items, start - 3)
    if k is None or items[k].end != start - 1 or chosen[k][0] is None:
        return
    word = items[k].hangul
    if len(word) == 2 and lexicon.predicate_senses.get(word) == chosen[k][0]:
        chosen[k] = (None, 'name')


def _full_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon, end: int,
               strong: bool, former: bool = False) -> list[int] | None:
    """The items inside a surname and a two-syllable given name that end at end, if those three
    syllables are a name before a title (see apply_full_names), else None."""
    start = end - 3
    name = text[start:end]
    if start < 0 or not (name[0] in lexicon.surnames and all(map(is_syllable, name))
                         and (start == 0 or not is_syllable(text[start - 1]) and text[start - 1] not in _NAME_JOINERS)):
        return None
    if name[:2] in lexicon.loanword_suffixes.get(name[2], (None, {}))[1]:
        return None  # a loanword its curated suffix closes names a thing: 부커賞 受賞 (not a 부커상 who is 首相)
    inside = items_within(items, start, end)
    if any(h and any(map(is_syllable, h)) for h, _ in (chosen[j] for j in inside)):
        return None  # a curated word mixing Hanja and Hangul names a thing or a body: 서울大 敎授
    if inside and strong:
        if lexicon.has_standing(name) or any(lexicon.in_use(name, h) for h in lexicon.words(name)):
            return None  # 氏 and 翁 follow a name, not a word and an ending or a suffix: 이순자 氏
            # (not 耳順 + 者), 정신아 氏 (not 精神 + 아), 안성기 氏 (not 安城 + 機)
    elif inside:
        tail = text[items[inside[-1]].end:end]
        if _is_ending(tail, lexicon) and not (former and tail == '인' or tail == '일' and len(inside) == 1
                                              and not lexicon.has_standing(items[inside[0]].hangul)) or _names_a_thing(
                # 夫人의 醫師, 用語인 軍, 定하는 軍
                # (the copula's 인 hardly stands before 前 or 現 and a title; a given name in 인 does: 문재인 前 大統領;
                # nor its 일 after a word with no standing: 전태일 烈士, not 銓汰일)
                name, start, [items[j] for j in inside], [chosen[j][0] for j in inside], lexicon):
            return None
    elif name[:2] in lexicon.native or name in lexicon.native \
            or lexicon.has_word(name[:2]) and _is_ending(name[2], lexicon) \
            or name[1:] in _NO_GIVEN_NAME:  # 모두가, 우리는; 용어는; 원으로 (八千 원으로 量에)
        return None
    return inside


_SWALLOWING_COMMON = 1000  # a Chinese count that makes a word in 의 or 이 after a title a word (代表 頂上會議)


def apply_names_after_titles(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[str]:
    """A surname and a given name of two syllables right after a person's title or a word ending in one
    (俳優 윤여정은, 映畵監督 봉준호는, 代表 김철수는) is a name where the three syllables only split into a
    word and a one-syllable suffix (輪輿 + 艇): a word in use or a word and a suffix for a body or a
    thing (代表 理事會는, 監督 政策委) is no name, as before a title (_names_a_thing). A word bare before
    such a name takes the sense of its that names a title, unless a rule or cue chose another or the sense
    chosen names a person too (喪主 김민수, 婚主 이정수, not 常住, 混酒; 新婦 박지현 stays). Returns the names found."""
    titles = lexicon.person_titles
    names = set()
    for k, (hanja, rule) in enumerate(chosen):
        chosen_title = hanja and (hanja in titles or len(hanja) > 2 and _compound_title(hanja, titles)
                                  or hanja in _LATE and items[k].kind == 'determiner')
        # (故 and 亡 stand before a name as a title does: 亡 박순자의)
        title = hanja if chosen_title else not (hanja and _names_person(hanja)) and _title_sense(items[k], rule, titles)
        # (a sense that already names a person stays: 新婦 박지현, not 神父)
        if not title:
            continue  # (the usual word: no title)
        found = _name_after(text, items, chosen, lexicon, k, title)
        if found is None:
            continue
        name, inside = found
        for j in inside:
            chosen[j] = (None, 'name')
        chosen[k] = chosen[k] if chosen_title else (title, 'title')
        names.add(name)
    return names


def _title_sense(item: Item, rule: str, titles) -> str | None:
    """The sense of a word's candidates that names a title, where no rule stronger than a rank chose its sense."""
    if rule not in _OPEN_TO_PERSON or titles.isdisjoint(item.candidates):
        return None
    return next(h for h in item.candidates if h in titles)


def _name_after(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon, k: int,
                title: str) -> tuple[str, list[int]] | None:
    """The full name right after the title at k and the items inside it, if a name follows (see
    apply_names_after_titles)."""
    item = items[k]
    if not text.startswith(' ', item.end) or (item.start and is_syllable(text[item.start - 1])) and not (
            len(title) > 1 and title not in lexicon.person_titles):
        return None  # (a post written onto its department or a loanword is one too: 企劃調整室長 이상민,
        # 마케팅本部長 정수진; a lone title joined to a word is not: 副社長 is one word)
    start = item.end + 1
    end = start + 3
    name = text[start:end]
    if len(name) < 3 or not all(map(is_syllable, name)) or name[0] not in lexicon.surnames:
        return None
    tail = syllables_from(text, end)
    if tail and not _is_ending(tail, lexicon):
        return None  # (a longer word, or a verb: 代表 김철수는 yes, 代表 이사회에서는 by its particle)
    inside = items_within(items, start, end)
    if not inside and not lexicon.has_word(name) and name not in lexicon.native \
            and not any(name[:j] in lexicon.native and name[j:] in lexicon.particles for j in (1, 2)) \
            and not any(item.start < end and item.end > start for item in items):
        return name, inside  # a name no word reads at all (喪主 김민수)
    if len(inside) == 2 and len(tail) == 1 and tail in _NAME_PARTICLES \
            and items[inside[0]].start == start and items[inside[0]].end == start + 2 \
            and items[inside[1]].end == end + 1 and chosen[inside[1]][0] is not None \
            and items[inside[1]].hangul not in lexicon.defaults and not lexicon.has_word(name) \
            and lexicon.zh_frequency.get(chosen[inside[1]][0], 0) < _SWALLOWING_COMMON:
        return name, inside  # the second word swallowed the particle (歌手 조용필의, not 調用 + 筆意)
    # or the surname alone and a two-syllable word (大法官 최정호의, not 最 + 程顥): the name is
    # all the eojeol has before its ending; a prefix before a common word is no surname (新 + 學期)
    surname_split = len(inside) == 2 and items[inside[0]].start == start and items[inside[0]].end == start + 1 \
        and items[inside[1]].start == start + 1 and items[inside[1]].end == end and not lexicon.has_word(name) \
        and (items[inside[0]].kind != 'prefix' or not _common_stem(name[1:], lexicon, chosen[inside[1]][0]))
    if not surname_split and (
            len(inside) < 2 or items[inside[-1]].end != end or items[inside[-1]].end - items[inside[-1]].start != 1
            or _names_a_thing(name, start, [items[j] for j in inside], [chosen[j][0] for j in inside], lexicon)):
        return None
    return name, inside


def apply_names_again(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                      names: set[str]) -> None:
    """A full name the text has shown as one, beside a title (이정후 選手), is that person wherever
    else the text writes it alone in its eojeol or with an ending (이정후가, 이정후를): one sense
    per document, for names (not 里程後가)."""
    for name in names:
        for at, end, tail in _eojeols_opening_with(text, name):
            if not tail or _is_ending(tail, lexicon):
                for j in items_within(items, at, end + len(tail)):
                    if items[j].start < end:
                        chosen[j] = (None, 'name')


def _eojeols_opening_with(text: str, name: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the syllables after it) of each place where an eojeol opens with `name`."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and (is_syllable(text[at - 1]) or text[at - 1] in _NAME_JOINERS)):
            yield at, end, syllables_from(text, end)
        at = text.find(name, end)


def apply_dharma_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A two-syllable word alone in its eojeol right before the native 스님 is a monk's dharma name
    (진우 스님, 성파 스님, 법륜 스님): it stays Hangul, as any name does, unless one of its senses names a
    post or a form of address (宗正 스님, 住持 스님, 方丈 스님: person_titles.tsv) or a person (恩師,
    侍者: _names_person), the word is a post of _MONK_POSTS (首座 스님, 道伴 스님), or it is a common
    word (a curated default, or common in Chinese) that says what kind of monk."""
    start = text.find(' 스님')
    titles = lexicon.person_titles
    while start != -1:
        k = item_at(items, start - 2)
        if k is not None and chosen[k][0] and items[k].end == start and items[k].end - items[k].start == 2 \
                and (start == 2 or not is_syllable(text[start - 3])) and items[k].kind == 'word' \
                and chosen[k][1] in _DHARMA_OPEN and titles.isdisjoint(items[k].candidates) \
                and not _names_person(chosen[k][0]) and chosen[k][0] not in _MONK_POSTS \
                and items[k].hangul not in lexicon.defaults and not any(
                    lexicon.zh_frequency.get(h, 0) >= _NOUN_CALLED for h in items[k].candidates):
            chosen[k] = (None, 'name')  # (a common word says what kind of monk: 女性 스님, 外國 스님, 出家 스님)
        start = text.find(' 스님', start + 3)


# forms of address and roles that stand before 스님 and name no person by their last character
_MONK_POSTS = frozenset({'首座', '道伴', '學人', '講伯', '律師', '禪師', '大德', '行者', '老僧', '禪院', '祖室',
                         '會主', '講主', '律主', '院主', '化主', '恩師', '元老', '比丘', '童子', '禪房'})
_DHARMA_OPEN = frozenset({'rank', 'default', 'domain', 'context', 'only'})  # (a name's Hanja is a guess; a cue stands)


_LATE = frozenset({'故', '亡'})  # determiners only a person's name follows (故 김구, 亡 박순자)
_FORMER = (' 전', ' 前', ' 현', ' 現')  # 'former' or 'current' between a name and a title (김영호 전 장관)
_HONORIFICS = frozenset({'氏', '翁', '女史'})  # titles that follow only a person's name (이순자 氏, 김철수 翁)
_NAME_JOINERS = frozenset('·ㆍ-')  # a word joined to the one before (韓·中·日) is no name
# two-syllable particles no given name spells: a syllable and one of them is a word and its particle
# (원으로, 집에서, 날부터), not a surname and a given name before a title (量에, not 孃에)
_NO_GIVEN_NAME = frozenset({'으로', '에서', '에게', '부터', '까지', '처럼', '마다', '에는', '한테'})
_COMMON_STEM = 100  # a Chinese count that makes a word before a suffix common enough to be no name
# the Hanja closing a word for a body or a person after a native word or a loanword (서울市, 카카오社)
_BODY_SUFFIXES = frozenset('黨部廳處院會團局課室社郡市道區洞所館校家者員官長人軍隊委署府省州協')
# the Hanja closing a common word into a class, a kind, an award, a vessel or a measure around a title (部門別,
# 新人賞, 市場 豫想値를); a common word and any other syllable (里程 + 民, 移民 + 號) is as often a name (이정민
# 會長, 이민호 作家)
_THING_SUFFIXES = frozenset('別性化的論賞界側型級式制派系族艦機期値額費')  # (期 a period: 都邑期의, as 機 a machine)
_GIVEN_NAME_ENDS = frozenset('員院')  # suffixes whose 원 ends given names as often (지원, 성원, 혜원): see _names_a_thing
_CLASS_ENDS = frozenset('者族會職陣株園團隊協')  # suffixes of a class closing a dictionary word (see _names_a_thing)
_GROUP_ENDS = frozenset('派系寺庵宗黨部廳處大')  # a whole three-syllable word in these names a group before a title, not a person
# (a kind of university: 國立大 敎授, 地方大 總長; 少壯派 議員; a temple, a hermitage or an order: 松廣寺 方丈, 天台宗 宗正; a party or a ministry: 新民黨 候補로,
# 文敎部 長官을, which no given name ends in; an agency: 氣象廳 豫報官, 法制處 次長)


def _body_before(text: str, items: list[Item], chosen: list[tuple[str, str]], end: int,
                 anywhere: bool = False) -> int | None:
    """Where the word before a title's space starts, if it names the title's body as news writes it
    between a name and the title (이창용 韓國銀行 總裁, 이재용 三星電子 會長, 최상목 企劃財政部 長官): one
    word of Hanja, no particle, its last word's Hanja ending in a body's character (行, 社, 部, 子 ...),
    with a space before it. Only then may apply_full_names look for the name one word further back."""
    start = end
    while start and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    if end - start >= 2 and start >= 4 and text[start - 1] == ' ' and text[start:end].isupper():
        return start - 1  # a group's Latin letters: 최태원 SK 會長, 구광모 LG 會長
    start = end
    while start and is_syllable(text[start - 1]):
        start -= 1
    latin = start
    while latin and text[latin - 1].isascii() and (text[latin - 1].isupper() or text[latin - 1] == '&'):
        latin -= 1
    if start - latin >= 2 and end > start and latin >= 4 and text[latin - 1] == ' ':
        return latin - 1  # a group's or firm's Latin letters written onto Hangul: 최태원 SK그룹 會長, 구광모 LG電子 會長
    if end - start < 2 or start < 4 or text[start - 1] != ' ':
        return None
    if end - start > len(_GROUP_WORD) and text.endswith(_GROUP_WORD, start, end):
        return start - 1  # a business group named with the loanword: 정의선 現代車그룹 會長, 신동빈 롯데그룹 會長
    inside = items_within(items, start, end)
    if anywhere and not inside:
        return start - 1  # a loanword or a native name after 前: 반기문 前 유엔 事務總長
    if inside and items[inside[-1]].end == end and chosen[inside[-1]][0] == '大' and items[inside[0]].start > start:
        return start - 1  # a university after its native name: 이인호 서울大 敎授
    if not inside or items[inside[0]].start != start or items[inside[-1]].end != end \
            or any(chosen[j][0] is None for j in inside):
        return None  # (a particle or a native word in it: 政府는 長官, 우리 會社 社長)
    last = chosen[inside[-1]][0]
    return start - 1 if anywhere or last[-1] in _BODY_ENDS else None


# last characters of the names of bodies a title belongs to: 銀行, 電子, 企劃財政部, 金融監督院, 統計廳,
# 委員會, 重工業, 證券, 大學, 硏究所, 公社
_BODY_ENDS = frozenset('行子部院廳會業券學所社處團報大')  # (and 韓國日報, 서울大)
_GROUP_WORD = '그룹'  # closing a business group's name (現代車그룹, 롯데그룹)
_PLACE_ENDS = frozenset('道市郡區州')  # a province, city, county or district a title is written onto (京畿道知事)


def _is_ending(tail: str, lexicon: Lexicon) -> bool:
    """Whether Hangul after a word is a particle, the copula or a light verb's form (의, 인, 하는)."""
    return tail in lexicon.particles or tail in lexicon.copula or tail.startswith(lexicon.light_verb_starts)


def _common_stem(word: str, lexicon: Lexicon, sense: str | None = None) -> bool:
    """Whether a word is common enough to be no given name: curated, or common in Chinese (學期, not 程顥);
    given the sense chosen for it, that sense must be (最 + 英豪 is no word: 代表理事 최영호, though the
    Chinese surname 令狐 is common)."""
    return word in lexicon.defaults or word in lexicon.usual \
        or any(lexicon.zh_frequency.get(h, 0) >= _COMMON_STEM for h in ((sense,) if sense else lexicon.words(word)))


def _names_a_thing(name: str, start: int, inside: list[Item], hanja: list[str | None], lexicon: Lexicon) -> bool:
    """Whether the three syllables before a title spell a word in use (民主黨, 新人賞), a word and a
    suffix (國防 + 部, 部門 + 別) or a native word and a suffix for a body or a person (서울 + 市), not a name."""
    if lexicon.has_standing(name) or any(lexicon.in_use(name, h) for h in lexicon.words(name)):
        return True
    last = inside[-1]
    if len(inside) == 1 and last.start == start and hanja[0] and hanja[0][-1] in _GROUP_ENDS:
        return True  # one word for a faction or a camp, which no given name ends in: 少壯派 議員, 親尹系 議員
        # (or a temple, a hermitage or an order: 松廣寺 方丈, 曹溪寺 住持, 天台宗 宗正)
    stem = name[:2]
    if len(inside) == 1 and last.start == start and last.end == start + 3 and hanja[0] \
            and hanja[0][-1] in _CLASS_ENDS and _common_stem(stem, lexicon):
        return True  # one dictionary word, a common word closed by a suffix of a class of people or things,
        # which no given name ends in: 遺家族 代表, 奉仕者 代表, 婦女會 會長, 任員陣, 幼稚園 園長
    if hanja[-1] in _GIVEN_NAME_ENDS and name[0] in lexicon.surnames and inside[0].start == start:
        return False  # a surname's syllable, a word and 원, which given names end in as often as any syllable:
        # 조성원 監督, 이지원 選手 (not 造成員, 理智員; a dictionary word stands above: 組合員 代表, 公務員)
    return last.end - last.start == 1 and hanja[-1] is not None and (
        (stem in lexicon.defaults or stem in lexicon.usual  # a common word and a suffix: 部門 + 別, 國防 + 部
         or any(lexicon.zh_frequency.get(h, 0) >= _COMMON_STEM for h in lexicon.words(stem)))  # (not 薄紙 + 性)
        and (hanja[-1] in _BODY_SUFFIXES or hanja[-1] in _THING_SUFFIXES)
        or hanja[-1] in _BODY_SUFFIXES and inside[0].start > start  # a native word or a loanword and one: 서울 + 市
        or hanja[-1] == '大' and inside[0].start > start and name[:2] in lexicon.native)  # a university: 서울 + 大
    # (not after a syllable that only a name spells: 김영대 敎授)


def _honorific_follows(text: str, end: int) -> bool:
    """Whether the honorific suffix 님 is written onto the word (課長님, 院長님께), which only a
    person's title or form of address takes (not 님비 or a longer word in 님)."""
    return text.startswith('님', end) and (end + 1 == len(text) or not is_syllable(text[end + 1])
                                           or text[end + 1] in _AFTER_HONORIFIC)


_AFTER_HONORIFIC = frozenset('은는이을의께과와도만들에한이요')  # particles (and 들) after 님


# particles that only a person (or animal) takes: a homograph before them is the person (前職 市長에게)
_TO_PERSON = ('에게', '께서', '께', '한테')
_PERSON_COUNTERS = ('명', '인')  # counters of people: 監事 2名, 理事 1人
_AFTER_PERSON_COUNT = frozenset({'', '이', '을', '의', '과', '와', '은', '씩', '까지', '으로', '이상', '이내', '이하', '만'})


# verbs of speaking, announcing and asking, which only a person does: their past and connective forms
_SPEECH_VERBS = ('말했', '말하며', '말하고', '밝혔', '밝히며', '밝히고', '강조했', '강조하며', '당부했', '당부하며',
                 '덧붙였', '지시했', '주장했', '설명했', '언급했', '약속했', '사과했', '촉구했', '호소했', '답했',
                 '반박했', '토로했', '요청했', '지적했', '발표했', '선언했', '다짐했', '역설했')
_SUBJECT_ENDINGS = ('은', '는', '가')  # an eojeol ending so between may be another subject (전문가들은, 金利가)


def _speaks(text: str, end: int) -> bool:
    """Whether the word ending at end is the topic or subject of a verb of speaking later in its sentence,
    with no other subject between: 釜山 市長은 이날 談話文을 發表했다, 市長은 會議에서 이같이 말했다 (a
    market says nothing: 市場은 弱勢를 보였다; 市場은 … 展望이라고 專門家들은 말했다 has another subject)."""
    if text[end:end + 2] not in _TOPIC_OR_SUBJECT:
        return False
    for word in text[end + 2:end + _SPEECH_REACH].split(' '):
        if word.startswith(_SPEECH_VERBS):
            return True
        if not word or word[-1] in '.?!' or word.endswith(_SUBJECT_ENDINGS) or word.endswith(_QUOTED_CLAUSE_ENDINGS):
            return False  # (the word said may be the subject of the clause quoted: 辭退할 意思가 없다고 밝혔다,
            # or of a clause made a noun: 供託金을 受領할 意思가 없음을 밝혔다)
    return False


_TOPIC_OR_SUBJECT = frozenset({'은 ', '는 ', '이 ', '가 '})
_QUOTED_CLAUSE_ENDINGS = ('다고', '라고', '냐고', '자고', '다며', '라며', '다면서', '라면서', '다는', '라는',
                          '없음을', '있음을', '않음을', '았음을', '었음을', '였음을', '했음을', '함을', '됨을', '임을')
# (the last, a clause made a noun in 음 or ㅁ and the object's 을, which a verb of speaking takes as it takes a quote)
_SPEECH_REACH = 60  # characters after the word to look for its verb


def _people_counted(text: str, end: int) -> bool:
    """Whether a count of people in digits stands bare right after the word: 監事 2名 以上, 理事 1人을, 檢事
    3名이 (a title, not 感謝, 移徙 or 檢査: people are what 명 and 인 count)."""
    if text[end:end + 1] != ' ':
        return False
    i = end + 1
    while i < len(text) and text[i].isdigit():
        i += 1
    if i == end + 1 or not text.startswith(_PERSON_COUNTERS, i):
        return False
    j = i + 1
    while j < len(text) and is_syllable(text[j]):
        j += 1
    return text[i + 1:j] in _AFTER_PERSON_COUNT
_OPEN_TO_PERSON = frozenset({'rank', 'default', 'domain', 'context', 'grammar'})
_OPEN_TO_HONORIFIC = _OPEN_TO_PERSON | {'cue'}  # 님 is written onto a person only, whatever a cue nearby says
# (맡아 주신 恩師님께, though 주신 is a cue of the gift 恩賜)
_OPEN_TO_COUNT = _OPEN_TO_PERSON | {'document'}  # a count of people outweighs a sense named elsewhere in the
# text: 理事 3名이 … 移徙를 갔다


_NAME_PARTICLES = frozenset('의이')  # the particles a dictionary word may swallow after a three-syllable name


def apply_names_before_particles(text: str, items: list[Item], chosen: list[tuple[str, str]],
                                 lexicon: Lexicon) -> None:
    """A surname and a given name of two syllables before 의 or 이, alone in their eojeol, that the
    dictionary split into two words, the second swallowing the particle (황석영의 as 黃石 + 迎意, 하근찬의
    as 下根 + 贊意, 이명준이 as 耳鳴 + 俊異), is a name: a word that ends in a particle's syllable and has no
    standing of its own (no curated sense, rare in Chinese) is no word after a word at the start of an
    eojeol. A compound whose second word is common (頂上會議, 勞使合意, 社會正義) is left alone."""
    for k, item in enumerate(items):
        s = item.start - 2
        if item.end - item.start != 2 or item.hangul[1] not in _NAME_PARTICLES or chosen[k][0] is None \
                or s < 0 or text[s] not in lexicon.surnames \
                or (s and (is_syllable(text[s - 1]) or text[s - 1] in _NAME_JOINERS)) \
                or (item.end < len(text) and is_syllable(text[item.end])):
            continue
        hanja = chosen[k][0]
        joined = k > 0 and items[k - 1].end == item.start
        if (hanja == lexicon.defaults.get(item.hangul) or hanja == lexicon.usual.get(item.hangul)
                or lexicon.zh_frequency.get(hanja, 0) >= COMMON_IN_CHINESE
                or item.hangul in lexicon.defaults or item.hangul in lexicon.usual) \
                and not (joined and _unknown_opening(items[k - 1], chosen[k - 1], lexicon)):
            continue  # a word in use: 頂上會議, 國際協議 (but not after an opening no one uses: 김연경이, not
            # 金演 + 驚異)
        if joined and items[k - 1].start != s or text[s:s + 2] in lexicon.native \
                or text[s:s + 3] in lexicon.native or lexicon.has_word(text[s:s + 3]):
            continue  # the eojeol holds more than the name, or the first two syllables are native
        if joined:
            chosen[k - 1] = (None, 'name')
        chosen[k] = (None, 'name')


def _unknown_opening(item: Item, choice: tuple[str | None, str], lexicon: Lexicon) -> bool:
    """Whether a two-syllable word that opens a name's eojeol is one only the dictionary knows (金演 in
    김연경이): no curated sense, rare in Chinese, chosen for want of any other reading."""
    return item.end - item.start == 2 and choice[0] is not None and choice[1] in ('only', 'rank') \
        and not lexicon.has_standing(item.hangul)


_SUBJECT_PARTICLES = frozenset({'가', '는', '를', '와', '의', '에게', '께서', '도', '만', '랑', '한테',
                                '에게는', '에게도', '와는', '가도'})  # after a name in a vowel
# ... and after one in a consonant only those that a person takes: 은, 을, 이, 에 and 으로 close compound
# terms in a consonant as often (a statute's terms in 點, 船 or 額 before 을)
_CONSONANT_PARTICLES = frozenset({'에게', '께서', '이랑', '한테', '에게는', '에게도'})


def _name_closes(text: str, end: int, consonant: bool) -> bool:
    """Whether the eojeol of a name ending at end closes with nothing but a particle the name takes.
    (Not bare in a list: a list of technical terms looks just like a list of names.)"""
    return syllables_from(text, end) in (_CONSONANT_PARTICLES if consonant else _SUBJECT_PARTICLES)


def apply_names_with_suffix(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A surname and a given name of two syllables before a particle, alone in their eojeol, that the
    dictionary read as a little-known word and a suffix (김정호가 as 金淨 + 號, 박민수를 as
    剝民 + 數), is a name: a word with no standing that opens with a surname and a suffix that makes
    no body or thing (部, 性, 的 …) are no compound at the start of an eojeol. So is one the dictionary
    read as a surname's prefix and an uncommon word (최우식이 as 最 + 寓食, 최정호 as 最 + 程顥; not
    最優秀, 最先端)."""
    for k in range(1, len(items)):
        item, before = items[k], items[k - 1]
        s = before.start
        if before.end != item.start or chosen[k - 1][0] is None or chosen[k][0] is None \
                or text[s] not in lexicon.surnames or s and (is_syllable(text[s - 1]) or text[s - 1] in _NAME_JOINERS):
            continue
        if item.kind == 'suffix' and before.end - s == 2:
            stem = before.hangul
            if chosen[k][0] in _BODY_SUFFIXES or chosen[k][0] in _THING_SUFFIXES or lexicon.has_standing(stem):
                continue
        elif before.kind == 'prefix' and before.end - s == 1 and item.end - item.start == 2 and item.kind == 'word':
            stem = item.hangul  # (a field's glossary lists such words as 愚息 and 程顥: no common word)
        else:
            continue
        if not _name_closes(text, item.end, has_final(text[item.end - 1])) \
                or _common_stem(stem, lexicon) or lexicon.has_word(text[s:item.end]):
            continue  # (more than a particle after it, or a word in use: 高價 + 가 is no name)
        chosen[k - 1] = (None, 'name')
        chosen[k] = (None, 'name')


_OBJECTION_AFTER = (' 신청', ' 제기', ' 제출', ' 申請', ' 提起', ' 提出')  # what 異議 'objection' goes before
_AFFECTIONATE_TAILS = frozenset({'의', '도', '가', '는', '를', '와', '랑', '한테', '에게', '만', '에게는', '와는'})


def apply_affectionate_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[str]:
    """A given name in a consonant takes 이 before its particles in speech and stories (서연이의, 수진이도,
    태식이의, 영숙이가), which the dictionary reads as two words, the second opening in 이 and swallowing
    the particle (書筵 + 異議, 袖珍 + 二道). No Sino noun takes 이 before a particle, so an eojeol that is
    just a two-syllable word in a consonant and a word 이 + particle is a name; not a native word of three
    syllables (고양이의, 호랑이도) or one the dictionary lists whole. Returns the names found."""
    found: set[str] = set()
    for k in range(1, len(items)):
        item, before = items[k], items[k - 1]
        s = before.start
        if item.hangul[:1] != '이' or item.start != before.end or before.end - s != 2 or before.kind != 'word' \
                or chosen[k - 1][0] is None or chosen[k][0] is None or not has_final(before.hangul[-1]) \
                or s and (is_syllable(text[s - 1]) or text[s - 1] in _NAME_JOINERS) \
                or text[item.start + 1:item.end] + syllables_from(text, item.end) not in _AFFECTIONATE_TAILS:
            continue
        end = item.end + len(syllables_from(text, item.end))
        if text[s:s + 3] in lexicon.native or lexicon.has_word(text[s:s + 3]) \
                or item.hangul == '이의' and text.startswith(_OBJECTION_AFTER, end):
            continue  # (주민 異議 申請 written as one: 住民異議 申請)
        chosen[k - 1] = (None, 'name')
        chosen[k] = (None, 'name')
        found.add(before.hangul)
    return found


_SSI = ('씨', '氏')


def _has_standing(hanja: str, lexicon: Lexicon) -> bool:
    """Whether a sense is curated or common in Chinese."""
    return hanja in lexicon.curated_hanja or lexicon.zh_frequency.get(hanja, 0) >= COMMON_IN_CHINESE


def apply_names_before_ssi(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[str]:
    """A two-syllable word alone in its eojeol right before a spaced 氏 is a given name: 유나 씨, 지수 씨는 (not
    維那 氏, 指數 氏); not a word naming a person (患者 氏) nor a surname of two syllables (南宮 氏), and only where
    씨 stays 氏 (葡萄 씨를 뱉었다 is the seed, by its cues)."""
    found: set[str] = set()
    for k, (item, following) in enumerate(zip(items, items[1:])):
        hanja = chosen[k][0]
        if hanja is None or item.kind != 'word' or len(item.hangul) != 2 or (following.hangul, chosen[k + 1][0]) != _SSI \
                or following.start != item.end + 1 or text[item.end] != ' ' \
                or item.start and is_syllable(text[item.start - 1]):
            continue
        if item.hangul in lexicon.surnames or any(h[-1] in _PERSON_CHARS and _has_standing(h, lexicon)
                                                   for h in (hanja, *item.candidates)):
            continue  # (患者 氏, 技士 氏: a word with a sense naming a person in standing)
        chosen[k] = (None, 'name')
        found.add(item.hangul)
    return found


def apply_speakers(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> set[str]:
    """A word of two syllables opening a line right before a colon names the speaker of a script's line: 민호: (not
    民戶:). Only a word none of whose senses has standing (curated, or common in Chinese) or names a person is taken
    for a name, so that roles and labels stay (醫師:, 刑事:, 注意:, 場所:, 日時:, whose 一時 stands)."""
    found: set[str] = set()
    for k, item in enumerate(items):
        hanja = chosen[k][0]
        if hanja is None or item.kind != 'word' or len(item.hangul) != 2 or text[item.end:item.end + 1] != ':' \
                or item.start and text[item.start - 1] != '\n':
            continue
        if item.hangul in lexicon.surnames or any(_has_standing(h, lexicon) or h[-1] in _PERSON_CHARS
                                                   for h in (hanja, *item.candidates)) \
                or not _spoken_after(text, item.end + 1):
            continue
        chosen[k] = (None, 'name')
        found.add(item.hangul)
    return found


_SPOKEN_LAST = frozenset('요어아야지니네게래자까걸데나군죠')  # last syllables of speech's endings (알았어, 가자, 있죠)
_SPOKEN_OPENERS = ('(', '"', '“', "'", '‘')  # a stage direction or a quote opening a script's line


def _spoken_after(text: str, start: int) -> bool:
    """Whether what follows a colon at start - 1 is a line of speech: a stage direction or a quote, a
    question or an exclamation, or a clause in a spoken ending (가자., 알았어?); not a definition, as lists
    of terms write them (부선: 自力航行能力이 없어 … 船舶, a statute's 艀船)."""
    rest = text[start:].lstrip(' ')
    if rest.startswith(_SPOKEN_OPENERS):
        return True
    clause = _CLAUSE.match(rest).group()
    stop = rest[len(clause):len(clause) + 1]
    clause = clause.rstrip()
    return stop in ('?', '!', '…') or bool(clause) and clause[-1] in _SPOKEN_LAST


_CLAUSE = re.compile(r'[^.?!…\n]*')


def apply_given_names_again(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                            names: set[str]) -> None:
    """A given name the text has shown as one, called (태식아,) or with the 이 of names (태식이의, 상철이
    형), is that person wherever else the text writes it alone in its eojeol before nothing but particles
    (태식은, 태식과; not 太息 elsewhere in a story about 태식): one sense per document, for names. Only
    where a word of the analysis reads exactly those syllables: not 정숙한, a light verb's form."""
    for name in names:
        for at, end, tail in _eojeols_opening_with(text, name):
            if not tail or tail in lexicon.particles or tail[0] == '이' and tail[1:] in _AFFECTIONATE_TAILS:
                k = item_at(items, at)
                if k is not None and items[k].end == end and chosen[k][0] is not None:
                    chosen[k] = (None, 'name')


# a child named in a wedding notice: 長男 준혁 君, 次女 수민 孃 (the kinship word, the given name, the title)
_CHILDREN = frozenset({'장남', '차남', '삼남', '사남', '장녀', '차녀', '삼녀', '사녀', '막내', '외아들', '외동딸',
                       '아들', '딸', '막내아들', '막내딸', '손자', '손녀'})
_CHILD_TITLES = {'군': '君', '양': '孃'}
_NOT_GIVEN_NAMES = frozenset({'numeral', 'NR', 'determiner', 'MM', 'adverb', 'MAG', 'caseless', 'pronoun', 'NP'})
# a word for a child, a whole eojeol, before a space (저희 아들 준서의): see apply_names_after_children
_CHILD_WORDS = re.compile('(?<![가-힣])(?:' + '|'.join(sorted(_CHILDREN, key=len, reverse=True)) + ')(?= )')
# a parent's full name joined to the other's by a middle dot before 의 and a child (김정훈·이은숙의 長男)
_PARENTS = re.compile('(?<![가-힣])([가-힣]{3})[·ㆍ]([가-힣]{3})의 (?=(?:' + '|'.join(sorted(_CHILDREN, key=len, reverse=True)) + ') )')


def apply_child_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A two-syllable given name between a word for a son or a daughter and 군 or 양, as wedding notices
    write the couple (장남 준혁 君과 ... 차녀 수민 孃), is a name and the word after it the title: not 愁悶 量,
    not 軍. Only where all three stand bare, each its own eojeol, the title with particles or none."""
    for k, item in enumerate(items):
        title = _CHILD_TITLES.get(item.hangul)
        if title is None or title not in item.candidates or item.start < 4 or text[item.start - 1] != ' ' \
                or text[item.start - 4] != ' ' or not is_syllable(text[item.start - 3]) \
                or not is_syllable(text[item.start - 2]):
            continue
        kin_end = item.start - 4
        kin_start = kin_end
        while kin_start and is_syllable(text[kin_start - 1]):
            kin_start -= 1
        if text[kin_start:kin_end] not in _CHILDREN \
                or lexicon.native.get(text[item.start - 3:item.start - 1]) in _NOT_GIVEN_NAMES:
            continue  # (a native numeral or adverb is no name: 아들 하나 軍에 보냈다; a verb's form or a noun
            # may be: 차녀 지은 孃, 장녀 서연 孃)
        for j in items_within(items, item.start - 3, item.start - 1):
            chosen[j] = (None, 'name')
        chosen[k] = (title, 'title')


def apply_parent_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """The parents' full names joined by a middle dot before 의 and a word for their child, as wedding
    invitations give them (김정훈·이은숙의 長男 민혁 君): names, not 二恩熟議 or 最微影."""
    for m in _PARENTS.finditer(text):
        if m.group(1)[0] not in lexicon.surnames or m.group(2)[0] not in lexicon.surnames:
            continue
        for j in items_within(items, m.start(1), m.end(2) + 1):
            chosen[j] = (None, 'name')


def apply_names_after_children(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A two-syllable word with its particles bare after a word for a son or a daughter, as notices and
    invitations name a child (저희 아들 준서의 돌잔치, 딸 수민이가), is a given name where it is no native
    word and no common one (아들 親舊의 stays): not 準 + 書意."""
    for m in _CHILD_WORDS.finditer(text):
        start = m.end() + 1
        word = syllables_from(text, start)
        name, tail = word[:2], word[2:]
        if len(name) < 2 or name in lexicon.native or _common_stem(name, lexicon) \
                or not (tail in lexicon.particles or has_final(name[1]) and tail[:1] == '이'
                        and (len(tail) == 1 or tail[1:] in lexicon.particles)):
            continue
        for j in items_within(items, start, start + len(word)):
            chosen[j] = (None, 'name')


def apply_full_names_after_kin(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A surname and a given name of two syllables bare after a word of kinship or teaching, as a
    biography names a person's family (아버지 허교와 어머니, 스승 김억을), is a name where its syllables are
    no dictionary word (아버지 韓國人이 stays): not 許交."""
    for m in _KIN_BEFORE_NAME.finditer(text):
        start = m.end() + 1
        word = syllables_from(text, start)
        size = 3 if len(word) >= 3 and _closes_name(word[3:], lexicon) else 2 if _paired_kin(text, start, word) else 0
        name = word[:size]
        if not size or name[0] not in lexicon.surnames or name in lexicon.native \
                or (lexicon.has_word(name) if size == 3 else lexicon.has_standing(name)):
            continue  # (a name of two syllables, 허교와 어머니, only where they spell no word in use)
        for j in items_within(items, start, start + size):
            if chosen[j][0] is not None and chosen[j][1] not in ('user', 'gloss') and items[j].end <= start + size:
                chosen[j] = (None, 'name')


def _paired_kin(text: str, start: int, word: str) -> bool:
    """Whether a word of two syllables and 와 or 과 is joined to another kin's name (아버지 허교와 어머니)."""
    return len(word) == 3 and word[2] in '와과' and text.startswith(_KIN, start + 4)


def _closes_name(tail: str, lexicon: Lexicon) -> bool:
    """Whether what follows a name in its eojeol is its particles or the copula (와, 은, 이다)."""
    return tail in lexicon.particles or tail.startswith(_COPULA_AFTER_NAME)


_KIN = ('아버지', '어머니', '할아버지', '할머니', '외조부', '조부', '아들', '딸', '부인', '아내', '남편', '장인',
        '사위', '스승', '제자', '동생', '아우', '형')  # a person's kin and teachers, before their names
_KIN_BEFORE_NAME = re.compile('(?<![가-힣])(?:' + '|'.join(sorted(_KIN, key=len, reverse=True)) + ')(?= )')
_COPULA_AFTER_NAME = ('이다', '이며', '이고', '이었', '이자')  # 아버지는 … 김노경이다


# the words by which an encyclopedia gives a person's other names: the eojeol after one is a name
# (號는 백범, 本名은 김정식, 아명은 창암), which stays Hangul like any name: its syllables spell common
# words as often as not (倒産 for 도산, 請願 for 청원, 女解 + 弛다 for 여해이다). Not 諡號, a title
# the court gave in Sino words (諡號는 忠武).
_NAME_MARKERS = ('호는 ', '아호는 ', '법호는 ', '자는 ', '아명은 ', '본명은 ', '속명은 ', '법명은 ', '초명은 ',
                 '필명은 ', '예명은 ', '이름은 ')
# (이름은 only after the surname in its sentence: 姓은 김이고 이름은 철수다; elsewhere a thing's name in
# Sino words is as likely: 이 制度의 이름은 國民年金이다)


def _opens_name_marker(text: str, at: int, sentence_only: bool = False) -> bool:
    """Whether a marker at `at` opens its eojeol where a person's other name is given: at the text's
    start, after a sentence or a comma, after a word in 의 (그의 號는, 金九의 號는), or after a clause
    that says what the person was (獨立運動家로 號는 백범, 學者이며 號는 퇴계); a statute's item is no pen
    name (第6號는 除外한다, 같은 號는, 各 號는). `sentence_only`: only at a sentence's start, for 자는,
    which is as often 자다's 'sleeping' (患者의 자는 時間, 새벽에, 자는 同生), or in a sentence that has
    given another name or the clan's seat before it (本貫은 진성이고 자는 경호)."""
    if at == 0:
        return True
    if is_syllable(text[at - 1]) or text[at - 1] != ' ':
        return False
    window = max(0, at - 1 - _LOOK_BACK)  # (a sentence's names stand within it: no scan to the text's start)
    before = text[window:at - 1].rstrip()
    if not before and window:
        return False  # (a long run of spaces: no sentence opens there)
    if sentence_only:
        if not before or before[-1] in '.!?':
            return True
        opening = max(before.rfind(mark) for mark in '.!?') + 1
        return _pen_name_follows(text, at + 3) or (before[-1] == ',' or before.endswith(_CLAUSE_LINKS)) \
            and any(f' {given}' in f' {before[opening:]}' for given in _GIVEN_BEFORE) \
            and not text.startswith(_SLEEP_AFTER, at + 3)
    return not before or before[-1] in '.,;:' or before[-1] == '의' and before[-2:-1] not in _STATUTE_PARTS \
        or _person_clause(before) or before.endswith(_CLAUSE_LINKS) and _after_courtesy_name(before)
    # (같은 條의 號는 削除한다: an item of an article)


def _pen_name_follows(text: str, at: int) -> bool:
    """Whether the name at `at` (after 자는) is followed by a link and a pen name (자는 경호이고 號는 퇴계,
    태어났으며 자는 숙헌이고 號는 율곡), which makes 자는 the courtesy name's marker wherever it stands."""
    name = _NAME_WORD.match(text, at)
    return name is not None and text.startswith(_PEN_MARKERS, name.end())


def _after_courtesy_name(before: str) -> bool:
    """Whether the sentence before a marker gave a courtesy name last, with a link after it (자는 경호이고 號는)."""
    opening = max(before.rfind(mark) for mark in '.!?') + 1
    last = before[opening:].rfind('자는 ')
    return last >= 0 and (last == 0 or before[opening:][last - 1] in ' ,') \
        and _NAME_WORD.fullmatch(before[opening:], last + 3) is not None


# a name and the link after it, up to the next word (경호이고 , 숙헌, ), and the pen-name markers after that
_NAME_WORD = regex.compile(r'[가-힣]{1,4}?(?:(?:이고|이며|이요),?|,) ?')
_PEN_MARKERS = ('호는 ', '아호는 ')


def _given_after_surname(text: str, at: int) -> bool:
    """Whether 이름은 at `at` follows, in its sentence, the surname given with 성은 and a comma or a
    link (성은 김이고 이름은 철수, 성은 박, 이름은 영희): the given name after it is a name."""
    if not at or text[at - 1] != ' ':
        return False
    before = text[max(0, at - 1 - _LOOK_BACK):at - 1].rstrip()
    opening = max(before.rfind(mark) for mark in '.!?') + 1
    return bool(before) and (before[-1] == ',' or before.endswith(_CLAUSE_LINKS) or before.endswith(('이요', '요'))) \
        and ' 성은 ' in f' {before[opening:]}'


def _person_clause(before: str) -> bool:
    """Whether the text before a marker ends in a clause saying what a person was: a word for a person
    and a link (敎育者로, 學者이며, 詩人이자, 政治家로; not 月刊誌로 號는, 新築이며 號는: an issue, a flat)."""
    link = next((link for link in _CLAUSE_LINKS if before.endswith(link)), None)
    return link is not None and before[-len(link) - 1:-len(link)] in _PERSON_LAST


_LOOK_BACK = 200  # characters before a marker that tell whether it opens a name
_PERSON_LAST = frozenset('자가인사관신려수장객')  # last syllables of words for a person: 者 家 人 士 官 臣 侶 手 長 客
_SLEEP_AFTER = ('시간', '곳', '동안', '중', '방', '아이', '사람', '모습')  # what 자는 'sleeping' goes before


# a clause's end before a marker, in an encyclopedia's account of a person: 'as …' (敎育者로), 'is … and'
# (學者이며, 官吏이고, 詩人이자, 出身이었으며)
_CLAUSE_LINKS = ('으로', '로', '이며', '이고', '이자', '였으며', '였고')
_GIVEN_BEFORE = ('본관은 ', '호는 ', '아호는 ')  # what 자는 may follow in its sentence


_MARKER_TAILS = frozenset(marker[-3:] for marker in _NAME_MARKERS)  # 호는, 자는, 명은 and a space: one
# of them stands wherever a marker does
_STATUTE_PARTS = frozenset('조항호목법령칙')  # 條, 項, 號, 目, 法, 令, 規則 before 의


_SURNAME_AFTER = ('이고', '이요', '이며', '이다', '이었', '씨', ',')  # what follows a surname given with 성은


def _surname_given(text: str, items: list[Item], chosen: list[tuple[str, str]], surnames) -> None:
    """The surname given after 성은 opening its eojeol (성은 최이고 이름은 영호다, 성은 박, 이름은 영수) is a
    name and stays Hangul (not 崔怡 + 고), where 성 was taken for 姓: 人間의 性은 善이고 is no surname."""
    at = text.find('성은 ')
    while at >= 0:
        start = at + 3
        j = item_at(items, at)
        if (not at or not is_syllable(text[at - 1])) and start < len(text) and text[start] in surnames \
                and j is not None and chosen[j][0] == '姓' \
                and text.startswith(_SURNAME_AFTER, start + 1):
            for k in items_within(items, start, start + 1 + len(next(t for t in _SURNAME_AFTER
                                                                      if text.startswith(t, start + 1)))):
                if chosen[k][0] is not None and chosen[k][1] not in ('user', 'gloss'):
                    chosen[k] = (None, 'name')
        at = text.find('성은 ', at + 1)


def apply_other_names(text: str, items: list[Item], chosen: list[tuple[str, str]], surnames=None) -> None:
    """The eojeol right after a marker of a person's other name (호는, 본명은 …) stays Hangul, bar the
    text's own glosses and user words. The marker must open its eojeol (not 선호는, 견본명은)."""
    if surnames and '성은 ' in text:
        _surname_given(text, items, chosen, surnames)
    if '명이 ' in text:
        _names_after_subject_markers(text, items, chosen, surnames or ())
    if not any(tail in text for tail in _MARKER_TAILS):
        return  # no marker in the text: the usual case
    for marker in _NAME_MARKERS:
        at = text.find(marker)
        while at >= 0:
            start = at + len(marker)
            if (_given_after_surname(text, at) if marker == '이름은 ' else _opens_name_marker(text, at, marker == '자는 ')) \
                    and start < len(text) and is_syllable(text[start]) \
                    and not (marker == '자는 ' and (j := item_at(items, at)) is not None and chosen[j][0] is not None):
                # (the bound noun 者 before 는 is no marker: 이기는 者는 福이 있다)
                _keep_eojeol(text, items, chosen, start)
            at = text.find(marker, at + 1)


def _keep_eojeol(text: str, items: list[Item], chosen: list[tuple[str, str]], start: int) -> None:
    """Leave the eojeol from `start` in Hangul, bar the text's own glosses and user words."""
    end = start
    while end < len(text) and is_syllable(text[end]):
        end += 1
    for k in items_within(items, start, end):
        if chosen[k][0] is not None and chosen[k][1] not in ('user', 'gloss'):
            chosen[k] = (None, 'name')


def _names_after_subject_markers(text: str, items: list[Item], chosen: list[tuple[str, str]], surnames) -> None:
    """A name given with a marker in 이 (이육사는 本名이 이원록이며, 兒名이 창수였다): the marker opens its
    eojeol anywhere, and what follows is kept only where it reads as a name and the copula's link, a
    real name opening with a surname (本名이 未詳이다 stays)."""
    for marker in _SUBJECT_MARKERS:
        at = text.find(marker)
        while at >= 0:
            start = at + len(marker)
            if (not at or not is_syllable(text[at - 1])) and _NAMED_WITH_COPULA.match(text, start) \
                    and (marker not in _FULL_NAME_MARKERS or text[start] in surnames):
                _keep_eojeol(text, items, chosen, start)
            at = text.find(marker, at + 1)


# markers of another name in the subject's 이 (본명이 이원록이며); 명이 ends each
_SUBJECT_MARKERS = ('본명이 ', '아명이 ', '초명이 ', '필명이 ', '법명이 ', '예명이 ', '속명이 ')
_FULL_NAME_MARKERS = ('본명이 ', '속명이 ')  # which give the surname too
# a name of two to four syllables and the copula's link or end after it (이원록이며, 창수였다, 김정식이다.)
_NAMED_WITH_COPULA = regex.compile(r'[가-힣]{2,4}?(?:이며|이고|이다|이었|이요|였|며|고|다)(?![가-힣])')


# the last Hanja of a word for what a person is, as an encyclopedia's opening sentence gives it
# (創業者이며, 外交官으로, 辯護士로, 監督으로, 會長으로, 大統領이다, … 出身으로)
_LEDE_PERSON_ENDS = frozenset('家者人士師手官主督長身侶員領')
_LEDE_AFTER = ('이다', '이며', '이자', '로,', '으로,')


def apply_lede_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """The opening of an encyclopedia entry: a sentence that starts with a three-syllable name in 은 or
    는 and says what the person is (정주영은 …의 創業者이며, 반기문은 外交官으로, 이태영은 … 辯護士로,).
    Where the name begins with a surname and no single word reads the three syllables, the pieces the
    analysis found in it are no words (正 + 駐英, 反旗 + 文, 長蹲 + 하는) and the name stays Hangul.
    A word the dictionary lists whole (安昌浩, 九人會) keeps its reading."""
    at = 0
    while True:
        stop = text.find('. ', at)
        _lede_name(text, items, chosen, lexicon, at, len(text) if stop < 0 else stop)
        if stop < 0:
            break
        at = stop + 2  # (past the '. ' that ends the sentence before)


def _lede_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon, at: int,
               end: int) -> None:
    """apply_lede_name for the sentence from at to end."""
    if len(text) < at + 5 or text[at + 3] not in '은는' or text[at + 4] != ' ' \
            or not all(is_syllable(c) for c in text[at:at + 3]) or text[at] not in lexicon.surnames:
        return
    inside = items_within(items, at, at + 4)
    if not inside or any(items[k].start == at and items[k].end == at + 3 for k in inside):
        return  # (a word the dictionary reads whole)
    if text[at:at + 2] in lexicon.native or text[at:at + 2] in lexicon.place_names:
        return  # a native noun or a place and its suffix: 서울市는 (no name)
    first = items[inside[0]]
    covered = sum(min(items[k].end, at + 3) - items[k].start for k in inside)
    if not (first.start != at or first.kind == 'prefix' or covered < 3  # (唯一 + 한은, 長蹲 + 하는; 正 + 駐英)
            or any(items[k].end > at + 3 for k in inside)  # a piece that swallowed the particle: 勞務 + 玄銀
            or first.end - first.start == 2 and chosen[inside[0]][0] is not None
            and (lexicon.zh_frequency.get(chosen[inside[0]][0], 0) < COMMON_IN_CHINESE  # 反旗 + 文, 損氣 + 艇
                 or not lexicon.has_word(text[at:at + 3]))):  # a word and a suffix no dictionary joins: 理財 + 性
        return  # a common word and its suffix: 政治圈은, 調査團은, 電氣車는 (no name)
    if not any(items[k].end < end and chosen[k][0] and chosen[k][0][-1] in _LEDE_PERSON_ENDS
               and text.startswith(_LEDE_AFTER, items[k].end) for k in items_within(items, at + 5, end)) \
            and not _LIFE_EVENT.search(text, at + 5, end):
        return
    for k in inside:
        if chosen[k][0] is not None and chosen[k][1] not in ('user', 'gloss'):
            chosen[k] = (None, 'name')


# what a biography's sentence tells of its subject, which a lede with no word for the person still names: an
# office held, a birth or death, a body founded (유일한은 柳韓洋行을 設立하였고, 장준하는 … 죽음을 맞았다); no
# bare year, which a party's or a body's sentence gives as often (나치黨은 1933年에 執權하였다); a player's
# career too (박지성은 … 活躍했다, 入團했다, 移籍했다, 隱退했다)
_LIFE_EVENT = re.compile('지냈|역임|태어났|출생|세상을 떠났|숨졌|사망하|순국하|별세하|서거하|죽음을 맞|편찬하|'
                         '설립하|창간하|창업하|저술하|당선되|취임하|졸업하|'
                         '활약하|활약했|데뷔하|데뷔했|은퇴하|은퇴했|입단하|입단했|이적하|이적했')


def apply_pen_name_before_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A little-known word of two syllables bare before a full name the text leaves in Hangul is the
    person's pen name, which stays Hangul as the name does (운보 김기창은, not 韻譜); a word with standing or
    a title keeps its sense (詩人 김기창은, 畫伯 김기창)."""
    for k, item in enumerate(items):
        start, end = item.start, item.end
        if end - start != 2 or chosen[k][0] is None or item.kind != 'word' or text[end:end + 1] != ' ' \
                or start and is_syllable(text[start - 1]) or lexicon.has_standing(item.hangul) \
                or item.hangul in lexicon.person_titles:
            continue
        name = syllables_from(text, end + 1)
        if len(name) >= 4 and name[0] in lexicon.surnames and name[3:] in _NAME_TAILS \
                and not items_within(items, end + 1, end + 4):
            chosen[k] = (None, 'name')


_NAME_TAILS = frozenset(('은', '는', '이', '가', '의', '을', '를', '과', '와', '에게', '이다', '이며', '이고'))
_HANGUL_RUN = re.compile('[가-힣]+')


@lru_cache(maxsize=4)
def _surname_heads(surnames: frozenset[str]) -> tuple[frozenset[str], re.Pattern]:
    """The first two syllables of the Japanese family names (all have two or more), and a pattern that
    finds any of them: most texts have none, and one search tells."""
    heads = frozenset(name[:2] for name in surnames)
    return heads, re.compile('|'.join(sorted(heads)))


_LONGEST_SURNAME = 5  # syllables: 미나모토노, 후지와라노
_GIVEN_NAME_COMMON = 300  # a Chinese count that makes a word after a surname a word in use, not a given name
# (信條 153 is a given name after 아베; 料理 569 opens 요리토모 but ends no name; 長官 1270, 外商 951 end none)


def apply_japanese_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A Japanese family name in Hangul (japanese_surnames.tsv), alone or with its ending, stays Hangul
    (고노 談話, 후지와라 家門: not 雇奴, 後肢와라), and so does the given name that follows it (아베 신조,
    미나모토노 요리토모, 도쿠가와 요시노부: not 信條, 料理兎毛, 要視노부) where that word was read as Sino
    pieces from its start, with nothing but an ending after it, and its last piece is no common word, curated
    sense or title (아베 政權, 기시다 總理, 스가 官房長官, 도쿠가와 幕府 stay). A family name that spells a Korean word
    with standing (이토 泥土, 기도 祈禱) is a name only before such a given name. A given name found so is a
    name wherever else the text writes it alone, unless it is a word with standing too (요리토모의, not 料理兎毛의)."""
    surnames = lexicon.japanese_surnames
    heads, pattern = _surname_heads(surnames)
    if not pattern.search(text):
        return  # the usual text
    runs = [(m.start(), m.end()) for m in _HANGUL_RUN.finditer(text)]
    found: set[str] = set()  # the given names found after a surname
    for r, (s, e) in enumerate(runs):
        if text[s:s + 2] not in heads or s and text[s - 1] in _NAME_JOINERS:
            continue
        length = next((n for n in range(min(_LONGEST_SURNAME, e - s), 1, -1)
                       if text[s:s + n] in surnames and (s + n == e or _is_ending(text[s + n:e], lexicon))), 0)
        if not length:
            continue
        surname = text[s:s + length]
        given = None
        if r + 1 < len(runs) and runs[r + 1][0] == e + 1 and text[e] == ' ' and s + length == e:
            given = _given_name(text, items, chosen, lexicon, *runs[r + 1])
        if given:
            for j in given:
                chosen[j] = (None, 'name')
            stem = text[runs[r + 1][0]:runs[r + 1][1]]
            found.add(next((stem[:k] for k in range(2, len(stem)) if _particles_or_copula(stem[k:], lexicon)), stem))
        if given or not lexicon.has_standing(surname):
            for j in items_within(items, s, s + length):
                if items[j].end <= s + length:
                    chosen[j] = (None, 'name')
    for name in found:  # the same given name alone elsewhere in the text (요리토모의 아우): one sense per
        if lexicon.has_standing(name):  # document, for names, unless it is a word too (신조 信條)
            continue
        for s, e in runs:
            if text.startswith(name, s) and (s + len(name) == e or _particles_or_copula(text[s + len(name):e], lexicon)):
                for j in items_within(items, s, s + len(name)):
                    chosen[j] = (None, 'name')


def _given_name(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon,
                start: int, end: int) -> list[int] | None:
    """The items of a given name in text[start:end] after a Japanese family name (see apply_japanese_names):
    its stem, before the longest particle or copula, is no native word or curated sense, and the Sino pieces in it are
    nonsense made of a name: Hangul left beside them (要視노부: 요시노부), two pieces or more, the last no
    suffix or title (料理兎毛: 요리토모, 奇異 + 치: 기이치; not 外務 + 相, 政府 + 案), or one two-syllable word
    that is no common word, curated sense or title (信條: 신조; not 政權, 總理, 執權期)."""
    stem_end = next((k for k in range(start + 2, end) if _particles_or_copula(text[k:end], lexicon)), end)
    stem = text[start:stem_end]
    inside = [j for j in items_within(items, start, stem_end) if items[j].end <= stem_end]
    if not inside or stem in lexicon.native or stem in lexicon.defaults or stem in lexicon.usual:
        return None
    covered = items[inside[0]].start == start and items[inside[-1]].end == stem_end \
        and all(items[a].end == items[b].start for a, b in zip(inside, inside[1:]))
    if not covered:
        return inside
    last = items[inside[-1]]
    hanja = chosen[inside[-1]][0]
    if hanja is None or hanja in lexicon.person_titles or last.kind == 'suffix':
        return None
    if len(inside) > 1:
        return inside
    if stem_end - start != 2 or last.hangul in lexicon.defaults or last.hangul in lexicon.usual \
            or any(lexicon.zh_frequency.get(h, 0) >= _GIVEN_NAME_COMMON for h in (hanja, *lexicon.words(stem))):
        return None
    return inside


def _particles_or_copula(tail: str, lexicon: Lexicon) -> bool:
    """Whether Hangul after a noun is a particle or a form of the copula (의, 에서, 였다, 이었던), not a
    light verb's form, which a given name spells (기이치, 준이치로: not 치다)."""
    return tail in lexicon.particles or tail in lexicon.copula or tail.startswith(('였', '이었')) \
        or tail[0] == '이' and tail[1:] in lexicon.copula


def apply_foreign_given_names(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A listed foreign given name (regnal_names.tsv) bare beside a foreign word, one with a syllable no
    Hanja reads, is part of that person's name (조지 오웰, 헨리 조지의): not 阻止."""
    for k, item in enumerate(items):
        if item.hangul not in lexicon.regnal_names or chosen[k][0] is None \
                or item.start and is_syllable(text[item.start - 1]):
            continue
        tail = syllables_from(text, item.end)
        if tail and tail not in lexicon.particles:
            continue
        after = syllables_from(text, item.end + len(tail) + 1) if text[item.end + len(tail):][:1] == ' ' else ''
        before = text[:item.start - 1].rsplit(' ', 1)[-1] if text[item.start - 1:item.start] == ' ' else ''
        if _foreign_word(before, lexicon) or not tail and _foreign_word(_strip_particle(after, lexicon), lexicon):
            chosen[k] = (None, 'name')


def _foreign_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is all Hangul with a syllable no Hanja reads (오웰, 헨리), as foreign names are."""
    return len(word) >= 2 and all(is_syllable(c) for c in word) and any(c not in lexicon.chars for c in word) \
        and word not in lexicon.native


def _strip_particle(word: str, lexicon: Lexicon) -> str:
    """The word without a particle that ends it (오웰의 → 오웰)."""
    for size in (3, 2, 1):
        if len(word) > size + 1 and word[-size:] in lexicon.particles:
            return word[:-size]
    return word
