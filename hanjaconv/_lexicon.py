"""The shipped data, loaded once, lazily and thread-safely, and its matching automaton.

Nothing here runs at import time: `get_lexicon()` builds the `Lexicon` on first use.
Files are read through importlib.resources from the package's `dictionaries` folder.
"""
from __future__ import annotations

import threading
from collections import Counter
from itertools import chain
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator

from ._association import FILE as ASSOCIATION_FILE, Rows, parse_table
from ._hangul import EXTRA_READINGS, initial_sound_law, surface_readings
from ._tsv import Entry, parse_word_list
from ._word_automaton import WordAutomaton


# mecab-ko-dic nouns with no Hanja that prose writes only as a one-syllable Sino noun and the subject
# particle: 산이 (mecab's NNG) left 山 in Hangul in 산이 높다, 걸쳐 있는 산이다.
_MECAB_NOT_NATIVE = frozenset({'산이', '매장', '제창', '성문이', '용해', '고소에', '고도에', '수치에'})  # (mecab-ko-dic's nouns or
# adverbs that prose writes only as Sino nouns: 매장 and 제창 as adverbs are dialect or obsolete, so bare 매장 直員, 愛國歌 제창
# stayed Hangul; 성문이 is 城門 and its particle: 여러 城門이 남아 있다; 용해, 용하다's speech form, is rare in writing, so bare
# 溶解 速度, 溶解 平衡 stayed Hangul; 고소에, 고도에 and 수치에 are 告訴, 高度 and 數値 and 에: 告訴에 依하여, 基準 數値에 未達)


def _lines(name: str) -> Iterator[str]:
    """A shipped file's lines, read one at a time: the whole text and a list of its lines
    would both sit in memory at once while the largest tables are built."""
    path = resources.files('hanjaconv').joinpath('dictionaries', *name.split('/'))
    if not path.is_file():
        return
    with path.open(encoding='utf-8', newline='') as f:
        for line in f:
            yield line.rstrip('\r\n')


def _entries(name: str) -> Iterator[Entry]:
    """A shipped dictionary, read without per-line checks (tests/test_data.py lints every file)."""
    for line in _lines(name):
        if line and line[0] != '#':
            cells = line.split('\t')
            yield Entry(cells[0], tuple(cells[1].split(' ')),
                        tuple(cells[2].split('|')) if len(cells) > 2 else ())


def character_entries() -> Iterator[Entry]:
    """chars.tsv: each reading, its characters in rank order, and each one's name (참을 인)."""
    return _entries('chars.tsv')


# the six two-syllable Sino-Korean words the spelling rules write with the ㅅ of 사이시옷 (한글 맞춤법 제30항):
# their first syllable takes a final ㅅ no reading of its Hanja has (숫자 數字, not 수자)
SAI_SIOT = {'곳간': '庫間', '셋방': '貰房', '숫자': '數字', '찻간': '車間', '툇간': '退間', '횟수': '回數'}


def _word_table(name: str) -> dict[str, str]:
    """key -> space-separated candidates: one string a key keeps the table small."""
    table = {}
    for line in _lines(name):
        if line and line[0] != '#':
            key, _, values = line.partition('\t')
            table[key] = values
    return table


def _rows(name: str) -> list[tuple[str, ...]]:
    return parse_word_list(_lines(name), name)


def _mixed_words(japanese_surnames: frozenset[str]) -> dict[str, str]:
    """mixed_words.tsv, and a faction named after its leader's Japanese family name: 아베파 -> 아베派,
    아소파 -> 아소派 (not 我所派), as news writes the factions of Japan's parties."""
    mixed = {r[0]: r[1] for r in _rows('curated/mixed_words.tsv')}
    for surname in japanese_surnames:
        mixed.setdefault(surname + '파', surname + '派')
    return mixed


def _loanword_suffixes() -> dict[str, tuple[str, dict[str, str]]]:
    """화 -> (化, {러닝: 靴, 아크릴: 畵 …}): the suffix's sense, and the heads that take another."""
    table: dict[str, tuple[str | None, dict[str, str]]] = {}
    for syllable, hanja, heads, *_ in _rows('curated/loanword_suffixes.tsv'):
        sense, others = table.get(syllable, (None, {}))
        if heads != '-':
            others.update(dict.fromkeys(heads.split(), hanja))
        elif sense is None:
            sense = hanja
        table[syllable] = (sense, others)
    return table  # (a syllable with no row of '-' closes only the heads its rows name: 클라우드형, not 마이클형)


def _predicate_senses() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[tuple[str, str]]]:
    """The curated sense of each word before 하다, 되다 or 히; the sense before 되다 of the words
    with a second row for 되다, whose 하다 takes another (대비되다 對比, 대비하다 對備; 사사되다 賜死);
    the senses that are adjectives (鞏固); and the second verbs of words with a later row for 하다,
    which only a cue chooses, the first row keeping the choice elsewhere (분사하다: 噴射, and
    分社 beside 사업부 or 자회사)."""
    rows = _rows('curated/predicate_senses.tsv')
    twice = {r[0] for r in rows if r[2] != '되다'}
    senses: dict[str, str] = {}
    passive: dict[str, str] = {}
    cued: set[tuple[str, str]] = set()
    for r in rows:
        if r[2] != '되다' and r[0] in senses:
            cued.add((r[0], r[1]))
            continue
        (passive if r[2] == '되다' and r[0] in twice else senses)[r[0]] = r[1]
    return senses, passive, frozenset(r[1] for r in rows if r[4] == 'adj'), frozenset(cued)


