"""What the words around a Hangul run say about it: the context bits of its analysis.

Each function looks at the text beside one run (the word before it, the word after it)
and answers one question the analysis asks: is a verb governed here (책을 사고), may a
bound noun or a determiner stand here (할 수, 兩 팀), does a name follow (故 김구)?
"""
from __future__ import annotations

import re
from typing import Callable

from ._analysis import (CONTRACTED_BOUND, DIGIT_VALUES, END_OF_PERIOD, FINAL_NIEUN, LONE_NUMERALS, GUARDED_DETERMINERS, LOAN_UNITS,
                        NOUN_TAGS, NUMBER_DETERMINERS, NUMERAL_UNITS, ZERO_NUMERALS, Analyzer, final_sound)
from ._hangul import is_syllable, join, split, syllables_from, word_before
from ._lexicon import Lexicon

_NEGATIONS = (' 않', ' 못', ' 말', ' 마라', ' 마세요', ' 마십시오', ' 마요', ' 마셈', ' 아니하', ' 아니한', ' 아니할')
# after a verb in 지: 보지 않다, 보지 말라, 사지 마요; and 마 alone, as chat writes it (사지 마, not 마비: _bare_ma)
_AFTER_GO = (' 싶', ' 있', ' 계시', ' 왔', ' 갔', ' 와서', ' 가서', ' 올게', ' 갈게', ' 나가', ' 나갔', ' 나간', ' 나와',
             ' 나왔', ' 나온', ' 다니', ' 다녀', ' 다녔')  # after a verb in 고: 보고 싶다,
# 사고 있다; and before 'come, go' in the past or in 서, 게 (면접 보고 왔는데, 밥 먹고 갈게), or 'go out, go about'
# (장화 신고 나갔다, 입고 다녔다), which a bare noun hardly takes
_AFTER_GI = (' 위해', ' 위한', ' 위하', ' 전에', ' 전부터', ' 직전', ' 시작', ' 어렵', ' 쉽', ' 싫', ' 힘들',
             ' 바라', ' 마련', ' 일쑤', ' 십상', ' 좋', ' 편하', ' 편해', ' 귀찮', ' 나쁘', ' 나빠')
# after a verb in 기: 사기 위해, 사기 전에, 지기 시작했다; 'good, easy or tiresome to do': 입기 좋다, 쓰기 편해요
_AFTER_GIRO = (' 했', ' 한다', ' 합', ' 하고', ' 하자', ' 하였', ' 해', ' 약속', ' 합의', ' 결정', ' 결심')
# after a verb in 기로: 'decide to' (사기로 했다, 주기로 합의했다; not 詐欺, 週期; ' 한 ' is left out: 週期로 한 番)
_TIME_UNITS = frozenset('년월일주간분초루')  # a span before 을: 3年을, 10分을, 하루를 (週期로)
_AFTER_HAL = (' 수', ' 것', ' 때', ' 줄', ' 리', ' 뿐', ' 만', ' 바', ' 터', ' 적')  # 通할 수, 當할 것
_AUXILIARIES = (' 있', ' 버리', ' 버렸', ' 버린', ' 버려', ' 놓', ' 두', ' 둬', ' 뒀', ' 주', ' 줘', ' 줬', ' 보', ' 봐', ' 봤')
# auxiliaries after a connective in 아, 어 (꽉 차 있다, 사 두다, 가 버렸다)
_AUXILIARY_NAE = (' 냅니', ' 낸다', ' 내고', ' 내어', ' 냈', ' 내면', ' 내서', ' 내야', ' 내세', ' 내요', ' 내는', ' 낸 ')
_AUXILIARY_STEMS = frozenset('주보두놓내드버가오')  # 해 주자, 먹어 보고, 써 두면
_REGARDING_STEMS = frozenset('보삼')  # verbs of 'regard as' after a word in 로: 失手로 보고, 機會로 삼아
_CONNECTIVE_FINALS = frozenset('아어여해워와져줘봐써러겨쳐켜혀뎌려녀')  # the word before an auxiliary ends so
_SERIAL_FINALS = frozenset('아어워려겨쳐켜춰')  # a native verb's infinitive before a second verb (갖추어 입고, 차려 입고)
COMPARISONS = (' 달리', ' 달라', ' 같', ' 다르', ' 다른', ' 비슷', ' 마찬가지', ' 함께', ' 더불어', ' 동일', ' 유사',
               ' 구별', ' 구분', ' 대조', ' 비교', ' 차이', ' 상관', ' 무관', ' 관련', ' 통하', ' 통한')
# words of likeness, difference or company: the 과 before them is the particle (自然과 달리, 以前과 같이)
_NOUN_TAGS = frozenset({'noun', 'pronoun', 'NNG', 'NNP', 'NP'})  # (not bound nouns: 하는 수는)
_TITLES = frozenset('씨군양님')  # after a surname: 고 씨 is Mr Ko
_OPENING_QUOTES = frozenset('‘“\'"「『《〈')
_SENTENCE_FINALS = frozenset('다냐까요죠')  # 한다 고 했다, spaced wrongly


_CONTRACTING_VOWELS = frozenset((0, 1, 4, 5, 6))  # ㅏ ㅐ ㅓ ㅔ ㅕ: a stem so ending swallows its 아, 어 (가요, 서, 켜요)
_NEGATING_ADVERBS = frozenset({'안', '못'})
_CONTRACTED_TAILS = frozenset({'', '요', '도', '자', '면'})  # what contracted_verb reads after the stem (and 야 forms)
_PERMISSIONS = (' 돼', ' 되', ' 괜찮')  # 'may': 가도 돼, 사도 되나요
_MUSTS = (' 돼', ' 되', ' 하', ' 한다', ' 한단', ' 한답', ' 한대', ' 해', ' 했', ' 할', ' 합', ' 겠')  # 'must': 가야 돼,
# 사야 한다 (not 한 alone: 가야 韓國)
_MUST_FORMS = frozenset({'야겠다', '야겠어', '야겠네', '야겠지', '야겠다고', '야겠어요', '야지', '야지요', '야죠', '야만'})
_VERB_BEFORE = frozenset({'이거', '그거', '저거', '이것', '그것', '이걸', '그걸', '저걸', '하나', '같이', '빨리', '얼른', '어서',
                          '우리', '먼저', '그냥', '이번엔', '여기', '거기', '저기', '지금', '이제', '나중에', '일찍', '오늘', '내일',
                          '개', '잔', '병', '권', '벌', '켤레', '판', '봉지', '그만', '일단', '다시', '얼른',
                          '지하철', '버스', '택시', '기차', '비행기', '자전거', '그네'})  # (지하철 타자, 그만 자자)
# an object, an adverb of place or time, or a counted object's counter before 'let us' or 'if' (이거 사자, 두 개 사자,
# 여기 서면, 이거 사면; not 獅子, 書面, 四面)
_AUXILIARIES_AFTER_STEM = (' 봐', ' 봤', ' 본 ', ' 볼 ', ' 보고', ' 보자', ' 보니', ' 보면', ' 줘', ' 줬', ' 줄게', ' 주세요', ' 버려',
                ' 버렸', ' 둬', ' 뒀')  # auxiliaries after a contracted stem: 말 타 본 적, 이거 사 줘 (not 他 본, 四 줘)
_SHOWN_NOUNS = frozenset('차')  # a stem that is as often a noun shown before 봐 (내 車 봐!, 차 'kick' aside)
_CLAUSE_ENDS = frozenset('.!?~…"\'”’)\nㅋㅎㅠㅜ^;')  # what follows a clause's last word in chat and prose


def contracted_verb(text: str, start: int, end: int, run: str, stems: frozenset[str]) -> bool:
    """Whether a run is a one-syllable verb stem that swallowed its 아, 어, where a verb stands: bare or
    with 요 after 안 or 못 (안 자?, 못 가요), with 요 at the end of a clause (여행 가요!, 여기 서요.,
    아기가 자요), not after 몇 (몇 세요?); with 도 before 되다 or 괜찮다 (가도 돼?, 사도 돼?); with 야
    before 되다, 하다 or 겠 (가야 돼, 사야 해, 사야겠다, 가야지); with 자 at the end of a clause, or with
    면, after an object, an adverb of place or time or a counter (이거 사자!, 두 개 사자, 여기 서면, 고기를
    사면). The Sino words these spell (歌謠, 者, 西遼, 街道, 使徒, 四野, 獅子, 書面) hardly stand so."""
    n = len(run)
    stem, tail = run[0], run[1:]
    if n > 4 or tail not in _CONTRACTED_TAILS and tail[:1] != '야' or stem not in stems:
        return False  # (the usual run: another tail, or no stem)
    _, medial, final = split(stem)
    if final or medial not in _CONTRACTING_VOWELS:
        return False
    if tail == '도':
        return text.startswith(_PERMISSIONS, end)
    if tail == '야':
        return text.startswith(_MUSTS, end)
    if tail[:1] == '야':
        return tail in _MUST_FORMS
    previous = _previous_word(text, start) if start > 1 and text[start - 1] == ' ' else ''
    rest = text[end:end + 3].lstrip(' ')
    clause_end = not rest or rest[0] in _CLAUSE_ENDS
    if tail == '자' and not clause_end:
        return False
    if tail == '자' and _opens_sentence(text, start):
        return True  # a proposal alone (불 꺼. 자자., not 刺字)
    if tail in ('자', '면'):
        return previous in _VERB_BEFORE or previous[-1:] in ('을', '를') and len(previous) > 1
    if not tail and stem not in _SHOWN_NOUNS and text.startswith(_AUXILIARIES_AFTER_STEM, end):
        return True  # before an auxiliary verb (말 타 본 적, not 他)
    if tail not in ('', '요'):
        return False
    if previous in _NEGATING_ADVERBS:
        return True
    if n == 1 or previous == '몇' or previous[-1:] == '의':
        return False
    return clause_end


def after_native_numeral(text: str, start: int, numerals: frozenset[str],
                         counted: Callable[[], bool] | None = None) -> bool:
    """Whether the word before the space at start - 1 is a native numeral (세 명, 여러 개). 한 after a
    modifier in 는 is the bound noun 'as long as' (規定이 없는 한 改正하지, not 한 個 + 艇) unless
    `counted` says the run is a counter alone or with particles (남아 있는 한 名이)."""
    word = _previous_word(text, start)
    if word == '한' and counted is not None and start > 3 and text[start - 3] == ' ' and text[start - 4] == '는':
        return counted()
    return word in numerals


_SPAN_ENDS = ('부터', '까지')  # the particles that open or close a span (예로부터, 只今까지)
_DATIVES = ('에게', '께', '한테')  # the particles of a person something is given, told or handed down to
QUOTATIVE = ('다고', '라고', '냐고', '자고')  # a quoted clause before a verb of saying or seeing: …다고 보고
_EVENT_STEMS = frozenset('나오지치뜨끄크가차일')  # stems of events whose 자 'as soon as' spells no noun that
# stands bare before another (나자, 오자, 지자, and 일다's 論難이 일자; not 記者, 世子, 弟子, 走者, 庶子: 홍길동이 庶子 身分으로)
# (a native noun in 이, any of NOUN_TAGS, is no subject in 이: 어린이 記者, 종이 치자; a verb form in 이 is: 불이
# 나자, where mecab lists 불이 as a verb)
_AFTER_BARE_NOUN = ('출신', '없이', '없는')  # words a bare noun stands before (庶子 出身, 誤字 없이)
_TIME_AFTER_MODIFIER = (' 무렵', ' 녘', ' 즈음')  # bound nouns of time that follow a verb's modifier (질 무렵)
_SEEN_WHEN = frozenset({'어제', '오늘', '방금', '아까', '처음', '직접', '최근', '지난번', '전에', '일찍이'})  # 본 after
# these is 보다's: 어제 본 발명 大會
SUBJECT_ENDINGS = ('가', '이', '께서')  # how a subject before a verb's modifier ends (내가 본, 그가 한)
_SUBJECT_PRONOUNS = frozenset({'내가', '네가', '니가', '제가', '그가', '우리가', '너희가', '저희가', '그들이', '그녀가',
                               '당신이', '자네가'})
