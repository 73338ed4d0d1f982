"""Coordinated one-syllable nouns, whose Hanja their partners decide.

Two joined by 와/과 that together spell a dictionary compound take its Hanja: 선과 악의 → 善과
惡의, 빈과 부의 → 貧과 富의, 상과 벌을 → 賞과 罰을. Korean names the poles of a pair (善惡, 貧富,
賞罰, 得失, 南北) by splitting the compound around the conjunction; alone, neither syllable
says which of its many Hanja it is. Where a syllable is a curated one-syllable noun, the
compound must give it one of its own senses: 실과 천 'thread and cloth' is no 實踐. And news joins the one-syllable names of countries with a
middle dot: 한·미 → 韓·美, 한·중·일 → 韓·中·日, 북·미 → 北·美, and so one such name before a
longer one: 한·캐나다 → 韓·캐나다, 한·EU → 韓·EU. Three or more one-syllable nouns joined by middle dots
take the compound they spell (인·의·예·지 → 仁·義·禮·智), and so do three or more joined by 와/과 (고와 집과
멸과 도 → 苦와 集과 滅과 道), and the units of a budget statutes list so (장ㆍ관ㆍ항 → 章ㆍ款ㆍ項). One-syllable
members before a dot that share the tail of the longer word after it take the Hanja of the words they shorten
(국·공립 → 國·公立, 동·서양 → 東·西洋).
"""
from __future__ import annotations

import regex

from ._analysis import CONSONANT, RIEUL, final_sound
from ._choice import rank_candidates
from ._items import Item
from ._lexicon import Lexicon

# a lone syllable, 와/과 and a space, a lone syllable and the rest of its eojeol. (Not a middle
# dot: statutes list units so, 시ㆍ도 for 市와 道, where the compound 試圖 is no pair.)
_PAIR = regex.compile(r'(?<![가-힣])([가-힣])([와과]) ([가-힣])([가-힣]*)')
_CHAIN = regex.compile(r'(?<![가-힣])((?:[가-힣][와과] ){2,})([가-힣])([가-힣]*)')  # three or more: 고와 집과 멸과 도
_PARTICLE_STARTS = frozenset('의을를이가은는에으로도만과와까부처보께')  # (not a light verb: 편철하여야)

# the one-syllable names of countries in news, and 러 (Russia), which has no Hanja
COUNTRIES = {'한': '韓', '미': '美', '일': '日', '중': '中', '북': '北', '남': '南', '영': '英', '독': '獨',
             '불': '佛', '호': '濠', '몽': '蒙'}