@dataclass
class Lexicon:
    """Every shipped table the converter consults, keyed by Hangul."""
    word_reading_table: dict[str, str]                # Hangul -> Hanja words read otherwise than char by char
    chars: dict[str, tuple[str, ...]]                 # one syllable -> characters
    glosses: dict[str, str]                           # character -> gloss
    readings: dict[str, str]                          # character -> every surface reading, concatenated
    primary: dict[str, str]                           # character -> its primary reading
    basic: frozenset[str]                             # the 1,800 basic education characters
    defaults: dict[str, str]                          # curated default Hanja of frequent homographs
    usual: dict[str, str]                             # curated usual sense of other ambiguous words
    sino_adverbs: frozenset[str]                      # Sino-Korean adverbs and pronouns mecab-ko-dic calls closed-class (항상)
    predicate_senses: dict[str, str]                  # curated sense before 하다, 되다 or 히 (교사하다: 敎唆)
    adjective_senses: frozenset[str]                  # ... those of them that are adjectives (鞏固하다 'firm')
    cued_predicates: frozenset[tuple[str, str]]       # (hangul, hanja) of second verbs a cue may choose (分社하다)
    domains: dict[str, dict[str, tuple[str, ...]]]    # hangul -> {hanja: its domains} (curated glossaries)
    suffixes: dict[str, tuple[str, ...]]
    prefixes: dict[str, tuple[str, ...]]
    prefix_chars: frozenset[str]                      # their Hanja (超, 非): a word after one reads as at a word's start
    counters: dict[str, tuple[str, ...]]
    counter_cues: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # 대 -> ((代, (남성, …)),): the next word decides
    counter_chars: frozenset[str]                     # the one-character counters (年, 里, 名): read as inside a word
    native_numerals: frozenset[str]                   # 한 두 세 … 여러: count before a space and a counter
    native_counters: frozenset[str]                   # the counters that follow them (세 명, 두 번)
    native_measures: frozenset[str]                   # native measure nouns after them that spell a Sino word (한 모금)
    numerals: dict[str, tuple[str, ...]]
    single_nouns: dict[str, tuple[str, ...]]
    determiners: dict[str, tuple[str, ...]]           # one syllable that stands bare before a noun (各, 兩)
    dynasties: dict[str, tuple[str, ...]]          # 당 -> (唐,): a state or dynasty before 나라 (唐나라)
    rulers: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # 현종 -> ((顯宗, {*}), (玄宗, {당, 당나라})): rulers.tsv
    surnames: dict[str, tuple[str, ...]]              # 김 金, 남궁 南宮: a name starts with one
    person_titles: frozenset[str]                     # 市長, 君, 敎授: senses a bare surname before the word picks
    person_title_starts: frozenset[str]               # 대통, 장관, 총리: the first two syllables of a title in Hangul
    collocation_nouns: dict[str, tuple[str, tuple[str, ...], bool, tuple[str, ...]]]  # 소 -> (訴, (제기, 취하 …), False,
    # (재심의, 확인의 …)): the noun before them, with particles (訴를 提起), or bare if True (日 政府: a news
    # abbreviation); the last, the endings of a word before it that make it the noun too (再審의 訴는, 確認의 訴를)
    collocation_only: frozenset[str]                  # 독, 영: bare, the noun only before its words, else Hangul
    collocation_senses: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # 일 -> ((日, (정부 …)), (一, (실시예 …))):
    # the nouns with two rows, each sense before its own words
    sense_cues: dict[str, tuple]                      # 사기 -> (its cues, their heads, ((詐欺, (피해, 혐의 …)), …))
    joined_cues: dict[tuple[str, str], tuple[str, ...]]  # (공사, 公社) -> (항만, …): cues only written onto the word
    sentence_cues: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # 전자 -> ((前者, (후자,)),): cues that count
    # anywhere in the word's sentence (they count near it as the others do too)
    coordinated_cues: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # 이용 -> ((移用, (전용,)),): cues that
    # count only coordinated with the word (豫算의 移用ㆍ轉用)
    cued_nouns: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # 벌 -> ((罰, (받아, 형벌 …)), (-, (쏘여 …))):
    # one-syllable nouns a native word also spells, Sino-Korean only where a cue in the sentence says so
    hada_roots: dict[str, tuple[str, ...]]
    adverb_roots: dict[str, tuple[str, ...]]          # one syllable that takes 히 as an adverb (速히)
    stately_roots: dict[str, tuple[str, ...]]         # one syllable that takes 스럽다 (聖스러운)
    native: dict[str, str]                            # native word -> part of speech
    particles: frozenset[str]
    vocatives: frozenset[str]                         # particles that end a chain (아, 여, 이여): 大廈여는 is no noun
    copula: dict[str, bool]                           # form -> may more Hangul follow
    light_verbs: dict[str, bool]
    native_suffixes: frozenset[str]
    loanword_suffixes: dict[str, tuple[str | None, dict[str, str]]]  # 화 -> (化, {러닝: 靴 …}): closing a loanword
    endings: dict[str, str]                           # verbal ending -> its mecab-ko-dic tags
    light_verb_starts: tuple[str, ...]                # 하 해 되 돼 시키 …: forms of the light verbs
    verb_stems: frozenset[str]                        # native verb stems (사다, 재다; 섬기다: see the build)
    bare_roots: frozenset[str]                        # roots that are no nouns (복잡: 복잡하다, 複雜度)
    compound_heads: frozenset[str] = frozenset()      # 理論 女性 年金: see _compound_heads
    passive_senses: dict[str, str] = field(default_factory=dict)  # 대비: 對比 before 되다 where 하다 takes 對備
    mixed_words: dict[str, str] = field(default_factory=dict)  # 창밖 -> 窓밖: Sino and native parts (mixed_words.tsv)
    place_names: dict[str, str] = field(default_factory=dict)  # 여수 -> 麗水: a place's sense (place_names.tsv)
    japanese_surnames: frozenset[str] = frozenset()   # 아베, 도쿠가와: a given name follows (japanese_surnames.tsv)
    regnal_names: frozenset[str] = frozenset()        # 루이, 요한: a regnal number follows (루이 14世; regnal_names.tsv)
    foreign_states: frozenset[str] = frozenset()      # 러시아, 아세안, 중동: states and blocs (foreign_states.tsv)
    states_after_versus: frozenset[str] = frozenset()  # ... those 대 'towards' may open written solid (對러시아)
    foreign_places: frozenset[str] = frozenset()      # ... and the foreign cities, states and prefectures that
    # loanword_suffixes.tsv names before 市, 州, 縣 and 省 (오키나와, 텍사스, 뉴욕, 쓰촨)
    cued_native: frozenset[str] = frozenset()         # 어미: native words that a cue may make Sino (語尾 beside 어간)
    loanword_nouns: frozenset[str] = frozenset()      # 게임, 온라인: the nouns native_words.tsv calls loanwords
    cued_native_heads: frozenset[str] = frozenset()   # their first two syllables (어미), tested on every run
    cued_adverbs: frozenset[str] = frozenset()        # 단지: mecab adverbs among them, cued only with a particle
    curated_hanja: frozenset[str] = frozenset()       # every curated default and usual sense (駐車, 産業)
    field_hanja: frozenset[str] = frozenset()         # every two-character sense of a field's glossary (貸付, 加算)
    # and place name (咸興): a word a compound's next word follows, read word-initially (咸興冷麵 함흥냉면)
    cue_only_nouns: frozenset[str] = frozenset()      # 공空, 관冠: one-syllable senses single_nouns.tsv says only cues choose
    curated_readings: dict[str, str] = field(repr=False, default_factory=dict)  # Hanja -> how to_hangul reads it:
    # the key of an added word (瓜田李下 과전이하) or of curated/word_readings.tsv (喜怒哀樂 희로애락)
    # 2+ syllables -> 'hanja1 hanja2 …' in dictionary order, then for words mecab-ko-dic has,
    # a tab and one digit a candidate: 1 where mecab-ko-dic has it. The automaton is the only copy.
    automaton: WordAutomaton = field(repr=False, default=None)
    productivity: dict[str, int] = field(repr=False, default_factory=dict)  # char -> its uses in words
    zh_frequency: dict[str, int] = field(repr=False, default_factory=dict)  # Hanja word -> Chinese count
    zh_nominal: frozenset[str] = field(repr=False, default=frozenset())      # ... tagged as nouns there
    zh_verbal: frozenset[str] = field(repr=False, default=frozenset())       # ... tagged as verbs there
    association: Rows = field(repr=False, default=None)  # char -> {char: association} (see _association)
    hanja_readings: dict[str, str] | None = field(repr=False, default=None)  # Hanja word -> Hangul (reading.hanja_readings)

    def words(self, hangul: str) -> tuple[str, ...]:
        """The dictionary's candidates for a word of two or more syllables (or ())."""
        value = self.automaton.get(hangul, None)
        return tuple(value.partition('\t')[0].split(' ')) if value else ()

    def attested(self, hangul: str, hanja: str) -> bool:
        """Whether mecab-ko-dic has this word with this Hanja (a sign the word is in use)."""
        cands, _, mask = self.automaton.get(hangul, '').partition('\t')
        if not mask:
            return False
        try:
            return mask[cands.split(' ').index(hanja)] == '1'
        except ValueError:
            return False

    def in_use(self, hangul: str, hanja: str) -> bool:
        """Whether a candidate is a word in use: the curated default or usual sense, a common
        word in Chinese, or one mecab-ko-dic has."""
        return (hanja == self.defaults.get(hangul) or hanja == self.usual.get(hangul)
                or self.zh_frequency.get(hanja, 0) >= COMMON_IN_CHINESE or self.attested(hangul, hanja))

    def has_standing(self, hangul: str) -> bool:
        """Whether a word has standing of its own (mecab-ko-dic alone lists rare words too): a
        curated sense, a field's glossary, or a candidate common in Chinese."""
        return hangul in self.defaults or hangul in self.usual or hangul in self.domains or any(
            self.zh_frequency.get(h, 0) >= COMMON_IN_CHINESE for h in self.words(hangul))

    def has_word(self, hangul: str) -> bool:
        """Whether the dictionary has this word of two or more syllables."""
        return hangul in self.automaton

    def word_items(self) -> Iterator[tuple[str, str]]:
        """(hangul, 'hanja1 hanja2 …') for every dictionary word."""
        return ((key, value.partition('\t')[0]) for key, value in self.automaton.items())

    def reads_as(self, hanja: str, hangul: str) -> bool:
        """Whether each character of `hanja` can be read as the syllable under it.

        >>> get_lexicon().reads_as('性能', '성능'), get_lexicon().reads_as('西江', '시장')
        (True, False)
        """
        return len(hanja) == len(hangul) and (all(
            h in self.readings.get(c, ()) for c, h in zip(hanja, hangul)) or SAI_SIOT.get(hangul) == hanja)

    def char_reading(self, ch: str, initial: bool) -> str | None:
        """The reading of a lone character; word-initial readings follow 두음법칙."""
        reading = self.primary.get(ch)
        if reading is None:
            return None
        return initial_sound_law(reading) if initial else reading