_NOUN_TAKERS = ('드리', '드렸', '드린', '드립', '드릴', '났', '납', '난다')  # verbs that take a bare Sino noun
# besides the light verbs: 報告 드리다, 事故 났다
# a personal pronoun as subject, or a subject in 께서: the verb form after it is the verb (내가 보고, 예수께서 보시니)


# a noun in 해 and the words it stands bare before as a noun, not as a root and 해 after an object (see governs_verb)
_HARM_HEADS = {'피해': ('지역', '주민', '가구', '농가', '어가', '어민', '상인', '학생', '아동', '가족', '기업', '업체',
                      '복구', '규모', '보상', '현황', '회복', '구제', '지원', '신고', '사례', '액', '금액'),
               '사고': ('장소', '현장', '지점', '당시', '직후', '경위', '원인')}
# (an accident bare before its place or its inquiry: 被害者를 事故 場所로부터 옮겨, not 사다's 사고)
_ADJECTIVE_ROOTS = frozenset('심강약급험악귀천')  # roots of adjectives in 하다 (甚하다, 强하다) that say how their subject is
# one-syllable roots whose 하다 takes a complement in 에 (이에 對해, 法에 依한, 추위에 弱해); after 에 the
# others are nouns (政府에 被害 補償을, not 避해: 避하다 takes an object)
_GOVERNS_E = frozenset('대관의속반비한당응향준기인임제처면접연즉가취능편약강친전')
_GOVERN_EGE = frozenset('대관한')  # those of them that take a person in 에게 too: 우리에게 對한 사랑, 學生에게 限해
# (not 반: 그녀에게 반해 is the native 'fall for')


def _nominal_gi(word: str, analyzer: Analyzer) -> bool:
    """Whether an eojeol is a verb's nominal form in 기, bare or with particles (빌리기, 팔기를)."""
    k = word.find('기', 1)
    return k > 0 and (k + 1 == len(word) or analyzer.is_particles(word[k + 1:]))


def _bare_ma(text: str, end: int) -> bool:
    """Whether 마, the plain imperative of 말다, stands alone after a run (사지 마, 사지 마!), not a word in 마 (마비)."""
    return text.startswith(' 마', end) and (end + 2 == len(text) or not is_syllable(text[end + 2]))


def _negated_after(text: str, end: int) -> bool:
    """Whether a negation follows, or another form in 지도 or 지는 and then one (보지도 듣지도 말라)."""
    for _ in range(3):
        if text.startswith(_NEGATIONS, end) or _bare_ma(text, end):
            return True
        if not text.startswith(' ', end):
            return False
        k = end + 1
        while k < len(text) and is_syllable(text[k]):
            k += 1
        if k - end < 4 or text[k - 2] != '지' or text[k - 1] not in '도는':
            return False
        end = k
    return False


def _listed_by_dot(text: str, end: int, last: str) -> bool:
    """Whether a middle dot right after a run lists it with a next word that does not end as it does: a
    noun in a list (申告·納付, 報告·協議), not verbs in a row with the same ending (보고·듣고)."""
    if text[end:end + 1] not in '·ㆍ':
        return False
    following = syllables_from(text, end + 1)
    return bool(following) and following[-1] != last


def _heads_curated_compound(run: str, following: str, analyzer: Analyzer) -> bool:
    """Whether `run` and the start of the next word spell a compound with a curated sense or a
    field's (대한 + 제국: 大韓帝國)."""
    lex = analyzer.lex
    return any(run + following[:k] in lex.defaults or run + following[:k] in lex.usual
               or run + following[:k] in lex.domains for k in range(2, min(len(following), 4) + 1))


_VERBS_OF_SPIRIT = tuple(' ' + v for v in ('쓰', '써', '썼', '펴', '폈', '펼', '살리', '살려', '살렸', '죽이', '죽여', '죽였',
                                            '모아', '모으', '모았', '받', '불어', '꺾', '누르', '눌러'))


_HA_JA = '하자'
_INTENT_ENDINGS = ('려', '고자')  # a verb's intent, which 하다 follows (가려 하자, 떠나고자 하자)


def governs_verb(text: str, start: int, end: int, run: str, analyzer: Analyzer) -> bool:
    """Whether the context makes a verb form (사고, 산, 주자) a verb: an object, an adverb, an
    adverb in 게 or a quoted clause before it (책을 사고, 새로 산, 얇게 간, 옳다고 보고), a
    connective before an auxiliary (해 주자), an auxiliary after it (보고 싶다, 보지 않다), what
    takes a verb in 기 after it (사기 위해, 사기 전에); for a
    root and 해 an object, 기 or 에 (하기 爲해)."""
    last = run[-1]
    if _listed_by_dot(text, end, last):
        return False  # a noun a middle dot lists with the next: 附加價値稅를 申告·納付합니다 (not 신다's 신고)
    if len(run) == 1 and not split(run)[2] and not text.startswith(_AUXILIARIES, end):
        return False  # a stem that swallowed its 아, 어 (꽉 차 있다) is a verb only before an auxiliary
    if last == '지' and (text.startswith(_NEGATIONS, end) or _bare_ma(text, end)) or last == '고' and text.startswith(_AFTER_GO, end):
        return True
    if len(run) > 2 and run[-2] == '지' and last in '도는' and _negated_after(text, end):
        return True  # the 도 or 는 a negation's 지 takes: 보지도 않았다, 보지도 듣지도 말라 (not 保持도)
    if len(run) == 2 and last in _CONNECTIVE_FINALS and text.startswith(_AUXILIARY_NAE, end):
        return True  # a connective before the auxiliary 내다: 고아 냅니다, 우려 낸다 (not 孤兒, 憂慮)
    if len(run) == 2 and last == '기':
        return text.startswith(_AFTER_GI, end) or run[0] in _AUXILIARY_STEMS and start >= 2 \
            and text[start - 1] == ' ' and text[start - 2] in _CONNECTIVE_FINALS \
            and len(_previous_word(text, start)) >= 2
        # (恒常 詐欺 사건: what comes before says little; but an auxiliary's 기 after a connective is
        # the auxiliary: 막아 주기 때문이다, 써 두기 위해, not 週期)
    if len(run) == 2 and last == '할' and text.startswith(_AFTER_HAL, end) \
            and _bound_word(syllables_from(text, end + 1), analyzer):
        return True  # (the bound noun alone or with particles: 管轄 水域, not 關할 水域)
    if start < 2 or text[start - 1] != ' ':
        return False
    if len(run) == 2 and last == '를' and text.startswith(_VERBS_OF_SPIRIT, end):
        return False  # 氣 and 를 before the verbs of its idioms, even after an object a later verb takes: 돈을
        # 氣를 쓰고 모았다 (not 기르다's 기를, which a noun follows: 힘을 기를 수)
    before = text[start - 2]
    if run == _HA_JA and _previous_word(text, start).endswith(_INTENT_ENDINGS):
        return True  # 하다's 'as soon as' after an intent in 려 or 고자: 붙잡으려 하자 (not 瑕疵)
    if _object_then_wrongly(text, start, run):
        return True
    if run[1:2] == '기' and _previous_word(text, start) == _LAPS:
        return True  # a verb in 기 after laps counted: 한 바퀴 돌기에 (not 突起; 바퀴의 突起 keeps its particle)
    if last == '한' and len(run) == 2 and text.startswith((' 있', ' 없'), end):
        return False  # a verb's modifier 한 never stands before 있다 or 없다, a noun does: 事件을 權限 있는
        # 當局에 (not 勸한), 理由를 說明할 權限 없이
    if last == '한' and len(run) == 2 and text.startswith((' 또는 ', ' 및 '), end):
        return False  # nor before 또는 or 및, which join it to the next noun: 機會를 制限 또는 剝奪하거나,
        # 權利를 制限 및 停止한다 (not 除한)
    if last == '한' and len(run) == 2 and text.startswith(' ', end) \
            and _heads_curated_compound(run, syllables_from(text, end + 1), analyzer):
        return False  # a noun in 한 spaced from the word it compounds with, whose object is a later
        # verb's: 國號를 大韓 帝國으로 고쳤다 (大韓帝國, not 對한)
    if run in _HARM_HEADS and text.startswith(' ', end) and syllables_from(text, end + 1).startswith(_HARM_HEADS[run]):
        return False  # the harm bare before the place or people it struck, whose object is a later verb's:
        # 50億 원을 被害 地域에 支援한다, 誠金을 被害 住民에게 傳達했다 (not 避해)
    if last == '해' or last == '한' and len(run) == 2:
        return before in '을를' or before == '기' and not _noun_in_gi(_previous_word(text, start), analyzer) \
            or before == '에' and run[0] in _GOVERNS_E \
            or before == '게' and run[0] in _GOVERN_EGE and _previous_word(text, start).endswith('에게') \
            or before == '데' and run[0] in _GOVERNS_E and _previous_word(text, start) == '데' \
            or last == '해' and before in '이가' and run[0] in _ADJECTIVE_ROOTS and len(_previous_word(text, start)) >= 2
        # (an adjective's root and 해 after its subject is the adjective: 磨滅이 甚해, 被害가 甚해, not 深海)
        # (the bound noun 데 drops its 에 before 對한, 關해: 게을리한 데 對한 制裁)
    if run == '적을':
        return before in '이가' or text.startswith(_AFTER_HAL, end)  # 적다's modifier after its subject or
        # before a bound noun (量이 적을 때, 적을 수 있다), else the noun 敵 (城에 올라 敵을 살폈다)
    if last == '할' and len(run) == 2:
        return False  # (only a bound noun after it, above: 區域을 分割, an adjective's root takes no object)
    if run[1:] == '기로':  # the nominal form in 기로 before 하다 'decide to': 주기로 했다, 사기로 합의했다
        if before in _CONNECTIVE_FINALS and run[0] in _AUXILIARY_STEMS and len(_previous_word(text, start)) >= 2:
            return True  # an auxiliary after a connective: 교체해 주기로, 깎아 주기로 (not 週期)
        previous = _previous_word(text, start)
        return text.startswith(_AFTER_GIRO, end) \
            and not (previous[-1:] in '을를' and previous[-2:-1] in _TIME_UNITS)
        # but a span in 을 takes the noun: 3年을 週期로 한다, 1年을 週期로 했다
    if run[1:] == '기와' and not (text.startswith(' ', end) and _nominal_gi(syllables_from(text, end + 1), analyzer)):
        return False  # 'and' joins a verb in 기 to another (땅을 사기와 빌리기), else a noun: 그를 詐欺와 橫領 嫌疑로
    if run[1:2] == '기' and not (len(run) == 4 and run[:2] in analyzer.lex.verb_stems and not analyzer.is_particles(run[2:])):
        return before in '을를' or before in _CONNECTIVE_FINALS and run[0] in _AUXILIARY_STEMS  # with particles:
        # 돈을 쓰기도, 사 두기도 (a stem of two in 기 and a connective is read below: 쉽게 감기지만)
    previous = _previous_word(text, start)
    if len(run) == 1 and before == '에' and len(previous) >= 2:
        return True  # a verb's modifier after a place or goal in 에: 목에 건, 집에 간, 벼랑에 선
        # (件, 間, 線 do not stand bare after a noun in 에; 間 bare follows a bare noun: 韓美 間)
    if len(run) == 1 and (previous.endswith('에서') and len(previous) >= 3 or _after_sequence(previous, analyzer)) \
            and text.startswith(' ', end) and is_syllable(text[end + 1:end + 2] or ' ') and _modifier_form(run, analyzer) \
            and not any(text.startswith(words, end + 1) for _, words in analyzer.lex.sense_cues.get(run, ((), (), ()))[2]):
        return True  # ... and after the place it was done in 에서, or a verb joined to it by 아서 or 고, before the
        # noun it modifies: 便宜店에서 산 牛乳, 서울에서 산 歲月, 貸出을 받아서 산 아파트, 큰맘 먹고 산 노트북 (not 山);
        # not before a cue of the noun it also spells (智異山에서 山 頂上까지, 올라가서 山 頂上에)
    if len(run) == 1 and _sino_noun_before(previous, analyzer):
        return False  # a Sino noun whose last syllable looks like a particle or a connective is a noun: 國家 間,
        # 子女 間, 男女 間 (not 가 'subject' and 간 'gone', nor 녀 'connective' and an auxiliary)
    if len(run) == 1 and split(run)[2] == 4 and (before in '이가' and len(previous) >= 2 or previous == '날') \
            and text[end:end + 1] == ' ' and is_syllable(text[end + 1:end + 2] or ' ') and _modifier_form(run, analyzer):
        return True  # ... and after a subject, before the noun it modifies: 금이 간 壁, 角이 선 바지, and the
        # idiom 날 선 批判 (間, 線 stand bare after no subject)
    if len(run) == 2 and last == '자' and run[0] != '하' and len(previous) >= 2 and before in '이가' \
            and analyzer.lex.native.get(previous) not in NOUN_TAGS \
            and (_verb_may_follow(text, end, analyzer) if run[0] not in _EVENT_STEMS
                 else not (text[end:end + 1] == ' ' and (_takes_a_noun(syllables_from(text, end + 1), analyzer)
                                                         or text.startswith(_AFTER_BARE_NOUN, end + 1)))):
        return True  # the connective 자 'as soon as' after a subject (not a native word in 이 alone: 어린이
        # 記者): 戰爭이 나자, 해가 지자, 비가 오자 (not 儺者, 智者, 誤字; 하자 stays 瑕疵: 物件이 瑕疵 있는);
        # of other stems a word with standing after it keeps the noun: 그가 記者 會見을, 王이 世子 冊封을
    if len(run) == 1 and _modifier_form(run, analyzer) and text.startswith(_TIME_AFTER_MODIFIER, end):
        return True  # a verb's modifier before a bound noun of time: 해 질 무렵, 해 뜰 녘 (not 質, 陣)
    if len(run) == 2 and last == '요' and (before == '에' and len(previous) >= 2 or previous.endswith('러')):
        return True  # the polite form after a goal in 에 or a purpose in 러: 學校에 가요, 놀러 와요 (not 歌謠)
    if len(run) == 3 and last in '야면' and run[1] != '하' and len(previous) >= 2 \
            and previous.endswith(('에', '에게', '께', '한테')):
        return True  # a verb's 어야 'must' or 면 'if' after a place or person it leans on: 어디에 기대야 하는가,
        # 그에게 기대면 (not 期待야, 期待면; a noun takes no 에 before its copula; 法에 依하면 keeps its root)
    if before == '로' and run[0] in _REGARDING_STEMS and len(run) > 1 \
            and not (text[end:end + 1] == ' ' and _takes_a_noun(syllables_from(text, end + 1), analyzer)):
        return True  # 'regard as': 失手로 보고 넘어갔다, 危機로 보아 (but 書面으로 報告 드리다)
    if len(run) >= 3 and run[1] == '하' and previous.endswith(_DATIVES):
        return True  # a root and a form of 하다 after someone in 에게 or 께, whom the verb addresses:
        # 神에게 告하는, 後孫에게 傳하고 (not 高下는, 殿下는; a bare 報告 after 에게 stays open, below)
    if run[0] == '하' and len(run) >= 2 and (before == '라' or previous.endswith('라고')):
        return True  # 하다 'call' after what a thing is named: 中點을 M이라 하자, 넓이를 S라고 하면 (not 瑕疵)
    if len(run) >= 3 and run[1] == '하' and previous.endswith(_SPAN_ENDS) and len(previous) >= 3:
        return True  # ... and after the start or end of a span in 부터 or 까지, which a verb takes and a
        # topic seldom follows: 예로부터 傳하는 이야기, 오늘날까지 傳하는 民謠 (not 殿下는)
    if before in _SERIAL_FINALS and len(previous) >= 2 and _object_before(text, start - len(previous) - 1) \
            and analyzer.is_native(previous) \
            and not (text[end:end + 1] == ' ' and _takes_a_noun(syllables_from(text, end + 1), analyzer)):
        return True  # a second verb after an object and a verb's infinitive, sharing the object: 祭服을 갖추어
        # 입고, 옷을 차려 입고 (not 入庫; 安全을 爲해 事故 豫防 is no infinitive of a native verb)
    if len(run) == 3 and run[1:] == '고도' and text.startswith(_HADA_AFTER_DO, end):
        return False  # a noun and 도 before 하다 (所得을 申告도 하지 않았다), where 고도 'even after' is a verb's
        # (傷處를 입고도 버텼다, 물을 주고도: not 入庫도, 走高跳)
    if _several_units(previous):
        return False  # 'several' tens or thousands, or a long Hangul numeral, counts what follows: 數十 年,
        # 數萬 年, 數十萬 年 前, 五十萬 年 (not an adverb, nor 'only' in 만, before a verb 녀다)
    return before in '을를' or before in _CONNECTIVE_FINALS and _stem_syllable(run) in _AUXILIARY_STEMS \
        or before == '만' and len(previous) >= 3 and not previous[-2].isdigit() and not analyzer.names_bay(previous) \
        and not (text[end:end + 1] == ' ' and _takes_a_noun(syllables_from(text, end + 1), analyzer)) \
        or previous in analyzer.adverbs and not _limit_follows(text, end) or previous.endswith(QUOTATIVE) \
        or previous.endswith('게') and not previous.endswith('에게') \
        or (previous in _SUBJECT_PRONOUNS or previous.endswith('께서') or _plural_subject(previous)) \
        and _verb_may_follow(text, end, analyzer)
    # an object in 만 'only' in place of 을: 指標만 보고 判斷하는 (a noun of two syllables or more
    # before 만, so not 불만 or 천만; nor before a light verb: 結果만 報告 드렸다);
    # 얇게 간, 크게 보고 (그에게 報告); 내가 보고 엎드리어, but 내가 報告 드리고, 그가 事故 現場에