_NO_HANJA_COUNTRIES = frozenset('러')
# the poles of philosophy whose syllables are also native words (이 'this', 체 'pretence', 천 'cloth', 지 'since',
# 실 'thread') or whose compound the dictionary ranks another way (正東, 同情) or lacks (理氣): 이와 기 → 理와 氣,
# 정과 동 → 靜과 動, 체와 용 → 體와 用; only as a pair joined by 와/과 or a middle dot, each with its tail
POLES = {'이기': '理氣', '정동': '靜動', '동정': '動靜', '체용': '體用', '천인': '天人', '지행': '知行', '허실': '虛實',
         '공사': '公私',  # (공과 사를, though 공과 is a word: 公課, 工科)
         '면마': '綿麻',  # the fabrics, 綿과 麻 (the dictionary's first 面麻 is a pockmarked face)
         # the Confucian and Buddhist pairs of essays and reviews: 名과 實, 本과 末, 性과 情, 義와 利, 禮와 樂, 眞과 僞,
         # 心과 物, 定과 慧, 止와 觀, 頓과 漸, 禪과 敎, 因과 果, 聖과 俗, 敬과 義 (not the dictionary's 敬意), and the pairs of fortune and feeling
         # whose first syllable is a native word too (길 'road', 귀 'ear', 애 'child'): 吉과 凶, 貴와 賤,
         # 榮과 辱, 愛와 憎, 喜와 悲 (禮와 樂 keeps its 樂 in Hangul, which alone reads 락: 禮와 악, not 惡)
         '명실': '名實', '본말': '本末', '성정': '性情', '의이': '義利', '예악': '禮樂', '진위': '眞僞',
         '심물': '心物', '정혜': '定慧', '지관': '止觀', '돈점': '頓漸', '선교': '禪敎', '인과': '因果',
         '성속': '聖俗', '경의': '敬義', '길흉': '吉凶', '귀천': '貴賤', '영욕': '榮辱', '애증': '愛憎', '희비': '喜悲',
         '남북': '南北', '동서': '東西',  # (the quarters, which a pole may also leave bare before the next word:
         # 南과 北 어디에도, 東과 西 모두, 公과 私 區分; those in _POLE_NOT_BEFORE_E may not: 成果 속 깊이)
         # and the pairs news writes with a dot for both sides of a divide, whose syllables are native words too
         # (신 'shoes', 노 'oar', 관 'coffin', 좌 and 우 alone) or whose compound ranks another way (神舊 for 신·구)
         '신구': '新舊', '좌우': '左右', '노사': '勞使', '노정': '勞政', '당정': '黨政', '민관': '民官', '빈부': '貧富',
         '갑을': '甲乙',  # (and a contract's parties, whose 을 is also the object particle: 甲과 乙 사이의)
         # the opposites set against each other in argument, whose syllables are native words or curated nouns of
         # another sense alone (이 'this', 암 癌, 시 市, 장 場, 강 江, 남 'others') or whose compound ranks another
         # way (理解, 請託, 男女 written 남녀): 明과 暗, 是와 非, 利와 害, 長과 短, 强과 弱, 男과 女
         '명암': '明暗', '시비': '是非', '이해': '利害', '장단': '長短', '강약': '强弱',
         '선후': '先後', '승패': '勝敗', '공수': '攻守', '주종': '主從', '우열': '優劣', '청탁': '淸濁', '노소': '老少',
         '남여': '男女', '대소': '大小',
         # the Way and its virtue of Laozi's book and the reviews of it, bare before the next word too: 道와 德 槪念,
         # 道와 德의; 도와 is also 돕다's, so 도와 덕을 stays, as any pair does whose 와 spells a native form after an object
         '도덕': '道德',
         # the dynasties of China a history names by twos, whose syllables alone are curated nouns of another sense
         # first (수 數, 당 黨, 명 名) or native words (청 'request'): 隋와 唐의 侵略, 唐과 宋, 明과 淸
         '수당': '隋唐', '당송': '唐宋', '명청': '明淸',
         # the colour and scent of food and flowers, which the dictionary's 色鄕 (a town of beauties) took: 色과 香
         '색향': '色香',
         # the sides and sets news abbreviates with dots: 與·野 合意, 初·中·高 敎育, the three papers 朝·中·東
         '여야': '與野', '초중고': '初中高', '조중동': '朝中東'}
# lists of one-syllable units that statutes join with middle dots and no dictionary spells (or ranks so): a
# budget's chapter, section and item (章ㆍ款ㆍ項, also before ㆍ細項ㆍ目), which read singly took 長ㆍ官ㆍ項; the
# land categories of paddy and dry field (田ㆍ畓, also before ㆍ果樹園ㆍ牧場用地), which took 前ㆍ答
DOTTED_UNITS = {'장관항': '章款項', '전답': '田畓'}
_UNITS_BEFORE_LONGER = regex.compile(r'(?<![가-힣·ㆍ])[가-힣](?:[·ㆍ][가-힣])+(?=[·ㆍ][가-힣]{2})')  # 장ㆍ관ㆍ항ㆍ세항
# poles whose first syllable and 과 are a common word (성과 成果, 본과 本科, 인과 因果): not before 에, where the word
# and a noun of place read better (놀라운 성과 속에서, not 聖과 俗에서)
_POLE_NOT_BEFORE_E = frozenset({'성속', '본말', '인과'})
# poles whose first syllable and 와 are also a verb's form that takes an object (도와 'helping'): not before 을
_POLE_NOT_BEFORE_OBJECT = frozenset({'도덕'})
# words whose sense a list of countries before them names: 韓·日 頂上은, 北·美 頂上 間 (not 正常)
_AFTER_COUNTRIES = {'정상': '頂上'}
_COUNTRY_LIST = regex.compile(r'(?<![가-힣·ㆍ])[가-힣](?:[·ㆍ][가-힣])+(?![가-힣]*[·ㆍ])([가-힣]*)')
# a one-syllable name before a dot and the longer name of another state or bloc, as news names agreements
# and summits (한·캐나다 FTA, 한·아세안 정상회의, 한·EU): the longer name in capitals, or a state's or bloc's
# (foreign_states.tsv) or a country's that 産 follows (loanword_suffixes.tsv)
# one-syllable members before a dot and a longer word whose tail they share, as news shortens a list: 國·公立
# (國立·公立), 東·西洋 (東洋·西洋)
_SHARED_TAIL = regex.compile(r'(?<![가-힣·ㆍ])((?:[가-힣][·ㆍ])+)([가-힣]{2,})')
_NAME_AFTER_DOT = regex.compile(r'(?<![가-힣·ㆍ])([가-힣])[·ㆍ](?:([가-힣]{2,})|[A-Z]{2,})')