def _light_verb_starts() -> tuple[str, ...]:
    """The forms of the verb-making light verbs (하다, 되다, 시키다, 당하다, 받다) a word may take, and
    바라다 written onto a verbal noun as notices write it (注意바랍니다, 留意바랍니다: 留意하시기 바랍니다 cut short)."""
    lemmas = {'하다', '되다', '시키다', '당하다', '받다', '바라다'}
    return tuple(sorted({r[0] for r in _rows('curated/light_verbs.tsv') if len(r) > 1 and r[1] in lemmas}))


def _endings() -> dict[str, str]:
    """Verbal endings, less case particles mecab-ko-dic also tags as final or connective endings (를 as EF)."""
    case = {r[0] for r in _rows('curated/particles.tsv') if r[1] == 'case'}
    return {r[0]: r[1] for r in _rows('endings_mecab.tsv')
            if r[0] not in case or 'ETM' in r[1] or 'ETN' in r[1]}  # 을 (ETM) stays


def _domains() -> dict[str, dict[str, tuple[str, ...]]]:
    """domain_terms.tsv: hangul -> {hanja: (domain, ...)}."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for hangul, hanja, domain in _rows('curated/domain_terms.tsv'):
        senses = out.setdefault(hangul, {})
        if domain not in senses.get(hanja, ()):
            senses[hanja] = senses.get(hanja, ()) + (domain,)
    return out


JOINED_MARK = '+'  # a cue of sense_cues.tsv that counts only written onto the word's start (+항만: 釜山港灣公社)
SENTENCE_MARK = '*'  # a cue of sense_cues.tsv that counts anywhere in the word's sentence (*후자: 前者의 境遇 … 後者의)
COORDINATED_MARK = '&'  # a cue of sense_cues.tsv that counts only coordinated with the word (&전용: 豫算의 移用ㆍ轉用)


def _sense_cues() -> tuple[dict[str, tuple[tuple[str, ...], frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]],
                           dict[tuple[str, str], tuple[str, ...]],
                           dict[str, tuple[tuple[str, tuple[str, ...]], ...]],
                           dict[str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """sense_cues.tsv: hangul -> (every cue of the word, their first two syllables, ((hanja, its cues), ...)),
    and (hangul, hanja) -> the cues marked JOINED_MARK, which count only where the word's own eojeol ends
    in them right before it (부산항만공사, not 항만 공사 'harbour works'); these are among every cue, not
    among the sense's cues; and hangul -> ((hanja, the cues marked SENTENCE_MARK), ...), which count anywhere in
    the word's sentence as well as near it (후자 for 前者); and hangul -> ((hanja, the cues marked COORDINATED_MARK),
    ...), which count only coordinated with the word and are no other cue (전용 for 移用). Cue words repeat across
    words (사건, 피해): each is kept once."""
    shared: dict[str, str] = {}
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    joined: dict[tuple[str, str], tuple[str, ...]] = {}
    wide: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    partners: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for hangul, hanja, words in _rows('curated/sense_cues.tsv'):
        listed = [w for w in (w.strip() for w in words.split(',')) if w]
        coordinated = tuple(w[1:] for w in listed if w.startswith(COORDINATED_MARK))
        if coordinated:
            partners.setdefault(hangul, []).append((hanja, coordinated))
            listed = [w for w in listed if not w.startswith(COORDINATED_MARK)]
            if not listed:
                continue
        starred = tuple(w[1:] for w in listed if w.startswith(SENTENCE_MARK))
        if starred:
            wide.setdefault(hangul, []).append((hanja, starred))
            listed = [w[1:] if w.startswith(SENTENCE_MARK) else w for w in listed]
        cues = tuple(shared.setdefault(w, w) for w in listed if not w.startswith(JOINED_MARK))
        marked = tuple(shared.setdefault(w[1:], w[1:]) for w in listed if w.startswith(JOINED_MARK))
        if marked:
            joined[hangul, hanja] = joined.get((hangul, hanja), ()) + marked
        out.setdefault(hangul, []).append((hanja, cues + marked))
    every = {k: tuple(dict.fromkeys(w for _, ws in v for w in ws)) for k, v in out.items()}
    own = {k: tuple((h, tuple(w for w in ws if w not in joined.get((k, h), ()))) for h, ws in v)
           for k, v in out.items()}
    return {k: (every[k], frozenset(shared.setdefault(w[:2], w[:2]) for w in every[k]), own[k])
            for k in out}, joined, {k: tuple(v) for k, v in wide.items()}, {k: tuple(v) for k, v in partners.items()}


def _cued_nouns() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """cued_nouns.tsv: hangul -> ((hanja or -, its cue words), ...), in the file's order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for hangul, hanja, words in _rows('curated/cued_nouns.tsv'):
        out.setdefault(hangul, []).append((hanja, tuple(w.strip() for w in words.split(',') if w.strip())))
    return {k: tuple(v) for k, v in out.items()}