_LIMITS = ('이상', '이하', '미만', '초과')  # bounds a noun of measure or penalty takes, bare or in 의, 에, 으로
_LIMIT_TAILS = frozenset({'', '의', '에', '으로', '인', '에서', '은', '도'})


def _limit_follows(text: str, end: int) -> bool:
    """Whether a bound (以上, 以下, 未滿, 超過) follows at end, bare or with a particle: the word before it
    is a noun, not a verb form after an adverb (다시 禁錮 以上에 該當하는 罪; 다시 보고 異常한 點은 stays)."""
    if not text.startswith(' ', end) or not text.startswith(_LIMITS, end + 1):
        return False
    return syllables_from(text, end + 1)[2:] in _LIMIT_TAILS


_HADA_AFTER_DO = (' 하', ' 한', ' 했', ' 할', ' 합', ' 해', ' 안 ', ' 못 ')  # a form of 하다 (or its negation) after 도


_NUMBER_SYLLABLES = frozenset('일이삼사오육칠팔구십백천만억')


def _several_units(word: str) -> bool:
    """Whether a word is a Sino numeral in Hangul with a unit: 수 and units (수십, 수만, 수십만) or three
    syllables or more of numerals (오십만, 삼십억); not two (이만 'this much', 오만 'arrogance', 천만)."""
    if len(word) < 2 or not _NUMBER_SYLLABLES.issuperset(word[1:]) or NUMERAL_UNITS.isdisjoint(word[1:]):
        return False
    return word[0] == '수' and word[1] in NUMERAL_UNITS or len(word) >= 3 and word[0] in _NUMBER_SYLLABLES


def _sino_noun_before(previous: str, analyzer: Analyzer) -> bool:
    """Whether the word before is a whole Sino-Korean noun in standing (國家, 子女), no native word."""
    return len(previous) >= 2 and analyzer.well_attested(previous) and previous not in analyzer.lex.native


def _plural_subject(previous: str) -> bool:
    """Whether a word is a plural subject in 들이 (바리새인들이, 사람들이), before which a verb form in 고
    is the verb when persons spoken to follow (see _verb_may_follow)."""
    return len(previous) >= 3 and previous.endswith('들이')


def _verb_may_follow(text: str, end: int, analyzer: Analyzer) -> bool:
    """Whether what follows a verb form after a subject lets it be the verb: not a light verb
    that takes the Sino noun (報告 드리다, 報告 받다, 事故 났다) nor a Sino word with standing
    that it would modify (事故 現場, 報告 內容)."""
    if end < len(text) and text[end] != ' ':
        return True  # punctuation or the text's end
    following = syllables_from(text, end + 1) if end + 1 < len(text) else ''
    if following.endswith('들에게'):
        return True  # persons spoken to next: 바리새인들이 보고 弟子들에게 이르되
    return not _takes_a_noun(following, analyzer) and (len(following) < 2 or not analyzer.has_standing(following[:2]))


def _takes_a_noun(following: str, analyzer: Analyzer) -> bool:
    """Whether the next word is a light verb or a verb that takes a bare Sino noun (報告 드리다, 事故 났다)."""
    return following.startswith(analyzer.lex.light_verb_starts) and following[0] not in '지치케코' \
        or following.startswith(_NOUN_TAKERS)  # (지, 치 … start light verbs only as contractions: 생각지)


def _after_sequence(previous: str, analyzer: Analyzer) -> bool:
    """Whether `previous` is a native verb joined to the next by 아서 or 어서 (받아서, 영끌해서) or by 고 after
    a one-syllable stem (먹고, 받고), not a conjunction (그리고, 그래서)."""
    if len(previous) < 2 or analyzer.lex.native.get(previous) == 'conjunction':
        return False
    if previous[-1] == '서':
        return previous[-2] in _CONNECTIVE_FINALS
    return len(previous) == 2 and previous[-1] == '고' and previous[0] in analyzer.lex.verb_stems


def _modifier_form(run: str, analyzer: Analyzer) -> bool:
    """Whether a one-syllable run is a native verb's modifier in ㄴ or ㄹ (본, 갈)."""
    stem = _stem_syllable(run)
    return stem != run and stem in analyzer.lex.verb_stems


def _stem_syllable(run: str) -> str:
    """The first syllable of a verb form, without the modifier's ㄴ or ㄹ if that is all there is
    (간 of 해 간 is 가다's)."""
    if len(run) > 1:
        return run[0]
    initial, medial, final = split(run)
    return join(initial, medial, 0) if final in (4, 8) else run


_FULL_COUNTERS = ('세', '살', '년', '개월', '주', '일')  # what 滿 'full' counts: 滿 19歲, 滿 3年 (never 萬 before digits)


def _full_count_follows(text: str, start: int) -> bool:
    """Whether the number at start (digits, or a range of them: 19~34) ends in an age or a span of
    time, which 만 before it makes full: 만 5세 이하, 만 19~34세, 만 3년 만에."""
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] in '~-.,'):
        end += 1
    return text.startswith(_FULL_COUNTERS, end)


_BEFORE_UNIT_WORDS = {'연': '단위', '일': '단위', '만': '나이'}  # the words a number determiner also stands before
_PER_YEAR = '연'  # 年 'per year', which also stands before the word for what a number after it counts
DRUG, DRUG_HANJA = '약', '藥'  # 約 'about' before a number, but 藥 after a word that points at it: 이 藥 1錠
POINTING = frozenset({'이', '그', '저', '본', '동', '해당', '상기', '같은'})
_LATE = frozenset({'고', '망'})  # 故 'the late' and 亡 'the deceased' (rulings: 亡 박순자), only before a name


