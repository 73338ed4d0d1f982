"""Places listed with places: a word that spells a place and a common word takes the place's
Hanja where the text lists it with another place (여수와 광양 → 麗水와 光陽, 대전에서 목포까지 →
大田에서 木浦까지), a bare 시, 군 or 도 joined to a place is its city, county or province, and 시장
joined to a city before particles is its mayor (釜山市長은); the one-syllable local units in a
middle-dot chain are those units (市·郡·區, 里·洞)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._hangul import is_syllable, syllables_from
from ._lexicon import Lexicon

if TYPE_CHECKING:  # (the choice module imports this one)
    from ._items import Item


_PLACE_OPEN = frozenset({'rank', 'default', 'domain', 'context', 'grammar'})  # choices a listed place overturns
_PLACE_LINKS = ('와', '과', '에서')  # what joins two places in a list (여수와 광양, 대전에서 목포까지)
_PLACE_SEPARATORS = frozenset(',·')
_PLACE_ENDS = ('까지',)  # ... the second of 에서's pair (not 로: 서울에서 豫算으로 充當했다)
_PROVINCES = frozenset('南北羅尙淸原畿海安鏡')  # the syllable before 道 in a province's name (全羅道, 江原道, 忠淸南道)
_PLACE_SUFFIXES = frozenset('市郡道府')  # a bare one-syllable noun joined to a place: its city, county, province
# (or a Joseon district's seat: 忠州府)
_PLACE_KEYS = frozenset({'시', '군', '도', '부', '시장'})  # the Hangul of those, and of a mayor
# a bare station or port joined to a place is the place's (大田驛, 光陽港; not 大戰驛, 光陽項), and the
# place before it takes its place sense (transport news: 水西驛, 松汀驛)
_FACILITY_SUFFIXES = frozenset('驛港線')  # (a line: 盆唐線)
_FACILITY_KEYS = frozenset({'역', '항', '선'})
_ROUTE_SUFFIXES = frozenset('行發')  # a route's end or start joined to a place: 珍島行 버스, 麗水發 列車 (not 進度行)
# A part of a landform written after its name takes the landform's sense: the summit of a mountain
# (白頭山 頂上, 漢拏山 山頂, 山 頂上; not 正常, 算定), the bank and reaches of a river or lake (北漢江 邊,
# 南江 邊, 蟾津江 下流; not 變, 河流).
# Keyed by the part's Hangul: its Hanja, and the last characters of the names it belongs to.
# And 강의 before a river's part is the river's: 江 and the particle 의 (江의 發源地, 江의 下流; 講義 'lecture' has no source or reaches).
_RIVER_PARTS = ('발원', '상류', '중류', '하류', '하구', '유역', '지류', '본류', '유량', '물줄기', '물길', '범람')  # (not 수위,
# which a lecture also has: 講義 水位를 調節)
_LANDFORM_PARTS = {'정상': ('頂上', '山峰嶽岳'), '산정': ('山頂', '山峰嶽岳'), '변': ('邊', '江川湖'),
                   '상류': ('上流', '江川'), '중류': ('中流', '江川'), '하류': ('下流', '江川')}


def _is_place(hangul: str, hanja: str | None, places: dict[str, str]) -> bool:
    """Whether a chosen word names a place: a curated place (place_names.tsv), a word in 市, 郡 or 州
    (光陽市, 襄陽郡, 全州), a province in 道 (江原道, 全羅北道) or a river in 江 (錦江, 洛東江)."""
    if hanja is None:
        return False
    if places.get(hangul) == hanja:
        return True
    return len(hanja) >= 2 and (hanja[-1] in '市郡州江' or hanja[-1] == '道' and hanja[-2] in _PROVINCES)


def apply_places(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """A word that spells a place and a common word (여수 旅愁 or 麗水, 예산 豫算 or 禮山) is the place
    where it is listed with another place, eojeol to eojeol: joined by 와/과, a comma or · (여수와
    광양, 정선과 영월, 속초시, 양양군), or 에서 with 까지 after the second (대전에서 목포까지); the
    other is a place in place_names.tsv, a word in 市, 郡 or 州, a province in 道, a river in 江 or 서울.
    A genitive or a subject between them says nothing (釜山市의 豫算). Never before a light verb, and
    never against a cue, a curated compound or the text's own Hanja. A bare 시, 군 or 도 joined to a
    place is its city, county or province (鷄龍市에, not 鷄龍時)."""
    names = lexicon.place_names
    watched = _watched(names)
    open_k, suffix_k, mayor_k, province_k, part_k = [], [], [], [], []
    full_province = False  # a province's full name (慶尙北道) in the text
    for k, item in enumerate(items):
        hangul = item.hangul
        if hangul not in watched:
            continue  # (most words: one test)
        if hangul not in names and hangul not in _PLACE_KEYS and hangul not in _FACILITY_KEYS:
            if hangul in _PROVINCE_SHORT:
                province_k.append(k)
            elif hangul in _PROVINCE_FULL:
                full_province = True
            elif hangul in _LANDFORM_PARTS and k or hangul == '강의':
                part_k.append(k)
            continue
        if hangul in names and chosen[k][0] != names[hangul] and chosen[k][1] in _PLACE_OPEN \
                and names[hangul] in item.candidates and item.kind == 'word' \
                and not text.startswith(lexicon.light_verb_starts, item.end):
            open_k.append(k)
        if k and item.kind in ('noun', 'suffix') and len(hangul) == 1 and item.start == items[k - 1].end \
                and chosen[k][1] in _PLACE_OPEN and chosen[k][0] not in _PLACE_SUFFIXES \
                and chosen[k][0] not in _FACILITY_SUFFIXES \
                and not (_PLACE_SUFFIXES.isdisjoint(item.candidates) and _FACILITY_SUFFIXES.isdisjoint(item.candidates)):
            suffix_k.append(k)
        if hangul == '시장' and chosen[k][1] in _PLACE_OPEN and '市長' in item.candidates:
            mayor_k.append(k)
    if not open_k and not suffix_k and not mayor_k and not province_k and not part_k:
        return  # the usual text: no place to decide
    for k in part_k:  # 白頭山 頂上에는, 北漢江 邊에: the name a space before, the part at its eojeol's start
        if items[k].hangul == '강의':
            if chosen[k][1] in _PLACE_OPEN and text[items[k].end:items[k].end + 1] == ' ' \
                    and _river_part_at(text, items[k].end + 1, lexicon):
                items[k] = items[k]._replace(end=items[k].end - 1, hangul='강', kind='noun', candidates=('江',))
                chosen[k] = ('江', 'place')  # (the item narrows to 강: 의 is the particle)
            continue
        hanja, ends = _LANDFORM_PARTS[items[k].hangul]
        name, name_hanja = items[k - 1], chosen[k - 1][0]
        if name.end + 1 == items[k].start and text[name.end] == ' ' and name_hanja \
                and name_hanja[-1] in ends and chosen[k][0] != hanja and chosen[k][1] in _PLACE_OPEN \
                and hanja in items[k].candidates \
                and (hanja[-1] not in _SUMMITS or syllables_from(text, items[k].end) in _SUMMIT_TAILS):
            chosen[k] = (hanja, 'place')  # (a summit takes a particle of place: 白頭山 頂上에, not 蔚山 正常 稼動)
    for k in suffix_k:
        if _is_place(items[k - 1].hangul, chosen[k - 1][0], names):
            chosen[k] = (next(h for h in items[k].candidates if h in _PLACE_SUFFIXES or h in _FACILITY_SUFFIXES), 'place')
        elif _unknown_county(text, items, chosen, k, lexicon):
            chosen[k - 1], chosen[k] = (None, 'native'), ('郡', 'place')  # 우술郡이었으나 (not 右述群)
    for k in mayor_k:  # a city's name joined to 시장 is its mayor before particles (大田市長은,
        # 釜山市長이); a market is written apart (서울 市場) or under its own name (南大門市場)
        start = items[k].start
        before = k - 1 if k and items[k - 1].end == start else None
        head = items[before].start if before is not None else start - 2
        if head < 0 or head and is_syllable(text[head - 1]):
            continue
        if not (text.startswith('서울', head) and before is None
                or before is not None and names.get(items[before].hangul) == chosen[before][0]):
            continue
        tail, after = _eojeol_tail(text, items[k].end)
        if tail and not tail.startswith('에서') and _particles_only(tail, lexicon) \
                and not (k + 1 < len(items) and items[k + 1].start < after):
            # (bare, it may head a noun: 光州市場 商人들, and 에서 is where one shops: 光州市場에서;
            # a cue decides there, 서울市長 補闕選擧)
            chosen[k] = ('市長', 'place')
    if not open_k and not province_k:
        return
    heads = {}  # eojeol start -> the item that begins it and runs to its particles
    for k, item in enumerate(items):
        if item.start == 0 or not is_syllable(text[item.start - 1]):
            heads[item.start] = k
    if province_k and _match_cued(text, lexicon):
        province_k = []  # a match's words in the sentence: 蹴球 競技 大田에서 is no province
    for _ in range(2):  # twice: a place decided here may be the other of a second pair (경주와 상주)
        changed = False
        for k in open_k:
            item = items[k]
            if chosen[k][0] == names[item.hangul] or item.start in heads and heads[item.start] != k:
                continue
            if k + 1 < len(items) and items[k + 1].start == item.end \
                    and (chosen[k + 1][0] in _CITY_SUFFIXES or chosen[k + 1][0] in _FACILITY_SUFFIXES
                         or chosen[k + 1][0] in _ROUTE_SUFFIXES) \
                    and items[k + 1].end - items[k + 1].start == 1:
                chosen[k] = (names[item.hangul], 'place')  # a place joined to the 市 or 郡 chosen after it is
                changed = True  # that city or county: 釜山市 經濟副市長 (not 副産市), 禮山郡; or its station or port: 大田驛;
                # or a route's end: 珍島行
                continue
            suffix = _joined_unit(items, chosen, k)
            if suffix is not None:
                chosen[k], chosen[k + 1] = (names[item.hangul], 'place'), (suffix, 'place')  # 富平郡 (not 浮萍群)
                changed = True
                continue
            province = _province_before(text, item.start, items, chosen, heads) if province_k else None
            if province is not None or full_province and _after_full_province(text, item, items, heads):
                chosen[k] = (names[item.hangul], 'place')  # 京畿 龍仁 (not 用人), 慶北 安東
                if province is not None:
                    chosen[province] = (_PROVINCE_SHORT[items[province].hangul], 'place')  # (京畿, not 競技)
                changed = True
                continue
            tail, after = _eojeol_tail(text, item.end)
            if not _particles_only(tail, lexicon) or k + 1 < len(items) and items[k + 1].start < after:
                continue  # the eojeol holds more than the name and its particles
            if tail == '에' and text.startswith(_BELONGING, after):
                chosen[k] = (names[item.hangul], 'place')  # 公州에 屬하였으며, 龍仁에 編入되었다 (not 公主)
                changed = True
                continue
            if _listed_place(text, item.start, tail, after, heads, items, chosen, names):
                chosen[k] = (names[item.hangul], 'place')
                changed = True
        if not changed:
            break
    for k in province_k:  # a province bare before a place already chosen: 京畿 城南市
        province = _PROVINCE_SHORT[items[k].hangul]
        start = items[k].end + 1
        j = heads.get(start)
        if chosen[k][0] != province and chosen[k][1] in _PLACE_OPEN and province in items[k].candidates \
                and text[items[k].end:start] == ' ' and j is not None and heads.get(items[k].start) == k \
                and (items[k].start == 0 or not is_syllable(text[items[k].start - 1])) \
                and _is_place(items[j].hangul, chosen[j][0], names):
            chosen[k] = (province, 'place')


# a place a territory belongs to or is joined to, as gazetteers write it (公州에 屬하였으며)
_BELONGING = tuple(' ' + verb for verb in ('속하', '속했', '속한', '속해', '편입', '이속', '소속', '귀속', '병합', '예속'))


def apply_city_halls(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """시청 joined after a city's name is its city hall, and the name the city: 水原市廳, [釜山市廳]
    (not 水源視聽); the viewing sense is written apart from what is watched (드라마 視聽)."""
    names = lexicon.place_names
    for k in range(1, len(items)):
        item, name = items[k], items[k - 1]
        if item.hangul != '시청' or name.end != item.start or '市廳' not in item.candidates \
                or chosen[k][1] not in _PLACE_OPEN or name.start and is_syllable(text[name.start - 1]):
            continue
        place = names.get(name.hangul)
        if place is None or place not in name.candidates and place != chosen[k - 1][0]:
            continue
        chosen[k] = ('市廳', 'place')
        if chosen[k - 1][0] != place and chosen[k - 1][1] in _PLACE_OPEN:
            chosen[k - 1] = (place, 'place')


def _unknown_county(text: str, items: list[Item], chosen: list[tuple[str, str]], k: int, lexicon: Lexicon) -> bool:
    """Whether a bare 군 after a little-known word that opens its eojeol is a county, the word its
    name: a group or an army closes a word in use (症候群, 聯合軍), not one with no standing
    (우술군이었으나, not 右述群)."""
    head = items[k - 1]
    return items[k].hangul == '군' and '郡' in items[k].candidates and head.end == items[k].start \
        and chosen[k - 1][1] in ('rank', 'only') and chosen[k][0] != '郡' and len(head.hangul) == 2 \
        and (head.start == 0 or text[head.start - 1].isspace()) and not lexicon.has_standing(head.hangul)


def _joined_unit(items: list[Item], chosen: list[tuple[str, str]], k: int) -> str | None:
    """The city, county, province or district seat that a bare one-syllable noun joined after a listed
    place may name, where nothing stronger chose its sense (부평군: 富平郡, not 浮萍群)."""
    if k + 1 >= len(items):
        return None
    after = items[k + 1]
    if after.start != items[k].end or after.end - after.start != 1 or after.kind not in ('noun', 'suffix') \
            or chosen[k + 1][1] not in _PLACE_OPEN:
        return None
    return next((h for h in after.candidates if h in _PLACE_SUFFIXES), None)


_watched_memo: tuple[dict | None, frozenset[str]] = (None, frozenset())  # (the lexicon's place names, _watched's set)


def _watched(names: dict[str, str]) -> frozenset[str]:
    """Every Hangul the first loop of apply_places keeps a word for: a place of `names`, a place's
    suffix or its mayor, a facility, a province's short or full name, a part of a landform, 강의.
    Built once per lexicon."""
    global _watched_memo
    if _watched_memo[0] is not names:
        _watched_memo = (names, frozenset(names).union(_PLACE_KEYS, _FACILITY_KEYS, _PROVINCE_SHORT, _PROVINCE_FULL,
                                                       _LANDFORM_PARTS, ('강의',)))
    return _watched_memo[1]


def _match_cued(text: str, lexicon: Lexicon) -> bool:
    """Whether a cue of 경기 'a match' (축구, 선수, 결승 ...) or the word 경기장 stands in the text."""
    cues = lexicon.sense_cues.get('경기')
    return '경기장' in text or bool(cues) and any(
        cue in text for hanja, words in cues[2] if hanja == '競技' for cue in words)


_CITY_SUFFIXES = frozenset('市郡')
# provinces as news writes them bare before a city or county (경기 용인, 경북 안동, 전남 목포)
_PROVINCE_SHORT = {'경기': '京畿', '강원': '江原', '충북': '忠北', '충남': '忠南', '전북': '全北', '전남': '全南',
                   '경북': '慶北', '경남': '慶南'}


_SUMMITS = frozenset('上頂')  # 頂上, 山頂: after a city in 山 (蔚山, 群山) the word is 正常 unless a particle of place follows
_SUMMIT_TAILS = frozenset(('에', '에서', '에는', '에서는', '까지', '을', '으로', '에도', '부근'))


def _river_part_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether one of _RIVER_PARTS stands at `at` as a word of its own, with particles or 지 after it (發源地):
    江의 上流에서, not 講義 上流層 or 江의 流域圈."""
    part = next((p for p in _RIVER_PARTS if text.startswith(p, at)), None)
    if part is None:
        return False
    tail = syllables_from(text, at + len(part))
    return not tail or tail in lexicon.particles or tail[0] == '지' and (len(tail) == 1 or tail[1:] in lexicon.particles)


