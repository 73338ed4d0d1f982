"""Taxonomic ranks after a name: 사슴科에 屬하는, 소나무科 소나무屬, 딱정벌레目 반딧불이科.

Encyclopedias and field guides name a family, an order or a genus by a name, often a native one,
and the rank written solid after it (사슴과, 나비목, 참나무속). The rank is Sino-Korean (科, 目, 屬)
while the name stays as it is; the same syllables are the particle 과 'and', 목 'neck' and 속
'inside' elsewhere, so the rank is read only where the sentence says so: the run is followed by
속하다 'belong to', or in 의 by a class of living things (사슴과의 哺乳類), or stands before a rank of
another level that is one (소나무과 소나무속에, 딱정벌레목 반딧불이과에).
"""
from __future__ import annotations

from ._analysis import VOWEL, final_sound

RANK_SYLLABLES = frozenset('과목속')  # the syllables a rank ends in
RANKS = {'아과': '亞科', '아목': '亞目', '아속': '亞屬', '과': '科', '목': '目', '속': '屬'}  # longest first
_RANK_TAILS = frozenset({'', '에', '의', '에는', '로', '으로', '이다', '이며', '이고', '인', '은', '는', '에서', '에도'})
_BELONGING = (' 속하', ' 속한', ' 속해', ' 속했', ' 屬하', ' 屬한', ' 屬해', ' 屬했')
# classes of living things a family in 의 stands before (사슴과의 포유류, 국화과의 여러해살이풀)
_LIVING_CLASSES = frozenset({
    '포유류', '포유동물', '조류', '새', '텃새', '철새', '여름새', '겨울새', '나그네새', '물새', '곤충', '양서류', '파충류',
    '어류', '물고기', '바닷물고기', '민물고기', '식물', '동물', '여러해살이풀', '한해살이풀', '두해살이풀', '풀', '나무',
    '낙엽', '상록', '관목', '교목', '덩굴식물', '덩굴성', '덩굴나무', '설치류', '맹금류', '나비', '나방', '벌', '딱정벌레', '거미', '조개',
    '고둥', '버섯', '해조류', '종', '일종', '속씨식물', '겉씨식물', '침엽수', '활엽수', '갑각류', '연체동물',
    '여러해살이', '한해살이', '두해살이', '수초', '수생식물'})  # (수련科의 여러해살이 水草)
_SEASONS = frozenset({'봄', '여름', '가을', '겨울'})  # a bird's season before its class: 여름 철새
_CLASS_TAILS = frozenset({'', '로', '으로', '이다', '이며', '이고', '인', '의', '에', '가', '이', '는', '은'})


def taxon_rank(text: str, s: int, e: int, run: str) -> tuple[int, str] | None:
    """(where the rank starts in the run, its Hanja) where the run is a name, a rank and a tail
    the sentence shows to be a taxon's (see the module); None elsewhere."""
    found = _split(run)
    if found is None:
        return None
    j, rank, tail = found
    if run[j - 1] == '님':
        return None  # an honorific closes no name of a taxon: 父母님과의 한해살이 (the particle 과)
    if _shown(text, e, run[j - 1], rank, tail):
        return j, RANKS[rank]
    after = _word_after(text, e)
    ranked = _split(after) if tail in ('', '의') else None
    if ranked is not None and RANKS[ranked[1]] != RANKS[rank] \
            and _shown(text, e + 1 + len(after), after[ranked[0] - 1], ranked[1], ranked[2]):
        return j, RANKS[rank]  # a rank of another level after it that is one (소나무科 소나무屬에 屬하는; a chain
        # of the particle is no rank: 驛長과 驛務員과, 아이들과 바닷속에)
    return None


def _shown(text: str, e: int, last: str, rank: str, tail: str) -> bool:
    """Whether what follows a name, a rank and its tail shows a taxon: 속하다 after 에, a class of
    living things after 의 (not after 속, the particle's 'inside' too: 물속의 물고기) or bare after a
    vowel, where the particle 과 would be 와 (고양이科 動物, 벼科 植物)."""
    if tail in ('에', '에는'):
        return text.startswith(_BELONGING, e)
    if tail == '의' and rank != '속' or tail == '' and rank == '과' and final_sound(last) == VOWEL:
        following = _word_after(text, e)
        return _living_class(following) or tail == '의' and following in _SEASONS \
            and _living_class(_word_after(text, e + 1 + len(following)))  # (꾀꼬리科의 여름 철새)
    return False


def _split(run: str) -> tuple[int, str, str] | None:
    """(where the rank starts, the rank, the tail) for a name, a rank and a tail; a name of one syllable
    only before 과 or a rank of two (벼科, 콩科, 뱀亞目; 물속, 거북목 'turtle neck' are no ranks)."""
    for j in range(1, len(run)):  # (the earliest rank: 뱀亞目, not 뱀아目)
        for rank in RANKS:
            if (j > 1 or rank == '과' or len(rank) > 1) and run.startswith(rank, j) and run[j + len(rank):] in _RANK_TAILS:
                return j, rank, run[j + len(rank):]
    return None


def _living_class(word: str) -> bool:
    """Whether an eojeol is a class of living things, bare or in a particle or the copula (포유류로)."""
    return any(word.startswith(c) and word[len(c):] in _CLASS_TAILS for c in _LIVING_CLASSES)


def _word_after(text: str, e: int) -> str:
    if not text.startswith(' ', e):
        return ''
    end = e + 1
    while end < len(text) and not text[end].isspace() and text[end] not in ',.':
        end += 1
    return text[e + 1:end]