def before_word(text: str, start: int, end: int, run: str, analyzer: Analyzer) -> bool:
    """Whether a space and a word follow a bare syllable, so that it may be a determiner (兩 팀,
    總 3名). 고 is 故 'the late' only before a name (고 김구, 고 ‘호킹’), never after a
    sentence's end (간다 고 했다, spaced wrongly); nor is a verb's modifier before a bound noun
    (그가 본 것, not 本)."""
    if end + 1 >= len(text) or text[end] != ' ':
        return False
    after = text[end + 1]
    if run in NUMBER_DETERMINERS:
        if run in _BEFORE_UNIT_WORDS and text.startswith(_BEFORE_UNIT_WORDS[run], end + 1):
            return True  # 年 單位, 日 單位; 滿 나이 (age counted in full years), with no number after
        if run == _PER_YEAR and is_syllable(after):
            following = syllables_from(text, end + 1)  # 'per year' before what is counted and its number:
            k = end + 1 + len(following)  # 年 賣出 3億 원, 年 平均 2%, 年 所得 5千萬 원 (not the kite, 연 날리기)
            return text.startswith(' ', k) and text[k + 1:k + 2].isdigit() and not analyzer.is_native(following)
        return after.isdigit() and (run != '만' or _full_count_follows(text, end + 1)) \
            and not (run == DRUG and _previous_word(text, start) in POINTING)  # 이 藥 1錠 中 (not 約)
    if run == _ESTEEMED:
        return _addresses_body(syllables_from(text, end + 1), analyzer)
    if run == _ONLY:
        return _quantity_follows(text, end + 1, analyzer)
    if run == _OCCASION:
        return _heads_card(text, start, end, analyzer)
    if run in _LATE:
        return _previous_word(text, start)[-1:] not in _SENTENCE_FINALS \
            and (after in _OPENING_QUOTES and run == '고' or _name_follows(text, end + 1, analyzer)
                 and (run == '고' or after in analyzer.lex.surnames))  # (亡 only before a Korean name:
        # 망 中立性 is the network's)
    if after in analyzer.native_bound and _modifier_form(run, analyzer):
        following = syllables_from(text, end + 1)  # a verb's modifier before a bound noun: 그가 본 것
        if len(following) == 1 or analyzer.is_tail(following[1:]):
            return False
    if after == '등':
        following = syllables_from(text, end + 1)  # a determiner wants a noun, and 등 'and so on'
        if len(following) == 1 or analyzer.is_particles(following[1:]):  # is none: 吸收의 量 等을, not 兩
            return False
    if run == '본' and _names_this_document(syllables_from(text, end + 1), analyzer) \
            and (previous := _previous_word(text, start)) not in _SUBJECT_PRONOUNS and not previous.endswith(QUOTATIVE) \
            and not previous.endswith(SUBJECT_ENDINGS) and previous not in _SEEN_WHEN:
        return True  # 本 發明, 本 明細書 after an adverb or a connective too (또한 本 發明은, 參照하여 本 發明의;
        # 내가 본 발명은, 영희가 본, 어제 본 발명 大會 stay 보다's)
    if run == '본' and (_verb_before_modifier(previous := _previous_word(text, start))
                        or previous in analyzer.adverbs and previous not in _THIS_DAY):
        return False  # 보다's modifier after an infinitive (먹어 본 음식, 가 본 사람), a pronoun subject
        # (그가 본 영화) or an adverb (어제 본, 처음 본, 자주 본), not 本; 이를 爲해 本 硏究, 이에 따라
        # 本 法 keep the determiner, as does 오늘 本 會議 (a speech's 'this')
    return is_syllable(after) or after.isdigit()


# what a patent or a contract calls itself after 本 'this' (本 發明, 本 考案, 本 明細書, 本 出願, 本 實施例):
# seen things are not named so, so 보다's modifier yields there even after an adverb or a connective
_THIS_DOCUMENT = ('발명', '고안', '명세서', '출원', '실시예', '개시')


def _names_this_document(word: str, analyzer: Analyzer) -> bool:
    """Whether a word is one of _THIS_DOCUMENT, bare or with particles (발명은, 명세서에서; not 발명품)."""
    head = next((w for w in _THIS_DOCUMENT if word.startswith(w)), None)
    return head is not None and (len(word) == len(head) or analyzer.is_particles(word[len(head):]))


_THIS_DAY = frozenset({'오늘', '금일', '이번'})  # time words a speech's 本 ('this') may follow
# infinitives that serve as postpositions or conjunctions: the determiner 本 may follow them
_POSTPOSITIONAL = frozenset({'따라', '위해', '위하여', '통해', '통하여', '대해', '대하여', '관해', '관하여', '의해',
                             '의하여', '인해', '인하여', '비추어', '걸쳐', '이어', '앞서', '아울러', '더불어', '나아가',
                             '그리하여', '하여', '더하여', '덧붙여'})
_INFINITIVE_VOWELS = frozenset({0, 1, 4, 6, 9, 14})  # ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ, closing an infinitive (먹어, 가, 해, 봐, 써)


def _verb_before_modifier(previous: str) -> bool:
    """Whether the word before a bare 본 makes it the modifier of 보다: an infinitive in 아/어
    before the auxiliary (느껴 본, 따져 본, 가 본), or a personal pronoun as subject (내가 본)."""
    if not previous or previous in _POSTPOSITIONAL:
        return False
    if previous in _SUBJECT_PRONOUNS or previous.endswith(QUOTATIVE):
        return True  # a quoted clause is 보다's: 該當한다고 본 判例, 過失이라고 본 原審 (not 本)
    initial, medial, final = split(previous[-1])
    return previous == '가' or previous.endswith(('나가', '어가', '아가')) \
        or not final and medial in _INFINITIVE_VOWELS and previous[-1] not in '가이와과나야라'
    # (a particle closes a noun: 회사가, 자료와, 아이나 …, and 甲이 本 契約을 keeps the determiner; 가 and
    # its compounds are 가다's: 가 본, 나가 본, 찾아가 본)


_SOMEONE = '모'  # 某 'a certain', after a surname whose name news withholds (김 某 氏)