def _province_before(text: str, start: int, items: list[Item], chosen, heads: dict[int, int]) -> int | None:
    """The item of a province's short name standing bare right before the eojeol at start (경기 용인에서),
    else None; a 경기 that a cue made a match (축구 競技 大田에서) or a field the economy's is none, and
    the place after it is then no place either."""
    if start < 3 or text[start - 1] != ' ':
        return None
    k = heads.get(start - 3)
    if k is None or items[k].end != start - 1 or items[k].hangul not in _PROVINCE_SHORT \
            or start > 3 and is_syllable(text[start - 4]):
        return None
    province = _PROVINCE_SHORT[items[k].hangul]
    if chosen[k][0] != province and (chosen[k][1] not in _PLACE_OPEN or province not in items[k].candidates):
        return None
    return k


# provinces by their full names, as encyclopedias write them bare before a county or town
# (慶尙北道 善山 出身, 平安北道 定州, 忠淸南道 公州에서): the word after one is that place
_PROVINCE_FULL = frozenset(('경기도', '강원도', '충청북도', '충청남도', '전라북도', '전라남도', '경상북도', '경상남도',
                            '황해도', '평안북도', '평안남도', '함경북도', '함경남도', '제주도'))


def _after_full_province(text: str, item: Item, items: list[Item], heads: dict[int, int]) -> bool:
    """Whether a province's full name is the whole eojeol right before the item's (경상북도 선산) and
    the item is where someone comes from: bare before 출신 or 태생, or in 에서 before 태어나다 or 출생
    (충청남도 공주에서 태어났다), or an area bare before a word for one (경기도 용인 공원묘원, 일대); else the
    word may be the province's own (경상북도 예산을 편성)."""
    start = item.start
    if start < 4 or text[start - 1] != ' ':
        return False
    tail, after = _eojeol_tail(text, item.end)
    if not (tail == '' and text.startswith(_ORIGIN_AFTER + _AREA_AFTER, after + 1)
            or tail == '에서' and text.startswith(_BIRTH_AFTER, after + 1)) or text[after:after + 1] != ' ':
        return False
    for size in (3, 4):
        k = heads.get(start - 1 - size)
        if k is not None and items[k].end == start - 1 and items[k].hangul in _PROVINCE_FULL:
            return True
    return False