def _counter_cues() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """counters.tsv's fourth column: the words after a counter that choose one of its senses."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in _rows('curated/counters.tsv'):
        if len(row) > 3 and row[3]:
            out.setdefault(row[0], []).append((row[1], tuple(row[3].split(','))))
    return {k: tuple(v) for k, v in out.items()}


def _collocation_nouns() -> dict[str, tuple[str, tuple[str, ...], bool, tuple[str, ...]]]:
    """collocation_nouns.tsv: hangul -> (its first sense, the words of all its rows, bare, the endings of
    the words before that make it the noun). A noun with two rows (일: 日 before 정부, 一 before 실시예) is a
    collocation before any of their words; which sense, the word that follows decides (collocation_senses)."""
    out: dict[str, tuple[str, tuple[str, ...], bool, tuple[str, ...]]] = {}
    for row in _rows('curated/collocation_nouns.tsv'):
        hangul, hanja, words, mode = row[:4]
        cues = tuple(words.split(','))
        before = tuple(row[4].split(',')) if len(row) > 4 and row[4] else ()
        first = out.get(hangul)
        out[hangul] = (first[0], first[1] + cues, first[2], first[3] + before) if first \
            else (hanja, cues, mode in ('bare', 'bare-only'), before)
    return out


def _collocation_senses() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The collocation nouns with more than one row: hangul -> ((hanja, its words), ...) in file order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for hangul, hanja, words, *_ in _rows('curated/collocation_nouns.tsv'):
        out.setdefault(hangul, []).append((hanja, tuple(words.split(','))))
    return {k: tuple(v) for k, v in out.items() if len(v) > 1}


def _rulers() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """현종 -> ((顯宗, {*}), (玄宗, {당, 당나라})): each ruler's title with the states that name it (* for none)."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for hangul, hanja, states, *_ in _rows('curated/rulers.tsv'):
        out.setdefault(hangul, []).append((hanja, frozenset(states.split(','))))
    return {k: tuple(v) for k, v in out.items()}