def _name_follows(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether the word at start looks like a person's name: Hangul, with or without particles,
    that neither a native word nor a word in use covers, and that starts with a surname (김구의)
    or stands bare before a title or another such word (호킹 교수, 로널드 드워킨). Native 고
    'that' stands before 녀석 and 것, the surname 고 before 씨."""
    word = syllables_from(text, start)
    if len(word) == 1 and word in analyzer.lex.surnames and text.startswith(' ', start + 1):
        following = syllables_from(text, start + 2)
        return following == _SOMEONE or _title_follows(following, analyzer)  # a bare surname and a title,
        # as obituaries and anniversaries write a name once given: 고 박 會長의 1週期; or 某 'a certain',
        # as news withholds a name: 고 김 某 氏
    if len(word) < 2 or word[0] in _TITLES or analyzer.is_native(word):
        return False
    names = [word[:j] for j in range(2, len(word) + 1) if j == len(word) or analyzer.is_particles(word[j:])]
    # (particles only: a name's last syllable may spell a native suffix, 정병철 is no 精兵 + 철 'season')
    if not names or any(not _unknown_word(name, analyzer) for name in names):
        return False
    surnames = analyzer.lex.surnames
    if word[0] in surnames or word[:2] in surnames:
        return True
    following = syllables_from(text, start + len(word) + 1) if text[start + len(word):start + len(word) + 1] == ' ' else ''
    return len(following) >= 2 and (analyzer.has_standing(following) or _unknown_word(following, analyzer)
                                    and not analyzer.is_native(following))


_ESTEEMED = '귀'  # 貴 'your esteemed', as letters address a body (貴 機關, 貴 社); the native 귀 'ear' elsewhere
_ADDRESSED_BODIES = ('기관', '기구', '단체', '협회', '학회', '회사', '법인', '재단', '연구소', '연구원', '학교', '대학',
                     '대학교', '기업', '조합', '위원회', '협의회', '부처', '공사', '공단', '사', '교', '청', '원', '처',
                     '가정')  # (a school's letter to parents greets 貴 家庭)
_ONLY = '단'  # 單 'only' before a count (單 한 番, 單 두 名, 單 하루, 單 10分); elsewhere 달다's or 달다 'sweet''s
# modifier (별 두 個를 단 將星, 단 飮食)
_QUANTITY_WORDS = ('하나', '하루', '하룻', '이틀', '사흘', '나흘', '닷새', '엿새', '이레', '열흘', '보름', '며칠', '둘', '셋',
                   '넷', '일주일', '한마디', '한순간', '한시', '한두', '한번', '한치', '한푼', '한걸음', '한시도')
_SINO_DIGITS = frozenset('일이삼사오육칠팔구십백천만')
_PROVISO_PRONOUN = '이'  # 단 이 境遇: the proviso 但 before the pointing word, not 單 before 二


def _quantity_follows(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether a count opens the text at start: a digit, a native numeral (한, 두, 몇), a Sino numeral
    spelt out (십 分, 일 分), or a word of count (하루, 며칠, 한마디)."""
    if text[start:start + 1].isdigit() or text.startswith(_QUANTITY_WORDS, start):
        return True
    word = syllables_from(text, start)
    return word in analyzer.lex.native_numerals \
        or word != _PROVISO_PRONOUN and bool(word) and all(ch in _SINO_DIGITS for ch in word)


_OCCASION = '축'  # 祝 'congratulations on' heading a card or an envelope (祝 結婚, 祝 發展); the native adverb 축
# 'limply' (어깨가 축 처진) and 軸 elsewhere
_LINE_BREAKS = frozenset('\n\r')


def _addresses_body(word: str, analyzer: Analyzer) -> bool:
    """Whether a word, bare or with particles, is a body a letter is addressed to (기관의, 협회에, 사)."""
    return any(word.startswith(body) and analyzer.is_particles(word[len(body):]) for body in _ADDRESSED_BODIES)


def _heads_card(text: str, start: int, end: int, analyzer: Analyzer) -> bool:
    """Whether a bare 축 opens its line and a Sino word of standing closes it, as on a card (축 결혼,
    축 개업!), not the adverb before a verb (축 처진) nor an axis in running prose (바퀴 축 정렬)."""
    if text[:start].rstrip(' \t')[-1:] not in ('', *_LINE_BREAKS):
        return False
    word = syllables_from(text, end + 1)
    after = text[end + 1 + len(word):end + 2 + len(word)]
    return len(word) > 1 and analyzer.has_standing(word) and not analyzer.is_native(word) \
        and (after == '' or after in _LINE_BREAKS or after in '!.')


def _title_follows(word: str, analyzer: Analyzer) -> bool:
    """Whether a word, with or without particles, opens with a word whose sense names a person's title
    (회장의, 교수는, 前 is no title: 고 김 전 의원 is left to the name after it)."""
    titles = analyzer.lex.person_titles
    return any((j == len(word) or analyzer.is_tail(word[j:]))
               and not titles.isdisjoint(analyzer.lex.words(word[:j])) for j in range(2, min(len(word), 4) + 1))


def _unknown_word(word: str, analyzer: Analyzer) -> bool:
    """Neither a native word nor a word in use: a name, or a word no list has."""
    return word not in analyzer.lex.native and not analyzer.has_standing(word)


def _bound_word(word: str, analyzer: Analyzer) -> bool:
    """Whether a word after a verb's modifier is its one-syllable bound noun, bare or with
    particles (수, 것을, 때에는), not a longer word that begins so (수역, 것, 때문)."""
    return len(word) == 1 or analyzer.is_tail(word[1:])


def after_determiner(text: str, start: int, determiners) -> bool:
    """Whether the word before the space at start - 1 is a one-syllable Sino-Korean determiner
    (각 호의, 본 조의), one that is no native word too (고, 연, 일)."""
    return start > 1 and text[start - 1] == ' ' and text[start - 2] in determiners \
        and text[start - 2] not in GUARDED_DETERMINERS and (start == 2 or not is_syllable(text[start - 3]))


# a statute's or budget's units that a sub-item follows in a list: 細項 또는 目, 項ㆍ號ㆍ目, 號 및 目
_LISTED_UNIT = re.compile('(?:^|[^가-힣])(?:조|항|호|세항)(?:[·ㆍ]| 또는 | 및 | 내지 )$')


def after_listed_unit(text: str, start: int) -> bool:
    """Whether a statute's unit and a list's link come right before start, so that a sub-item follows (각
    細項 또는 目의 金額, 章ㆍ款ㆍ項ㆍ細項ㆍ目; 머리와 목 stays the neck)."""
    return bool(_LISTED_UNIT.search(text, max(0, start - 8), start))


def collocation_follows(text: str, end: int, beginnings: tuple[str, ...]) -> bool:
    """Whether a space and a word beginning with one of `beginnings` follow (소를 제기한)."""
    return text[end:end + 1] == ' ' and text.startswith(beginnings, end + 1)


def after_native_determiner(text: str, start: int, native: dict[str, str]) -> bool:
    """Whether a native determiner and a space come right before (그 일 與論이, 이 일 企業에: the native 일
    'matter', never a bare news abbreviation, which no determiner precedes)."""
    if start < 2 or text[start - 1] != ' ':
        return False
    word = _previous_word(text, start)
    return word in _DEMONSTRATIVES or native.get(word) in ('determiner', 'MM')


# 'this', 'that': pronouns to the native list, determiners after which a word is a noun (이 藥은, 그 일 與論이)
_DEMONSTRATIVES = frozenset('이그저')


def collocation_precedes(text: str, start: int, endings: tuple[str, ...]) -> bool:
    """Whether a word ending in one of `endings` and a space come before (재심의 소는, 이 사건 소를)."""
    return bool(endings) and start > 1 and text[start - 1] == ' ' and _previous_word(text, start).endswith(endings)


def _object_before(text: str, start: int) -> bool:
    """Whether the word before the space at start - 1 is an object, a noun in 을 or 를."""
    word = _previous_word(text, start) if start >= 2 and text[start - 1] == ' ' else ''
    return len(word) >= 2 and word[-1] in '을를'


def _noun_in_gi(word: str, analyzer: Analyzer) -> bool:
    """Whether a word in 기 is a noun with standing, not a verb's nominal form (任期 制限, 時期 制限; but 하기
    爲해, 먹기 爲해, 되기 爲해)."""
    return len(word) == 2 and word[0] not in analyzer.lex.verb_stems and word[0] not in '하되' \
        and analyzer.has_standing(word)


def _object_then_wrongly(text: str, start: int, run: str) -> bool:
    """A verb in 고 bare after 잘못 'wrongly' and an object before it: 里程標를 잘못 보고 엉뚱한 길로,
    番號를 잘못 보고 (not 報告; 잘못 報告했다 keeps its light verb)."""
    adverb = _previous_word(text, start)
    return len(run) == 2 and run[1] == '고' and adverb == _WRONGLY and start > len(adverb) + 1 \
        and _previous_word(text, start - len(adverb) - 1).endswith(('을', '를'))


_WRONGLY = '잘못'
_LAPS = '바퀴'  # the counter of laps, bare before the verb that runs them: 한 바퀴 돌기


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes and a sentence's closing mark stand before start (or nothing)."""
    j = start - 1
    while j >= 0 and text[j] in ' "\'“‘':
        j -= 1
    return j < 0 or text[j] in '.!?\n'


def _previous_word(text: str, start: int) -> str:
    """The Hangul word before the space at start - 1."""
    begin = start - 1
    while begin > 0 and '가' <= text[begin - 1] <= '힣':  # (is_syllable, inline: a hot loop)
        begin -= 1
    return text[begin:start - 1]


_HADA_CONNECTIVES = frozenset('해하')  # 하다's connective and bare stem after a one-syllable root (通해, 依하)
_BEFORE_ROOT_VERB = frozenset('을를에')  # the endings of a word that makes such a root and 해 a verb (를 通해, 에 依해)
_INSIDE = '내'  # 內 'within', bare after a bare one-syllable Sino noun before a Sino word (see after_bare_noun)


_BEFORE_CLAUSE = '전'  # 前 'before' after a verb's nominal in 기, which takes the copula there
_LIGHT_GI = frozenset({'하기', '되기'})  # the light verbs' nominals (not 夏期)


def _verb_in_gi(word: str, analyzer: Analyzer) -> bool:
    """Whether a word is a verb's nominal in 기 no dictionary lists as a noun (施行하기, 들어가기, 하기, 되기;
    not 計算器, 自己)."""
    return word in _LIGHT_GI or len(word) > 2 and word[-1] == '기' and not analyzer.lex.has_word(word)


def after_bare_noun(text: str, start: int, analyzer: Analyzer, run: str = '') -> bool:
    """Whether the word before the space at start - 1 is a bare noun: a Sino-Korean word with
    nothing after it, or a counter or loanword unit after digits (建物 內, 30日 以內, 5미터 以內), where no pronoun or adverb
    follows ('my', 'soon'); before 말 'end', a word for a period (3月 末, 分期 末, 會計年度 末: not
    大統領 말에, the president's words)."""
    word = _previous_word(text, start) if start > 1 and text[start - 1] == ' ' else ''
    if not word:
        return start > 2 and text[start - 1] == ' ' and not run.startswith(END_OF_PERIOD) \
            and _measure_sign_before(text, start - 1)  # 10km 以內, 5% 以內, 300㎡ 以內
    begin = start - 1 - len(word)
    if run.startswith(_BEFORE_CLAUSE) and _verb_in_gi(word, analyzer):
        return True  # a clause's verb in 기 before it, as a bare noun: 施行하기 前이라도, 出國하기 前인 (not 轉移, 前人)
    if run.startswith(END_OF_PERIOD):
        lex = analyzer.lex
        if len(word) > 2 and not lex.has_word(word) and lex.has_word(word[-2:]):
            word = word[-2:]  # a compound no dictionary lists ends in its period: 報告期間 末, 評價期間 末
        curated = lex.defaults.get(word) or lex.usual.get(word)
        if word in _NATIVE_PERIOD_NOUNS and begin > 1 and text[begin - 1] == ' ':
            # the native month or year after the word that names which, as standard spacing writes it:
            # 다음 달 末, 이번 달 末까지, 그 해 末 (as 이달 末, 다음달 末)
            return _previous_word(text, begin) in _NATIVE_PERIOD_NOUNS[word]
        if word == _INNING and begin > 0 and text[begin - 1].isdigit():
            return run in _TIME_FORMS  # a baseball inning's bottom half: 9回 末 끝내기 安打 (3回 말했다 stays)
        return word in _PERIOD_COUNTERS and begin > 0 and text[begin - 1].isdigit() or word in _NATIVE_PERIODS \
            or word in _HISTORIC_STATES and (word not in _LANGUAGE_STATES
                                             or (run in _TIME_FORMS or word in _MODIFIER_STATES and run == _END_GENITIVE)
                                             and not text.startswith(_SPEECH_AFTER, start + len(run))) \
            or (curated.endswith(_PERIOD_ENDS) if curated else any(h.endswith(_PERIOD_ENDS) for h in lex.words(word)))
    if begin > 0 and text[begin - 1].isdigit():
        return word[0] in analyzer.lex.counters and (len(word) == 1 or analyzer.lex.has_word(word)) \
            or word in LOAN_UNITS  # a loanword unit after digits too: 5미터 以內, 100킬로미터 以內
    if len(word) == 1 and word in analyzer.lex.counters and begin > 1 and text[begin - 1] == ' ' \
            and after_sino_numeral(text, begin, analyzer.lex.numerals):
        return True  # a counter after a numeral in Hangul, as after digits: 三十 日 以內, 十 年 以後
    if run == _INSIDE and word in analyzer.lex.loanword_nouns and text[start + 1:start + 2] == ' ':
        after = syllables_from(text, start + 2)  # a loanword noun bare before 內 and a word, a loanword too, that
        return not analyzer.is_native(after) or any(  # is no native one: 메모리 內 演算, 서버 內 데이터를
            after[:k] in analyzer.lex.loanword_nouns and analyzer.is_particles(after[k:]) for k in range(2, len(after) + 1))
        # (but 'my' before 마음)
    has_word = analyzer.lex.has_word
    if run == '가장' and (word in _SUPERLATIVE_SCOPES or _graded_follows(text, start + 3, analyzer)):
        return False  # a noun naming the range a superlative runs over speaks as an adverb before 'most':
        # 歷代 가장 많은 觀覽客, 史上 가장 큰 規模 (not 家長); nor does one stand before 'most' and what it
        # grades: 이 時期 가장 重要한 變化, 그 해 가장 먼저 (少年 家長 世帶 stays)
    if _curated_noun_and_case(word, analyzer.lex):
        return False  # a curated noun and the subject's 가 or 이, or the genitive, is no bare word that spells
        # them: 原子가 가장 稠密한 (not 原子價 + 家長), 豫防의 가장 基本的인 (not 豫防醫)
    if len(word) == 2 and word[1] in _HADA_CONNECTIVES and word[0] in analyzer.lex.hada_roots and begin > 1 \
            and text[begin - 1] == ' ' and _previous_word(text, begin)[-1:] in _BEFORE_ROOT_VERB:
        return False  # nor is a root and 하다's connective after an object or 에, a verb: 리뷰를 通해 가장
        # 많이 (not 家長); 學校暴力 加害 事實은 stays
    if len(word) == 2 and word[1] == '의' and word[0] in analyzer.lex.single_nouns \
            and word not in analyzer.lex.defaults and word not in analyzer.lex.usual:
        return False  # nor is a one-syllable noun and the genitive: 이 冊의 가장 큰, 王의 가장 큰 (not 冊衣, 王衣 + 家長)
    if len(word) >= 3 and word[-1] == '상' and analyzer.lex.has_word(word[:-1]) and analyzer.lex.has_word(word) \
            and (word[:-1] in analyzer.lex.defaults or word[:-1] in analyzer.lex.usual):
        return False  # nor a noun in 上 'as regards', which speaks as an adverb: 歷史上 가장 긴 (not 家長)
    if len(word) >= 2 and word[-1] in '여야아' and not analyzer.lex.defaults.get(word) and not analyzer.lex.usual.get(word) \
            and (word[:-1] in analyzer.lex.single_nouns or has_word(word[:-1])
                 or word.endswith('이여') and has_word(word[:-2])):
        return False  # a noun called by the vocative is no bare noun: 主여 내 집에, 하나님이여 내 속에 (not 內)
    return (has_word(word) or len(word) == 4 and has_word(word[:2]) and has_word(word[2:])
            and not (has_word(word[:3]) and word[3] in _ONE_SYLLABLE_PARTICLES)
            and not (word[2] in '하되' and analyzer.is_tail(word[2:]))
            or len(word) == 1 and word in analyzer.lex.single_nouns and run == _INSIDE
            and text[start + 1:start + 2] == ' ' and not analyzer.is_native(syllables_from(text, start + 2))) \
        and (not analyzer.is_native(word) or word in analyzer.lex.cued_adverbs
             and cue_noun_before(text, begin, word, analyzer.lex)) and word not in analyzer.lex.sino_adverbs
    # (a word of three syllables and its particle is no compound of two: 現代史의 가장 큰, not 現代 + 辭意; nor is
    # a root and a form of 하다 or 되다: 考慮하여 가장 큰, not 考慮 + 何如 + 家長)
    # (a one-syllable noun bare before 內 and a word that is no native one: 腸 內 微生物, 驛 內 便宜店; 그 시
    # 내 마음에 is 'my')
    # (a Sino adverb is no noun: 完全 내 얘기, 只今 내 차례 are 'my'; a compound of two words is one:
    # 自家隔離 中인, 施設改善 後)


def _graded_follows(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether the word at `start`, after a space, is one the adverb 가장 'most' grades: a predicate's
    modifier in ㄴ no dictionary lists as a noun (重要한, 큰, 많은; not 權限, nor the determiner 한 'one'),
    an adverb in 게 (크게) or a native adverb (먼저, 많이)."""
    if text[start - 1:start] != ' ':
        return False
    following = syllables_from(text, start)
    if not following or analyzer.lex.has_word(following):
        return False
    tag = analyzer.lex.native.get(following)
    if tag in _ADVERB_TAGS:
        return True
    return tag not in _NOUN_OR_BOUND_TAGS and tag not in _DETERMINER_TAGS \
        and (split(following[-1])[2] == FINAL_NIEUN or len(following) > 1 and following[-1] == '게')


_ADVERB_TAGS = frozenset({'adverb', 'MAG'})
_DETERMINER_TAGS = frozenset({'determiner', 'numeral', 'MM'})  # (少年 家長 한 名: 한 counts, it grades nothing)


_SUPERLATIVE_SCOPES = frozenset(('역대', '사상', '당대', '국내', '국내외', '세계', '업계', '동종', '근래', '최근'))
# (nouns that name the range over which the adverb 가장 'most' runs: 歷代 가장, 史上 가장, 國內 가장 큰)


def _curated_noun_and_case(word: str, lexicon: Lexicon) -> bool:
    """Whether the word is a curated Sino noun of two syllables or more and the subject particle that
    fits it (原子가, 物質이) or the genitive's 의 (豫防의, not 豫防醫)."""
    if len(word) < 3 or word[-1] not in '가이의':
        return False
    noun = word[:-1]
    if not (noun in lexicon.defaults or noun in lexicon.usual):
        return False
    return word[-1] == '의' or (word[-1] == '가') == (split(noun[-1])[2] == 0)


def cue_noun_before(text: str, start: int, adverb: str, lexicon: Lexicon) -> bool:
    """Whether the word before `start`, a space apart, is bare and a cue of a Sino sense of the adverb
    that spells a noun (`Lexicon.cued_adverbs`): a bare noun before it makes the adverb a compound's noun
    (아파트 團地 內, 新都市 團地 안에); after a subject or a topic it stays the adverb (그는 단지 내가 한 말만)."""
    if start < 2 or text[start - 1] != ' ':
        return False
    word = _previous_word(text, start)
    return any(word in cues for hanja, cues in lexicon.sense_cues[adverb][2] if hanja != '-')


_ONE_SYLLABLE_PARTICLES = frozenset('의은는이가을를에도와과')  # particles of one syllable that end a noun's eojeol


def _measure_sign_before(text: str, end: int) -> bool:
    """Whether text[:end] ends in digits and a unit written in up to three Latin letters, a unit sign
    or %: 10km, 500m, 5%, 300㎡ (a measure, like 5미터, after which 이내 is 以內, not 'soon')."""
    i = end - 1
    while i >= 0 and end - i <= 3 and (text[i].isascii() and text[i].isalpha() or text[i] in _UNIT_SIGNS):
        i -= 1
    return i < end - 1 and i >= 0 and text[i].isdigit()


_UNIT_SIGNS = frozenset('%㎡㎞㎝㎜㎏㎎㎖㎗℃')


_PERIOD_COUNTERS = frozenset({'년', '월', '주', '세기', '분기', '학기', '연도'})  # after digits: 3월 말
_INNING = '회'  # after digits, an inning, whose 말 is its bottom half (9回 末) where no verb's ending follows
_PERIOD_ENDS = ('期', '期間', '年度', '世紀', '昨年', '來年', '今年', '前年', '翌年', '紀', '生代', '時代', '年代')  # how a word
# for a period ends (分期, 任期, 期間, 會計年度, 昨年; not 靑年, 程度), in its curated sense where it has one (電氣, not
# 前期); the geological periods and eras too (白堊紀 末, 古生代 末), and 時代, 年代 (朝鮮 時代 末, 1990年代 末)
_NATIVE_PERIODS = frozenset({'올해', '지난해', '이달', '지난달', '다음달', '이번달', '그해', '그달'})  # 올해 末
# the native 달 and 해 written apart from the word that names which month or year (다음 달 末, 그 해 末)
_NATIVE_PERIOD_NOUNS = {'달': frozenset({'다음', '이번', '지난', '그', '이', '요번', '저번', '매'}),
                        '해': frozenset({'그', '다음', '지난', '이듬'})}
# states of the past, whose time has an end: 高麗 末, 新羅 末에, 淸나라 末 (not 한국 말 'Korean', nor 가야, which
# is as often 'must go': 가야 말이지)
_HISTORIC_STATES = frozenset({'고조선', '고구려', '백제', '신라', '발해', '고려', '조선', '대한제국', '통일신라',
                              '후백제', '후고구려', '당나라', '송나라', '원나라', '명나라', '청나라', '수나라', '한나라',
                              '후한', '전한', '남송', '북송'})
# states whose name is also a language's (조선 말 'the Korean speech' of China's Koreans), or an adjective's
# modifier before 'words' (후한 말로 'with generous words'): their end takes a particle of time or none, and no
# word of speaking follows (朝鮮 末에 일어난, 後漢 末에; 조선 말에 能通했다, 조선 말을 쓴다); the modifier's
# state takes the genitive too, which kind words seldom do (後漢 末의 政治家)
_MODIFIER_STATES = frozenset({'후한'})
_LANGUAGE_STATES = frozenset({'조선', '고려'}) | _MODIFIER_STATES
_END_GENITIVE = '말의'
_TIME_FORMS = frozenset({'말', '말에', '말부터', '말까지', '말경', '말엽', '말에는'})
_SPEECH_AFTER = (' 능통', ' 능숙', ' 익숙', ' 서툴', ' 서툰', ' 유창', ' 배우', ' 배워', ' 배운', ' 공부', ' 쓰', ' 써',
                 ' 쓴', ' 말하', ' 번역', ' 사전', ' 교재', ' 그대로', ' 통역', ' 방언', ' 사투리')


def bound_may_follow(text: str, start: int, before_bound: frozenset[str]) -> bool:
    """Whether the word before the space at start - 1 may govern a bound noun: a modifier
    (final ㄴ or ㄹ: 할 수, 간 적), a determiner or a numeral (이 수, 몇 수)."""
    if start < 2 or text[start - 1] != ' ':
        return False
    if text[start] == '적' and text[start - 2] == '는':
        return False  # the bound 적 takes no present 는 (see after_modifier): 城壁 위에는 敵을 살피는
    return modifier_final(text[start - 2]) or _previous_word(text, start) in before_bound


# a lone Sino numeral of one syllable (LONE_NUMERALS: not 이 'this') is the number before these
# (칠 일, 삼 년, 천 년, 육 개월, 백 명), and 일 only before 년 and 개월
LONE_COUNTERS = sorted(('년', '일', '월', '개월', '세', '주야', '명', '주년', '세기', '회', '배', '차례',
                        '분', '층', '주', '시간', '초', '인'),
                       key=len, reverse=True)
_LONE_UNITS = frozenset('백천만')  # a hundred, a thousand, ten thousand alone: a number before any counter (百 點, 千 원,
# 萬 個), as a composed numeral is; the lone digits (일, 이, 사, 오) count only before LONE_COUNTERS
_NOT_AFTER_LONE_UNIT = frozenset('두위')  # no count after a lone unit: 백 두 개 is a bag and two, 천 위에 on the cloth
_ONE_BEFORE = ('년', '개월', '회', '층', '분', '초', '주')
# LOAN_UNITS: loanword units counted in Sino numerals (see _analysis.py)
_WON_ENDINGS = ('씩', '짜리', '어치', '가량', '대', '선', '이다', '입니다', '이었', '였')
# after these counters, words a time span or a count may take besides particles (칠 일째, 십 년간, 삼 회였다)
_COUNT_ENDINGS = ('동안', '만에', '후', '전', '째', '간', '마다', '씩', '이다', '입니다', '이었', '였', '이며', '이고', '이내', '이상', '이하')
# 주 'week' after a lone numeral only with these after it, or a bare 주 before a word of time:
# 사 주 is also 'buy for' (사 주고, 사 주세요)
_WEEK_ENDINGS = ('', '간', '동안', '째', '마다', '가', '를', '에', '에서', '의', '이내', '이상', '후', '전', '만에', '씩', '이다', '입니다')
_WEEK_NEXT = (' 동안', ' 뒤', ' 후', ' 전', ' 만에', ' 이내', ' 이상', ' 간격', ' 내')


def lone_numeral_counts(text: str, start: int) -> str:
    """The time counter that follows a lone Sino numeral ending at `start` - 1 (칠 일, 삼 년), or ''."""
    if start < 2 or text[start - 1] != ' ' or text[start - 2] not in LONE_NUMERALS \
            or start > 2 and is_syllable(text[start - 3]):
        return ''
    word = syllables_from(text, start)
    for counter in LONE_COUNTERS:
        if word.startswith(counter):
            if text[start - 2] == '일' and counter not in _ONE_BEFORE:
                return ''
            if counter == '주' and (word[1:] not in _WEEK_ENDINGS or word == '주'
                                   and not text.startswith(_WEEK_NEXT, start + 1)):
                continue
            return counter
    return ''


def loan_unit_follows(text: str, end: int) -> bool:
    """Whether a space and a loanword unit follow (오 밀리그램, 이백 밀리리터씩)."""
    return text[end:end + 1] == ' ' and text.startswith(LOAN_UNITS, end + 1)


def counter_follows(text: str, end: int, analyzer: Analyzer, run: str = '') -> bool:
    """Whether a space and a counter follow, alone or with particles (이천 명이, 이백 년의; not
    구조 개선 or 구조 수업), hours aside: they count in native numerals, so 이천 시 is a city.
    A lone numeral (칠, 삼) counts only before LONE_COUNTERS (칠 일, 삼 년)."""
    if text[end:end + 1] != ' ':
        return False
    word = syllables_from(text, end + 1)
    if loan_unit_follows(text, end):
        return True
    if run in ZERO_NUMERALS:
        return False  # zero alone counts only a unit written as a loanword (零 퍼센트): 영 일을 is 'work at all'
    if (len(run) > 1 or run in _LONE_UNITS) and word[:1] == '원' and (
            len(word) == 1 or word[1:].startswith(_WON_ENDINGS) or analyzer.is_particles(word[1:], final_sound('원'))):
        return True  # the native currency unit: 九千 원, 二萬 원짜리 (not 九泉 원), 千 원만, 萬 원짜리
    if run in _LONE_UNITS and word[:1] in _NOT_AFTER_LONE_UNIT:
        return False  # 명품 백 두 개 (a bag, then two), 천 위에 (on the cloth)
    if (len(run) > 1 or run in _LONE_UNITS) and _lower_numeral(word, run) \
            and counter_follows(text, end + 1 + len(word), analyzer, word):
        return True  # a number written in spaced parts: 萬 五千 원, 千 五百 名, 三萬 五千 名
    if len(run) == 1 and run not in _LONE_UNITS:
        counter = lone_numeral_counts(text, end + 1)
        return bool(counter) and (len(word) == len(counter) or analyzer.is_particles(
            word[len(counter):], final_sound(counter[-1])) or word[len(counter):].startswith(_COUNT_ENDINGS))
    if word.startswith('시간'):  # hours count in native numerals (이천 시), but not 時間: 이백 시간
        rest = word[2:]
        return not rest or analyzer.is_particles(rest, final_sound('간')) or rest.startswith(_COUNT_ENDINGS)
    counters = analyzer.lex.counters
    if len(word) > 1 and word[:2] in counters and (len(word) == 2 or analyzer.is_particles(
            word[2:], final_sound(word[1])) or word[2:].startswith(_COUNT_ENDINGS)):
        return True  # a counter of two syllables: 百 周年을, 百 個國, 千 世帶
    # (등 after a word is 等 'and so on' far more often than a rank, which digits write: 日照 等의, 利川 等)
    return word[:1] in counters and word[0] not in '시등' \
        and (len(word) == 1 or analyzer.is_particles(word[1:], final_sound(word[0])))


def _lower_numeral(word: str, run: str) -> bool:
    """Whether `word` spells in Hangul a number with a unit lower than the last of `run`, as the
    next part of a spaced number does (만 오천, 천 오백; not 천 만, nor 오천 alone)."""
    if len(word) < 2 or not NUMERAL_UNITS.intersection(word) or run[-1] not in _UNIT_ORDER \
            or not all(c in _DIGIT_SYLLABLES or c in NUMERAL_UNITS for c in word):
        return False
    return max(_UNIT_ORDER.index(c) for c in word if c in NUMERAL_UNITS) < _UNIT_ORDER.index(run[-1])


_UNIT_ORDER = '십백천만억조'  # NUMERAL_UNITS from the smallest up


_DIGIT_SYLLABLES = frozenset(DIGIT_VALUES)
_AFTER_DIGIT_ONE = frozenset('년월명개세번회인권대장척')  # counters after which a lone 일 is the digit 1


def after_sino_numeral(text: str, start: int, numerals: dict) -> bool:
    """Whether the word before the space at start - 1 is a Sino-Korean numeral in Hangul with a
    unit of ten or more (이십만 명, 백팔십 도, 수천 명; a unit alone too, 백 개, 천 원): a lone 이 or 사 is more often something else;
    after digits a unit is enough, and 여 'more than' may end it (3만 명, 10여 명, 3만여 명)."""
    if start < 2 or text[start - 2] not in numerals and text[start - 2] not in LONE_NUMERALS \
            and text[start - 2] != '여':
        return False  # the usual case: no numeral (nor 여) ends the word before, so nothing below holds
    if lone_numeral_counts(text, start):
        return True  # 칠 일, 삼 년: a lone numeral before a counter of time
    if text[start - 2] in NUMERAL_UNITS and text[start:start + 1] in _DIGIT_SYLLABLES \
            and not is_syllable(text[start + 1:start + 2]) \
            and (text[start] != '일' or text[start + 1:start + 2] == ' ' and text[start + 2:start + 3] in _AFTER_DIGIT_ONE):
        return False  # a digit alone after a unit goes on with the number: 사십 사 규빗 (44), not 四十 社; but 일
        # counts days unless a counter follows it (三十 日 以內, 四十 日 동안; 삼십 일 년 is 31 years)
    end = begin = start - 1
    if begin > 1 and text[begin - 1] == '여':
        end = begin = begin - 1
    while begin > 0 and text[begin - 1] in numerals:
        begin -= 1
    if begin > 0 and text[begin - 1] == '수' and text[begin] in NUMERAL_UNITS:
        begin -= 1  # 'several': 수천 명, 수십 년
    if begin > 0 and text[begin - 1].isdigit():
        return end == begin and end < start - 1 or not NUMERAL_UNITS.isdisjoint(text[begin:end])
    return (end - begin >= 2 or end - begin == 1 and text[begin] in NUMERAL_UNITS and (
            end < start - 1 or text[begin] in _LONE_UNITS and text[start:start + 1] not in _NOT_AFTER_LONE_UNIT)) \
        and (begin == 0 or not is_syllable(text[begin - 1])) \
        and not NUMERAL_UNITS.isdisjoint(text[begin:end]) and text[begin] not in ZERO_NUMERALS \
        and not (end - begin == 2 and '조' in text[begin:end]) \
        and not (end - begin == 2 and text[begin] in _LONE_UNITS and text[begin + 1] == '이') \
        and text[begin:end] != '만일'  # (萬一 'if' is no number: 萬一 할 수 있다면, not 萬一 割;
    # a lone unit and 이 is the unit, or the colour 白, and the subject's particle, not 102 or 1002: 黑과 白이
    # 번갈아, 百이 넘는 (not 煩渴아);
    # 英祖 대, not 零兆 臺; 構造 改編, not 九兆 個便;
    # 調査 開始, not 兆四 個時; 造景 面積, not 兆京 面的: trillions are written in digits, and two
    # syllables with 조 spell words: 구조, 사조, 이조, 조사, 조경); a bare unit with 여 is a number too:
    # 백여 명, 천여 명, 십여 년


def _numeral_head(run: str, numerals: dict, is_tail: Callable[[str], bool]) -> int:
    """The end of the Sino numeral syllables that open `run` when only a tail follows them (사천이, 사), or 0."""
    j = 0
    while j < len(run) and run[j] in numerals:
        j += 1
    while j and not is_tail(run[j:]):
        j -= 1
    if j > 1 and run[j - 1] == '이' and is_tail(run[j - 1:]):
        j -= 1  # the subject's 이 rather than a last digit: 四千이 (a number writes its 2 apart, 四千 二)
    return j


def _composed_number(word: str, numerals: dict) -> bool:
    """Whether `word` is a number in Sino numerals ending in a unit: 이십, 일백, 십사만, 일만 (a lone 만 is not)."""
    return len(word) >= 2 and word[-1] in NUMERAL_UNITS and all(c in numerals for c in word) \
        and word[0] not in ZERO_NUMERALS


_UNITS_UP_TO_GYEONG = _UNIT_ORDER + '경'  # ... and 京 above them, which a part of a spaced number may spell


def _smaller_part(number: str, part: str) -> bool:
    """Whether `part` may follow `number` as the next part of a spaced number: it opens with no zero,
    and its first unit is below the unit `number` ends in (一萬 二千, 三千 五百萬; not 九兆 + 京零 for 구조
    경영, which spells 構造 經營)."""
    first_unit = next((c for c in part if c in _UNITS_UP_TO_GYEONG), None)
    return part[0] not in ZERO_NUMERALS and (
        first_unit is None or _UNITS_UP_TO_GYEONG.index(first_unit) < _UNITS_UP_TO_GYEONG.index(number[-1]))


def spaced_numeral(text: str, start: int, run: str, numerals: dict, is_tail: Callable[[str], bool]) -> int:
    """The end within `run` of a Sino numeral in a number written in words and spaces, as older and
    scriptural prose writes it, or 0: the rest after a unit (二十 四 長老, 一百 二十 七, 十四萬 四千이),
    a number that the rest follows (一萬 二千, 十四萬 四千), or a fraction's numerator (三分의 一이).
    A lone 일 after a unit stays, being as often the day (四十 日 동안: see after_sino_numeral)."""
    after_number = start > 1 and text[start - 1] == ' ' \
        and (text[start - 2] in NUMERAL_UNITS or text.endswith('분의', 0, start - 1))
    if not after_number and not (run[-1] in NUMERAL_UNITS and text[start + len(run):start + len(run) + 1] == ' '):
        return 0  # the usual case, cheaply: no number before, and the run ends no number that goes on
    j = _numeral_head(run, numerals, is_tail)
    if not j:
        return 0
    if after_number:
        word = word_before(text, start)
        if word.endswith('분의') and len(word) > 2 and all(c in numerals for c in word[:-2]):
            return j  # 삼분의 일이: 三分의 一이
        if _composed_number(word, numerals) and run[:j] != '일' and _smaller_part(word, run[:j]):
            return j
    if j == len(run) and _composed_number(run, numerals) and text[start + j:start + j + 1] == ' ':
        after = syllables_from(text, start + j + 1)
        k = _numeral_head(after, numerals, is_tail)
        if k and after[:k] != '일' and (k == 1 or not NUMERAL_UNITS.isdisjoint(after[:k])) \
                and _smaller_part(run, after[:k]):
            return j  # 일만 이천: 一萬 二千
    return 0


_PERSONS_AFTER = (' 이상', ' 이하', ' 미만', ' 초과', ' 이내', ' 가족', ' 가구', ' 체제', ' 1조')  # what follows 3人 counting people


def _value_named(text: str, begin: int) -> bool:
    """Whether the number at begin is what a subject in 이 or 가, or an equals sign, says a thing is."""
    if text[begin - 1:begin] == '=':
        return True
    return text[begin - 1:begin] == ' ' and text[begin - 2:begin - 1] in ('이', '가') and begin >= 3 \
        and is_syllable(text[begin - 3])


def particle_after_number(text: str, start: int, run: str) -> bool:
    """Whether a counter that is also a particle stands alone after digits with no 제 before them,
    so it is the particle: 1과 2의 합 (and), but 제1과 (lesson 1, 課); and whether a bare 인 after
    zero or a decimal, which count no one, is the copula's modifier (振幅이 0인 地點, 屈折率이 1.5인;
    but 4人 家族), and a bare 일 after zero (값이 0일 때, not 0日); a bare 인 after a number that a subject
    or an equals sign names is the copula too (公比가 3인 數列, x=2인 點; but 參加者가 3人 以上)."""
    if run in ('인', '일'):
        begin = start
        while begin > 0 and (text[begin - 1].isdigit() or text[begin - 1] == '.' and begin > 1 and text[begin - 2].isdigit()):
            begin -= 1
        number = text[begin:start]
        if run == '인' and _value_named(text, begin) and not text.startswith(_PERSONS_AFTER, start + 1):
            return True
        return not number.strip('0.') and number[:1] == '0' or run == '인' and '.' in number  # (0일 때, not 0日;
        # 1.5日 may be a span of days)
    if run != '과':
        return False
    begin = start
    while begin > 0 and text[begin - 1].isdigit():
        begin -= 1
    return not text.startswith('제', begin - 1) if begin else True


def modifier_final(syllable: str) -> bool:
    """A syllable that can end a modifier (하는, 이긴, 할): final ㄴ or ㄹ."""
    return '가' <= syllable <= '힣' and (ord(syllable) - 0xAC00) % 28 in (4, 8)  # (is_syllable and split's final)


# last syllables of 하다's, 되다's and the copula's modifiers, which also end curated words (大韓, 權限, 個人)
_MODIFIER_SYLLABLES = frozenset('한할된될인일')


# case particles that the topic's 는 follows on a noun (지역에는, 학교에서는, 친구와는): no verb stem ends so
_CHAIN_BEFORE_TOPIC = ('에', '에서', '에게', '한테', '께', '으로', '와', '과', '까지', '부터')
_CHAIN_BEFORE_ONLY = _CHAIN_BEFORE_TOPIC + ('로',)  # case particles before 만 'only' (바다로만)


# verbs' modifiers of one syllable that no pronoun and topic particle spell (not 난, 넌, 전: 난 사실은 'in fact'):
# 알게 된 事實은, 그가 한 事實은
_ONE_SYLLABLE_MODIFIERS = frozenset({'된', '될', '한', '할', '본', '볼', '준', '줄', '낸', '쓴', '든', '온', '간'})


def plain_modifier(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether the modifier before the space at start - 1 (after_modifier said so) is a verb's or
    adjective's of two syllables or more, no noun and its topic particle: before it a mecab adverb that
    spells a Sino noun and its particles is the noun (顯著한 事實은, 알려진 事實은; not 난 사실은, 것은
    사실은, where 사실은 is 'in fact')."""
    word = _previous_word(text, start)
    if len(word) < 2:
        return word in _ONE_SYLLABLE_MODIFIERS
    if word[-1] in '은는':
        head, lex = word[:-1], analyzer.lex
        return not (lex.native.get(head) in _NOUN_TAGS or lex.native.get(head) == 'bound-noun'
                    or head in lex.defaults or head in lex.usual)
    return True


_NOUN_OR_BOUND_TAGS = frozenset({'noun', 'NNG', 'bound-noun', 'NNB'})


def verb_modifier_in_eul(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether the word before the space at start - 1 is a verb's modifier in 을, not a noun and the
    object particle: a one-syllable verb stem that is no noun (받을 者가, 있을 者, 얻을 者; not 책을, 집을),
    받다 after a verbal noun (分讓받을 者) or a past stem (받았을, 하였을). A bound noun may follow it, though 을 and 를 else mark an object."""
    word = _previous_word(text, start)
    if len(word) < 2 or word[-1] != '을':
        return False
    if len(word) >= 3 and word[-2] in _PAST_SYLLABLES:
        return True
    lex = analyzer.lex
    stem = word[:-1]
    if len(stem) >= 3 and stem[-1] == '받' and analyzer.has_standing(stem[:-1]):
        return True  # 받다 after a verbal noun, as statutes write it: 分讓받을 者에게, 支援받을 者 (as 받을 者)
    return len(stem) == 1 and stem in lex.verb_stems and stem not in lex.single_nouns \
        and lex.native.get(stem) not in _NOUN_OR_BOUND_TAGS


_PAST_SYLLABLES = frozenset('았었였했웠쳤졌셨')  # a past stem's last syllable (받았을, 하였을)


_RANGE_BEFORE_PERSON = frozenset(('이상', '이하', '미만', '초과', '외', '이외', '밖', '이내'))  # X의 자 is 者 (see after_modifier)


def _after_demonstrative(text: str, start: int) -> bool:
    """Whether the word before the space at start - 1 is a bare demonstrative (이, 그, 저)."""
    return start > 1 and text[start - 1] == ' ' and _previous_word(text, start) in _DEMONSTRATIVES


_CONNECTIVE_MODIFIERS = frozenset(('인한', '대한', '관한', '위한', '의한', '통한', '따른', '향한'))  # see after_modifier


def after_modifier(text: str, start: int, analyzer: Analyzer) -> bool:
    """Whether the word before the space at start - 1 is a modifier (하는 수, 먹을 것), not a
    noun or pronoun with the topic particle (政府는 首都를, 그는 統一 운동)."""
    if text[start - 2] == '의' and text[start] == '자' and _previous_word(text, start)[:-1] in _RANGE_BEFORE_PERSON:
        return True  # statutes' 者 after a range or exception in 의: 65歲 以上의 者, 18歲 未滿의 者, 國家 外의 者가
    if not modifier_final(text[start - 2]):
        return False
    word = _previous_word(text, start)
    if text.startswith('지도', start) and text.startswith(('·', 'ㆍ', ' 및 '), start + 2):
        return False  # the bound noun 지 and 도 (갈 지도 모른다) begins no list: 이를 指導·監督한다,
        # 保健醫療機關을 指導 및 監督하여야 (not 이르다's or 보건의료기관다's modifier)
    if text[start] == '적' and word[-1:] == '는':
        return False  # the bound noun 적 'time' takes the past ㄴ or the prospective ㄹ, never the present 는
        # (본 적도, 어릴 적에): a word in 는 before 적 is a noun and its topic particle (엘니뇨는 赤道 部近)
    if start - 1 - len(word) > 0 and text[start - 2 - len(word)].isdigit() and all(c in NUMERAL_UNITS for c in word):
        return False  # a number's unit in ㄴ is no modifier: 1千 件 넘게, 3千 件을 (천 is no verb's 친)
    if text[start] == '수' and word in _CONNECTIVE_MODIFIERS:
        return False  # the fixed connectives (로 因한, 에 對한, 을 爲한) modify a content noun, never the bound 수
        # of 할 수도: 寒波로 因한 水道 凍破, 이에 對한 需要 (not 수 + 도)
    if word in analyzer.adverbs:
        return False  # an adverb in ㄴ or ㄹ is no modifier: 잘 자, 늘 하는 (not 者)
    if len(word) >= 2 and word[-1] == '면':
        return False  # the conditional ending 면 is no modifier: 疑心되면 自家 修理, 누르면 自動 (not 者)
    lex = analyzer.lex
    if len(word) >= 2 and word[-1] == '를' and lex.native.get(word[:-1]) == 'pronoun':
        return False  # a pronoun and the object's 를 is no modifier: 그를 殺人 嫌疑로, 나를 (not 그르다's
        # 그를, 나다's 날 before the bound noun 살 'years' and the copula's 인)
    if len(word) >= 2 and word[-1] not in _MODIFIER_SYLLABLES and word not in lex.verb_stems \
            and word not in lex.native and (word in lex.defaults or word in lex.usual or len(word) >= 3 and (
                lex.has_word(word) or word[-1] in lex.suffixes and (word[:-1] in lex.defaults or word[:-1] in lex.usual))):
        return False  # a Sino noun in ㄴ or ㄹ with a curated sense, alone or closed by a suffix, or any the
        # dictionary knows of three syllables or more, is no modifier: 生活 指導, 單元別 指導, 地域別 水道,
        # 國家間 赤字, 唯物論 篇에서 (not the bound nouns of 간 지도, 할 수도, 하는 便); 하다's, 되다's and
        # the copula's modifiers stay (對한 수, 學生인 지)
    if len(word) >= 3 and (word[-1] == '를' or word[-1] == '을' and word[:-1] not in lex.verb_stems
                           and analyzer.has_standing(word[:-1])):
        return False  # a word with standing and the object particle is no modifier in 을: 敎職員을 指導·管理,
        # 學生을 指導 (not the bound noun of 간 지도); 먹을 것, 받을 수 stay
    if len(word) >= 2 and analyzer.lex.native.get(word) in _NOUN_TAGS and word not in analyzer.lex.verb_stems:
        return False  # a bare native noun of two syllables or more in ㄴ or ㄹ is no modifier: 겨울철 水道 計量器,
        # 마을 水道 施設 (not the bound noun of 할 수도)
    if word in analyzer.lex.foreign_places:
        return False  # nor is a foreign state or city in ㄴ or ㄹ: 아프가니스탄 首都 카불, 몽골 首都 (not the
        # bound noun of 할 수도)
    if text[start] in CONTRACTED_BOUND and word in analyzer.before_bound:
        return False  # a numeral or determiner before 건 counts it: 한 件도, 두 件 (not 것은 contracted)
    if len(word) > 2 and word[-1] == '만' and word[:-1].endswith(_CHAIN_BEFORE_ONLY):
        return False  # a noun, a case particle and 만 'only' are no modifier: 숲에서만 자라 (not 者라),
        # 물에만 사는, 손으로만
    if len(word) < 2 or word[-1] not in '는은':
        return True
    stem = word[:-1]
    if len(stem) > 2 and stem.endswith(_CHAIN_BEFORE_TOPIC):
        return False  # a noun, a case particle and the topic's 는 are no modifier: 地域에는 分娩이,
        # 學校에서는 數學을, 親舊와는 (not the bound nouns of 먹는 분만이, 하는 수)
    if stem.endswith('들'):
        stem = stem[:-1]
    lex = analyzer.lex
    if word[-1] == '은' and len(stem) == 1 and split(stem)[2] and stem in lex.single_nouns \
            and (stem not in lex.verb_stems or _after_demonstrative(text, start - len(word) - 1)):
        return False  # a one-syllable Sino noun that is no verb stem, with the topic's 은, is no modifier:
        # 이 冊은 統一 以後의, 이 法은 (not 책은 'a modifier' before the bound noun 통 of 바쁜 통에); after a
        # demonstrative even a noun that spells a verb stem: 이 藥은 睡眠 誘導劑로 (not 약은, of 약다 'shrewd')
    if len(stem) > 1 and stem[-1] == '하' and not analyzer.well_attested(stem) \
            and (stem[:-1] in lex.hada_roots or lex.has_word(stem[:-1])):
        return True  # a verb in 하다's modifier (선을 행하는 者가, 사랑하는 者), not a noun in 하 and 는
    if len(stem) == 2 and stem[-1] == '하' and stem[0] in lex.hada_roots and _after_object(text, start - len(word) - 1):
        return True  # a one-syllable root's 하다 after its object, though the two syllables also spell a
        # noun: 扶助를 要하는 者를 (not 遼河 and 는)
    if len(stem) > 2 and any(stem[-n:] in lex.native_suffixes and lex.has_word(stem[:-n])
                             for n in range(1, len(stem) - 1)):  # (the stem's ends that leave two
        # syllables or more, looked up: a few tests, not one for each of the suffixes)
        return False  # a Sino-Korean word and a native noun that closes it, with 은 (硏究팀은 睡眠 不足)
    if stem in lex.verb_stems and _after_adverb(text, start - len(word) - 1):
        return True  # a verb stem that is also a noun, after an adverb in 히, is the verb's modifier:
        # 矜恤히 여기는 者는, 貴히 여기는 者 (not the pronoun 여기 'here' and 는)
    if stem in lex.verb_stems and _after_object(text, start - len(word) - 1):
        return True  # a verb stem that is also a noun, after an object, is the verb's modifier:
        # 損害를 입은 者가, 옷을 신은 者 (not 입 'mouth' with 은 before 自家)
    if len(stem) >= 4 and _sino_head(stem[-3:], lex):
        return False  # a compound that a Sino noun of three syllables closes, with 는, is no modifier:
        # 基礎生活受給者는 水道 料金을 (not the bound noun of 받을 수도)
    return not (lex.native.get(stem) in _NOUN_TAGS or len(stem) > 1 and lex.has_word(stem)
                and stem not in lex.verb_stems and stem not in lex.native)


def _sino_head(tail: str, lex) -> bool:
    """Whether a word's last syllables are a Sino noun that no verb or native word spells."""
    return lex.has_word(tail) and tail not in lex.verb_stems and tail not in lex.native


def _after_adverb(text: str, start: int) -> bool:
    """Whether the word that begins at start follows, across one space, an adverb in 히 of two syllables
    or more (矜恤히, 貴히; a lone 히 is no adverb)."""
    return start >= 3 and text[start - 1] == ' ' and text[start - 2] == '히' and is_syllable(text[start - 3])


def _after_object(text: str, start: int) -> bool:
    """Whether the word that begins at start follows, across one space, a word in 을 or 를."""
    return start >= 2 and text[start - 1] == ' ' and text[start - 2] in '을를'


_LIST_MARKS = frozenset('·ㆍ・,')  # what separates the items of a list (內科ㆍ眼科)
_NO_COORDINATION = frozenset({'및', '또는', '등'})  # a conjunction after it: the 과 ends a word (內科 및 眼科)


def coordinates(text: str, start: int, end: int) -> bool:
    """Whether the 과 ending the run at start:end may join it to the next word: a space and a
    word follow, no conjunction, and no list mark comes before it (家庭과 社會; 內科, 外科, 齒科 및)."""
    before = text[start - 2:start].strip()
    return text[end:end + 1] == ' ' and text[end + 1:end + 2].isalnum() \
        and syllables_from(text, end + 1) not in _NO_COORDINATION and not (before and before[-1] in _LIST_MARKS)


_AFTER_PARTICLES = frozenset({'', '의', '에', '를', '로', '에는', '에도', '까지', '부터', '에서', '와', '도', '은', '이', '가'})


def its_after_follows(text: str, start: int, end: int) -> bool:
    """Whether a run 전과 after a bare noun is 前 and the particle because a 후 'after' with particles, or bare,
    opens one of the next two words: 出産 前과 出産 後를, 着工 前과 竣工 後에 (not 前科; 前과 後 and a
    前科 3犯 stay as they were)."""
    if text[end:end + 1] != ' ' or start < 2 or text[start - 1] != ' ' or not is_syllable(text[start - 2]):
        return False
    i = end
    for _ in range(2):
        j = i + 1
        k = j
        while k < len(text) and is_syllable(text[k]):
            k += 1
        word = text[j:k]
        if word[:1] == '후' and word[1:] in _AFTER_PARTICLES:
            return True
        if k >= len(text) or text[k] != ' ' or not word:
            return False
        i = k
    return False


# words of a university's people and degrees, before which a discipline's department in 學科 stays:
# 經濟學科 敎授, 政治學科 卒業 (not 經濟學과 敎授); before any other word the 과 may join two disciplines
# (經濟學과 政治學)
_FACULTY_WORDS = ('교수', '부교수', '조교수', '명예교수', '석좌교수', '학생', '졸업', '재학', '학과장', '출신', '조교')


def faculty_follows(text: str, start: int, end: int) -> bool:
    """Whether a run in 학과 names a discipline's department because a word of a university's people
    follows it: 經濟學科 敎授, 社會學科 卒業 (the 과 of 經濟學과 政治學 joins two disciplines). A run of
    three syllables is left to the particle, which a name before the title would otherwise take: 神學과 敎授."""
    return end - start > 3 and text[end - 2:end] == '학과' and text.startswith(_FACULTY_WORDS, end + 1)


def medical_department(run: str, lexicon: Lexicon) -> bool:
    """Whether a run in 과 ends in a department of medicine (精神科, 産婦人科, 再活醫學科), which a clinic's
    word after it keeps whole; any other word in 과 is a noun and 'and' there too: 豫防 敎育과 相談."""
    return run.endswith('의학과') or any(
        any(fields == ('medicine',) for fields in lexicon.domains.get(run[k:], {}).values())
        for k in range(len(run) - 1))


def clinic_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the word after a run in 과 begins with a word that is medicine's alone (醫師, 診療,
    專門醫, 治療, 患者), before which a department in 科 stays: 精神科 醫師, 內科 診療; before any
    other word the 과 may join two nouns (精神과 物質, 精神과 身體)."""
    word = text[end + 1:end + 6]
    for k in range(min(len(word), 4), 1, -1):
        senses = lexicon.domains.get(word[:k])
        if senses and any(fields == ('medicine',) for fields in senses.values()):
            return True
    return False