_ORIGIN_AFTER = ('출신', '태생', '출생', '사람이')
# what a place bare after a province stands before as the area it names (京畿道 龍仁 公園墓園, 忠淸南道 公州 一帶)
_AREA_AFTER = ('소재', '일대', '지역', '인근', '근교', '시내', '공원묘원', '공원묘지', '묘원', '선산', '선영')
_BIRTH_AFTER = ('태어', '출생', '출신', '자라', '성장')


def _eojeol_tail(text: str, end: int) -> tuple[str, int]:
    """The Hangul after a word up to its eojeol's end, and where that end is."""
    tail = syllables_from(text, end)
    return tail, end + len(tail)


def _particles_only(tail: str, lexicon: Lexicon) -> bool:
    return not tail or tail in lexicon.particles or tail in _PLACE_LINKS


def _place_at(text: str, start: int, heads: dict[int, int], items: list[Item], chosen, names) -> str | None:
    """The tail of the eojeol at start where a place heads it (서울 too), else None."""
    if text.startswith('서울', start):
        return _eojeol_tail(text, start + 2)[0]
    k = heads.get(start)
    if k is None or not _is_place(items[k].hangul, chosen[k][0], names):
        return None
    tail, after = _eojeol_tail(text, items[k].end)
    if k + 1 < len(items) and items[k + 1].start < after:
        return None
    return tail


