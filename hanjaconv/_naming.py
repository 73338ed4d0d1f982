"""Names a gazetteer gives: in a sentence that speaks of a village, a pass, a hill or a stream, the
word before (이)라 and a verb of naming (하였다, 부른다, 불린다) is a place's name, as is one joined to
it by 또는 or a comma (절골 또는 사동이라 한다). Such a name is written in Hanja only where it reads
as a place: a one-syllable suffix closing it takes its place sense (鷄冠山, not 鷄冠産), a word in it
takes a sense ending in a place's character that the sentence's own Hanja echo (鄕校가 있는 마을이라
하여 校洞, not 驕童), and a name that ends in no place's character stays Hangul (새터 또는 신기라,
범고개라 불린다, 노루목이라: not 神奇, 汎高槪, 노루木耳)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._items import Item, item_at, items_within

if TYPE_CHECKING:
    from ._lexicon import Lexicon

# (이)라 with its quoting endings and a verb of naming after a space
_NAMING = regex.compile(r'(?:이)?라(?:고도|고는|고)? (?:하였|하며|하고|한다|했|하던|하기도|불렀|부른|부르|불리|불린|불렸|'
                        r'일컬|일컫|칭하|적었|적는|표기)')
# a name after the word for a name (옛 이름은 한내로), and the topic opening a sentence that says what a name means
# (한실은 큰 골짜기에 자리 잡은 마을이라는 뜻으로)
_NAMED = regex.compile(r'(?:이름|지명|명칭)은 (\p{Hangul}+?)(?=(?:이|으로|로|였|이었|이며|이고|이다|다)[\s.,])')
# names listed before 등 and the villages they are (한실, 안말, 웃말 등 세 개의 自然 마을)
_LISTED = regex.compile(r'(?<![\p{Hangul}])((?:\p{Hangul}+, )+\p{Hangul}+) 등 [^.!?\n]*?마을')
_GLOSSED = regex.compile(r'(?:^|(?<=[.!?\n]\s*))(\p{Hangul}+?)(?:은|는) [^.!?\n]*?(?:이)?라는 뜻')
# what a sentence of place names speaks of (a name in any other sentence is left to the usual rules)
_PLACES = ('마을', '고개', '골짜기', '봉우리', '나루', '고을', '들판', '동네', '고장', '바위', '우물', '언덕', '개울',
           '냇물')  # words for a place a name is given to (also _NAMED_PLACES)
_PLACE_WORDS = _PLACES + ('지명', '벌판', '형상', '지형', '산세', '형세', '모양', '곳이', '곳에', '곳으로', '섬', '산의',
                          '산이', '골이', '마루', '주막', '역이', '향교', '서원', '정자')
# ... and the one-syllable ones, alone with a particle
_PLACE_NOUNS = regex.compile(r'(?:^|\s)(?:산|내|섬|들|곳|절|못|골|강|논|밭|물)(?:이|가|의|은|는|을|를|에|에는|으로|로|과|와|도)?\s')
# the last characters of the Hanja of places (villages, hills, streams, fords, halls)
PLACE_ENDS = frozenset('洞里村谷山川溪峴浦津坪亭院寺峰嶺島巖岩江湖池井泉橋堂城驛店場垈基坊州郡縣面邑市道陵原野田'
                        '潭淵灘峙嶝洲灣岬串臺閣門海洋港壇樓塔館宮殿路街')
# a one-syllable suffix closing a name: its place sense
_NAME_SUFFIXES = {'산': '山', '리': '里', '동': '洞', '천': '川', '곡': '谷', '촌': '村', '포': '浦', '봉': '峰',
                  '령': '嶺', '암': '巖', '교': '橋', '정': '亭', '평': '坪', '면': '面', '읍': '邑'}
_LINKS = (' 또는 ', ' 혹은 ', ', ')  # what joins two names of one place
_STRONG = frozenset({'user', 'text', 'cue', 'place'})  # choices a name's reading leaves alone


def apply_naming(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """Write each name a gazetteer's sentence gives as a place's name or leave it in Hangul (see the
    module's docstring). A name after 이름은, glossed by 라는 뜻 or listed before 등 and 마을 keeps a word with
    standing (盆地는). Two
    names joined by 또는 need no word of places in their sentence (松亭 또는 솔정이라)."""
    found = [(match.start(), _names_before(text, match.start()), None) for match in _NAMING.finditer(text)]
    found += [(match.start(1), [match.span(1)], lexicon) for pattern in (_NAMED, _GLOSSED)
              for match in pattern.finditer(text)]
    found += [(match.start(1), _listed_names(match), lexicon) for match in _LISTED.finditer(text)]
    for end, names, standing in found:
        sentence = _sentence_around(text, end)
        said = _without_names(text, sentence, names)
        if len(names) < 2 and not any(w in said for w in _PLACE_WORDS) and not _PLACE_NOUNS.search(said):
            continue
        if len(names) == 1 and standing is None and _defined_object(text, names[0][0]):
            continue
        echoes = {(items[k].hangul[i], ch) for k in items_within(items, *sentence)
                  if chosen[k][0] and len(chosen[k][0]) == len(items[k].hangul)
                  and not any(start <= items[k].start < stop for start, stop in names)
                  for i, ch in enumerate(chosen[k][0])}
        for start, stop in names:
            if standing is None or not any(standing.has_standing(items[k].hangul)
                                           for k in items_within(items, start, stop)):
                _write_name(text, items, chosen, start, stop, echoes)


def _without_names(text: str, sentence: tuple[int, int], names: list[tuple[int, int]]) -> str:
    """The sentence with the names it gives blanked out: a name is no word of places itself, nor with
    its 이라 (쪽지 豫算이라 불리는 慣行: the 산이 of 예산이라 speaks of no hill)."""
    said = list(text[sentence[0]:sentence[1]])
    for start, stop in names:
        said[max(start - sentence[0], 0):max(stop - sentence[0], 0)] = ' ' * (stop - start)
    return ''.join(said)


# a textbook's definition names what it defines as an object in 을 or 를 one or two words before the term
# (물과 鹽이 生成되는 反應을 中和 反應이라고 한다, 물이 모이는 곳을 盆地라 한다); a gazetteer's object is a place
# (이 고개를 범고개라 불렀다), whose word opens the object
_DEFINED = regex.compile(r'(\p{Hangul}+)[을를] (?:\p{Hangul}+ )?$')
_NAMED_PLACES = _PLACES + ('이곳', '그곳', '모퉁이', '동산', '여울')
_NAMED_PLACE_NOUNS = frozenset('산내섬절못강골들터벌재봉')  # ... and the one-syllable ones alone (이 산을, 그 내를)


def _defined_object(text: str, start: int) -> bool:
    """Whether an object in 을 or 를 not naming a place stands one or two words before `start`, the start of a
    name before (이)라 and a verb of naming: the sentence defines a term (see _DEFINED)."""
    found = _DEFINED.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1)
    return not word.endswith(_NAMED_PLACES) and word not in _NAMED_PLACE_NOUNS


def _listed_names(match: regex.Match) -> list[tuple[int, int]]:
    """The spans of the names in a list before 등 (한실, 안말, 웃말)."""
    spans, start = [], match.start(1)
    for name in match.group(1).split(', '):
        spans.append((start, start + len(name)))
        start += len(name) + 2
    return spans


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(mark, 0, at) for mark in '.!?\n') + 1
    ends = [i for i in (text.find(mark, at) for mark in '.!?\n') if i >= 0]
    return start, min(ends, default=len(text))


def _names_before(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the name that ends at `end` and of those joined to it before (절골 또는 사동)."""
    spans = []
    while True:
        start = end
        while start and not text[start - 1].isspace() and text[start - 1] not in ',(《「"\'':
            start -= 1
        if start == end:
            return spans
        spans.append((start, end))
        link = next((lk for lk in _LINKS if text.endswith(lk, 0, start)), None)
        if link is None:
            return spans
        end = start - len(link)


def _write_name(text: str, items: list[Item], chosen: list[tuple[str, str]], start: int, stop: int,
                echoes: set[tuple[str, str]]) -> None:
    reach = stop + 1 if text.startswith('이', stop) else stop  # a word may swallow the copula's 이 (노루 + 木耳)
    inside = [k for k in items_within(items, start, stop) if items[k].end <= reach]
    if not inside or any(chosen[k][1] in _STRONG for k in inside):
        return
    last = inside[-1]
    if items[last].end < stop:
        return  # a native part closes it (勝戰골): the Sino part before it stays as chosen
    item = items[last]
    if item.end > stop and len(inside) > 1 and item.hangul[:-1] in _NAME_SUFFIXES:
        item = items[last] = item._replace(end=stop, hangul=item.hangul[:-1], kind='suffix')  # 淸水 + 川이라
    suffix = _NAME_SUFFIXES.get(item.hangul)
    if suffix and len(inside) > 1 and item.kind in ('suffix', 'noun'):
        items[last] = item._replace(candidates=(suffix, *(h for h in item.candidates if h != suffix)))
        chosen[last] = (suffix, 'place')  # 雲霧山이라 (not 産)
        return
    hanja = chosen[last][0]
    if hanja and (hanja[-1] in PLACE_ENDS or len(inside) == 1 and len(hanja) > 2):
        return  # 淸溪, 馬場洞, 飛鳳山, and a word of three (多島海)
    echoed = next((h for h in items[last].candidates if h[-1] in PLACE_ENDS and len(h) == len(items[last].hangul)
                   and any((s, ch) in echoes for s, ch in zip(items[last].hangul[:-1], h))), None)
    if echoed:
        chosen[last] = (echoed, 'place')  # 鄕校가 있는 마을 … 校洞
        return
    for k in inside:
        chosen[k] = (None, 'native')  # 새터 또는 신기라, 범고개라 (a name, not 神奇, 汎高槪)


_CLAN = regex.compile(r'(?<=^|\s)(\p{Hangul})씨(?=(?:가|의|는|와|를|도|이다|이며|로|만)?[\s.,]|$)')


def apply_clans(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A surname and 씨 bare after a clan's seat, a listed place, name the clan: 密陽 朴氏가, 全州 李氏,
    安東 權氏 (the surname's usual Hanja; 김씨 아저씨 and a seed, 박 씨, stay)."""
    for match in _CLAN.finditer(text):
        surname, start = match.group(1), match.start()
        hanja = lexicon.surnames.get(surname)
        seat = text.rfind(' ', 0, start - 1) + 1  # the eojeol before, a place alone
        k = item_at(items, seat)
        if not hanja or k is None or text[start - 1] != ' ' or items[k].end != start - 1 \
                or lexicon.place_names.get(items[k].hangul) is None:
            continue
        chosen[k] = (lexicon.place_names[items[k].hangul], 'place')  # (the seat: 全州, not 田主)
        clan = Item(start, start + 2, surname + '씨', 'word', (hanja[0] + '氏',))
        j = k + 1
        if j < len(items) and items[j].start == start:
            if items[j].end != start + 2:
                continue
            items[j] = clan
            chosen[j] = (clan.candidates[0], 'place')
        else:
            items.insert(j, clan)
            chosen.insert(j, (clan.candidates[0], 'place'))


_DETERMINERS = ('이', '그', '저', '옛', '큰', '작은', '맑은', '이런', '그런', '어느', '한')  # before a noun, never a bound 內


def keep_streams(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A 내 opening its eojeol after a determiner is the native 'stream', as 內 'within' follows only a noun
    (이 내의 옛 이름, 큰 내를 건너; 期間 內의 stays)."""
    for k, item in enumerate(items):
        if item.hangul == '내' and chosen[k][0] == '內' and item.start >= 2 and text[item.start - 1] == ' ' \
                and text[max(text.rfind(' ', 0, item.start - 1), text.rfind('\n', 0, item.start - 1)) + 1:
                         item.start - 1] in _DETERMINERS:
            chosen[k] = (None, 'native')