def _grouped(rows, key_col=0, value_col=1) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        values = out.setdefault(row[key_col], [])
        if row[value_col] not in values:
            values.append(row[value_col])
    return {k: tuple(v) for k, v in out.items()}


PLACE_SUFFIXES = {'시': '市', '주': '州', '현': '縣', '성': '省'}  # what closes a foreign place's name (loanword_suffixes.tsv)
COMMON_IN_CHINESE = 20  # jieba count from which a word counts as common in Chinese
CUE_ONLY_MARK = 'chosen only by its cues'  # ends the note of a single_nouns.tsv sense only its cue words choose


_ADVERB_TAILS = ('껏', '없이', '로이')  # native endings that make an adverb of a noun: 誠心껏, 關係없이, and
# 롭다's adverb 로이 (自由로이, 平和로이, 順調로이, as 自由롭게 beside them), which mecab-ko-dic lists whole


def _sino_stem_adverb(word: str, pos: str, curated: frozenset[str]) -> bool:
    """Whether mecab-ko-dic's adverb is a Sino-Korean noun with a curated sense and 껏, 없이 or 로이
    (성심껏, 관계없이, 자유로이): the noun is written in Hanja like any other (誠心껏, 關係없이, 自由로이), while
    마음껏, 거침없이, 새로이 stay native, and so do the idioms native_words.tsv lists (대중없이, 間斷 in 간단없이;
    사사로이)."""
    return pos == 'MAG' and word.endswith(_ADVERB_TAILS) and any(
        word[:-len(t)] in curated for t in _ADVERB_TAILS if word.endswith(t) and len(word) - len(t) >= 2)