def _listed_place(text: str, start: int, tail: str, after: int, heads, items, chosen, names) -> bool:
    """Whether the word at start, its eojeol ending in tail at after, is listed with a place next to it."""
    sep = text[after:after + 1]
    nxt = after + (1 if sep in _PLACE_SEPARATORS else 0)
    if text.startswith(' ', nxt):
        nxt += 1
    if tail in _PLACE_LINKS or sep in _PLACE_SEPARATORS:  # forward: 여수와 광양, 대전에서 목포까지
        other = _place_at(text, nxt, heads, items, chosen, names)
        if other is not None and (tail != '에서' or other.startswith(_PLACE_ENDS)):
            return True
    # backward: the eojeol before ends in a link or a separator (광양과 여수, 속초시, 양양군)
    b = start - 1
    if b < 1 or text[b] != ' ' and text[b] not in _PLACE_SEPARATORS:
        return False
    while b > 0 and (text[b] == ' ' or text[b] in _PLACE_SEPARATORS):
        b -= 1
    sep_before = text[b + 1:start].strip()
    s = b
    while s > 0 and is_syllable(text[s - 1]):
        s -= 1
    other = _place_at(text, s, heads, items, chosen, names)
    if other is None:
        return False
    if sep_before and sep_before in _PLACE_SEPARATORS:
        return not other
    return other in ('와', '과') or other == '에서' and tail.startswith(_PLACE_ENDS)


