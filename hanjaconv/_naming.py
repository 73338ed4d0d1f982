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

if TYPE_CHECKING:  # (the choice module imports this one)
    from ._items import Item

# (이)라 with its quoting endings and a verb of naming after a space
_NAMING = regex.compile(r'(?:이)?라(?:고도|고는|고)? (?:하였|하며|하고|한다|했|하던|하기도|불렀|부른|부르|불리|불린|불렸|'
                        r'일컬|일컫|칭하)')
# what a sentence of place names speaks of (a name in any other sentence is left to the usual rules)
_PLACE_WORDS = ('마을', '고개', '골짜기', '지명', '봉우리', '나루', '고을', '벌판', '동네', '고장', '바위', '우물',
                '언덕', '들판', '개울', '냇물', '형상', '지형', '산세', '형세', '모양', '곳이', '곳에', '곳으로',
                '섬', '산의', '산이', '골이', '마루', '주막', '역이', '향교', '서원', '정자')
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


def apply_naming(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """Write each name a gazetteer's sentence gives as a place's name or leave it in Hangul (see the
    module's docstring)."""
    for match in _NAMING.finditer(text):
        end = match.start()
        sentence = _sentence_around(text, end)
        said = text[sentence[0]:sentence[1]]
        if not any(w in said for w in _PLACE_WORDS) and not _PLACE_NOUNS.search(said):
            continue
        names = _names_before(text, end)
        echoes = {(items[k].hangul[i], ch) for k in range(len(items))
                  if sentence[0] <= items[k].start < sentence[1] and chosen[k][0]
                  and len(chosen[k][0]) == len(items[k].hangul)
                  and not any(start <= items[k].start < stop for start, stop in names)
                  for i, ch in enumerate(chosen[k][0])}
        for start, stop in names:
            _write_name(text, items, chosen, start, stop, echoes)


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
    inside = [k for k, item in enumerate(items) if start <= item.start < stop and item.end <= reach]
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