def _opens_with_state(word: str, lexicon: Lexicon, is_tail) -> bool:
    """Whether word is a foreign state's name of two syllables or more (foreign_states.tsv) and a tail."""
    return any(word[:j] in lexicon.foreign_states and (j == len(word) or is_tail(word[j:]))
               for j in range(len(word), 1, -1))


def coordinated_pairs(text: str, items: list[Item], lexicon: Lexicon, is_tail, protected) -> list[Item]:
    """The items with the pairs of the text added or re-ranked ('pair': the compound's
    character first), sorted by position; `items` itself when the text has none.

    >>> from ._lexicon import get_lexicon
    >>> from ._analysis import Analyzer
    >>> lex = get_lexicon(); tail = Analyzer(lex).is_tail
    >>> [(i.hangul, i.candidates[0]) for i in coordinated_pairs('선과 악을', [], lex, tail, set().__contains__)]
    [('선', '善'), ('악', '惡')]
    >>> coordinated_pairs('이와 반대로', [], lex, tail, set().__contains__)
    []
    >>> [i.candidates[0] for i in coordinated_pairs('한·미·일 정상', [], lex, tail, set().__contains__)]
    ['韓', '美', '日', '頂上']
    >>> [i.candidates[0] for i in coordinated_pairs('한·캐나다 協定', [], lex, tail, set().__contains__)]
    ['韓']
    >>> coordinated_pairs('일·가정 양립', [], lex, tail, set().__contains__)
    []
    >>> [i.candidates[0] for i in coordinated_pairs('인·의·예·지를', [], lex, tail, set().__contains__)]
    ['仁', '義', '禮', '智']
    >>> [i.candidates[0] for i in coordinated_pairs('이와 기의', [], lex, tail, set().__contains__)]
    ['理', '氣']
    >>> [i.candidates[0] for i in coordinated_pairs('고와 집과 멸과 도의', [], lex, tail, set().__contains__)]
    ['苦', '集', '滅', '道']
    """
    found: dict[int, Item] = {}
    native, has_word, basic, defaults = lexicon.native, lexicon.has_word, lexicon.basic, lexicon.defaults
    single = lexicon.single_nouns
    for m in _PAIR.finditer(text):
        first, joiner, second, rest = m.groups()
        pole = POLES.get(first + second)
        if pole is not None and (first + second in _POLE_NOT_BEFORE_E and rest.startswith('에')
                                 or first + second in _POLE_NOT_BEFORE_OBJECT and rest.startswith('을')):
            pole = None
        if first + joiner in native and text[:m.start()].rstrip()[-1:] in ('을', '를'):
            continue  # a native verb's form after its object: 이웃을 도와 덕을 쌓았다 (돕다's 도와, not 道와 德)
        if (final_sound(first) in (CONSONANT, RIEUL)) != (joiner == '과') or first + joiner in defaults and pole is None:
            continue  # 와 follows a vowel, 과 a consonant (사과 배); a common word is no pair (結果, 不過), but a
            # pole is (공과 사를 → 公과 私를, not 公課)
        if (first in native or second in native) and pole is None or protected(first) or protected(second) \
                or not (rest[0] in _PARTICLE_STARTS and is_tail(rest) if rest
                        else m.end() == len(text) or not text[m.end()].isspace()
                        or pole is not None and first + second not in _POLE_NOT_BEFORE_E) \
                or pole is None and not has_word(first + second):
            continue  # a native word (해와 달); the second no noun: a particle or the end of a phrase
            # must follow it (이와 반대로)
        if pole is None and rest and second + rest[0] in defaults and (len(rest) == 1 or is_tail(rest[1:])):
            continue  # the second syllable opens a common word its tail closes: 會議 前과 會議 後에 (not 前回 as
            # 前과 回의), as a common word in 과 is no pair
        best = pole or rank_candidates(first + second, lexicon.words(first + second), lexicon)[0]
        if pole is None and (not lexicon.in_use(first + second, best) or not (best[0] in basic and best[1] in basic)
                             or not all(c in single.get(h, (c,)) for h, c in zip((first, second), best))):
            continue  # only common words of common characters, each the noun its syllable is alone if the
            # syllable is one (賞과 罰을; not 實踐 for 실과 천 'thread and cloth', 效忠 for 효와 충, 祝望 for 축과 망)
        for at, hangul, hanja in ((m.start(1), first, best[0]), (m.start(3), second, best[1])):
            found[at] = Item(at, at + 1, hangul, 'pair', (hanja,))
    for m in _CHAIN.finditer(text):
        links, last, rest = m.groups()
        members = links[::3] + last  # (each link is a syllable, 와 or 과 and a space)
        if any((final_sound(c) in (CONSONANT, RIEUL)) != (j == '과') for c, j in zip(links[::3], links[1::3])) \
                or any(protected(c) for c in members) or rest and not (rest[0] in _PARTICLE_STARTS and is_tail(rest)):
            continue
        listed = _listed_compound(members, lexicon)
        if listed:  # 고와 집과 멸과 도 → 苦와 集과 滅과 道 (苦集滅道), as a list of dots would
            for k, hanja in enumerate(listed):
                at = m.start() + 3 * k
                found[at] = Item(at, at + 1, members[k], 'pair', (hanja,))
    if '·' in text or 'ㆍ' in text:
        for m in _COUNTRY_LIST.finditer(text):
            rest = m.group(1)
            names = m.group()[:len(m.group()) - len(rest)]
            members = names[::2]  # (every other character: the dots between)
            if rest and not is_tail(rest) or any(protected(c) for c in members):
                continue
            if rest and len(members) == 2 and _opens_with_state(members[1] + rest, lexicon, is_tail):
                continue  # (한·독일, 한·미국: a state's longer name after the dot, which _NAME_AFTER_DOT reads)
            countries = all(c in COUNTRIES or c in _NO_HANJA_COUNTRIES or c == '소' for c in members)
            listed = None if countries else _listed_compound(members, lexicon)
            if listed:  # 인·의·예·지 → 仁·義·禮·智, 희·노·애·락, 진·선·미: the compound the members spell
                for k, (c, hanja) in enumerate(zip(members, listed)):
                    found[m.start() + 2 * k] = Item(m.start() + 2 * k, m.start() + 2 * k + 1, c, 'pair', (hanja,))
                continue
            if not countries or all(c in _NO_HANJA_COUNTRIES or c == '소' for c in members):
                continue  # only names of countries, and what follows them a tail: 한·미 간, 한·일의 (시ㆍ도 stays)
            after = m.end() + 1  # the word after the list: 韓·日 頂上은 (a summit, not 正常)
            if not rest and text[m.end():after] == ' ':
                for word, hanja in _AFTER_COUNTRIES.items():
                    tail = text[after + len(word):_word_end(text, after)]
                    if text.startswith(word, after) and (not tail or is_tail(tail)):
                        found[after] = Item(after, after + len(word), word, 'pair', (hanja,))
            soviet = '소' in members and not set(members) <= {'소', '중'}  # the USSR in a list of states
            for k, c in enumerate(members):  # (미·소 → 美·蘇; 중·소 alone may be 中·小 of sizes, so left alone)
                at = m.start() + 2 * k
                if c in COUNTRIES:
                    found[at] = Item(at, at + 1, c, 'pair', (COUNTRIES[c],))
                elif c == '소' and soviet:
                    found[at] = Item(at, at + 1, c, 'pair', ('蘇',))
        for m in _UNITS_BEFORE_LONGER.finditer(text):  # (a list going on with longer members: 章ㆍ款ㆍ項ㆍ細項ㆍ目,
            # 田ㆍ畓ㆍ果樹園)
            members = m.group()[::2]
            if members in DOTTED_UNITS and not any(protected(c) for c in members):
                for k, (c, hanja) in enumerate(zip(members, DOTTED_UNITS[members])):
                    found[m.start() + 2 * k] = Item(m.start() + 2 * k, m.start() + 2 * k + 1, c, 'pair', (hanja,))
        _shared_tails(text, found, lexicon, is_tail, protected)
        states = lexicon.loanword_suffixes.get('산', (None, {}))[1]  # (the heads of its 産 row: 캐나다産)
        for m in _NAME_AFTER_DOT.finditer(text):
            first, name = m.group(1), m.group(2)
            if first not in COUNTRIES or m.start() in found or protected(first) or name is not None and not any(
                    name[:j] in lexicon.foreign_states or name[:j] in states for j in range(len(name), 1, -1)):
                continue  # (일·가정 양립 is work and home: the name after the dot must open with a state's)
            found[m.start()] = Item(m.start(), m.start() + 1, first, 'pair', (COUNTRIES[first],))
    if not found:
        return items
    kept = [item for item in items if not any(item.start <= at < item.end for at in found)]
    return sorted([*kept, *found.values()])