ADMIN_UNITS = {'시': '市', '도': '道', '군': '郡', '구': '區', '읍': '邑', '면': '面', '동': '洞', '리': '里',
               '통': '統', '반': '班'}  # (통·리·반: the units below a 洞 or 里 in the statutes on local government)
_UNIT_JOINS = '·ㆍ'


def after_joined_unit(text: str, s: int) -> bool:
    """Whether a local unit alone and a middle dot stand right before text[s] (시·도, 읍ㆍ면ㆍ동)."""
    return s >= 2 and text[s - 1] in _UNIT_JOINS and text[s - 2] in ADMIN_UNITS \
        and (s == 2 or not is_syllable(text[s - 3]))


def in_unit_chain(text: str, item: Item) -> bool:
    """Whether a one-syllable local unit stands in a chain of them joined by a middle dot (시·군·구, 리·동,
    읍·면·동), each unit a syllable alone: two characters on either side suffice."""
    s, e = item.start, item.end
    return after_joined_unit(text, s) or text[e:e + 1] in _UNIT_JOINS \
        and text[e + 1:e + 2] in ADMIN_UNITS and (s == 0 or not is_syllable(text[s - 1])) \
        or item.hangul in _PAIRED_UNITS and _paired_unit(text, s, e)


# a city and a county or district, or a county and a district, joined by 또는 or 및, as the statutes write them
# (特別自治道ㆍ市 또는 郡의, 市 및 區, 郡 또는 自治區의): each a unit (not 時, 軍, 九)
_PAIRED_UNITS = frozenset('시군구')
_UNIT_PAIR = regex.compile(r'(?<![가-힣])(?:시 (?:또는|및) (?:군|(?:자치)?구)|군 (?:또는|및) (?:자치)?구)(?=(?:의|에|에서|와|과|은|는|이|가|을|를|로|별로|마다|에는|에서는)?(?![가-힣]))')