HADA_SYLLABLES = frozenset('하해했한할함합')  # the first syllables of 하다's forms (한, 할, 했 …)
DOEDA_SYLLABLES = frozenset('되된될됨됐돼됩')  # ... and of 되다's (된, 될, 됐, 됩니다 …)


def _hada_root_form(word: str, pos: str, roots: frozenset[str]) -> bool:
    """Whether mecab-ko-dic's verb form is a Sino-Korean root's 하다 verb (대해서 'about': 對해서),
    which mixed script writes with the root in Hanja as it does 對해, 對한."""
    return pos.startswith('V') and len(word) >= 2 and word[0] in roots and word[1] in HADA_SYLLABLES \
        or pos == 'MAG' and len(word) == 3 and word[0] in roots and word[1:] == '하게'  # (急하게, 甚하게, 貴하게:
    # mecab-ko-dic lists these forms of 하다 as adverbs)


def _build() -> Lexicon:
    predicate_senses, passive_senses, adjective_senses, cued_predicates = _predicate_senses()
    native_rows = _rows('curated/native_words.tsv')  # (read once: the native table, loanwords and cued words use it)
    particle_rows = _rows('curated/particles.tsv')
    titles = _rows('curated/person_titles.tsv')
    words = _word_table('words.tsv')
    added: dict[str, set[str]] = {}
    for hangul, hanja, *_ in _rows('curated/added_words.tsv'):  # common words the dictionaries lack
        added.setdefault(hangul, set()).add(hanja)
        have = words.get(hangul)
        if have is None or hanja not in have.split(' '):
            words[hangul] = f'{have} {hanja}' if have else hanja
    corpus = _word_table('words_mecab.tsv')
    for key, values in corpus.items():
        have = words.get(key, '')
        cands = have.split(' ') if have else []
        cands += [h for h in values.split(' ') if h not in cands]
        in_corpus = set(values.split(' ')) | added.get(key, set())
        words[key] = ' '.join(cands) + '\t' + ''.join('1' if h in in_corpus else '0' for h in cands)
    for key, mine in added.items():  # a curated common word is a word in use, as mecab-ko-dic's are
        cands, _, mask = words[key].partition('\t')
        if not mask:
            words[key] = cands + '\t' + ''.join('1' if h in mine else '0' for h in cands.split(' '))
    chars: dict[str, tuple[str, ...]] = {}
    glosses: dict[str, str] = {}
    surface: dict[str, set[str]] = {}
    for e in _entries('chars.tsv'):
        chars[e.hangul] = e.hanja
        for ch, gloss in zip(e.hanja, e.glosses):
            if gloss:
                glosses.setdefault(ch, gloss)
        forms = surface_readings(e.hangul)
        for ch in e.hanja:
            surface.setdefault(ch, set()).update(forms)
    for ch, extra in EXTRA_READINGS.items():
        surface.setdefault(ch, set()).update(extra)
    readings = {ch: ''.join(sorted(forms)) for ch, forms in surface.items()}
    primary = {ch: e.hangul for e in _entries('readings.tsv') for ch in e.hanja}
    basic = frozenset(ch for e in _entries('basic_hanja.tsv') for ch in e.hanja)
    affixes = _rows('curated/sino_affixes.tsv')
    counting = _rows('curated/native_numerals.tsv')
    sino_adverbs = {r[0]: r[1] for r in _rows('curated/sino_adverbs.tsv')}  # 恒常, 自己: not native
    curated = frozenset(r[0] for name in ('homograph_defaults', 'usual_senses') for r in _rows(f'curated/{name}.tsv'))
    hada_roots = frozenset(r[0] for r in _rows('curated/hada_roots.tsv'))  # (their 하다 forms are not native)
    single = frozenset(r[0] for r in _rows('curated/single_nouns.tsv'))  # (a lone Sino noun and 의 is not native)
    japanese_surnames = frozenset(r[0] for r in _rows('curated/japanese_surnames.tsv'))
    states = _rows('curated/foreign_states.tsv')
    cues, joined_cues, sentence_cues, coordinated_cues = _sense_cues()
    lexicon = Lexicon(
        word_reading_table=_word_table('word_readings.tsv'), chars=chars, glosses=glosses,
        association=Rows(parse_table(_lines(ASSOCIATION_FILE))),
        readings=readings, primary=primary, basic=basic,
        defaults={**sino_adverbs, **{r[0]: r[1] for r in _rows('curated/homograph_defaults.tsv')}},
        sino_adverbs=frozenset(sino_adverbs),
        usual={r[0]: r[1] for r in _rows('curated/usual_senses.tsv')},
        predicate_senses=predicate_senses,
        passive_senses=passive_senses,
        adjective_senses=adjective_senses,
        cued_predicates=cued_predicates,
        domains=_domains(),
        suffixes=_grouped(r for r in affixes if r[2] == 'suffix'),
        prefixes=_grouped(r for r in affixes if r[2] == 'prefix'),
        prefix_chars=frozenset(r[1] for r in affixes if r[2] == 'prefix'),
        counters=_grouped(_rows('curated/counters.tsv')),
        counter_cues=_counter_cues(),
        counter_chars=frozenset(r[1] for r in _rows('curated/counters.tsv') if len(r[1]) == 1),
        native_numerals=frozenset(r[0] for r in counting if r[1] == 'numeral'),
        native_counters=frozenset(r[0] for r in counting if r[1] == 'counter'),
        native_measures=frozenset(r[0] for r in counting if r[1] == 'measure'),
        numerals=_grouped(_rows('curated/numerals.tsv')),
        single_nouns=_grouped([*_rows('curated/single_nouns.tsv'),
                               *(r for r in _rows('curated/cued_nouns.tsv') if r[1] != '-')]),
        determiners=_grouped(_rows('curated/determiners.tsv')),
        dynasties=_grouped(_rows('curated/dynasties.tsv')),
        rulers=_rulers(),
        surnames=_grouped(_rows('curated/surnames.tsv')),
        person_titles=frozenset(r[1] for r in titles),
        person_title_starts=frozenset(r[0][:2] for r in titles if len(r[0]) > 1),
        collocation_nouns=_collocation_nouns(),
        collocation_senses=_collocation_senses(),
        collocation_only=frozenset(r[0] for r in _rows('curated/collocation_nouns.tsv') if r[3] == 'bare-only'),
        sense_cues=cues, joined_cues=joined_cues, sentence_cues=sentence_cues, coordinated_cues=coordinated_cues,
        cued_nouns=_cued_nouns(),
        hada_roots=_grouped(_rows('curated/hada_roots.tsv')),
        adverb_roots=_grouped(_rows('curated/adverb_roots.tsv')),
        stately_roots=_grouped(_rows('curated/stately_roots.tsv')),
        native={**{word: pos for word, pos, *_ in _rows('native_mecab.tsv')
                   if word not in sino_adverbs and not _sino_stem_adverb(word, pos, curated)
                   and not _hada_root_form(word, pos, hada_roots)
                   and not (pos == 'IC' and word in curated)
                   and not (pos == 'NNG' and word in added)  # an interjection of a curated Sino
                   and not (pos == 'MAG' and word[-1:] == '에' and (word[:-1] in added or word[:-1] in curated))
                   # (and an adverb in 에 whose noun added_words.tsv curates, or whose noun has a curated
                   # default, is that noun and 에: 瞬息間에, 天下에, 猝地에, as 瞬息間의)
                   and not (pos == 'NNG' and len(word) == 2 and word[1] == '의' and word[0] in single)
                   and word not in _MECAB_NOT_NATIVE},
        # word's spelling stands alone, takes no particle and is rare in prose: 下野 聲明, 下野를 (not 하야);
        # a mecab noun without Hanja that added_words.tsv curates as a common Sino word is that word (巫堂);
        # nor is a one-syllable Sino noun with the genitive 의 a noun of its own (약의 is 藥의, the medicine's);
        # nor a mecab noun that prose only writes as a Sino noun and its particle (_MECAB_NOT_NATIVE)
                **{word: pos for word, pos, *_ in native_rows if word not in sino_adverbs}},
        particles=frozenset(r[0] for r in particle_rows),
        vocatives=frozenset(r[0] for r in particle_rows if r[1] == 'voc'),
        copula={r[0]: r[-1].strip() == 'yes' for r in _rows('curated/copula.tsv')},
        light_verbs={r[0]: r[-1].strip() == 'yes' for r in _rows('curated/light_verbs.tsv')},
        native_suffixes=frozenset(r[0] for r in _rows('curated/native_suffixes.tsv')),
        loanword_suffixes=_loanword_suffixes(),
        endings=_endings(),
        light_verb_starts=_light_verb_starts(),
        verb_stems=frozenset(r[0] for r in _rows('verb_stems_mecab.tsv')),
        bare_roots=frozenset(r[0] for r in _rows('roots_mecab.tsv')),
        mixed_words=_mixed_words(japanese_surnames),
        place_names={r[0]: r[1] for r in _rows('curated/place_names.tsv')},
        japanese_surnames=japanese_surnames,
        regnal_names=frozenset(r[0] for r in _rows('curated/regnal_names.tsv')),
        foreign_states=frozenset(r[0] for r in states),
        states_after_versus=frozenset(r[0] for r in states if r[2] == 'yes'),
    )
    lexicon.foreign_places = lexicon.foreign_states.union(*(
        [head for head, hanja in lexicon.loanword_suffixes.get(syllable, (None, {}))[1].items() if hanja == place]
        for syllable, place in PLACE_SUFFIXES.items()))  # (lists: a generator would read `place` only once the
    # loop has ended, keeping the heads of 省 alone)
    lexicon.productivity = _productivity(value.partition('\t')[0] for value in words.values())
    lexicon.automaton = WordAutomaton(words)
    del words  # (the automaton holds them now: the tables below are built without a second copy)
    lexicon.zh_frequency, lexicon.zh_nominal, lexicon.zh_verbal = _zh_table()
    lexicon.curated_hanja = frozenset(lexicon.defaults.values()) | frozenset(lexicon.usual.values())
    lexicon.field_hanja = frozenset(h for senses in lexicon.domains.values() for h in senses if len(h) == 2) \
        | frozenset(h for h in lexicon.place_names.values() if len(h) == 2)
    lexicon.cue_only_nouns = frozenset(r[0] + r[1] for r in _rows('curated/single_nouns.tsv')
                                       if r[2].endswith(CUE_ONLY_MARK))
    lexicon.curated_readings = {hanja: hangul for hangul, hanja, *_ in (
        *_rows('curated/added_words.tsv'), *_rows('curated/word_readings.tsv')) if len(hangul) == len(hanja) >= 2}
    lexicon.compound_heads = _compound_heads(lexicon)
    lexicon.loanword_nouns = frozenset(word for word, pos, note, *_ in native_rows
                                       if pos == 'noun' and note.startswith('loanword'))
    lexicon.cued_native = frozenset(  # a native word of two syllables or more that native_words.tsv marks
        # AMBIGUOUS and sense_cues.tsv gives a Sino sense: Hangul unless that sense's cue stands near
        word for word, _pos, note, *_ in native_rows
        if len(word) >= 2 and 'AMBIGUOUS' in note and any(
            hanja != '-' for hanja, _ in lexicon.sense_cues.get(word, ((), (), ()))[2]))
    lexicon.cued_adverbs = frozenset(  # a mecab adverb that spells a noun with cues and no curated default
        # (단지 'only' and 團地, 매장 and 賣場): with a topic particle and a cue near, the noun (아파트 團地는);
        # bare it stays the adverb (단지 아파트를 샀을 뿐). 우선 has a default (于先), the adverb's own Hanja.
        word for word, pos in lexicon.native.items()
        if pos == 'MAG' and len(word) >= 2 and word not in lexicon.defaults and any(
            hanja != '-' for hanja, _ in lexicon.sense_cues.get(word, ((), (), ()))[2]))
    lexicon.cued_native = lexicon.cued_native | lexicon.cued_adverbs
    lexicon.cued_native_heads = frozenset(word[:2] for word in lexicon.cued_native)
    return lexicon