def _shared_tails(text: str, found: dict[int, Item], lexicon: Lexicon, is_tail, protected) -> None:
    """One-syllable members before a dot that, with the tail of the longer word after the last dot, spell
    words ending in the same Hanja take the first Hanja of those words (국·공립 → 國·公立, 동·서양 → 東·西洋);
    every member must, or none does; a last member of one syllable and its particles is no such word (姓·本의)."""
    for m in _SHARED_TAIL.finditer(text):
        members, word = m.group(1)[::2], m.group(2)
        if is_tail(word[1:]) or any(m.start() + 2 * k in found or protected(c) for k, c in enumerate(members)):
            continue
        full = next((word[:j] for j in range(len(word), 1, -1)
                     if lexicon.has_word(word[:j]) and (j == len(word) or is_tail(word[j:]))), None)
        if full is None:
            continue
        tail_hanja = _first_sense(full, lexicon)[1:]
        firsts = []
        for c in members:
            sense = _first_sense(c + full[1:], lexicon) if lexicon.has_word(c + full[1:]) else ''
            if sense[1:] != tail_hanja or not lexicon.in_use(c + full[1:], sense):
                break
            firsts.append(sense[0])
        else:
            for k, (c, hanja) in enumerate(zip(members, firsts)):
                at = m.start() + 2 * k
                found[at] = Item(at, at + 1, c, 'pair', (hanja,))