def _paired_unit(text: str, s: int, e: int) -> bool:
    """Whether the unit at s:e is one of a pair matching _UNIT_PAIR (the second bare or with a particle:
    郡의, 區에서; not 軍 및 救助隊)."""
    window_start = max(0, s - 6)
    return any(m.start() == s or m.end() == e for m in _UNIT_PAIR.finditer(text, window_start, min(len(text), e + 12)))


# A university named by its city or province: 대 or 교대 written onto the place is its university (釜山大,
# 濟州大 病院, 江原大, 忠南大, 釜山敎大, 晉州敎大), never the age 代 or the shift 交代, which follow no place.
_UNIVERSITIES = {'대': '大', '교대': '敎大'}


def apply_universities(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """대 or 교대 joined to a place (place_names.tsv or a province's short name) and closing its word
    (nothing or particles after it) is the place's university; the place takes its own sense with it
    (진주교대: 晉州敎大, not 進駐 + 交代)."""
    names = lexicon.place_names
    for k in range(1, len(items)):
        item = items[k]
        sense = _UNIVERSITIES.get(item.hangul)
        if sense is None or item.kind not in ('suffix', 'word') or items[k - 1].end != item.start:
            continue
        place = items[k - 1]
        hanja = names.get(place.hangul) or _PROVINCE_SHORT.get(place.hangul)
        if hanja is None or hanja not in place.candidates or place.kind != 'word' \
                or chosen[k - 1][0] != hanja and chosen[k - 1][1] not in _PLACE_OPEN:
            continue
        tail = syllables_from(text, item.end)
        if tail and tail not in lexicon.particles:
            continue  # (more of the word after it: not a university's name alone)
        if sense not in item.candidates:
            items[k] = item._replace(candidates=(sense, *item.candidates))
        chosen[k - 1] = (hanja, 'place')
        chosen[k] = (sense, 'place')


# A court or prosecutors' office named by its city: 지법, 지검, 지청, 지원, 고법, 고검 ... written onto a place
# is that office (水原地法, 光州地檢, 安山支廳, 統營支院), and the place takes its own sense with it (not 水源地 +
# 法, 安産, 統營支援). 지원 'support' onto a place (울산지원을 늘린다) is the branch court only in a text of courts.
COURT_SUFFIXES = {'지법': '地法', '지검': '地檢', '지청': '支廳', '지원': '支院', '고법': '高法', '고검': '高檢',
                  '가정법원': '家庭法院', '지방법원': '地方法院', '지방검찰청': '地方檢察廳', '고등법원': '高等法院',
                  '고등검찰청': '高等檢察廳', '행정법원': '行政法院', '회생법원': '回生法院',
                  '재판부': '裁判部'}  # (a high court's bench sitting in another city: 光州高法 全州裁判部)
# the side of a city a court or office serves, written onto its suffix as a place is (大邱地法 西部支院, 東部支廳)
_COURT_SIDES = {'동부': '東部', '서부': '西部', '남부': '南部', '북부': '北部'}
COURT_FIRSTS = frozenset(s[0] for s in COURT_SUFFIXES)  # (the converter tests these first)
_NO_BRANCH = frozenset(('서울', '부산', '대구', '인천', '광주', '대전', '울산'))  # seats of a 지법, with no 지원 of theirs
NATIVE_PLACES = frozenset(('서울',))  # places whose name is native: 서울高等檢察廳 (the seat stays Hangul), 서울市長
_COURT_TEXT = regex.compile(r'법원|지법|지검|고법|선고|재판|판사|판결|기소|혐의|피고|구형|형사|민사|단독|합의\d*부|징역|벌금')


def court_at(text: str, run: str, names: dict[str, str], is_particles) -> tuple[int, str, str] | None:
    """(the place's length, its Hanja, the suffix) where a run is a place with a court's suffix written
    onto it and particles at most after (수원지법은, 통영지원에서), else None. A place with a native
    name has no Hanja: ''.

    >>> court_at('', '서울고등검찰청은', {}, lambda rest: rest == '은')
    (2, '', '고등검찰청')
    """
    for size in (2, 3):
        if len(run) < size + 2 or run[size] not in COURT_FIRSTS:
            continue
        place = names.get(run[:size]) or _COURT_SIDES.get(run[:size]) \
            or ('' if run[:size] in NATIVE_PLACES else None)
        if place is None:
            continue
        for suffix in COURT_SUFFIXES:
            if run.startswith(suffix, size):
                rest = run[size + len(suffix):]
                if (not rest or is_particles(rest)) \
                        and (suffix != '지원' or run[:size] not in _NO_BRANCH and _COURT_TEXT.search(text)):
                    return size, place, suffix
    return None