def _compound_heads(lexicon: Lexicon) -> frozenset[str]:
    """Two-character words in use (common in Chinese, in mecab-ko-dic, or a curated choice) whose
    first character takes the initial sound law at a word's start (理論 이론, 女性 여성, 年金
    연금): inside a run of Hanja, after a common two-character word, they begin the next word
    of a compound."""
    curated = lexicon.curated_hanja  # a curated choice of any key
    heads = set()
    for key, values in lexicon.word_items():
        if len(key) != 2:
            continue
        for hanja in values.split(' '):
            inside = len(hanja) == 2 and lexicon.char_reading(hanja[0], False)
            if inside and initial_sound_law(inside) == key[0] != inside \
                    and (hanja in curated or lexicon.in_use(key, hanja)):
                heads.add(hanja)
    return frozenset(heads)


_NOMINAL_TAGS = frozenset({'n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'ng', 't', 's', 'f'})
_VERBAL_TAGS = frozenset({'v', 'vn', 'vd', 'vi', 'vg', 'a', 'ad', 'an', 'd'})


def _zh_table() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """zh_frequency.tsv: Chinese counts, and the words jieba tags as nouns and as verbs."""
    counts: dict[str, int] = {}
    nominal, verbal = [], []
    for line in _lines('zh_frequency.tsv'):
        if line and line[0] != '#':
            word, count, tag = line.split('\t')
            counts[word] = int(count)
            if tag in _NOMINAL_TAGS:
                nominal.append(word)
            elif tag in _VERBAL_TAGS:
                verbal.append(word)
    return counts, frozenset(nominal), frozenset(verbal)


def _productivity(values) -> dict[str, int]:
    """How often each character occurs in the dictionary's words: a frequency proxy with no corpus."""
    counts = Counter(chain.from_iterable(values))
    counts.pop(' ', None)
    return dict(counts)


_lock = threading.RLock()
_lexicon: Lexicon | None = None


def get_lexicon(reload: bool = False) -> Lexicon:
    """The shared Lexicon, built on first call (once, even under threads).

    `reload=True` reads the files again (for the build script, which rewrites them).
    """
    global _lexicon
    if _lexicon is None or reload:
        with _lock:
            if reload:
                _lexicon = _build()
            elif _lexicon is None:
                from ._cache import load_or_build
                _lexicon = load_or_build(_build_with_readings, Lexicon)
    return _lexicon


def _build_with_readings() -> Lexicon:
    """`_build`, and the word readings worked out with it, so the cache keeps them too."""
    global _lexicon
    from .reading import hanja_readings
    _lexicon = _build()  # (the readings are read through the shared Lexicon)
    try:
        _lexicon.hanja_readings = hanja_readings(_lexicon)
    except BaseException:
        _lexicon = None
        raise
    return _lexicon