def _first_sense(word: str, lexicon: Lexicon) -> str:
    """The first-ranked Hanja of a dictionary word."""
    return rank_candidates(word, lexicon.words(word), lexicon)[0]


def _word_end(text: str, start: int) -> int:
    """Where the run of Hangul syllables from start ends."""
    end = start
    while end < len(text) and '가' <= text[end] <= '힣':
        end += 1
    return end


def _listed_compound(members: str, lexicon: Lexicon) -> str | None:
    """The Hanja of a list of one-syllable nouns joined by middle dots (인·의·예·지, 희·노·애·락, 시·서·화) where
    together they spell a dictionary word of three syllables or more in use; where the word has other readings,
    of basic characters, each the noun its syllable is alone if the syllable is one (仁義禮智, 喜怒哀樂, 詩書畵,
    春夏秋冬, though 夏 is no noun alone and 畵 no basic character); or a pair of POLES (정·동). Two
    members are no such list otherwise: statutes write 시ㆍ도 for 市와 道, where the compound is 試圖."""
    word = ''.join(members)
    if word in POLES or word in DOTTED_UNITS:
        return POLES.get(word) or DOTTED_UNITS[word]
    if len(word) < 3 or not lexicon.has_word(word):
        return None
    candidates = lexicon.words(word)
    best = rank_candidates(word, candidates, lexicon)[0]
    single, basic = lexicon.single_nouns, lexicon.basic
    if len(best) != len(word) or not lexicon.in_use(word, best) or len(candidates) > 1 and (
            not all(c in basic for c in best) or not all(c in single.get(h, (c,)) for h, c in zip(members, best))):
        return None
    return best
