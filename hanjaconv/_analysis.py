"""Eojeol analysis: which stretches of a Hangul run are Sino-Korean words.

Within a run of Hangul syllables, Sino-Korean pieces may only start at the run's
start (or right after a Hanja) or right after another piece, and whatever follows
the last piece must be a real Korean tail: particles, the copula, a light verb, a
native suffix, or nothing. Among the analyses the cheapest wins (a small lattice,
as in Mozc); a run with none, or one that is a native word, stays Hangul.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

from ._hangul import has_final, initial_sound_law, is_hanja, join, split
from ._lexicon import COMMON_IN_CHINESE, DOEDA_SYLLABLES, HADA_SYLLABLES, Lexicon
from ._places import NATIVE_PLACES

# Costs of the lattice's edges: fewer, longer pieces win; lone syllables only by grammar.
WORD, USER, ROOT, COUNTER, NUMERAL, SUFFIX, PREFIX, NOUN = 1.0, 0.5, 0.9, 1.0, 1.0, 1.2, 1.2, 1.4
PREFIX_RESCUE = 1.5  # how much dearer a prefix's reading may be and still beat two words, one rare (_prefix_rescue)
_AFTER_PARTICLES = frozenset(('들', '뿐', '쯤', '씩'))  # native suffixes that may follow a particle (에서뿐만, 어서들)
_BARE_STEMS = frozenset(('하', '되'))  # light verbs' bare stems, which no plural 들 follows (see is_tail)
_ABSTRACT_SUFFIXES = frozenset('化性的論')  # suffixes that close a prefixed word: 脫世界化, 非民主性, 反環境的
_STACKED_PREFIXES = frozenset(('초고', '초저'))  # 超 + 高 or 低, which two-syllable words also spell (草稿, 醋菹)
_PREFIX_FLOOR = 50  # the corpus count the words after a prefix need at least (總 + 先決 is no reading of 총선)
_ATTESTED_DEFAULT = 100_000  # a word with a curated default counts as this well attested
OBSCURE = 0.25  # a word with no standing that another piece (not a tail) follows; a word in a
# compound that starts as no word may (두음법칙)
NATIVE = 0.95  # a curated native noun opening a compound whose Sino reading has no standing: 서울 + 驛, not 暑鬱驛
SPLIT = 0.5  # on a little-known word that a lone noun and a particle also spell: 王이, not 王彛
COUNTER_WITH_PARTICLES = 0.8  # a counter after a number, followed by particles
COUNTED = -0.3  # 個 after a number and a suffix, what is counted, beat a word: 160個國, 2個所 (not 開國, 開所)
_DATE_TAILS = frozenset({'부터', '까지', '로부터', '부터는', '까지는', '까지의', '부터의', '로부터의'})  # after 일: a date (see analyse)
_ORDER_TAILS = frozenset({'으로', '으로는', '으로도', '으로만', '대로'})  # after 순: 'in order of' (see analyse)
TIME_SUFFIXES = frozenset('전후간내')  # after a counter they are 前, 後, 間, 內, and beat a word as 個 does:
# 2週前, not 2主戰 (see _choice.TIME_SENSES)
_WON_ENDS = ('대', '선', '가량', '어치', '짜리')  # after the won: 3萬원대, 1,400원선, 1萬원가량, 5千원어치, 1萬원짜리 (Analyzer._won_tail)
_ENDING_SYLLABLES = frozenset('기고면지게며니서도자다')  # syllables a verb's endings spell (see _single_openers)
_MODIFIER_OF_LIGHT_VERBS = frozenset('될된할한')  # see loanword_compound
_NOT_MORE_THAN = frozenset({'여단', '여권', '여객'})  # after digits, 旅團, 旅券, 旅客 (第5旅團), not 餘 and a counter
_CITED_COUNTERS = frozenset('조항호번목절관장편')  # counters of a cited article, chapter or item, after which 대로 is 'as':
# 第2項대로, 1番대로 (not a range: 20分臺로)
RANGE_SUFFIX = '대'  # after a counter, the range of a measure, which beats a word as 個 does: 2點臺, 10分臺,
# 3割臺, 9秒臺, not 2漸臺, 10分隊, 9招待 (see _choice.RANGE_SENSE)
BOUND = 0.8  # after a modifier 자의 is 者의 rather than 字義
CUED_SUFFIX = 1.5  # on a word whose last syllable's cue names another sense: 政治 + 圈, not 政治權
LONG_BEFORE_SUFFIX = 0.3  # off a word of four syllables or more that a suffix of manner follows: 我田引水式
_MANNER_SUFFIXES = frozenset('식적')  # 式 and 的, which make a manner of a word (我田引水式, 自暴自棄的)
_LAW_SUFFIX = '법'  # 法 after a word in 化, naming a law (簡素化法, 正常化法)
BARE_ROOT = 1.5  # a root that is no noun (複雜) before particles rather than a suffix
ENUMERATIVE = 0.5  # 等 ending a word, as statutes write it, beats two words across it but not one: 自動車等,
# not 自動 + 差等; 保安燈 and 鐵道信號燈 stay (see _lamp_ends)
ADJECTIVAL = -0.1  # 的, the most productive suffix, beats a rare word across it: 改良主義的인, not 改良主義敵人
_NOT_AFTER_ADJECTIVAL = ('에', '을', '를', '은', '의', '과')  # particles a word in 的 does not take: 延面積에서,
# not 連綿的에서; 斷面積은, 表面積의 (a word in 的 takes 인, 으로, 이다, 이: 限定的이 아닌)
_ADVERBIAL_JUK_TAILS = ('으로는', '으로도', '으로만')  # a word in 的 as an adverb with an auxiliary particle
_MOTION_INFINITIVES = frozenset('가와')  # 가다's and 오다's infinitives, before the polite 요: 學校에 가요
_AFTER_FORMAL_HAP = ('니', '시', '디', '쇼')  # what follows 하다's formal 합: 합니다, 합니까, 합시다, 합디다, 합쇼
_FINITE_HADA = frozenset('합해했함할한햇')  # forms of 하다 that no ending 되 follows
_NOT_AFTER_HAE = frozenset('이였입인일')  # the copula's syllables, which no ending of 해 (하여) begins
_HADA = HADA_SYLLABLES
_BOX_PARTICLES = frozenset(('에', '에서', '의', '마다', '에다'))  # after a box in 函 (收去函에)
_SWALLOWING = ((0, 0), (1, 0), (4, 0), (5, 0))  # (medial, final) of a stem's last syllable in ㅏ, ㅐ, ㅓ, ㅔ and no
# final, which swallows the 아 or 어 of its endings (사, 기대, 서, 세: 사야, 기대야)
_STATELY = ('스럽', '스러', '스런', '스레')  # the forms of 스럽다 after a one-syllable root (stately_roots.tsv)
CURATED_STEMS = frozenset({'verb-stem', 'adjective-stem'})  # native_words.tsv's stems, which any ending may follow
# (일하다, 착하다, 기르다)
NUMERAL_UNITS = frozenset('십백천만억조')  # a Sino numeral with one of these is a number (이십, 백팔십)
DIGIT_VALUES = {'일': 1, '이': 2, '삼': 3, '사': 4, '오': 5, '육': 6, '륙': 6, '칠': 7, '팔': 8, '구': 9}


def _before_digit_clash(run: str, j: int) -> int:
    """Where a number in run[:j] must end: before a digit that follows another digit with no unit
    between, unless the two are neighbours making a rough count (四五十, 七八 名): 십칠일이라 is 十七 and
    then 日이라, not 十七一二."""
    for k in range(1, j):
        first, second = DIGIT_VALUES.get(run[k - 1]), DIGIT_VALUES.get(run[k])
        if first and second and second != first + 1 and any(c in NUMERAL_UNITS for c in run[:k]):
            return k
    return j
_ABOUT_UNITS = frozenset('년월일시분')  # times that 頃 'about' follows after digits (2019年頃, 3時頃)
_TRILLIONS_COUNTED = frozenset('개명건회번배원')  # what 조 joined after digits counts in trillions (1兆個); before
# another counter it is an article (8條法, the Eight Prohibitions of Gojoseon)
_BIG_UNITS = frozenset('백천만억')  # a unit that alone after digits is the number's (3萬, 2億; 조 may be 條)
# loanword units counted in Sino numerals (오 밀리그램, 사천 밀리그램, 이백 밀리리터): the numeral before
# them is Sino-Korean, never a word of the same syllables (四天, 李白); after digits they stay Hangul whole
# with their particles (43미터의, not 43尾攄意: 미 is also the counter for fish)
LOAN_UNITS = ('밀리그램', '마이크로그램', '킬로그램', '그램', '밀리리터', '리터', '시시', '밀리미터', '센티미터',
              '제곱킬로미터', '킬로미터', '세제곱미터', '제곱미터', '미터', '헥타르', '킬로와트', '퍼센트',
              '킬로칼로리', '칼로리', '킬로', '센티', '미리', '밀리', '유닛', '단위', '달러', '유로', '엔',
              '위안', '파운드', '루블', '루피', '페소')  # (7.2위안, not 慰安)
_UNITS_AFTER_BIG = tuple(unit for unit in LOAN_UNITS if len(unit) > 1 and unit != '단위') + ('톤',)
PLACE_SENSES = frozenset('市郡區道驛面洞邑里島')  # a suffix's place senses, first after a native name
_ISLAND_SUFFIXES = frozenset('행발산민')  # suffixes an island's or province's name takes: 濟州島行, 濟州島發, 濟州島産, 江原道民
ADMINISTRATIVE = frozenset('市郡區道')  # ... and those that begin the words of their heads and offices (市長, 區廳)
_CHAIN_ENDING = frozenset({'이', '가', '을', '를', '의', '요'})  # case particles, and the polite 요, no other particle follows
_POLITE_AFTER_CASE = frozenset({'이', '가', '을', '를'})  # case particles the polite 요 of speech may close (政府가요)
_HONORIFIC_STARTS = frozenset('시셨세셔십')  # the honorific 시 opening an ending: 주셨다, 주세요, 주셔서, 주십시오
_PARTICLES_AFTER_LOAN = frozenset({'', '을', '를', '이', '가', '은', '는', '의', '에', '에서', '으로', '로', '과', '와', '도', '만'})
_CASE_PARTICLES = frozenset('의가를을는은와')  # one-syllable case and topic particles a word may swallow
_VOWEL_COPULA = frozenset(('지만', '지만은', '지요'))  # the copula contracted after a vowel (이지만, 이지요)
_SECTION_SUFFIXES = frozenset('科課')  # a department or section: 家政科, 保健課; 과 after a noun is far commoner as 'and'
_RU_MODIFIER = '를'  # a stem in 르 and the modifier's ㄹ (기르 + ㄹ: 기를), spelt like the object particle
_DEFINING = '란'  # the copula's defining form after a vowel: 傷害란 (see _root_stands)
# the copula's quoting forms, after a word in a vowel (加害라는: see _root_stands) or a question (무엇인가라는: see
# pronoun_question); the longer form first, as pronoun_question takes the first that opens the rest
_QUOTING = ('라는', '라고', '라며', '라면서', '라면', '라서', '라던')
_HARM = frozenset('害')  # 해 that ends words of damage after a word in use (風水害), no light verb there
_INF = float('inf')
_NO_PATH = (_INF, None, 0, 0)  # a lattice entry with no analysis (see analyse)
# the syllables after 하 in its common forms (하여, 하기, 하거나, 하고는, 하시오, 하매 …): a word spelt there
# never beats them; 하자 'let us' yields only before a case particle (建物瑕疵를; 追求하자는 stays)
_HADA_COMMON_SECOND = frozenset('여였기지고는게도면므며되던다라니나시세오러려느든더거겠냐네셔신실심십옵사매리랴듯노소잖죠군구'
                                 '대')  # and the hearsay 하대 of everyday prose: 重要하대요, 有名하대서 (not 下待 + 요)
# the syllables after 하다's modifier 할 in its common forms written solid (할지, 할까, 할게, 할수록, 할때 …): a
# word spelt from 할 with another second syllable beats the rare ending (關稅割當, 價格割引, not 關稅 + 할당 'chat's 다')
_HAL_COMMON_SECOND = frozenset('지까게께래때거걸테뿐만수줄듯라려망세런른')
_CASE_STARTS = frozenset('를가의에로와')  # case particles' first syllables (瑕疵를, 瑕疵가, 瑕疵의 …)
_HADA_GOES_ON = frozenset('여였기고는게지도면므며되던')  # the syllable after 하 in its common forms
_HADA_OPENINGS = frozenset('하할')  # a tail that opens with 하다's stem or its modifier 할 (see _word_beats_hada_form)
_LONGEST_STEM = 4  # syllables of the longest native stem that spells a dictionary word
MAX_TAIL = 16  # syllables: no Korean tail (particles, endings) is longer
_NON_INITIAL = frozenset(s for s in (join(initial, medial, final) for initial in (2, 5)  # ㄴ, ㄹ
                                      for medial in range(21) for final in range(28))
                         if initial_sound_law(s) != s)  # 령, 리, 녀: 두음법칙 keeps them from a word's start
_WORD_FINAL = frozenset('해돼여어아워와켜쳐혀히케이게고며서지기다요')
_NOT_AFTER_MODIFIER = ('까지', '부터')  # particles that follow verbal endings (해서까지, 하고부터) but never a modifier
_VERBAL_PARTICLES = frozenset({'도', '요', '야', '만', '서', '는', '다가', '까지', '라도', '조차', '마저', '야말로',
                               '대로', '만큼'})  # 한대로, 할만큼: bound nouns written onto a modifier
_ADVERBS = frozenset({'MAG', 'MAJ', 'caseless'})  # adverbs from mecab-ko-dic, and curated words that take no case
_ADVERB_TAILS = frozenset({'', '도', '은', '는', '만', '요', '이나', '나', '부터', '까지'})
# native bound nouns that also open a common Sino word, which no modifier, determiner or numeral before the run
# leaves to be (分娩 病院이 없는, 自然 分娩; but 그 분만, 오신 분만)
_BOUND_OPENING_WORDS = ('분',)
_COPULA_PAST_AFTER_VOWEL = '였'  # the copula's past contracted after a vowel (處地였다), which no verb stem takes


def is_native_stem(stem: str, lexicon: Lexicon) -> bool:
    """Whether a native verb or adjective stem: mecab-ko-dic's list or a curated stem of native_words.tsv
    (기르, 부르)."""
    return stem in lexicon.verb_stems or lexicon.native.get(stem) in CURATED_STEMS


def _copula_past(stem: str, rest: str) -> bool:
    """Whether `rest` after a native stem is the copula's past, which no stem but 하다's takes (its past is
    drawn into the stem: 처졌다), so a noun of the stem's spelling stands before it: 같은 處地였다."""
    return rest.startswith(_COPULA_PAST_AFTER_VOWEL) and stem[-1] != '하'

_CURATED_NOUNS = ('noun', 'bound-noun')  # a curated native noun after digits is no counter: 3자리 (not 者 + 리),
# unless it is itself a counter of two syllables (9州 5小京, not the native 소경 'blind man'),
# or it spells the counter and a one-syllable particle: 60歲로 (not the native 세로 'vertical')
_NEGATED_JI = frozenset({'는', '도'})  # particles after the 지 of a negation: 하지는 않다, 하지도 못하다
_JIDA_SYLLABLES = frozenset('지져졌질진')  # forms of 지다 after a noun (責任지다)
ARCHAIC_ENDINGS = ('거니와', '노라', '노니', '소서', '옵소서', '나이다', '나이까', '리로다', '리이다', '도다',
                   '도소이다', '느니라', '나니', '더냐', '느뇨', '거늘', '거든', '리요', '올지')  # see is_native
_POLITE_HAEJIDA = frozenset({'해집니다', '해집니까'})  # 해지다's formal forms, which is_tail does not spell
_PREDICATE_STARTS = HADA_SYLLABLES | DOEDA_SYLLABLES | {'시'}  # 하다's, 되다's and 시키다's first syllables
_NO_JI_FORM_STARTS = frozenset('와과에의로')  # particles a verb's form in 지 never takes (하지는, 하지도 and 하지가 않다 do)
_INFLECTED_FORMS = ('ETM:Inflect', 'EF:Inflect', 'EC:Inflect')  # mecab forms that end in an ending: no 되다 follows
_ONLY_BEFORE_E = frozenset('통')  # native bound nouns that take only 에 after a modifier (바쁜 통에); with another
# tail the syllables are a word: 같은 通過 儀式 (not 통 'commotion' and 과)
_BOUND_BEFORE_HADA = frozenset('체척듯뻔')  # native bound nouns that make verbs with 하다 after a modifier
_SPEECH_ENDINGS = frozenset({'렴', '려무나', '마', '거라', '너라', '렴아'})  # endings of dialogue after a stem (보렴, 주마)
_QUOTING_AFTER_RA = frozenset({'고', '는', '고도', '고는', '면', '며'})  # after the copula's 라: 盆地라고, 盆地라는
_RIEUL_JI = frozenset('지진찐')  # what follows a modifier's ㄹ in the endings 을지니라, 을지라도, 을진대, 을찐대
_PLAIN_CONNECTIVES = ('어서', '아서', '어도', '아도', '어야', '아야', '었', '았')  # 세어서, 내어도, 세었다
POLE_SYLLABLE = '극'  # after a letter or digit with no space, a pole: N極, S極 (see analyse)
TYPE_SYLLABLE = '형'  # after a letter or digit with no space, a type: A型, 2型 (see analyse)
CRIME_SYLLABLE = '죄'  # after a closing bracket with no space, a crime: 法律違反(詐欺)罪 (see analyse)
LONE_NUMERALS = frozenset('일삼사오육칠팔구십백천만')  # alone before a counter of time, a number (칠 일, 삼 년)
ZERO_NUMERALS = frozenset('영령공')  # zero: a digit read out (공일공), never the head of a composed number (英祖 대, not 零兆 臺)
NUMBER_DETERMINERS = frozenset('연일약만')  # determiners only before a number: 年 2回, 日 8時間, 約 3個月, 滿 5歲
GUARDED_DETERMINERS = NUMBER_DETERMINERS | {'고', '망', '귀', '축'}  # the caller lets these through only where what
# follows makes them Sino-Korean (故 before a name, and 亡 'the deceased', as rulings write it: 亡 박순자의;
# 貴 before the body a letter is addressed to, 祝 heading a card; the others before a number)
# the copula's contracted conditional and concessive after a counter in a vowel: 18歲면, 5倍라도 (not 洗面)
_CONTRACTED_COPULA_AFTER_COUNTER = ('면', '라면', '라도')
_FULL_COPULA = frozenset('인이')  # the copula's syllables that open its full forms after a vowel too (期인, 歲이며)
_CUED_CASES = frozenset('가를의에이을과와')  # case particles no verb ending begins with (not 해도, 해서, 세는)
_CONTRACTED_INFINITIVES = frozenset('해돼봐와줘둬써')  # infinitives that take 는 too: 그렇게 해는 봤다
_CUED_AFTER_STEMLESS = frozenset('는')  # and where no verb's stem is the syllable, the topic particle (胃는; 세는 is 세다's)
_CUED_AFTER_FINAL = ('은', '으로')  # and after a final consonant, where no verb's stem stands (亂은, 亂으로; 남은 is 남다's)
# syllables in ㄹ that stand before 은 as a ㄷ-irregular verb's stem (짐을 실은, 들은, 걸은, 물은)
_D_IRREGULAR_STEMS = frozenset('실들걸물')


def _no_stem_before_eun(syllable: str, verb_stems) -> bool:
    """Whether no verb's stem stands in `syllable` before 은: it is no stem, or a stem in ㄹ, which drops
    its ㄹ before 은 (열다: 연, so 熱은 溫度가 높은), other than a ㄷ-irregular's (싣다: 실은)."""
    return syllable not in verb_stems or split(syllable)[2] == 8 and syllable not in _D_IRREGULAR_STEMS


_CONTRACTED_COPULA_ENDINGS = frozenset({'가요', '데요', '지요', '가봐', '가봐요', '가보다'})  # the copula's 인가요,
# 인데요 after 거 with its 이 dropped, as chat writes them: 예민한 건가요?, 먹을 건데요 (not 乾價 + 요)
CONTRACTED_BOUND = frozenset({'건'})  # 것 and 은 in one syllable after a verb's modifier: 먹은 건, 할 건데 (not 件)
BOUND_NOUNS = {'자': ('者',), '중': ('中',), '등': ('等',), '점': ('點',), '편': ('便',)}  # Sino-Korean bound nouns after a modifier: 하는 者,
# 가는 中이다, 保護하는 等; 點 'respect, point' (專擔한 點도, 考慮한 點을: not 粘度); 便 'side, leaning' (重視하는 便이다,
# 가는 便이 낫다: not 篇 among words of the arts)
_ETC = frozenset({'등', '등의'})  # 등 after a modifier, bare or before 의, is 'and the like': 救護하는 等 必要한 措置,
# 提出하는 等의 行爲; with another particle it is the native 'back' (굽은 등을 펴고, 넓은 등에)
_HAE_GOES_ON = frozenset('서도야진져주줘온왔버보봤놓둔선요라')  # what follows 해 (하여) in 하다's common forms:
# 對해서, 爲해야, 甚해진, 便해졌다 (see _root_stands, which asks it of whatever second syllable the root has)
_CONNECTIVES = frozenset('고며면서니게지자다기는')  # endings that make a verb form of one stem syllable
_CLAUSE_CONNECTIVES = frozenset('고며면서지')  # of them, those that end a clause, which no noun in 기 takes
_LONG_CONNECTIVES = frozenset({'거나', '면서', '도록', '려고', '려면', '더니', '지만', '는데', '거든', '고도'})  # ... of two
_CONNECTIVE_PARTICLES = frozenset('도는만')  # particles after a whole connective: 주면서도, 오려고는
_WHOLE_CONNECTIVES = frozenset({'도록', '려고', '려면', '면서', '더니', '거나', '다가', '고서'})  # after a one-syllable stem,
# the whole run (not 지만 or 는데, which a word and a particle also spell: 四肢만, 예는데); 다가 'while': 타다가, 사다가
# (not 他多哥, 闍多迦); 고서 'and then': 사고서, 타고서 (not 事故書, 打鼓書)
# one-syllable stems whose nominal in 기 prose writes from the longer stem (조다 is 조이다: 조이기), so that 기 and
# particles after them are no verb form even after an object: 疾患을 早期에 發見하면, 問題를 早期에 解決 (not 조기에)
_NO_NOMINAL_STEMS = frozenset('조')
_AS_SOON_AS = '자마자'  # the connective 'as soon as' after a stem (보자마자, 도착하자마자)
_POLITE_JI = ('지요', '시지요')  # speech's polite 지요, plain or honoured, after a stem (가 보지요, 제가 사지요, 오시지요)
_TWO_STEM_CONNECTIVES = _WHOLE_CONNECTIVES | {'지만', '는데'}  # after a stem of two syllables, which no noun
# and the copula's 지만 or 는데 follow after an object or an adverb in 게 (쉽게 감기지만, not 感氣지만)
_SHORT_NATIVE = frozenset({'pronoun', 'noun', 'bound-noun', 'numeral', 'NP', 'NNB'})
NOUN_TAGS = frozenset({'noun', 'bound-noun', 'pronoun', 'NNG', 'NNP', 'NNB', 'NP'})  # native nouns, curated or mecab's
_ONE_SYLLABLE_NOUNS = frozenset({'noun', 'NNG'})  # a native noun that takes particles (일, 개, 집; not a bound noun)
_COMPARED_NOUNS = frozenset('전')  # nouns of time that the comparative 보다 follows more often than any
# word in 보 spelt with them takes the copula's 다 (前보다, not 電報다)
_POLITE_BEFORE_YO = frozenset('해쪄져줘봐워와여네래')  # the syllables chat spells 요 as 용 after (추워용)
# Allomorphs: what the last syllable of the word before may be (see final_sound).
VOWEL, RIEUL, CONSONANT, ANY = 0, 1, 2, 3
_AFTER_CONSONANT_ONLY = ('과', '으', '은', '을', '아')  # particles: 책과, 책으로, 책은, 책을, 길동아
_AFTER_VOWEL_ONLY = ('가', '는', '를', '와', '랑', '나', '야', '여', '니', '며', '든', '시여')
_AFTER_RO_PARTICLE = ('까지', '부터')  # particles after the particle 로 (問題로까지, 過去로부터: see analyse)
_RO = ('로', '론')  # after a vowel or ㄹ: 학교로, 길로; 책으로
# cases the bound nouns that are also Sino nouns (수, 적: 數, 敵) never take as bound nouns: before them
# the noun stands even after a modifier's ㄴ or ㄹ (機密을 敵에게, 數와 量; 할 수가, 간 적이 stay)
_SINO_ONLY_CASES = ('에게', '한테', '께', '의', '과', '와')
_NOUN_AFTER_RO = frozenset('를가의에와로')  # after 수로, a particle no 로 goes on with: the noun 水路 (좁은 水路를,
# 安全한 水路로), never the bound 수 (할 수도); 수로서, 수로는 stay open to it
# the marks of an electoral district after its place (분당갑, 송파을, 강남병): see Analyzer._district
_DISTRICT_MARKS = {'갑': '甲', '을': '乙', '병': '丙'}
_LONGEST_DISTRICT_PLACE = 3  # syllables of the longest place a district is named after (영등포, 해운대)
_PERSON_PARTICLES = frozenset({'가', '는', '를', '도', '에게', '에게서', '와', '만', '들', '들이', '들은', '들을'})  # 이 'person'
COPULA_FORMS = ('이다', '이며', '이고', '이었', '이라', '이니', '이지', '이므로', '이면', '입니',
                 '이에', '이야', '이네', '이래', '이오', '인', '일', '이거나', '이든', '이란',
                 '이시', '이로', '이어야', '이어도')  # 病이다, 便인, 樂이에요, 中이오니, the honorific and the scriptural 王이시니, 羊이로다,
# 德이란 (the topic of a definition: a writer glossing a concept),
# 妊娠 中이거나 (not 中耳거나), 着手하기 前이어야 (not 全 + 耳語) (not 이자: 傷痍者; nor
# 임, 입 fused to a lone noun: 降任, 收入 are far commoner than 江임)
_FULL_COPULA_AFTER_VOWEL = ('이다', '이며', '이고', '이었', '이므로', '이니', '이지만')  # the uncontracted copula of
# formal prose after a vowel (詩이다); only forms where 이 is the copula's, not 이라 or 이에 (a native stem's)
# bound nouns of time that stand after a bare noun and take the copula there: 在職 中인, 滿期 前이라도,
# 退勤 後이다 (not the words 衆人, 轉移 their syllables also spell)
_ASPECT_BOUND = frozenset('중전후')
_TIME_WHEN = '시'  # 時 'when' after a verbal noun, which notices write with particles and the copula: 脫退 時까지입니다
END_OF_PERIOD = '말'  # 末 'end of' after a word for a period (3月 末), where the native noun is 'speech', 'horse'
_NO_NOMINAL_PARTICLES = ('의', '에게', '한테', '께')  # particles a verb's nominal form in 기 hardly takes (is_verb_form)
_COPULA_AFTER_CONSONANT = ('이', '인', '일', '임', '입')  # 학생이다, 학생인; 학교다 drops its 이
WELL_ATTESTED = 100  # jieba count
_PICTURES_AND_ISLANDS = frozenset('圖島')  # built on a noun's usual or a common sense, these stay before 도: 案內圖, 工程圖, 汝矣島
# two syllables that a word's last syllable and a suffix spell, and the character that word must end in: the
# suffix then closes it (駐車場用, 決算書上, 登記簿上), and no rarer word of the two syllables runs across
_HEAD_BEFORE_SUFFIX = {'장용': '場', '서상': '書', '부상': '簿'}
_PERSON_HANJA = frozenset('員者師士客性舊')  # last characters of words for people, after which 분 is the honorific
# (女性분, 親舊분; not 人, whose 個人分, 法人分 are shares of a tax)
_PERSON_WORDS = frozenset({'男便', '夫人', '學生', '家族', '父母', '兄弟', '姉妹', '先生', '主人', '老人', '軍人',
                           '隣人', '夫婦', '子女'})  # people whose last character also closes other words
# (便, 人, 生, 族 …: 郵便, 個人分, 發生分), so the whole word is named: 男便분이, 學生분이, 夫人분께서
_POLITE_AFTER_COPULA = frozenset('네데든래서고만까군걸')  # copula forms that the polite 요 may close: 이네요, 인데요,
# 이거든요, 이래요, 이라서요, 이고요, 이지만요, 이니까요, 이군요, 인걸요 (not 이다, 인, 이며, 이면)
_CHAT_FINALS = {'용': '요', '당': '다', '얌': '야', '쥬': '죠', '넹': '네', '징': '지', '엉': '어', '앙': '아'}
# chat spells a tail's last syllable with a final ㅇ or ㅁ, or 죠 as 쥬: 중이얌, 학생이당, 최고네용 (tails of two
# syllables or more: a lone 용, 당 after a word is the suffix, 業務用, 綠色黨)
_PARTICLE_SYLLABLES = frozenset('으는를')  # syllables no Hanja reads that particles spell and loanwords hardly do
_ISM_HANGUL = '주의'  # the suffix -ism, which closes names of people as well as Sino words (see loanword_compound)
# Sino nouns of two syllables that close names of events and venues written onto a native or loanword
# noun (불꽃祝祭, 눈꽃祝祭, 머드祝祭, 벚꽃公園) and end no loanword: loanword_compound takes them alone
# right after the stretch, where another two-syllable word is too often the loanword's own end
_EVENT_HEADS = frozenset({'축제', '공원', '행사', '대회', '광장'})
_CHINESE_ONLY = 1000  # jieba count for a word with no curated standing to beat noun + particle (_splits_better)
_CHINESE_ONLY_PARTICLES = frozenset('과와의이은는을를')  # ... where the particle is one of these
_CALLING = frozenset({'아', '야', '여', '이여', '요'})  # vocative and polite particles: rare after a lone noun
COMMON_OVER_NATIVE = 1000  # jieba count a word needs to beat a short native word and a particle (일이, not 一二)
_WEAK_OVER_VERB = 300  # jieba count a Sino word with no curated sense needs to beat the verb form it spells with no
# object before it, where casual text drops 을/를: 택시 잡기, 여름에 입기, 끼고 자면 (not 雜記, 入氣, 字面)
_QUOTED_DAE = '대'  # the ㄴ대 of reported speech (비 온대서, 간대요), after a vowel stem that takes the ㄴ
_QUOTED_DAE_TAILS = frozenset({'서', '요', '며', '니까', '잖아', '더라'})  # what follows it, which no Sino word in 대 takes as
# a particle so in speech
FINAL_NIEUN = 4  # the final-consonant index of ㄴ
_FINAL_BIEUP = 17  # ... and of ㅂ, which the formal ㅂ니다 draws into a stem's last syllable (지어집니다)
_CONTRACTED_HAJI = '치'  # 하지 after a root in a vowel or a sonorant, contracted before a negation (便치 않다)
_WEAK_VERB_ENDINGS = frozenset('기면')  # ... in the nominal 기 or the conditional 면; alone, 감고 stays the word
# common one-syllable stems ending in a vowel (or dropping their ㄹ: 사시다, 아시다, 노시다) whose honorific 시
# spells a Sino word that hardly takes the copula: 보시며, 오시니, 대시고 are the verbs (not 布施며, 午時니, 大始고)
_HONORED_STEMS = frozenset('가오보주사서자타차대재세내배비파아노두피하추')


def _reads(hanja: str) -> str:
    """How to_hangul reads a Hanja word on its own (imported late: reading needs the lexicon)."""
    from .reading import read_run
    return read_run(hanja)


def final_sound(syllable: str) -> int:
    """VOWEL, RIEUL or CONSONANT: how a syllable ends, which picks the particle's allomorph.

    >>> final_sound('도'), final_sound('길'), final_sound('선')
    (0, 1, 2)
    """
    final = (ord(syllable) - 0xAC00) % 28  # split(syllable)[2], without the call: the lattice asks often
    return VOWEL if not final else RIEUL if final == 8 else CONSONANT


def particle_fits(particle: str, before: int) -> bool:
    """Whether a particle's allomorph may follow a word ending in `before` (see final_sound).

    >>> particle_fits('로', CONSONANT), particle_fits('로', RIEUL), particle_fits('을', VOWEL)
    (False, True, False)
    """
    if before == VOWEL:
        return particle != '이' and not particle.startswith(_AFTER_CONSONANT_ONLY)
    if before == ANY:
        return True
    if particle.startswith(_RO):
        return before == RIEUL
    return not particle.startswith(_AFTER_VOWEL_ONLY)


def _infinitive(stem: str) -> str:
    """The ending 어 or 아 that a one-syllable stem with no final takes: 아 after ㅏ or ㅗ.

    >>> _infinitive('보'), _infinitive('주')
    ('아', '어')
    """
    initial, medial, final = split(stem)
    return '' if final else '아' if medial in (0, 8) else '어'


def _complete(form: str) -> bool:
    """Whether a verb form open to endings can also end a word: 해, 한, 할, 함 can; 하, 했, 합 cannot."""
    last = form[-1]
    return last in _WORD_FINAL or has_final(last) and split(last)[2] in (4, 8, 16)  # final ㄴ ㄹ ㅁ


_COPULA_QUESTIONS = frozenset({'인가', '인지'})  # the copula's question endings, which take particles after a pronoun
_QUESTION_ENDINGS = frozenset({'는지', '은지', '을지', '던지'})  # an embedded question, which takes case
# particles as a noun does: 解消되는지를, 變形되었는지가, 認定할지에


def _before_question(form: str, rest: str) -> bool:
    """Whether a light verb's modifier form (할, 한, 될, 된) meets the 지 of an embedded question:
    認定할지에, 解決된지를."""
    return rest[:1] == '지' and _modifier(form)


def _modifier(form: str) -> bool:
    """A light verb's modifier form (한, 할, 된, 될): its last syllable ends in ㄴ or ㄹ."""
    last = form[-1]
    return has_final(last) and split(last)[2] in (4, 8)


_AFTER_NOMINAL = frozenset('이없')  # what besides particles follows a nominal in ㅁ: the copula (爲함이라), 없다 (變함없는)


def _nominal(form: str) -> bool:
    """A verb form that ends as a noun does (함, 됨, 하기): particles may follow it."""
    return form.endswith('기') or has_final(form[-1]) and split(form[-1])[2] == 16  # final ㅁ


_Edge = tuple[int, int, str]  # a piece in the lattice: (start, end, kind)
# What the caller saw around a run, as the bits of one int, `analyse`'s `context` (with the run,
# the analysis cache's key); `analyse` says what each means.
(AFTER_HANJA, AFTER_NUMBER, BEFORE_NUMBER, AFTER_MODIFIER, ATTACHED, AFTER_OBJECT, BEFORE_WORD, UNBOUND,
 COLLOCATED, AFTER_DETERMINER, BEFORE_COMPARISON, BEFORE_COUNTER, COORDINATING, AFTER_NOUN,
 BEFORE_HANJA, BEFORE_GOVERNOR, BEFORE_LIST, BEFORE_NEGATION, BEFORE_SAYING, BEFORE_CAUSE) = (1 << i for i in range(20))  # (BEFORE_HANJA: for the caller's fallbacks, not analyse)
# the bits that tell what follows the run, which hold as well for the run's rest after a piece the caller
# reads itself (a prefix: see Converter._contrasted)
TRAILING_CONTEXT = (BEFORE_NUMBER | BEFORE_WORD | BEFORE_COMPARISON | BEFORE_COUNTER | COORDINATING | BEFORE_HANJA
                    | BEFORE_GOVERNOR | BEFORE_LIST | BEFORE_NEGATION | BEFORE_SAYING | BEFORE_CAUSE)
_NO_MODIFIER_PARTICLES = (*_NOT_AFTER_MODIFIER, '보다')  # particles no modifier 한 takes (see _root_stands)
SUB_ITEMS = frozenset('목')  # a statute's sub-item (目), which the native 목 'neck' hides but a determiner shows
# (or a unit listed before it: 細項 또는 目의 金額; see _surroundings.after_listed_unit)


def ends_within(ends: dict[int, list[tuple[int, bool]]], start: int, stop: int) -> dict[int, list[tuple[int, bool]]]:
    """A run's dictionary matches (`analyse`'s `ends`) for its slice start:stop, re-indexed from
    the slice's start; starts with no match left inside are dropped."""
    found = {i - start: [(e - start, u) for e, u in matches if e <= stop]
             for i, matches in ends.items() if start <= i < stop}
    return {i: m for i, m in found.items() if m}


class Piece(NamedTuple):
    """A Sino-Korean stretch of a run: offsets within the run, and how it was licensed."""
    start: int
    end: int
    kind: str  # word, user, root, counter, numeral, suffix, place, prefix, noun, determiner, adverb, bound


# one-syllable particles a little-known two-syllable word may spell with the syllable before (도 is
# left out: 度 ends too many measures, 濁度, 熟度), and the final sounds each follows
_SWALLOWED_PARTICLES = frozenset('의가를을는은에로이와과만')
_FOR_PERSONS = frozenset('수용')  # 數 and 用 after a word of persons (勤勞者數, 管理者用)
_PERSON_ENDS = frozenset('자생원객아')  # syllables of 者, 生, 員, 客, 兒 closing a word of persons (出生兒數, not 出生 + 我修)
_ANY_FINAL = (VOWEL, RIEUL, CONSONANT)
_PARTICLE_AFTER = {'가': (VOWEL,), '를': (VOWEL,), '는': (VOWEL,), '와': (VOWEL,), '로': (VOWEL, RIEUL),
                   '이': (CONSONANT, RIEUL), '을': (CONSONANT, RIEUL), '은': (CONSONANT, RIEUL), '과': (CONSONANT, RIEUL)}


def _range_then_ro(run: str, counters) -> bool:
    """Whether a run after digits is a counter of a measure, the range 대 and 로 (20分臺로, 100名臺로), not a
    cited item's counter and 대로 'as' (第2項대로: _CITED_COUNTERS)."""
    return len(run) > 2 and run[1] == RANGE_SUFFIX and run[2] == '로' and run[0] in counters \
        and run[0] not in _CITED_COUNTERS


def _loanword_right(options: list[tuple], run: str, well_attested: Callable[[str], bool]) -> list:
    """The words after a loanword: whole words first, then the nearest start (에너지 + 節約政策, not 에너 +
    枝節約定責), unless one word of three syllables or more starts further on where the nearer reading puts
    a seam inside a word or reads a word before it that is not well attested (케임브리지 + 大學校, not 케임브리 +
    地帶 + 學校; 컬럼비아 + 大學校, not 컬럼 + 飛蛾; but 스마트시티 + 革新 + 委員會, whose common 革新 ends where
    委員會 starts; 덤핑 + 防止關稅, where a lone 關稅 further on is only two syllables)."""
    if not options:
        return []
    nearest = min(options, key=lambda o: (o[0], o[2]))
    for split_word, count, skip, pieces in sorted(options, key=lambda o: o[2]):
        if skip > nearest[2] and not split_word and count == 1 and pieces[0].end - pieces[0].start >= 3 \
                and any(p.start < pieces[0].start < p.end
                        or p.end <= pieces[0].start and not well_attested(run[p.start:p.end]) for p in nearest[3]):
            return pieces
    return nearest[3]


class Analyzer:
    """Analyses Hangul runs against one Lexicon (plus a converter's user words).

    Every check is bounded: tails longer than MAX_TAIL syllables are refused at once, and
    the lattice keeps back-pointers, so a run of any length costs linear time and memory.
    """

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.is_tail = lru_cache(maxsize=16384)(self._is_tail)
        self.is_inflection = lru_cache(maxsize=65536)(self._is_inflection)
        self.is_particles = lru_cache(maxsize=65536)(self._is_particles)
        self.has_standing = lru_cache(maxsize=65536)(lexicon.has_standing)  # memoised: the lattice asks often
        # glossary nouns of three or more syllables in 적 that are no word in 的 (延面積, 建築面積, 裁判籍):
        # across them 的 gets no bonus unless the adjectival copula 인 follows (延面積이, 斷面的인 stays)
        self._glossary_juk = frozenset(w for w, senses in lexicon.domains.items()
                                       if len(w) > 2 and w[-1] == '적' and not any(h[-1] == '的' for h in senses))
        # syllables that may stand alone at a run's start, as a noun, determiner or root
        self._lone = frozenset(lexicon.single_nouns).union(lexicon.determiners, lexicon.hada_roots,
                                                             lexicon.adverb_roots, lexicon.stately_roots)
        # native bound nouns of one syllable (수, 적, 분, 데 …), and those that are also Sino-Korean nouns (數, 敵)
        self.native_bound = frozenset(w for w, pos in lexicon.native.items() if len(w) == 1 and pos in ('bound-noun', 'NNB'))
        self._bound_sino = self.native_bound.intersection(lexicon.single_nouns)
        self._caseless = tuple(w for w, pos in lexicon.native.items() if pos == 'caseless')  # 내, 이내
        # curated native nouns of two or more syllables, which may open a compound (서울시장)
        self._native_nouns = frozenset(w for w, pos in lexicon.native.items() if pos == 'noun' and len(w) > 1)
        self._native_noun_max = max(map(len, self._native_nouns), default=0)
        self._mixed_longest = max(map(len, lexicon.mixed_words), default=0)  # 血中알코올濃度: 7 syllables
        # is_native looks up no prefix longer than any native word (nor than MAX_TAIL) ...
        self._native_longest = min(max(map(len, lexicon.native), default=0), MAX_TAIL)
        # ... nor than the longest native word opening with the run's first two syllables (가장 -> 가장자리)
        self._native_reach: dict[str, int] = {}
        for w in lexicon.native:
            if len(w) > 1 and len(w) > self._native_reach.get(w[:2], 0):
                self._native_reach[w[:2]] = len(w)
        # first syllables of the native verb stems: a verb form (is_verb_form) starts with one;
        # and first two of those of two syllables or more (is_native looks for those only after them)
        self._stem_initials = frozenset(w[0] for w in lexicon.verb_stems if w)
        self._stem_heads = frozenset(w[:2] for w in lexicon.verb_stems if len(w) > 1)
        self._numeral_initials = frozenset(w[0] for w in lexicon.native_numerals if w)  # 한, 두, 스(물) …
        # first two syllables of the mixed words (창밖 -> 窓밖): _mixed_word looks no further without them
        self._mixed_heads = frozenset(w[:2] for w in lexicon.mixed_words)
        self._place_heads = frozenset(w[:2] for w in lexicon.place_names)  # (see _district)
        self._native_noun_heads = frozenset(w[:2] for w in self._native_nouns)
        # ... and those that open a compound at a run's start, where a pronoun may too (우리會社, 저희學校)
        self._native_openers = self._native_nouns.union(
            w for w, pos in lexicon.native.items() if pos == 'pronoun' and len(w) > 1)
        self._native_opener_heads = frozenset(w[:2] for w in self._native_openers)
        # one-syllable native nouns no Sino noun, prefix, determiner, root or numeral spells, which may open
        # a compound before a well-attested word where no dictionary word starts the run: 쌀 + 消費量, 물 + 不足
        self._single_openers = frozenset(w for w, pos in lexicon.native.items() if len(w) == 1 and pos == 'noun'
                                         ).difference(self._lone, lexicon.prefixes, lexicon.numerals,
                                                      lexicon.counters)
        # the syllables that, with no word starting there, may still open an analysis of a run: a lone
        # noun, determiner or root, a numeral, or a prefix (analyse; after a number, counters too)
        self._opening = self._lone.union(lexicon.numerals, lexicon.prefixes)
        # adverbs and time words after which a verb form is a verb (새로 산, 어제 산)
        self.adverbs = frozenset(w for w, pos in lexicon.native.items() if pos in ('adverb', 'MAG')
                                 ).union(('어제', '오늘', '그제', '아까', '방금', '직접', '처음'), lexicon.sino_adverbs)
        # words that may govern a bound noun besides modifiers: determiners, numerals (이 수, 몇 수)
        self.before_bound = frozenset(word for word, pos in lexicon.native.items()
                                      if pos in ('determiner', 'numeral', 'pronoun', 'MM', 'NR', 'NP')
                                      ).union(lexicon.native_numerals, ('이', '그', '저', '몇'))
        # a tail starts with a particle, a native suffix, the copula or a light verb
        self._tail_starts = frozenset(form[0] for forms in (lexicon.particles, lexicon.native_suffixes,
                                                            lexicon.copula, lexicon.light_verbs)
                                      for form in forms if form)
        # every beginning of those forms, and of the particles alone: the tail checks stop
        # lengthening a piece once no form begins so
        self._tail_prefixes = frozenset(form[:k] for forms in (lexicon.particles, lexicon.native_suffixes,
                                                               lexicon.copula, lexicon.light_verbs)
                                        for form in forms for k in range(1, len(form) + 1))
        self._particle_prefixes = frozenset(form[:k] for form in lexicon.particles for k in range(1, len(form) + 1))
        self._native_suffix_starts = frozenset(form[0] for form in lexicon.native_suffixes if form)
        # flags_used's tests that read only a run's first syllable, as one mask for each syllable
        self._first_flags: dict[str, int] = {}
        for flag, syllables in ((AFTER_NUMBER, (*lexicon.counters, *_BIG_UNITS, '원', *(u[0] for u in LOAN_UNITS))),
                                (AFTER_MODIFIER, (*BOUND_NOUNS, *self.native_bound, *CONTRACTED_BOUND)),
                                (ATTACHED, (*self._lone, *lexicon.domains, *lexicon.dynasties)),
                                (UNBOUND, (*self._bound_sino, *_BOUND_OPENING_WORDS))):
            for syllable in syllables:
                if len(syllable) == 1:
                    self._first_flags[syllable] = self._first_flags.get(syllable, 0) | flag

    def _is_tail(self, s: str, before: int = ANY) -> bool:
        """Particles and native suffixes, then the copula or a light verb with its endings, or nothing.

        `before` is how the word before ends (final_sound): the first particle or copula
        form must be the allomorph that fits it (선로 is no 線 + 로).
        """
        if len(s) > MAX_TAIL:
            return False
        lex, tail_prefixes = self.lex, self._tail_prefixes
        light_verbs, copula, particles, native_suffixes = lex.light_verbs, lex.copula, lex.particles, lex.native_suffixes
        # reachable[i]: s[:i] is a chain of particles and native suffixes
        reachable = [True] + [False] * len(s)
        # suffixable[i]: s[:i] is such a chain not ending in a particle; a native suffix follows no
        # particle (豫算 + 課長이, not 豫算 + 과 + 장이)
        suffixable = [True] + [False] * len(s)
        for i in range(len(s) + 1):
            if not reachable[i]:
                continue
            if i == len(s):
                return True
            for k in range(1, min(len(s) - i, 6) + 1):
                head = s[i:i + k]
                if head not in tail_prefixes:
                    break  # no particle, suffix, copula or light verb begins so: no longer head is one
                rest = s[i + k:]
                verbal = head in light_verbs or head in copula  # (else the copula's and light verbs' tests below fail)
                if head in light_verbs and has_final(head[-1]) and split(head[-1])[2] == FINAL_NIEUN \
                        and rest[:1] == '가' and (len(rest) == 1 or rest[1:] == '요'
                                                  or self.is_particles(rest[1:], VOWEL)):
                    return True  # the question ending ㄴ가 of an adjective, alone or with particles, as a
                    # noun takes them: 可能한가를, 妥當한가에 (not 可能 + 閑暇를)
                if head == '인' and head in copula and rest[:1] == '지' and len(rest) > 1 \
                        and self.is_particles(rest[1:], VOWEL):
                    return True  # so too the copula's 인지 with particles: 效果的인지는, 事實인지를 (not 認知;
                    # 인가 with particles stays the word, which statutes join to many: 設立認可를, 變更認可를)
                for forms in (light_verbs, copula) if verbal else ():
                    if head not in forms or rest[:1] == '되' and head[-1] in _FINITE_HADA:
                        continue  # the ending 되 follows a bare stem (하되), never 합, 해, 했: 結合되는, not 缺 + 합되는
                    if rest[:1] == '되' and len(rest) > 1 and head in _BARE_STEMS and forms is light_verbs:
                        continue  # and nothing follows that 되, which closes the verb: 地位가 格下되었다 (not 激 + 하되었다)
                    if rest[:1] == '들' and head in _BARE_STEMS and forms is light_verbs:
                        continue  # the plural 들 follows a verb's ending (해들, 하고들), never its bare stem:
                        # 部下들을, 部下들이 (not 付 + 하들을, whose 들 mecab also lists as an ending)
                    if head == '합' and forms is light_verbs and not rest.startswith(_AFTER_FORMAL_HAP):
                        continue  # the formal 합 of 합니다, 합시다 takes no other ending: 結合이다, 統合이며
                        # (not 缺 + 합이다, where mecab's ending 이 of 같이 would follow it)
                    if head == '해' and forms is light_verbs and rest[:1] in _NOT_AFTER_HAE:
                        continue  # nor does the copula follow 해 (하여): 被害이다, 被害였다, 廢害인 (not 避 + 해이다)
                    if (rest[:1] == '도' or rest.startswith(_NOT_AFTER_MODIFIER)) and forms is light_verbs \
                            and _modifier(head):
                        continue  # nor does the ending 도 follow a modifier (한, 할, 된, 될): 線量限度는,
                        # 責任限度, not 善良 + 한도는; nor 까지 or 부터: 代金支給期限까지, not 支給期 + 한까지
                    if forms is light_verbs and rest and _nominal(head) and head[-1] != '기' \
                            and not (self.is_particles(rest) or rest[0] in _AFTER_NOMINAL):
                        continue  # a nominal in ㅁ takes particles, the copula or 없다, no ending: 損失函數, 石綿含有
                        # (not 損失 + 함 + mecab's ending 수); 爲함이라, 變함없는 stay
                    if (self.is_inflection(rest, _nominal(head) or _before_question(head, rest))
                        if forms[head] and rest
                        else not rest and (not forms[head] or _complete(head))
                        or forms is copula and rest == '요' and not forms[head]
                        and head[-1] in _POLITE_AFTER_COPULA) \
                            and (forms is light_verbs or i or before in (VOWEL, ANY)
                                 or head.startswith(_COPULA_AFTER_CONSONANT)):
                        return True
                if head in particles and (i or particle_fits(head, before)) \
                        and not (rest and (head in lex.vocatives or head in _CHAIN_ENDING)
                                 and not (head in _POLITE_AFTER_CASE and rest == '요')):
                    reachable[i + k] = True
                if head in native_suffixes and (suffixable[i] or head in _AFTER_PARTICLES):
                    reachable[i + k] = suffixable[i + k] = True
        if len(s) > 1 and s[-1] in _CHAT_FINALS:
            return self.is_tail(s[:-1] + _CHAT_FINALS[s[-1]], before)  # chat's spelling: 중이얌, 最高네용
        return False

    @staticmethod
    def _currency_range(run: str, j: int) -> list[Piece]:
        """The range 臺 right after the won or a currency or other loanword unit after a number, as after a
        percentage (1,300원臺에서, 80달러臺로, 140엔臺를, 7.3위안臺: the unit itself stays Hangul); nothing
        where the unit has no 대 after it."""
        if run[j:j + 1] == '선' and run[j - 1:j] == '원':
            return [Piece(j, j + 1, 'mixed:線')]  # a price's level, as an index's: 1,400원線을 돌파, 5萬 원線 (not 圓扇)
        return [Piece(j, j + 1, 'counter')] if run[j:j + 1] == RANGE_SUFFIX else []

    def _unit_tail(self, rest: str) -> bool:
        """What may follow a loanword unit after a number: its particles, or the range 대 and particles
        (80달러대로, 140엔대를, 1.08달러대에서)."""
        return self.is_tail(rest) or rest[:1] == RANGE_SUFFIX and (len(rest) == 1 or self.is_tail(rest[1:]))

    def _won_tail(self, rest: str) -> bool:
        """Whether what follows the won after a number is its tail: particles, or 대 'range' or an
        ending of amounts (가량 'about', 어치, 짜리) and particles: 3萬원대로, 1萬원가량, 5千원어치를
        (not 滿員 + 假量, 天元 + 假量)."""
        for end in _WON_ENDS:
            if rest.startswith(end):
                rest = rest[len(end):]
                return not rest or self.is_tail(rest)
        return self.is_tail(rest)

    def after_noun(self, s: str, before: int) -> bool:
        """What may follow a lone noun: particles, or the plural 들 and particles (羊들이, 者들은)."""
        return self.is_particles(s, before) or s[:1] == '들' and self.is_particles(s[1:], RIEUL)

    def _is_inflection(self, s: str, nominal: bool) -> bool:
        """What may follow a verb form: endings, then particles (했다고는, 함으로써, 되어서는).

        Any particle may follow a nominal form (함을, 하기로); after other forms only the
        few that attach to verbal endings do (해도, 하여야만), so 해를 is no verb form.
        """
        if not s:
            return True
        if len(s) > MAX_TAIL:
            return False
        if self.is_particles(s) and (nominal or s in _VERBAL_PARTICLES):
            return True
        endings = self.lex.endings
        for k in range(min(len(s), 5), 0, -1):
            pos = endings.get(s[:k])
            if pos is not None and self.is_inflection(s[k:], 'ETN' in pos or _nominal(s[:k])
                                                      or s[:k] in _QUESTION_ENDINGS
                                                      or nominal and s[:k] == '지'):  # 할 + 지에
                return True
        return False

    def _is_particles(self, s: str, before: int = ANY) -> bool:
        """Whether s is empty or a chain of particles (what may follow a lone noun), the first
        one fitting a word that ends as `before` says (final_sound)."""
        if len(s) > MAX_TAIL:
            return False
        particles, vocatives, prefixes = self.lex.particles, self.lex.vocatives, self._particle_prefixes
        reachable = [True] + [False] * len(s)
        for i in range(len(s)):
            if reachable[i]:
                for k in range(1, min(len(s) - i, 5) + 1):
                    piece = s[i:i + k]
                    if piece not in prefixes:
                        break  # no particle begins so: no longer one either
                    if piece in particles and (i or particle_fits(piece, before)) \
                            and (i + k == len(s) or piece not in vocatives and (
                                piece not in _CHAIN_ENDING or piece in _POLITE_AFTER_CASE and s[i + k:] == '요')
                                 and (piece != '도' or s[i + k] == '요')):
                        # (도 closes a chain, only the polite 요 after it: 수도에 is 首都 + 에, not 수 + 도 + 에)
                        # (nothing follows 여 or 아, nor the case particles 이, 가, 을, 를, 의: 産業 + 理論, not 이 + 론;
                        # only the polite 요 of speech ends a chain after 이, 가, 을 or 를: 政府가요, 事實을요)
                        reachable[i + k] = True
        return reachable[-1]

    def _default_and_copula(self, run: str) -> bool:
        """Whether the run is a two-syllable word with a curated default and a tail after it, as the
        copula's 다 (試圖다, 報道다), which old endings of a one-syllable stem also spell."""
        return run[:2] in self.lex.defaults and self.is_tail(run[2:], VOWEL)

    def _longest_standing(self, run: str, ends: dict[int, list[tuple[int, bool]]]) -> int:
        """How long a native reading of the run's start must be to count (`is_native`'s longest_word).

        Where a word at the run's start leaves a tail (or nothing), the longest word there, as
        always (周知시킬 stays). Where none does, the words could only open a compound, and a native
        stem stops at the shortest of them: 자라도록 is 자라다's, though 자라도 and 자라 are words (their
        록 and 도록 are no tails); 사도록 is 사다's, not 使徒 and 錄; 集合 still beats 집, which leaves 합.
        """
        found = ends.get(0)
        if not found:
            return 0
        if len(run) > 2 and self.lex.native.get(run[0]) in _ONE_SYLLABLE_NOUNS and self._lone_noun_particles(run, found):
            return 1  # a native noun of one syllable and a particle of two or more (일처럼, 개마다, 일부터)
        if len(found) == 1:
            return found[0][0]  # one word (the usual case): no tail to test, its end is the answer
        longest, shortest = max(e for e, _ in found), min(e for e, _ in found)
        if longest == shortest:
            return longest  # one end twice (a user's word and the dictionary's): either way the answer
        n, is_tail = len(run), self.is_tail
        if longest == n or any(is_tail(run[e:]) for e, _ in found):
            return longest  # (a word that leaves a tail: the longest stands, 周知시킬)
        return shortest

    def _lone_noun_particles(self, run: str, found: list[tuple[int, bool]]) -> bool:
        """Whether the run is a one-syllable native noun and a chain of particles of two syllables or
        more that a word at its start cuts in two, leaving no tail, or only the copula's bare 다 behind
        a word with no curated sense: 일처럼, 일마다, 개마다, 일보다 and 일부터 are 일 and 개 with their
        particles, not 日 + 처럼, 介馬 + 다, 日報 + 다 or 一部 + 터; 不滿이 (a word and a particle) and
        安保다 (a curated word and the copula) stay."""
        if not self.is_particles(run[1:], final_sound(run[0])) or any(user for _, user in found):
            return False
        n, is_tail = len(run), self.is_tail
        return all(e < n and not (is_tail(run[e:]) and (run[e:] != '다' or self._curated(run[:e])))
                   for e, _ in found)

    def _native_before_loanword(self, run: str) -> int:
        """The end of a curated native noun that opens the run right before a curated loanword noun and
        its tail (감자샐러드는: 2), or 0."""
        lex = self.lex
        for j in range(min(len(run) - 2, self._native_noun_max), 1, -1):
            if run[:j] in self._native_nouns and run[:j] not in lex.loanword_nouns and any(
                    run[j:k] in lex.loanword_nouns and (k == len(run) or self.is_tail(run[k:]))
                    for k in range(j + 2, len(run) + 1)):
                return j
        return 0

    def _formal_of_stem(self, run: str) -> bool:
        """Whether the run is a curated native stem of two syllables or more ending in a vowel, with the
        formal ㅂ니다 or ㅂ니까 drawn into its last syllable: 지어집니다, 시어집니까 (not 至於, 詩語)."""
        for j in range(2, min(len(run), _LONGEST_STEM + 1)):
            initial, medial, final = split(run[j - 1])
            if final == _FINAL_BIEUP and run.startswith('니', j) \
                    and self.lex.native.get(run[:j - 1] + join(initial, medial, 0)) in CURATED_STEMS \
                    and self.is_inflection('습' + run[j:], False):
                return True
        return False

    def _verb_form_in_ji(self, form: str) -> bool:
        """Whether `form` is a verb stem and the ending 지 (하지, 두지, 배우지)."""
        return len(form) >= 2 and form[-1] == '지' and form[:-1] in self.lex.verb_stems

    def is_native(self, run: str, longest_word: int = 0, unbound: bool = False, after_noun: bool = False,
                  after_modifier: bool = False) -> bool:
        """A native word, alone or with a tail, covers the whole run.

        Only native words at least as long as the longest dictionary word at the run's
        start count: 가장 beats 家長, but 집 (house) does not stop 집합 (集合). `unbound`:
        no modifier, determiner or numeral comes before the run, so it starts with no bound
        noun (할 수가 is the native 수, 사원의 수가 the noun 數). `after_modifier`: a modifier comes
        before, where no adverb stands (顯著한 事實은, not the adverb 사실은 'in fact').
        """
        lex, n, first = self.lex, len(run), run[0]
        native, stems = lex.native, lex.verb_stems
        top = min(n, self._native_longest, self._native_reach.get(run[:2], 1))  # (no longer word starts so)
        for j in range(top, max(longest_word, 1) - 1, -1):
            pos = native.get(run[:j])
            if pos is None or unbound and (pos == 'bound-noun' or pos == 'expression' and native.get(first) == 'bound-noun'):
                continue  # 수는 and 수밖에 are the bound noun's only after a modifier
            if j == 1 and after_noun and first == END_OF_PERIOD:
                continue  # after a word for a period, the end of it: 3月 末까지, not 말 'speech'
            if pos == 'NNG' and j >= 3 and run[j - 1] == '이' and final_sound(run[j - 2]) != VOWEL \
                    and (run[:j - 1] in lex.defaults or run[:j - 1] in lex.usual):
                continue  # a rare mecab noun in 이 that a curated Sino word and the particle spell: 苦生이, 所用이
            if pos == 'NNG' and j >= 3 and run[j - 1] == '이' and final_sound(run[j - 2]) == VOWEL \
                    and run.startswith(_FULL_COPULA_AFTER_VOWEL, j - 1) and self.well_attested(run[:j - 1]):
                continue  # ... and, after a vowel, a common one and the whole copula: 細胞이다 (not 세포이 'sepoy')
            if pos == 'VV+ETN:Inflect' and j == 2 and run[:2] in lex.usual:
                continue  # a verb's nominal that spells a curated Sino word is that word: 密林이 (not 밀리다's 밀림)
            if pos == 'VV+ETM:Inflect' and j >= 3 and j == n and run[j - 1] == '를' \
                    and (run[:j - 1] in lex.defaults or run[:j - 1] in lex.usual):
                continue  # a mecab modifier in 를 that a curated Sino word and the object particle spell:
                # 帽子를 쓴 (not 모자르다's 모자를, a nonstandard 모자라다)
            if pos == 'IC' and j == n >= 3 and run[-1] == '에' and self.has_standing(run[:-1]):
                continue  # mecab's interjection in 에 is, in prose, the word it grew from and 에: 世上에 對한
                # 情, 世上에 道가 行해지면 (not the exclamation 세상에)
            rest = run[j:]
            if pos in _ADVERBS:  # an adverb takes no 하다 and no case: 계속된, 일단의 are nouns
                if after_modifier and j == n and self.adverb_spells_noun(run):
                    continue
                if after_modifier and j == 2 < n and self.adverb_spells_noun(run):
                    continue  # likewise a two-syllable adverb with a particle: 指定된 團地는, 이 團地도 (단지 'only')
                if rest in _ADVERB_TAILS and not (after_noun and pos == 'caseless') \
                        and not (pos == 'caseless' and j >= 2 and rest in ('은', '는')
                                 and (run[:j] in lex.usual or run[:j] in lex.defaults)):  # (建物 內, 30日 以內)
                    return True  # (the topic particle on a curated word that takes no case is the noun's: 집의
                    # 家長은, as 家長이 is; 가장 'most' takes none)
            elif pos in ('adverb', 'conjunction'):  # curated ones may take particles (모두의, 서로를)
                if self.is_particles(rest) or pos == 'adverb' and rest.startswith('들') \
                        and (len(rest) == 1 or self.is_particles(rest[1:])):
                    return True  # ... and speech's plural 들 on an adverb, for the many it tells: 어서들 오세요
                    # (not 御書들)
            elif pos.startswith(('V', 'verb')):  # endings, but no light verb: 비치하여 is 備置
                if j >= 3 and run[2] in _JIDA_SYLLABLES and (run[:2] in lex.defaults or run[:2] in lex.usual) \
                        and run[:2] + '지' not in stems and native.get(run[:2] + '지') is None:
                    continue  # a form mecab lists whole of a curated Sino noun and 지다: 責任질, 責任져야, 責任졌다
                    # (as 責任지고); a native stem in 지 is curated (부서지다, 주어지다 stay)
                if rest and pos.endswith('ETM:Inflect') and self.is_particles(rest):
                    continue  # a modifier takes no particle: 고인은 is 故人 and 은, not 고이다's 고인
                if rest.startswith('에') and self.is_particles(rest) and (run[:j] in lex.defaults or run[:j] in lex.usual):
                    continue  # nor does a stem take 에: a curated Sino noun of its spelling does (淸代에는, not 청대다's)
                if rest[:1] in _HADA and run[:j] in lex.predicate_senses:
                    continue  # no native ending starts in 하 (mecab's 하고 is 하다's): a curated Sino
                    # predicate of the stem's spelling takes it, 帳簿를 備置하고, not 비치다's
                if rest[:1] in DOEDA_SYLLABLES and rest != '되' and not pos.endswith(_INFLECTED_FORMS) \
                        and run[:j] in lex.predicate_senses:
                    continue  # a bare stem goes on with 되다 only as a curated Sino predicate, the one ending
                    # in 되 being the concessive (빛이 비치되): 담요가 備置되고, 備置되어 (not 비치다's 비치 + 되고)
                if rest[:1] in DOEDA_SYLLABLES and pos.endswith(_INFLECTED_FORMS) and run[:j] in lex.predicate_senses:
                    continue  # nor does a modifier go on with 되다: a curated Sino predicate does, 協定이
                    # 調印되었다, 誤診되었다, 發刊되었다 (not 조이다's 조인, 오다's 오진, 발갛다's 발간 + 되었다);
                    # nor a final or connective form: 溶解되기, 溶解되어 (not 용하다's 용해 + 되기)
                if _copula_past(run[:j], rest):
                    continue
                if not rest or self.is_inflection(rest, False):
                    return True
            elif pos in NOUN_TAGS and j >= 2 and rest[:1] in _PREDICATE_STARTS and run[:j] in lex.predicate_senses \
                    and not self.is_particles(rest):
                continue  # a native noun takes no 하다 or 되다 where a Sino word of its spelling is a curated
                # predicate: 違法性이 阻却된다, 自炊하는 學生, 彫刻한 佛像 (not the native 조각 'piece')
            elif pos == 'expression' and rest[:1] in _HADA and run[:j] in lex.predicate_senses:
                continue  # an inflected form takes no 하다 after it: 作故했다, 作故한 (작고 'small and' stays)
            elif pos == 'expression' and rest[:1] in _NO_JI_FORM_STARTS and self._verb_form_in_ji(run[:j]):
                continue  # nor a case particle after a verb's 지: 夏至와 冬至, 夏至에는 (하지 않았다 stays)
            elif pos == 'MM' and j >= 2 and (not rest or self.is_particles(rest)) \
                    and (run[:j] in lex.defaults or run[:j] in lex.usual):
                continue  # a determiner takes no particle: a curated Sino noun of its spelling does
                # (遊說에서, 遊說를: not mecab's determiner 유세); nor does mecab's determiner stand bare
                # where a curated noun is spelt (選擧 遊說 첫날, 遊說 現場)
            elif pos == 'MM' and rest[:1] in _HADA and run[:j] in lex.predicate_senses:
                continue  # a determiner takes no ending: a curated Sino predicate of its spelling takes 하다
                # (事物을 辨別할, not mecab's determiner 변별 and 할)
            elif rest and run[:j] in lex.loanword_nouns and not self.is_particles(rest) and any(
                    self.has_standing(rest[:k]) and (k == len(rest) or self.is_tail(rest[k:])) for k in (2, 3)):
                continue  # a word with standing after a loanword, not a native suffix's tail: 게임分野의
                # (not 게임 + 분 'person' + 야)
            elif not rest or self.is_tail(rest) and not (rest in ('히', '코') and pos in NOUN_TAGS) and not (
                    j == 1 and (pos in NOUN_TAGS or pos in ('interjection', 'determiner', 'expression')) and first in lex.hada_roots
                    and rest[0] in _HADA) and not (j == 2 and rest == '다' and run[1] == '한' and pos in NOUN_TAGS
                                                   and first in lex.hada_roots) \
                    or pos == 'adjective-stem' and self.is_inflection(rest, False):
                # (a noun that is also a 하다 root is the root before 하다: 範疇에 屬하는, not 속 + 하는;
                # so is an interjection: 부름에 應하여, not the interjection 응 + 하여; and a determiner,
                # which takes no ending at all: 1回에 限하여, not the determiner 한 + 하여; nor
                # does a form of a native verb: 이에 準할, not 주다's 준 + 할); a noun in ㄴ takes the copula
                # with its 이 (요한이다), so a root and 한다 is the verb: 檢討를 要한다, not the name 요한 + 다
                # a native adjective's root may take 하다 (고요하다); a noun takes no 히 (속히 is 速히)
                return True
        if self._formal_of_stem(run):
            return True
        if not _HADA.isdisjoint(run[1:_LONGEST_STEM]):  # (a form of 하다 follows within a stem's reach)
            for j in range(max(longest_word - 1, 1), min(n, _LONGEST_STEM)):
                # a native stem in 하 with 하다's endings drawn into its last syllable: 일한, 일해서 and
                # 일함 are 일하다's, not 日限, 日海 and 一函
                if run[j] in _HADA and native.get(run[:j] + '하') in CURATED_STEMS and self.is_tail(run[j:]) \
                        and not self.has_standing(run[:j + 1]):
                    return True
        for j in (2, 3):  # a longer stem's nominal form in 기, alone or with particles, where no dictionary word is
            # spelt so (불타기도, 다스리기는: not 佛陀 + 機; 調理器 stays)
            if n > j and run[j] == '기' and run[:j] in stems and (n == j + 1 or self.is_particles(run[j + 1:])) \
                    and not self.lex.has_word(run[:j + 1]):
                return True
        if first in stems:  # a one-syllable stem and its endings:
            if longest_word >= 2 and n >= 3 and run.startswith(_PLAIN_CONNECTIVES, 1) \
                    and not self.has_standing(run[:longest_word]) and self.is_inflection(run[1:], False):
                return True  # ... where the word they spell has no standing: 세어서, 내어서 (not 細魚書, 內語書)
            if n >= 3 and (run[1:].startswith(ARCHAIC_ENDINGS) or run[1] == '시' and run[2:].startswith(ARCHAIC_ENDINGS)) \
                    and self.is_inflection(run[1:], False) and not self._default_and_copula(run):
                return True  # ... an ending only scripture and old prose use: 가노라, 보거니와,
                # 주노니, 주나니, 보소서, 하도다, 치거든 (not 家奴라, 保擧니와, 主노니, 週나니, 譜所書, 河道다, 馳車든); a word
                # with a curated default and the copula's 다 stays the word: 試圖다, 報道다 (not 시 + 도다)
            if run[1:] == '시매' and not self.has_standing(run) \
                    or run[1:] == '매' and not self.well_attested(run[:2]):
                return True  # ... scripture's causal 매 'as, when', honoured or not: 타매, 대시매, 주시매, 오시매
                # (not 唾罵, 大始, 注視 + 매, 午時 + 매); a plain form that spells a word in use stays it: 癡呆, 姉妹
            if (n == 3 and run[1:] in _WHOLE_CONNECTIVES
                    or n == 4 and run[1:3] in _WHOLE_CONNECTIVES and run[3] in _CONNECTIVE_PARTICLES) \
                    and not self.has_standing(run[:3]) \
                    and not (self.has_standing(run[:2]) and self.is_particles(run[2:], final_sound(run[1]))):
                return True  # ... a connective of two syllables, the whole run: 보도록, 가도록, 오려고, 주면서, and
                # with 도, 는 or 만 after it: 주면서도, 보면서도 (not 柱面 + 書 + 도, 譜面書도)
                # (not 報道 + 錄, 街道 + 錄: a word in 도 and the suffix 錄 make no word in use; but a word
                # in use and a particle stay: 他人의 住居나)
            if run[1:] == _AS_SOON_AS:
                return True  # ... and 자마자 'as soon as', which no word and particle spell: 보자마자, 먹자마자
                # (not 褓子 + 麻子)
            if run[1:] in _POLITE_JI:
                return True  # ... and the polite 지요, which a noun and 요 spell only in a list of older prose: 가 보지요,
                # 제가 사지요, 어서 오시지요 (not 保持요, 四肢요, 午時지요)
            if n >= 2 and run[1:] in _SPEECH_ENDINGS and not split(first)[2] and first != '마' \
                    and not self._curated(run) and not self.well_attested(run):
                return True  # ... the permissive 렴 or the promissive 마 of dialogue: 말해 보렴, 용서해 주마,
                # 가거라, 오너라 (not 報念, 走馬, 家居라); a word with a curated sense or in use stays (河馬, 低廉)
        if n >= 3 and run[1] == '노' and run[1:].startswith(ARCHAIC_ENDINGS) and not split(first)[2] \
                and join(*split(first)[:2], 8) in stems and self.is_inflection(run[1:], False) \
                and not self._default_and_copula(run):
            return True  # a stem in ㄹ, which drops it before 노라 and 노니: 여노라, 만드노니 (열다, 만들다;
            # not 餘怒라); a word with a curated default and the copula stays, as above
        if n >= 3 and run[1:3] == '지라' and split(first)[2] == FINAL_NIEUN and run[3:] not in _QUOTING_AFTER_RA \
                and join(*split(first)[:2], 0) in stems and self.is_inflection(run[1:], False):
            return True  # a stem and scripture's ㄴ지라 'since, as': 본지라, 선지라 (not 本紙라, 先知라); it quotes
            # nothing, so a word in 지 and the copula's 라고 or 라는 stay: 盆地라고 한다, 盆地라는 地形
        if first in self._numeral_initials:  # (a native numeral starts so)
            for j in (1, 2):  # a native numeral and a bound noun written together: 두가지, 세가지 (not 杜家지)
                if run[:j] in lex.native_numerals:
                    for k in range(j + 2, min(n, j + 3) + 1):  # (a bound noun of two syllables: 두수 may be 頭數)
                        if native.get(run[j:k]) in ('bound-noun', 'NNB') and (k == n or self.is_tail(run[k:])):
                            return True
        if run[:2] in self._stem_heads:
            for j in range(max(longest_word, 2), min(n - 1, _LONGEST_STEM) + 1):
                # a native stem of two or more syllables with an ending (섬기니, 섬기며), where the
                # word it spells has no standing (纖技; 期待 has, so 期待는 stays)
                stem, rest = run[:j], run[j:]
                if stem in stems and not rest.startswith(lex.light_verb_starts) and self.is_inflection(rest, False) \
                        and not self.has_standing(stem) and not _copula_past(stem, rest):
                    return True
        for j in range(3, min(n - 1, _LONGEST_STEM + 1) + 1):
            # a stem of two or more syllables whose last takes the modifier's ㄹ, and an ending of the ㄹ지
            # family (여길지니라, 여길지라도, 여길지어다): not a prefix and a word in 지 (女 + 吉地)
            if run[j - 1] in _RIEUL_JI and split(run[j - 2])[2] == 8:
                stem = run[:j - 2] + join(*split(run[j - 2])[:2], 0)
                if stem in stems and self.is_inflection('을' + run[j - 1:], False) and not self.has_standing(stem):
                    return True
                break
        for j in range(1, longest_word):
            # 저가 is 저 (older prose's 'he') + 가 rather than 低價 (its cues name 低價: see native_words.tsv),
            # 말은 말 + 은 rather than 末銀, 물이다 물 + 이다 rather than 物異 + 다, unless the word is common
            pos = native.get(run[:j])
            if pos in _SHORT_NATIVE and not (unbound and pos == 'bound-noun') and run[j:] not in _CALLING \
                    and not (after_noun and j == 1 and first == END_OF_PERIOD) \
                    and (self.is_particles(run[j:], final_sound(run[j - 1]))
                         if longest_word == n or run.startswith('보다', j)  # the comparative 보다 after a
                         # native noun, where a word in 보 and the copula's 다 match longer: 별보다, 물보다
                         # (not 別報다, 物譜다); a common word still wins below
                         or pos == 'noun' and not self._curated(run[:longest_word])
                         and self.is_particles(run[longest_word:], final_sound(run[longest_word - 1]))
                         # or, for a native noun, the longer word too takes only particles and has no curated
                         # sense, so both read noun + particles: 말로만, 말로는 are 말 + 로만 (not 末 + 로만:
                         # 末路 is rare; 分娩이 stays, 분 being bound); a common word still wins below
                         else run.startswith(_COPULA_AFTER_CONSONANT, j) and self.is_tail(run[j:], CONSONANT)):
                return not (self.well_attested(run[:longest_word], COMMON_OVER_NATIVE)
                            or run[j] == '임' and self._curated(run[:longest_word]))
                # (a curated word in 임 beats a lone native noun and the copula's nominal 임, which a
                # particle seldom follows: 理事의 解任에, 解任을, not 해 + 임에)
        return False

    def _mixed_word(self, run: str) -> list[Piece]:
        """The Sino pieces of a curated mixed word (mixed_words.tsv) that opens the run before a tail:
        창밖으로 -> 窓 (창), 손전등을 -> 電燈 (전등); kind 'mixed:' and the Hanja, which the caller takes as
        the piece's one candidate."""
        if run[:2] not in self._mixed_heads:
            return []  # (the usual case: no mixed word starts so)
        mixed_words = self.lex.mixed_words
        for j in range(min(len(run), self._mixed_longest), 1, -1):
            form = mixed_words.get(run[:j])
            if form is None or j < len(run) and not self.is_tail(run[j:], final_sound(run[j - 1])):
                continue
            pieces, i = [], 0
            while i < j:
                if is_hanja(form[i]):
                    k = i
                    while k < j and is_hanja(form[k]):
                        k += 1
                    pieces.append(Piece(i, k, 'mixed:' + form[i:k]))
                    i = k
                else:
                    i += 1
            return pieces
        return []

    def _district(self, run: str) -> list[Piece]:
        """An electoral district written as a place of place_names.tsv and 갑, 을 or 병, alone or before
        particles: 分當甲, 松坡乙에 出馬, 江南丙 (not 江南病). A place in a consonant and a bare 을 is the place
        and the object particle (江南을 찾았다), and a spelling that is a dictionary word stays that word."""
        lex = self.lex
        for j in range(min(len(run) - 1, _LONGEST_DISTRICT_PLACE), 1, -1):
            hanja = lex.place_names.get(run[:j])
            mark = _DISTRICT_MARKS.get(run[j])
            if hanja is None or mark is None:
                continue
            rest = run[j + 1:]
            if rest and not self.is_particles(rest, CONSONANT) \
                    or run[j] == '을' and not rest and final_sound(run[j - 1]) != VOWEL \
                    or lex.has_word(run[:j + 1]):
                continue
            return [Piece(0, j, 'mixed:' + hanja), Piece(j, j + 1, 'mixed:' + mark)]
        return []

    def _curated(self, word: str) -> bool:
        """Whether a word has a curated sense (a default, a usual sense or a field's glossary)."""
        lex = self.lex
        return word in lex.defaults or word in lex.usual or word in lex.domains

    def names_bay(self, word: str) -> bool:
        """Whether word names a bay (灣) after a place or a head no common word spells, so that its 만 is
        no particle: 順天灣, 光陽灣, 加露林灣 (寫眞만, 競技만 keep 'only')."""
        head = word[:-1]
        return word[-1:] == '만' and any(h.endswith('灣') for h in self.lex.words(word)) \
            and (head in self.lex.place_names or not self.well_attested(head))

    def well_attested(self, word: str, count: int = 0) -> bool:
        """A Sino-Korean word with a curated default or a candidate common in Chinese (a jieba
        count of `count`, by default WELL_ATTESTED)."""
        lex = self.lex
        return word in lex.defaults or any(lex.zh_frequency.get(h, 0) >= (count or WELL_ATTESTED)
                                           for h in lex.words(word))

    def analyse(self, run: str, ends: dict[int, list[tuple[int, bool]]], context: int = 0,
                protected: Callable[[str], bool] = lambda w: False) -> list[Piece]:
        """The cheapest analysis of `run` as pieces; [] keeps the run in Hangul.

        `ends[i]` lists (end, is_user_word) for every dictionary word starting at i.
        Pieces may start only at the run's start or right after another piece, and what
        follows the last one must be a tail (checked only within MAX_TAIL of the end). A
        prefix needs a dictionary word after it. `context` holds what the caller saw around
        the run, as bits: AFTER_HANJA: Hanja stand right before it. AFTER_NUMBER: digits or a
        numeral do, so a counter may start it. BEFORE_NUMBER: digits follow. AFTER_MODIFIER: the run follows a word
        ending in ㄴ or ㄹ and a space, where 자 is the bound noun 者 (하는 者). ATTACHED:
        the run follows a letter or digit with no space (AI의, 3의), so a lone syllable there
        is a particle or counter, never a noun. AFTER_OBJECT: the run follows a word ending
        in 을 or 를 and a space, or is a form in 지 before 않다, 못하다 or 말다, where a verb stem with
        an ending is a verb (책을 사고, not 事故; 보지 못하다, not 保持); for a root and 해, also
        after 기 or 에 (하기 爲해, 이에 對해).
        BEFORE_WORD: a space and another word follow, so a bare syllable may be a determiner (兩 팀).
        UNBOUND: no modifier, determiner or numeral comes before, so no bound noun starts the run.
        COLLOCATED: the run is a collocation noun and particles, and one of its words follows (소를 제기).
        BEFORE_GOVERNOR: the run ends in 함에 and 있어, 따라 or 앞서 follows, so the 함 is 하다's nominal.
        BEFORE_LIST: the run ends in 로 or 도 and a list mark, a bracket, 및, 등 or a number follows, as after a
        noun, not after the particle 로 (加熱爐 等, 導水路(, 電氣爐 1臺; but 通貨로 直接); or it ends in 인가
        and such a mark (no comma) or a closing bracket follows (設立認可 等, 竣工認可)); or it is two
        syllables in 의 and a middle dot or a comma follows, which a one-syllable genitive seldom stands before
        (善意ㆍ平穩, 善意, 平穩: not 線의).
        BEFORE_NEGATION: the run is two syllables in 가 or 이 and a form of 아니다 follows, whose complement
        takes that particle (道가 아니다, 詩가 아니라: not 道家, 詩歌); or it is a one-syllable root of 하다 and
        the 치 of 하지 contracted, and 않다, 아니하다 or the prohibitive 말다 follows (變치 않는, 行치 아니하며, 害치
        말라: not 變置, 杏峙, 獬豸).
        BEFORE_SAYING: the run is three syllables in 해라 and 할 수, 하기, 하겠, 해야 or 볼 수 follows, which take
        the copula's 라 after a noun, not an order (恣意的 讀解라 할 수 있다, 被害라 하기 어렵다: not 毒해라, 避해라).
        BEFORE_CAUSE: the run ends in 로 and 인한, 인해, 인하여 or 말미암아 follows, which take the particle 로
        after the cause (鑛山 排水로 因한, not 排水路 因한).
        AFTER_DETERMINER: a Sino-Korean determiner stands before the run (각 호의), so a noun follows.
        BEFORE_COMPARISON: a word of likeness or difference follows (달리, 같다, 다르다, 함께), so a
        final 과 is the particle (自然과 달리, never 自然科). BEFORE_COUNTER: a space and a counter
        follow, so a run that spells a number is one (二千 名, 二百 名: not 二天, 李白). COORDINATING:
        the run ends in 과 and a space and a word follow, with no list mark around it, so the 과 may
        join two nouns (家庭과 社會), where alone or among ·, ㆍ and commas a word in 科 names a
        department (內科ㆍ眼科). AFTER_NOUN: a bare noun or a number and its counter stands before,
        so a word that takes no case there is the Sino noun (建物 內, 30日 以內; not 'my', 'soon').
        """
        after_hanja, after_number, before_number, after_modifier, attached, after_object, before_word = (
            context & AFTER_HANJA, context & AFTER_NUMBER, context & BEFORE_NUMBER, context & AFTER_MODIFIER,
            context & ATTACHED, context & AFTER_OBJECT, context & BEFORE_WORD)
        unbound, collocated, after_determiner, before_comparison, before_counter, coordinating, after_noun = (
            context & UNBOUND, context & COLLOCATED, context & AFTER_DETERMINER, context & BEFORE_COMPARISON,
            context & BEFORE_COUNTER, context & COORDINATING, context & AFTER_NOUN)
        lex, n = self.lex, len(run)
        first = run[0]
        box_ok = not context & BEFORE_GOVERNOR  # (see _box_word)
        if n >= 4 and run[2] == '이' and final_sound(run[1]) == CONSONANT and run[3] in '가는를와' \
                and self.is_particles(run[3:], VOWEL) and not lex.has_word(run[:3]) \
                and (lex.native.get(run[:2]) == 'noun' or run[:2] not in lex.defaults and run[:2] not in lex.usual) \
                and not lex.native.get(run[:3]):
            return []  # a given name and the 이 that follows one ending in a consonant: 서연이가, 도윤이는 (a noun in
            # a consonant takes 이, 은, 을, not 이가, 이는, 이를; 이랑 and 이야 follow it: 同生이랑)
        if attached and first == '이' and run.startswith(COPULA_FORMS) and self.is_tail(run, CONSONANT):
            return []  # the copula right after a digit, a letter or a closing bracket: 5이고, x이지만,
            # O(n)이므로, (가)이면 (not 尼姑, 理智, 裏面: no Sino word starts where a number or a name ends)
        if attached and not after_number and n > 1 and self._is_particles(run):
            return []  # a chain of particles right after a letter or a unit sign: 30 cm마다, 150㎥마다,
            # GPU마다, x부터 (not 摩多; after digits a counter may start the run: 3臺로, 25度에서)
        if attached and first == POLE_SYLLABLE and (n == 1 or self.is_tail(run[1:], CONSONANT)):
            return [Piece(0, 1, 'mixed:極')]  # 극 right after a letter or digit is a pole: N極과 S極, (+)極 (never 劇)
        if attached and first == TYPE_SYLLABLE and (n == 1 or self.is_tail(run[1:], CONSONANT)):
            return [Piece(0, 1, 'mixed:型')]  # 형 right after a letter or digit is 型 'type': A型 肝炎, O型 血液,
            # 第2型 糖尿病 (never 兄 or 刑 there)
        if attached and first == CRIME_SYLLABLE and (n == 1 or self.is_tail(run[1:], VOWEL)):
            return [Piece(0, 1, 'mixed:罪')]  # 죄 right after the bracketed name of an offence closes a charge's
            # name: 特定經濟犯罪加重處罰等에관한法律違反(詐欺)罪로, 道路交通法違反(飮酒運轉)罪의 (a letter or a digit
            # takes no 죄 as a particle would)
        if attached and first == TYPE_SYLLABLE and n > 2:
            rest = self.analyse(run[1:], ends_within(ends, 1, n))
            if rest and rest[0].start == 0 and rest[0].kind == 'word' and self.has_standing(run[1:1 + rest[0].end]):
                return [Piece(0, 1, 'mixed:型')] + [Piece(p.start + 1, p.end + 1, p.kind) for p in rest]
                # ... and so it is before a noun written solid with it: B型肝炎, A型肝炎 豫防接種, 2型糖尿病
        if n == 1 and before_word and run in GUARDED_DETERMINERS:
            return [Piece(0, 1, 'determiner')]  # the caller saw what only the Sino one stands before (故 김구, 年 2回)
        if after_determiner and first in SUB_ITEMS and (n == 1 or self.is_particles(run[1:], final_sound(first))):
            return [Piece(0, 1, 'noun')]  # a statute's sub-item after a Sino determiner: 各 目의, 各 目 外의 部分,
            # 本 目에서 (a determiner wants a noun, and 'each neck' is no phrase of prose)
        if after_noun and first in _ASPECT_BOUND and run.startswith(COPULA_FORMS, 1) \
                and self.is_tail(run[1:], final_sound(first)):
            return [Piece(0, 1, 'noun')]  # the bound noun and the copula after a bare noun: 在職 中인 (not 衆人)
        if collocated and not (n > 1 and lex.native.get(run) in NOUN_TAGS):
            return [Piece(0, 1, 'collocation')]  # the caller saw the word that makes it the noun (訴를 提起);
            # a curated native noun the noun and its particles spell whole stays (해마다 줄어드는, not 害마다 + 줄)
        if context & BEFORE_NEGATION and n == 2 and run[1] == _CONTRACTED_HAJI and first in lex.hada_roots:
            return [Piece(0, 1, 'root')]  # 하지 contracted before a negation: 變치 않는, 願치 않는, 行치 아니하며
            # (not 變置, 杏峙; the caller saw 않다, 아니하다 or 말다 after it)
        if not attached and n > 3 and first in lex.hada_roots and run[1:3] in ('해지', '해집') and run[3] not in '되하만요' \
                and (self.is_tail(run[1:]) or run[1:] in _POLITE_HAEJIDA) and not lex.native.get(run[:2]):
            return [Piece(0, 1, 'root')]  # a one-syllable root and 해지다 'become': 强해지겠고, 甚해지고 (not 講解,
            # 深海 and the verb 지다, which a noun in 해 seldom takes; 被害지만 is the copula); so too 해집니다:
            # 定해집니다 (not 政海 + 집니다)
        if after_number and (unit := next((unit for unit in LOAN_UNITS if unit != '단위' and (
                                               len(unit) > 1 or run[1:2] == RANGE_SUFFIX)  # (the yen only before 대)
                                           and run.startswith(unit) and (len(unit) == n or self._unit_tail(run[len(unit):]))),
                                          None)) is not None:
            return self._currency_range(run, len(unit))  # a loanword unit and its particles after digits: 43미터의,
            # 1.5미터의 (not 尾攄意)
        if after_number and n > 1 and run[1] == '경' and first in _ABOUT_UNITS and (n == 2 or self.is_tail(run[2:])):
            return [Piece(0, 1, 'counter'), Piece(1, 2, 'noun')]  # a time and 頃 'about' after digits: 2019年頃부터,
            # 5月頃, 3時頃에 (not 月經, 詩經)
        if after_number and n > 2 and run[1:3] == '가량' and first in lex.counters and (n == 3 or self.is_tail(run[3:])):
            return [Piece(0, 1, 'counter'), Piece(1, 3, 'mixed:假量')]  # a counter and 假量 'about' after digits:
            # 2~4度假量, 5日假量, 30分假量, 100名假量 (not 道家 + 量, 一家 + 量, 分家 + 量, 名家 + 量)
        if first == '수' and n > 2 and run[1] in NUMERAL_UNITS:
            j = 1
            while j < n and run[j] in NUMERAL_UNITS:
                j += 1
            several = 'mixed:數' + ''.join(lex.numerals[c][0] for c in run[1:j])  # 數 'several' and units
            if run[j:j + 1] == '원' and (j + 1 == n or self._won_tail(run[j + 1:])):
                return [Piece(0, j, several)]  # then the won in Hangul as after digits: 數百億원을, 數兆원,
                # 數千萬원대 (not 數千滿員, 水槽員; its 대 stays Hangul too, for a second pass would find 원 between
                # Hanja with no digits before them: 數千萬員臺)
            if j < n and run[j] in lex.counters and run[j] != '여' and not any(
                    lex.in_use(run[:j + 1], h) for h in lex.words(run[:j + 1])) and (
                    j + 1 == n or self.is_particles(run[j + 1:], final_sound(run[j]))):
                return [Piece(0, j, several), Piece(j, j + 1, 'counter')]  # and a counter: 數十年, 數百名이
                # (not where the whole is a word in use: 收租權 'the right to the land tax', not 數兆 + 卷;
                # a rare dictionary word does not count: 數千人, not 繡薦人)
        if after_number and (first in _BIG_UNITS or first in lex.counters):
            j = 0
            while j < n and (run[j] in _BIG_UNITS or run[j] == '조'):
                j += 1
            if run[j:j + 1] == '여' and j + 1 < n and run[j + 1] != '여' and run[j:j + 2] not in _NOT_MORE_THAN and (
                    run[j + 1] in lex.counters and (j + 2 == n or self.is_particles(run[j + 2:], final_sound(run[j + 1])))
                    or run[j + 1] == '원' and (j + 2 == n or self._won_tail(run[j + 2:]))):
                return ([Piece(0, j, 'numeral')] if j else []) + [Piece(j, j + 1, 'counter')] + (
                    [Piece(j + 1, j + 2, 'counter')] if run[j + 1] != '원' else [])  # 餘 'more than' between the
                # number and its counter or the won: 50餘名으로부터, 1千餘名이, 30餘件, 100餘원 (not 黎明, 與件)
            rest = run[j + 1:]
            if j and run[j:j + 1] == '원' and (not rest or self._won_tail(rest)):
                return [Piece(0, j, 'numeral'), *self._currency_range(run, j + 1)]  # the won stays Hangul: 3萬원,
                # 2兆원臺 (not 滿員, 組員, 遠大)
            if j and (unit := next((unit for unit in _UNITS_AFTER_BIG if run.startswith(unit, j) and (
                    j + len(unit) == n or self._unit_tail(run[j + len(unit):]))), None)) is not None:
                return [Piece(0, j, 'numeral'), *self._currency_range(run, j + len(unit))]  # a loanword unit after
                # the number's unit stays Hangul, as the won
                # does: 1千제곱미터를, 5千톤, 3千킬로미터 (the run was left whole in Hangul before: 1천제곱미터)
            if j and run[j:j + 1] in lex.counters and run[j + 1:j + 2] == RANGE_SUFFIX and run[j] not in '년연' \
                    and run[j:j + 2] not in lex.counters and not (run[j] in _CITED_COUNTERS and run[j + 2:j + 3] == '로') \
                    and (j + 2 == n or self.is_particles(run[j + 2:], final_sound(RANGE_SUFFIX))):
                return [Piece(0, j, 'numeral'), Piece(j, j + 1, 'counter'), Piece(j + 1, j + 2, 'suffix')]  # a unit, a
                # counter and the range: 3千名臺를, 1萬件臺로 (not 明代, as 300名臺를; 2千年代 and 3千世帶 are words)
            if j and run[j:j + 1] in lex.counters and (j + 1 == n or self.is_particles(run[j + 1:], final_sound(run[j]))) \
                    and not (run[:j] == '조' and run[j] not in _TRILLIONS_COUNTED):  # (8條法, not 8兆 法)
                return [Piece(0, j, 'numeral'), Piece(j, j + 1, 'counter')]  # the unit, then a counter and its
                # particles: 1千分의 1, 3千名이 (not 天分, 闡明)
            if before_number and n == 2 and run[0] in lex.counters and run[1] in lex.prefixes:
                return [Piece(0, 1, 'counter'), Piece(1, 2, 'prefix')]  # 第19條第1項, not 調劑
        if after_number and first == '원' and (n == 1 or self._won_tail(run[1:])):
            return self._currency_range(run, 1)  # the won alone after a number stays Hangul too: 1,380원에, 3천 원에,
            # 1만 원臺로 (not 怨恚, 遠大)
        if before_counter:
            if run[-1] == '여' and (n > 2 and self._numeral_end(run[:-1]) == n - 1
                                   or n == 2 and run[0] in NUMERAL_UNITS):  # a bare unit too: 천여 명, 십여 년
                return [Piece(0, n - 1, 'numeral'), Piece(n - 1, n, 'suffix')]  # 오십여 대, 이십여 개 (五十餘)
            return [Piece(0, n, 'numeral')]  # the caller saw the counter (이천 명)
        if after_object and self.is_verb_form(run):
            return []
        if n == 2 and run[1] in _WEAK_VERB_ENDINGS and not after_modifier and not self._curated(run) \
                and self._attested(run) < _WEAK_OVER_VERB and self.is_verb_form(run) \
                and not any(user for _, user in ends.get(0, ())):
            return []  # a two-syllable verb form in 기 or 면 whose Sino reading is rare and uncurated, with
            # or without an object (see _WEAK_OVER_VERB); a curated or common word (日記, 事故, 富者) still
            # needs the object, and a user's word (a gloss in the text: 史記) stays the word; not a bound
            # noun after a modifier (이기는 者는)
        if n > 2 and run[1] == _QUOTED_DAE and run[2:] in _QUOTED_DAE_TAILS and split(first)[2] == FINAL_NIEUN \
                and join(*split(first)[:2], 0) in lex.verb_stems:
            return []  # the ㄴ대 that reports what someone said, after a vowel stem: 비 온대서, 간대요, 한대서 (not
            # 溫帶 and 서 'in', 寒帶 and 서; a bare 온대 and 한대 are left to the words around: 溫帶 地方)
        if n > 2 and run[1] == '시' and first in _HONORED_STEMS and run[2] != '이' \
                and (run[2:] in lex.copula or not self.is_particles(run[2:])) \
                and all(j <= 2 for j, _ in ends.get(0, ())) and self.is_inflection(run[1:], False):
            return []  # a stem and the honorific 시 before an ending, which the copula after the Sino word may spell
            # too (布施며), but a case particle only a noun takes: 보시며, 오시니, 주시던 (not 布施며, 午時니,
            # 注視던); 內侍는, 布施이다 and longer words (再試圖, 歲時記) stay
        if first in self._bound_sino and run.startswith(_SINO_ONLY_CASES, 1) and self.is_particles(run[1:], final_sound(first)):
            unbound, after_modifier = True, False  # no bound noun takes these: 機密을 敵에게 漏泄 (see _SINO_ONLY_CASES)
        # a bound noun and the polite 요 that spell a word in standing are the word: 關한 重要 事項, 늘어나는
        # 需要 (not 中 + 요, 수 + 요; speech writes 가는 중이에요 rather)
        polite = n == 2 and run[1] == '요' and after_modifier and self.has_standing(run) and first != '자'
        # (but 者 and the scriptural copula 요 after a modifier: 장차 올 者요, not 滋擾)
        if after_modifier and not polite and (first in self.native_bound and (first != '등' or run not in _ETC)
                                                and (first not in _ONLY_BEFORE_E or run[1:2] == '에')
                                                and not (first == '수' and run[1:2] == '로' and run[2:3] in _NOUN_AFTER_RO)
                                                and self._after_bound(run[1:], final_sound(first))
                               or first in _BOUND_BEFORE_HADA and run[1:2] in _HADA and self.is_tail(run[1:])
                               or first == '이' and run[1:] in _PERSON_PARTICLES):
            return []  # a native bound noun: 할 수도, 가 본 적도, 없는 분이다 (not 首都, 赤道, 粉餌), 말씀하신 이가;
            # one that takes 하다 after a modifier: 모른 체하며, 아는 척하고 (not 滯下며); the bound 수 takes no
            # 로 with another particle after it (좁은 水路를, 安全한 水路로: see _NOUN_AFTER_RO)
        if after_modifier and first in CONTRACTED_BOUND and (n == 1 or run[1] in '데가지' and (
                self.is_tail(run[1:]) or run[1:] in _CONTRACTED_COPULA_ENDINGS)):
            return []  # 것은, 것인- contracted: 웬만한 건, 할 건데, 갈 건가 (the caller let no determiner through:
            # 한 件; and 解決된 件이다 is no contraction)
        if unbound and first in lex.verb_stems and self.is_inflection(run[1:], False) \
                and not (run == '적을' and first in self._bound_sino and not after_object):
            unbound = False  # 적은 is 'few' before it is 敵은; but the bound 적 takes no 을, and 적다's 적을 after
            # its subject or before a bound noun is kept by the caller (量이 적을 때): 敵을 살피는
        if lex.mixed_words and not attached and not after_hanja and run[:2] in self._mixed_heads:
            mixed = self._mixed_word(run)  # (only where a mixed word starts so: the first test of _mixed_word)
            if mixed:
                return mixed  # a Sino part joined to a native one: 窓밖으로, 房바닥에, 南쪽, 兄님은
        if n >= 3 and not attached and not after_hanja and run[:2] in self._place_heads \
                and not _DISTRICT_MARKS.keys().isdisjoint(run[2:_LONGEST_DISTRICT_PLACE + 1]):
            district = self._district(run)
            if district:
                return district  # an electoral district: 松坡乙에서, 盆唐甲, 江南丙 (not 江南病)
        if run[1:3] == '나라' and first in lex.dynasties and not attached and (n == 3 or self.is_tail(run[3:], VOWEL)):
            return [Piece(0, 1, 'dynasty')]  # a state before the native 나라: 唐나라, 淸나라와 (한나라당 stays)
        bound = after_modifier and not polite and first in BOUND_NOUNS and (first != '등' or run in _ETC) \
            and self._after_bound(run[1:], final_sound(first))
        if not ends and not after_hanja and not bound and not (
                first in self._lone or first in lex.numerals
                or after_number and first in lex.counters):
            return []  # no dictionary word and no one-syllable piece can start the run
        if not after_hanja and not bound and not after_number and not ends.get(0) and first not in self._opening \
                and run[:2] not in self._native_opener_heads and first not in self._single_openers:
            return []  # no piece can start the run, though words start further on: the lattice below
            # would find no analysis from its start (pieces start there or after another piece)
        if not after_hanja and not bound and not (after_number and (first in lex.counters and (
                n == 1 or lex.native.get(run[:2]) not in _CURATED_NOUNS
                or n == 2 and run[1] in _SWALLOWED_PARTICLES and self.is_particles(run[1], final_sound(first))
                or run.startswith('마다', 1) and self.is_particles(run[1:], final_sound(first)))
                # (a counter and 마다 'every' beat the curated native noun they spell: 15度마다, not 도마 + 다)
                or first in _BIG_UNITS or run[:2] in lex.counters)) \
                and not (before_number and n == 1 and first in lex.prefixes) \
                and not (first in lex.cued_nouns and (run[1:2] in _CUED_CASES or run.startswith(_CUED_AFTER_FINAL, 1)
                                                      and has_final(first) and _no_stem_before_eun(first, lex.verb_stems)
                                                      or run[1:2] in _CUED_AFTER_STEMLESS and first not in lex.verb_stems
                                                      and first not in _CONTRACTED_INFINITIVES)
                         and (
                    self.after_noun(run[1:], final_sound(first))
                    # the whole copula of formal prose after a vowel, as the noun branch below takes it
                    # (대표적인 例이다, 그 例이고): the cues still decide
                    or not has_final(first) and run.startswith(_FULL_COPULA_AFTER_VOWEL, 1)
                    and self.is_tail(run[1:], CONSONANT))) \
                and self.is_native(  # 第1條, not the pronoun 제; a cued noun with a case particle: its cues decide (害를)
                run, self._longest_standing(run, ends), unbound, after_noun, after_modifier):  # (the longest word's end)
            return []
        # best[i]: cheapest analysis of run[i:] after a piece (more pieces, or a tail);
        # first[i]: the same but starting with a piece; word_first[i]: starting with a word.
        # Each entry is (cost, piece, next index, next table).
        # (pieces are plain (start, end, kind) tuples until the chosen path becomes Piece objects)
        best: list[tuple[float, _Edge | None, int, int]] = [_NO_PATH] * (n + 1)
        first: list[tuple[float, _Edge | None, int, int]] = [_NO_PATH] * (n + 1)
        word_first: list[tuple[float, _Edge | None, int, int]] = [_NO_PATH] * (n + 1)
        best[n] = (0.0, None, n, 0)
        suffix_first: list[tuple[float, _Edge | None, int, int]] = [_NO_PATH] * (n + 1)
        tables = (best, first, word_first, suffix_first)
        tail_starts, native_suffix_starts = self._tail_starts, self._native_suffix_starts
        native_noun_heads, is_tail = self._native_noun_heads, self.is_tail
        # (looked up once: the loop below asks for them at every position and edge)
        suffixes, prefixes, particles, has_standing = lex.suffixes, lex.prefixes, lex.particles, self.has_standing
        sense_cues = lex.sense_cues
        at_tail = (0.0, None, n, 0)  # best[i] where a tail starts (one tuple, shared)
        for i in range(n - 1, -1, -1):
            options: list[tuple[float, _Edge, int, int]] = []  # cost, piece, next index, next table
            ch = run[i]
            hada_form = i and ch == '하' and i + 1 < n and run[i + 1] in _HADA_GOES_ON \
                and is_tail(run[i:], final_sound(run[i - 1]))
            for j, user in reversed(ends.get(i, ())):  # longest first: it wins ties
                word = run[i:j]
                if before_comparison and j == n and not user and not (
                        n == 2 and word[0] not in lex.native
                        and not (has_final(word[0]) and word[0] in lex.single_nouns)
                        and lex.zh_frequency.get(lex.defaults.get(word, ''), 0) >= COMMON_OVER_NATIVE) \
                        or protected(word):
                    continue  # (before_comparison: the run ends in 과); a bare two-syllable word whose
                    # curated default is very common, its first syllable no native word, stays the word:
                    # 結果 差異, 效果 差異 (not 결 + 과; 일과 달리, 법과 달리, 불과 같은 stay the noun and the
                    # particle, and so does a one-syllable noun that takes 과: 性과 關聯된, not 成果)
                if hada_form and not user:
                    continue  # no word starts where a common form of 하다 ends the run: 實하기, 功하여야 or
                    # Hangul (not 實 + 下記, 公 + 何如야)
                if user:
                    options.append((USER, (i, j, 'user'), j, 0))  # a user's word bears none of the costs below
                    continue
                size, cost = j - i, WORD
                if size == 2 and i >= 2 and run[j - 1] in _FOR_PERSONS and ch in _PERSON_ENDS and best[j][1] is None \
                        and any(lex.has_word(run[k:i + 1]) for k in range(max(0, i - 3), i)):
                    continue  # 數 counts the persons a dictionary word ends in, and 用 is for their use, no word
                    # across it: 勤勞者數, 大學生數, 海外旅行客數, 管理者用, 步行者用 (not 勤勞 + 字數, 大學 + 生水,
                    # 海外旅行 + 客愁, 管理 + 自用)
                if size == 2 and i >= 2 and ch == '원' and run[j - 1] == '단' \
                        and any(h[-1] == '員' for k in range(max(0, i - 3), i) for h in lex.words(run[k:i + 1])):
                    continue  # 團 gathers the persons a word in 員 names, no 元旦 or 原緞 across them:
                    # 陪審員團, 公務員團, 硏究員團 (not 陪審 + 元旦)
                if size == 2 and i >= 2 and (head := _HEAD_BEFORE_SUFFIX.get(word)) \
                        and any(h[-1] == head for k in range(max(0, i - 3), i) for h in lex.words(run[k:i + 1])):
                    continue  # a suffix after a place or a document a dictionary word names, no word across them:
                    # 駐車場用, 娛樂場用, 決算書上, 契約書上, 登記簿上 (not 駐車 + 腸溶, 決算 + 西廂, 登記 + 負傷)
                if size >= 2 and j < n and run[j - 1] == '하' and run[j] in _HADA_GOES_ON \
                        and best[j][1] is not None and is_tail(run[j - 1:], final_sound(run[j - 2])):
                    continue  # a word in 하 before a piece that, with its 하, spells a common form of 하다 is
                    # the root and 하다, or no word: 期하여야, 期하기, 期하고자 (not 幾何 + 與野, 幾何 + 機,
                    # 幾何 + 古字); rarer forms leave a compound alone: 出荷者, 流下距離 (하자, 하거리)
                if self._system_then_do(run, i, j):
                    continue  # a system in 制 and the particle 도 ending the run: the word before and 制度 (入學制度,
                    # 停年制度, 申告制度; not 入學制 + 도)
                if not i and size >= 3 and run[1] == '하' and self._spells_root_form(run, j):
                    continue  # ... and so is an obscure word a root and a form of 하다 spell: 請하면, 臨하도록
                    # (not the place names 淸河面, 林下島 + 錄)
                if size == 2 and j == n and run[i + 1] in _SWALLOWED_PARTICLES \
                        and (not i or any(e == i for e, _ in ends.get(0, ()))) and not has_standing(word) \
                        and final_sound(run[i]) in _PARTICLE_AFTER.get(run[i + 1], _ANY_FINAL):
                    continue  # a little-known word that spells a syllable and a particle fitting it: 本人의 원에
                    # 따른, 父 또는 모가, 分類學에 따른 과의 (not 怨恚, 冒家, 果毅): the syllable alone, or Hangul;
                    # likewise closing a compound after a word from the run's start: 發表일은, 配定일이 (not
                    # 發表逸隱, 配定一二; 일 is 日 or 'work', so a listed word must spell it: 開學日은)
                # (the gate is the cheap part of _splits_better's test: a particle or the copula follows)
                if size == 2 and (j == n or run[i + 1:] in particles or run[i + 1] in '이인일') \
                        and self._splits_better(run, i, unbound, after_determiner, bool(context & BEFORE_LIST),
                                                bool(context & BEFORE_NEGATION)):
                    cost += SPLIT
                # (the tests in 하다's syllables and a cued last syllable are those helpers' first, asked here
                # to spare the call)
                elif size >= 3 and (run[j - 1] in _HADA and not (box_ok and self._box_word(run, i, j))
                                    and self._light_verb_better(run, i, j)
                                    or j == n and self._particle_better(run, i, coordinating,
                                                                        bool(context & BEFORE_LIST),
                                                                        bool(context & BEFORE_CAUSE))
                                    or j < n and run[j - 1] == '만' and self.is_particles(run[j - 1:])
                                    and self._particle_better(run[:j], i)) \
                        or size == 2 and i and run[j - 1] in _HADA and self._suffix_verb_better(run, i, j) \
                        or size >= 3 and j < n and run[j - 1] == '시' and run[j] == '키' \
                        and has_standing(run[i:j - 1]) and self.is_tail(run[j - 1:]):
                    cost += SPLIT  # (and a word in 시 before 키 where the shorter word takes 시키다: 軍隊를
                    # 常駐시키고, not 尙州市 + the loanword 키)
                if size >= 3 and run[j - 1] in sense_cues and self._suffix_cue_against(run, i, j):
                    cost += CUED_SUFFIX
                if j < n and (
                        size == 3 and not has_standing(word) and has_standing(run[i:i + 2])
                        and any(best[e][1] is not None and has_standing(run[j - 1:e]) for e, _ in ends.get(j - 1, ()))
                        or (n - j >= 2 or i and n - j == 1) and best[j][1] is None and run[j] in _HADA and has_standing(run[j - 1:])):
                    cost += SPLIT  # a little-known word across the seam of two with standing, more words
                    # following (傳貰 + 詐欺 + 被害者, not 全世史; but 多島海라고), or one whose last
                    # syllable opens a word with standing that a form of 하다 would eat (詐欺 + 被害者,
                    # not 忌避 + 해자; inside a compound, a form of 하다 at its very end too: 傳貰詐欺被害, not 全世史 + 忌避해)
                if (best[j][1] is not None or i and size == 2) and not has_standing(word):
                    cost += OBSCURE  # 理想 + 國家論, not 理想國 + 歌論; 同順位者, not 同順慰藉; and a
                    # two-syllable word ending a compound: 近代化 + 論, 漢字音 + 의, not 近代 + 畵論, 漢字 + 音義
                elif size >= 3 and j < n and best[j][1] is None \
                        and run[j - 1:j + 1] in particles and has_standing(run[i:j - 1]) \
                        and not has_standing(run[i:j]) and self.is_tail(run[j - 1:], final_sound(run[j - 2])) \
                        and not self.names_bay(word):
                    cost += OBSCURE  # a particle of two syllables the word swallows: 聖經 + 대로, not 聖經臺 + 로;
                    # a bay keeps its 만 before 의 or 은: 順天灣의, 光陽灣은 (not 順天 + 만의)
                elif size >= 3 and (j == n or best[j][1] is None) and run[j - 1] in _HADA \
                        and run[i:j - 1] in lex.predicate_senses and not has_standing(run[i:j]) \
                        and self.is_tail(run[j - 1:], final_sound(run[j - 2])) \
                        and not (box_ok and self._box_word(run, i, j)):
                    cost += OBSCURE  # a form of 하다 the word swallows: 常駐 + 해야, not 霜柱害 + 야
                elif size >= 3 and run[j - 1:] in _VOWEL_COPULA and final_sound(run[j - 2]) == VOWEL \
                        and (run[i:j - 1] in lex.defaults or run[i:j - 1] in lex.usual) \
                        and not (run[i:j] in lex.defaults or run[i:j] in lex.usual or run[i:j] in lex.domains):
                    cost += OBSCURE  # the copula's 지만 after a curated noun in a vowel, which the word swallows
                    # with its 지: 問題 + 지만, 無題 + 지만, not 問題紙 + 만, 無際智 + 만
                if i and size >= 2 and ch in _NON_INITIAL:
                    cost += OBSCURE  # a word of a compound is spelt by 두음법칙: 大統領 + 室, not 大統 + 令室
                if not i and j == 2 and word in _STACKED_PREFIXES and best[j][1] is not None and best[j][1][2] != 'suffix':
                    cost += SPLIT  # 超 and 高 or 低 open a compound, not a draft or a pickle: 超高性能, 超低遲延 (not
                    # 草稿 + 性能, 醋菹 + 遲延); 草稿를 and 草稿本 stay
                if size >= 4 and j < n and run[j] in _MANNER_SUFFIXES and suffix_first[j][1] is not None \
                        and suffix_first[j][1][1] == j + 1 and len(lex.words(word)) == 1:
                    # a word of four syllables or more and the suffix of manner, as an idiom takes 式 or 的, beat
                    # two shorter words across them: 我田引水 + 式, 自暴自棄 + 式 (not 衙前 + 引受式, 自暴 + 自己式;
                    # other suffixes leave the words: 敎育部 + 長官은, not 敎育部長 + 館은)
                    options.append((WORD - LONG_BEFORE_SUFFIX, (i, j, 'word'), j, 3))
                if size >= 3 and j < n and run[j] == _LAW_SUFFIX and word[-1] == '화' and suffix_first[j][1] is not None \
                        and suffix_first[j][1][1] == j + 1 and any(h[-1] == '化' for h in lex.words(word)):
                    # a word in 化 and the suffix 法, as laws are named, beat a word and 話法 or 畵法 across them:
                    # 簡素化 + 法, 正常化 + 法 (not 簡素 + 話法; a listed 立體畵法 stays one word)
                    options.append((WORD - LONG_BEFORE_SUFFIX, (i, j, 'word'), j, 3))
                if run[j:j + 1] == '도' and best[j][1] is None \
                        and suffix_first[j][1] is not None and word in lex.bare_roots:
                    # a root that is no noun takes no particle: 複雜 + 度, not 複雜 + 도
                    options.append((cost, (i, j, 'word'), j, 3))
                    cost += BARE_ROOT
                options.append((cost, (i, j, 'word'), j, 0))
            if i > 0 and ch in lex.verb_stems and ch not in _BARE_STEMS and run[i + 1:i + 2] == '기' \
                    and not has_standing(run[i:i + 2]) and (i + 2 == n or self.is_particles(run[i + 2:], VOWEL)):
                options.append((NATIVE, (i, i + 2, 'native'), i + 2, 0))  # a native verb's nominal form in 기
                # closing a compound after a word, as campaigns are named: 距離 + 두기, not 斗起 (詐欺 has standing)
            if i == 0 and not after_hanja and (native_end := self._native_before_loanword(run)):
                options.append((NATIVE, (0, native_end, 'native'), native_end, 0))  # a curated native noun
                # opening a compound whose next word is a curated loanword: 감자 + 샐러드 (not 甘蔗)
            if (i > 0 or after_hanja) and run[i:i + 2] in native_noun_heads \
                    and not (ch in suffixes and (i + 1 == n or self.is_tail(run[i + 1:]))):  # (級地別로, not 별로)
                # a curated native noun closing a compound before its tail (or inside one): 總角 + 김치, 飮食 + 고기
                # (not 總角金峙): native_words.tsv judged it far more often native; the same right
                # after Hanja, so that a second pass agrees (經濟 + 가은 stays 經濟가은)
                for j in range(i + 2, min(n, i + self._native_noun_max) + 1):
                    if run[i:j] in self._native_nouns and not protected(run[i:j]) \
                            and not (i == 2 and run[i:j] in lex.loanword_nouns and not has_standing(run[:2])) \
                            and (j == n or self.is_tail(run[j:], final_sound(run[j - 1]))
                                 or first[j][1] is not None and first[j][1][2] == 'word'
                                 and ((run[:i] in self._native_openers or j - i >= 3)
                                      and self.has_standing(run[j:first[j][1][1]]) or not has_standing(run[i:j]))):
                        # (a native noun whose Sino reading has no standing stands between words too:
                        # 國立 + 서울 + 顯忠院, not 暑鬱)
                        # (a little-known word of two opening the run is likelier a loanword's own start:
                        # 오토캠핑, not 烏兎 + 캠핑)
                        options.append((NATIVE, (i, j, 'native'), j, 0))  # (or after a native noun opening
                        # the run and before a word with standing: 돼지 + 고기 + 價格; after Hanja a second
                        # pass would read it alone)
            if (i > 0 or after_hanja) and ch in suffixes and not (ch == '서' and i and run[i - 1] in '로에') \
                    and not (ch == '일' and (i < 2 or run[i + 1:] not in _DATE_TAILS)) \
                    and not (ch == '순' and run[i + 1:] not in _ORDER_TAILS) \
                    and not (ch == '로' and run.startswith(_AFTER_RO_PARTICLE, i + 1) and self._ro_particle_fits(run, i)):
                # (일 closes a word as 日 only before 부터 or 까지, which make it a date: 納入日부터, 上場日까지;
                # elsewhere it is as often 'work', 會社일로, 農事일을, so a dictionary word must spell it)
                # (서 after 로 or 에 is the particle's, never 書 or 署: 未成年의 자로서, not 磁路書)
                # (순 closes a word as 順 'in order of' only before 으로 or 대로: 時代順으로; elsewhere it opens
                # a word, 品種純度, 決算純損失金, or is the native 'shoot', 어린순을)
                # (로 before 까지 or 부터 after a curated noun in a vowel or ㄹ is the particle, not a road:
                # 社會 問題로까지, 過去로부터; a road in standing is a word, 世宗路까지)
                sense = suffixes[ch][0]
                cost = ADJECTIVAL if sense == '的' and not run.startswith(_NOT_AFTER_ADJECTIVAL, i + 1) \
                    and not (run[i + 1:i + 2] != '인' and not self._adverb_in_juk(run, i)
                             and (run[max(i - 2, 0):i + 1] in self._glossary_juk
                                  or run[max(i - 3, 0):i + 1] in self._glossary_juk)) \
                    and not self._word_across_juk(run, ends, i) \
                    else ENUMERATIVE if sense == '等' and (
                        best[i + 1][1] is None
                        # ... or between words of a statute's name written solid: 自動車等不法使用罪,
                        # 컴퓨터等使用詐欺罪 (not 自動 + 差等)
                        or i >= 2 and best[i + 1][1][2] == 'word' and best[i + 1][1][1] - i > 2) \
                    and not self._lamp_ends(run, ends, i) else SUFFIX
                options.append((cost, (i, i + 1, 'suffix'), i + 1, 0))
            if ch in prefixes and i + 1 < n:  # a prefix needs a word after it (非正常, not 聖+義)
                options.append((PREFIX, (i, i + 1, 'prefix'), i + 1, 2))
            elif ch in prefixes and before_number:  # ... or, at the run's end, a number
                options.append((PREFIX, (i, i + 1, 'prefix'), n, 0))
            if ch == '일' and i >= 2 and self._day_after_numeral(run, i):
                options.append((COUNTER_WITH_PARTICLES, (i, i + 1, 'counter'), i + 1, 0))  # 十七日이라
            if i == 0 and not after_hanja:
                if after_number and ch in lex.counters:  # with its particles it beats a word: 3名의, not 3名義
                    cost = COUNTED if _range_then_ro(run, lex.counters) else \
                        COUNTER_WITH_PARTICLES if n > 1 and (
                        # (대로 after it is the range and 로, no particle: see tail_ok below)
                        self.is_particles(run[1:], final_sound(ch))
                        # (the copula after a counter in a consonant counts as its particles: 2~14日이다, 3年이며,
                        # not 14 + 一二 + 다)
                        or has_final(ch) and run.startswith(COPULA_FORMS, 1) and self.is_tail(run[1:], CONSONANT)
                        # (and its full forms after a counter in a vowel: 27期인, 5歲이며, not 27 + 基因)
                        or run[1] in _FULL_COPULA and self.is_tail(run[1:], CONSONANT)
                        or not has_final(ch) and run.startswith(_CONTRACTED_COPULA_AFTER_COUNTER, 1)
                        and self.is_tail(run[1:], VOWEL)
                        # (and the copula's 일 fused to a counter in a vowel, before 수, 때, 경우: 10秒일 수,
                        # 3個일 때, not 10 + 初日; 1週日 is a counter of its own)
                        or n == 2 and run[1] == '일' and not has_final(ch) and run not in lex.counters) \
                        else COUNTED if n > 1 and (ch == '개' and run[1] in suffixes or run[1] in TIME_SUFFIXES
                                                  or run[1] == RANGE_SUFFIX and run[:2] not in lex.counters) and (
                            # (a counter of two syllables in 대 is that counter: 300世帶가, not 300歲 + 代價)
                            n == 2 or self.is_tail(run[2:], final_sound(run[1]))) else COUNTER
                    if cost == COUNTER and n > 3 and any(
                            j - 1 >= 2 and (j == n or self.is_particles(run[j:], final_sound(run[j - 1])))
                            and self.has_standing(run[1:j]) and all(e != j for e, _ in ends.get(0, ()))
                            for j, user in ends.get(1, ())):
                        cost = COUNTED  # ... and before a known word and its particles that no word from the
                        # counter on spells whole: 第1審判決의 (not 審判 + 決議); 10大企業 stays
                    options.append((cost, (0, 1, 'counter'), 1, 0))
                if after_number and n >= 2 and run[:2] in lex.counters and (n == 2 or self.is_particles(run[2:], final_sound(run[1]))):
                    options.append((COUNTER_WITH_PARTICLES, (0, 2, 'counter'), 2, 0))  # 1人當, 4個年 (not 印堂)
                elif after_number and n > 2 and run[:2] in lex.counters and has_final(run[1]) \
                        and run.startswith(COPULA_FORMS, 2) and self.is_tail(run[2:], CONSONANT):
                    options.append((COUNTED, (0, 2, 'counter'), 2, 0))  # ... and before the copula, beating a
                    # time suffix's word as 2時間前 does: 4時間인 境遇 (not 4時 + 間印, 奸人)
                if after_number and n >= 3 and run[:3] in lex.counters and (n == 3 or self.is_particles(run[3:], final_sound(run[2]))):
                    options.append((COUNTER_WITH_PARTICLES, (0, 3, 'counter'), 3, 0))  # a counter of three: 1世帶當
                if after_number and run[:2] in lex.counters and run[2:3] in TIME_SUFFIXES \
                        and (n == 3 or self.is_tail(run[3:], final_sound(run[2]))):
                    options.append((COUNTED, (0, 2, 'counter'), 2, 0))  # 2時間前, not 2時 + 肝煎
                if not attached and ch in lex.hada_roots and not context & BEFORE_SAYING \
                        and self._root_stands(run, ends, after_object):
                    options.append((ROOT, (0, 1, 'root'), 1, 0))
                if not attached and n == 1 and before_word and ch in lex.determiners:  # bare before a noun: 兩 팀
                    options.append((NOUN, (0, 1, 'determiner'), 1, 0))
                if not attached and n == 2 and run[1] in '히코' and ch in lex.adverb_roots:  # 速히, 決코
                    options.append((ROOT, (0, 1, 'adverb'), 1, 0))
                if not attached and n >= 3 and run.startswith(_STATELY, 1) and ch in lex.stately_roots \
                        and self.is_tail(run[1:], final_sound(ch)):  # 聖스러운, 罪스럽다
                    options.append((ROOT, (0, 1, 'stately'), 1, 0))
                if not attached and ch in lex.single_nouns and (self.after_noun(run[1:], final_sound(ch)) or (
                        run.startswith(COPULA_FORMS, 1) and has_final(ch) and self.is_tail(run[1:], CONSONANT)
                        or n > 2 and run[1] == '이' and run.startswith(_FULL_COPULA_AFTER_VOWEL, 1)
                        and not has_final(ch) and not has_standing(run[:2]) and self.is_tail(run[1:], CONSONANT)
                        or n > 1 and run[1] == '란' and not has_final(ch) and not has_standing(run[:2])
                        and self.is_tail(run[1:], VOWEL)  # a definition's topic after a vowel: 美란 무엇인가
                        or after_noun and ch == END_OF_PERIOD and self._period_end_tail(run[1:])
                        or after_noun and ch == _TIME_WHEN and self._particles_then_copula(run[1:], ch))):  # 病이다
                    # (formal prose writes the copula whole after a vowel too, and a lone noun so beats a
                    # word with no standing that swallows its 이: 詩이다, 詩이며, not 葈耳 + 다, 葈耳 + 며)
                    # (and after a word for a period, particles before the copula: 이달 末까지입니다)
                    options.append((NOUN, (0, 1, 'noun'), 1, 0))
                if bound:
                    options.append((BOUND, (0, 1, 'bound'), 1, 0))
                j = self._numeral_end(run) if ch in lex.numerals else 0  # (a numeral starts the number)
                if after_number and ch in _BIG_UNITS and not (j > 1 and run[j - 1] in NUMERAL_UNITS) and (
                        n == 1 or self.is_tail(run[1:]) or run[1] in suffixes):
                    # the unit of the digits before it beats a word, as a counter does: 3萬의, not 3滿意;
                    # 2億이 ends in a particle, not in 二
                    options.append((COUNTER_WITH_PARTICLES, (0, 1, 'numeral'), 1, 0))
                elif j:
                    options.append((NUMERAL, (0, j, 'numeral'), j, 0))
                if run[:2] in self._native_opener_heads and not (after_number and ch in lex.counters):
                    # (after a number the counter comes first, as a second pass sees it: 1章만)
                    for j in range(2, min(n - 1, self._native_noun_max) + 1):  # a piece must follow it
                        # (a Sino reading common in Chinese only is no rival: 소금 + 生産, 하루 + 平均,
                        # 어음 + 金額, not 小金, 瑕累, 語音; one with a curated sense is, 自炊하는 too)
                        if run[:j] in self._native_openers and not self._curated(run[:j]) \
                                and run[:j] not in lex.predicate_senses \
                                and self._stands_after_native(run, first[j][1], run[:j]):
                            options.append((NATIVE, (0, j, 'native'), j, 0))
                if ch in self._single_openers and n > 2 and not ends.get(0) and not after_number \
                        and first[1][1] is not None and first[1][1][2] == 'word' \
                        and self.has_standing(run[1:first[1][1][1]]) and (first[1][1][1] > 3 or (
                            run[2] not in _ENDING_SYLLABLES and first[3][1] is not None and first[3][1][2] == 'word'
                            and self.has_standing(run[3:first[3][1][1]]))) \
                        and not run[:2] in self._stem_heads and run[:2] not in lex.verb_stems \
                        and not (ch in lex.verb_stems and self.is_inflection(run[1:], False)):
                    options.append((NATIVE, (0, 1, 'native'), 1, 0))  # 쌀 + 消費量, 물 + 不足 (see _single_openers;
                    # a word of two alone is too often a native compound's own end, 뼈대가, 꽃다발을, not 뼈 + 代價;
                    # no verb stem of two syllables opens the run, nor does a word of two before another end in a
                    # syllable of the endings, which a compound verb's stem and ending also spell: 앞서기, not 앞 + 書記)
            chosen = words_only = suffix_only = _NO_PATH
            if options:  # (with none, the tables keep _NO_PATH at i)
                for cost, piece, j, table in options:
                    total = cost + tables[table][j][0]
                    if total < chosen[0]:
                        chosen = (total, piece, j, table)
                    if piece[2] in ('word', 'user'):
                        if total < words_only[0]:
                            words_only = (total, piece, j, table)
                    elif piece[2] == 'suffix' and total < suffix_only[0]:
                        suffix_only = (total, piece, j, table)
                first[i] = chosen
                word_first[i] = words_only
                suffix_first[i] = suffix_only
            tail_ok = (i > 0 or after_hanja) and n - i <= MAX_TAIL and run[i] in tail_starts \
                and is_tail(run[i:], final_sound(run[i - 1]) if i else ANY) \
                and not (ch == '한' and i > 1 and run[i - 1] == '권' and not any(
                    run[h:i] in lex.predicate_senses for h in range(i - 1))) \
                and not (ch in _HADA_OPENINGS and i + 1 < n and self._word_beats_hada_form(run, ends, i)) \
                and not (ch in suffixes and suffix_first[i][1] is not None and (i + 1 < n or ch == '분' and i == 1 and after_number)
                         and not (ch == '시' and i and run[i:] in lex.copula)  # 牧者시니, 避難處시요: the copula's honorific
                         and not (ch == '분' and i and self._person_before(run, ends, i))  # 職員분이: honorific 분
                         and not run.startswith(lex.light_verb_starts, i)
                         and self.is_particles(run[i + 1:], final_sound(ch))
                         and run[i + 1:] != '요'  # (a particle and the polite 요 of speech: 長官도요, 學校로요)
                         and not any(run[i:i + k] in particles for k in (2, 3, 4))) \
                and not (ch == '론' and i + 1 == n and suffix_first[i][1] is not None) \
                and not (i == n - 2 and ch == '인' and context & BEFORE_LIST and first[i][1] is not None) \
                and not (i == 1 and after_number and _range_then_ro(run, lex.counters) and suffix_first[i][1] is not None)
            # (대로 'as' follows no counter of a measure after digits: the range and 로, 20分臺로, 100名臺로,
            # 1990年代로; but 第2項대로, 1番대로: see _CITED_COUNTERS)
            # (分 ends a run only after a counter of time: 1年分 利子, 3月分; after a word it is as often the
            # honorific: 男便분, 家族분)
            # (a word in 인가 before a list mark or a closing bracket is a noun and 認可, which statutes join
            # to many, not the copula's question: (組合設立認可 等), (竣工認可), 設立認可·申告)
            # (the spoken 론 for 로는 ending the run after a word is the suffix 論 in writing: 中國 機會論
            # 어느, 《正義論》, 陰謀論 (not 機會 + 론); 으론 and 론 before other particles are untouched)
            # (no noun in 권, a right, zone or ticket, takes 하다, so 권 and 한 there are 權限 unless the word
            # in 권 is a curated predicate: 接近 + 權限, 使用 + 權限, not 接近權 + 한; 强勸한 stays)
            # (a Sino suffix and particles are no free tail, unless a longer particle starts there:
            # 特別市長이나, 汚染度를, not 特別市 + 장이 + 나, 汚染 + 도를; 政府로부터 stays)
            if tail_ok and i and ch in native_suffix_starts \
                    and any(run[i:i + k] in lex.native_suffixes for k in range(1, min(n - i, 4) + 1)) \
                    and not run.startswith(lex.light_verb_starts, i) and not run.startswith(COPULA_FORMS, i) \
                    and not any(run[i:i + k] in particles for k in range(1, min(n - i, 5) + 1)) \
                    and any(self._word_then_particles(run, ends, h, i) for h in (i - 1, i) if h) \
                    and not (ch == '분' and self._person_before(run, ends, i)):  # 職員분이, not 職 + 員分이
                tail_ok = False  # a common word and its particles beat a tail that opens with a native
                # suffix: 汚染物質을, 疑心去來報告, not 汚染物 + 질을, 去來 + 보고
                # (a particle, the copula or a light verb keeps the tail: 內容대로, 敎授시고)
            best[i] = at_tail if tail_ok and chosen[0] > 0.0 else chosen
        step = best[0] if after_hanja else first[0]
        if not after_hanja and n >= 3 and first[0][1] is not None and run[0] in lex.prefixes:
            step = self._prefix_rescue(run, step, word_first, tables)
        pieces: list[Piece] = []
        after_native = False
        native = ''
        while step[1] is not None:
            start, end, kind = step[1]
            if kind == 'native':
                after_native, native = True, run[start:end]
            else:
                named = lex.loanword_suffixes.get(run[start]) if after_native and kind == 'suffix' else None
                if named is not None and native in named[1]:
                    kind = 'mixed:' + named[1][native]  # the suffix whose row names the noun before it: 가스田,
                    # 발레團 (loanword_suffixes.tsv; not 가스展)
                elif after_native and kind == 'suffix' and not PLACE_SENSES.isdisjoint(lex.suffixes[run[start]]):
                    kind = 'place'  # after a name: 서울市, 서울驛
                elif after_native and native in NATIVE_PLACES and kind == 'word' and any(
                        h[0] in ADMINISTRATIVE and h[-1] in '長廳' and lex.in_use(run[start:end], h)
                        for h in lex.words(run[start:end])):
                    kind = 'place-word'  # the head or office of a city after its name: 서울市長, 서울市廳 (not
                    # after a thing's: 돼지고기市場, 컴퓨터市場)
                pieces.append(Piece(start, end, kind))
                after_native = False
            step = tables[step[3]][step[2]]
        return self._island_then_suffix(run, pieces)

    def _island_then_suffix(self, run: str, pieces: list[Piece]) -> list[Piece]:
        """An island's or province's name in 도 before the suffix of a route, origin or people, which the lattice
        split before the 도 as a rare word of two: 濟州島行, 鬱陵島行, 濟州島産, 慶尙道行 (not 濟州 + 道行, 鬱陵 +
        道行, 濟州 + 倒産, 經常 + 道行)."""
        lex = self.lex
        for k in range(len(pieces) - 1):
            name, rest = pieces[k], pieces[k + 1]
            island = run[name.start:name.end] + '도'
            if name.kind == 'word' and rest.kind == 'word' and rest.start == name.end \
                    and rest.end == name.end + 2 and run[rest.start] == '도' \
                    and run[rest.end - 1] in _ISLAND_SUFFIXES and run[rest.end - 1] in lex.suffixes \
                    and any(h[-1] in '島道' for h in lex.words(island)):
                pieces[k:k + 2] = [Piece(name.start, name.end + 1, 'word'), Piece(name.end + 1, rest.end, 'suffix')]
        return pieces

    def _prefix_rescue(self, run: str, step: tuple, word_first: list, tables: tuple) -> tuple:
        """A productive prefix and a common word (+ suffix) rather than two words of which one is
        rare: 脫 + 世界 + 化, not 脫稅 + 桂花; 非 + 民主 + 性, not 悲愍 + 酒性; 再 + 構造 + 化, not
        災咎 + 調和. The cheapest analysis must be words of two syllables, the first followed by
        another (a word and its particles are left alone: 姑婦가; a longer word stands: 區分地上權), the prefix's reading may cost
        at most PREFIX_RESCUE more, and its weakest word must be better attested (a corpus count,
        or a curated default) than the floor _PREFIX_FLOOR that the weakest word of the cheapest analysis
        falls below (工事 + 業者 stands against 公 + 事業者, 可否 + 同數 against 假 + 不動 + 數)."""
        start, end, kind = step[1]
        if kind != 'word' or end - start != 2 or word_first[1][1] is None:
            return step
        nxt = tables[step[3]][step[2]]
        if nxt[1] is None or nxt[1][2] not in ('word', 'user'):
            return step
        at = nxt
        while at[1] is not None:  # a longer word in the cheapest analysis stands: 區分 + 地上權, not 舊 + 盆地 + 商圈
            if at[1][2] in ('word', 'user') and at[1][1] - at[1][0] > 2:
                return step
            at = tables[at[3]][at[2]]
        rescue = (PREFIX + word_first[1][0], (0, 1, 'prefix'), 1, 2)
        if rescue[0] - step[0] > PREFIX_RESCUE:
            return step
        at, words = tables[rescue[3]][rescue[2]], 0
        while at[1] is not None:  # one word and the suffixes of abstract nouns after the prefix:
            start, end, kind = at[1]  # 全 + 世界 + 藥 is no reading of 전세계약, nor 年 + 佛祖 + 建議 of 연불조건의
            words += kind in ('word', 'user')
            if kind == 'suffix' and self.lex.suffixes[run[start]][0] not in _ABSTRACT_SUFFIXES \
                    or kind not in ('word', 'user', 'suffix') or words > 1:
                return step
            at = tables[at[3]][at[2]]
        weakest = self._weakest(run, rescue, tables)
        if weakest >= _PREFIX_FLOOR > self._weakest(run, step, tables):  # (the cheapest has a rare word)
            return rescue
        return step

    def _weakest(self, run: str, step: tuple, tables: tuple) -> int:
        """How well attested the least attested word of two syllables or more on a path is."""
        weakest = None
        while step[1] is not None:
            start, end, kind = step[1]
            if kind in ('word', 'user') and end - start >= 2:
                score = self._attested(run[start:end])
                weakest = score if weakest is None else min(weakest, score)
            step = tables[step[3]][step[2]]
        return -1 if weakest is None else weakest

    def _attested(self, word: str) -> int:
        """A corpus count for a word, or _ATTESTED_DEFAULT for one with a curated sense; a derived
        word of three syllables or more in 化, 性, 的 or 論 (構造化, 民主性) counts as well as its stem."""
        lex = self.lex
        score = _ATTESTED_DEFAULT if word in lex.defaults or word in lex.usual else max(
            (lex.zh_frequency.get(h, 0) for h in lex.words(word)), default=0)
        if len(word) >= 3 and word[-1] in lex.suffixes and lex.suffixes[word[-1]][0] in _ABSTRACT_SUFFIXES:
            score = max(score, self._attested(word[:-1]))
        return score

    def _word_then_particles(self, run: str, ends: dict[int, list[tuple[int, bool]]], i: int, tail: int) -> bool:
        """Whether a common dictionary word of two syllables or more starts at i, runs past the
        tail's start and only particles follow it: a word of the compound, not a tail."""
        lex = self.lex
        for j, user in ends.get(i, ()):
            word = run[i:j]
            if j - i >= 2 and j > tail and not user and self.has_standing(word) and self.is_particles(run[j:], final_sound(run[j - 1])) \
                    and (word in lex.defaults or word in lex.usual
                         or any(lex.zh_frequency.get(h, 0) >= COMMON_IN_CHINESE and _reads(h) == word
                                for h in lex.words(word))):
                return True  # (common in Chinese only as a word that reads as this key: 車轍 reads 차철,
                # so 거철 does not keep 選擧 + 철 from 선거철이)
        return False

    def _lamp_ends(self, run: str, ends: dict[int, list[tuple[int, bool]]], i: int) -> bool:
        """Whether a dictionary word for a lamp ends at the 등 at i (信號燈, 保安燈), the other
        word a final 등 makes."""
        return any(j == i + 1 and any(h[-1] == '燈' for h in self.lex.words(run[k:j]))
                   for k in range(i - 1) for j, _ in ends.get(k, ()))  # (three syllables or more: 遮燈 is rare)

    def _person_before(self, run: str, ends: dict[int, list[tuple[int, bool]]], i: int) -> bool:
        """Whether a dictionary word ending at i names a person (its usual sense ends in one of _PERSON_HANJA), so that 분 after it
        is the native honorific (職員분이, 相談員분께, 保護者분들), not 分 'portion' (增加分이, 投資分을)."""
        lex = self.lex
        for k in range(i):
            if any(j == i for j, _ in ends.get(k, ())):
                word = run[k:i]
                usual = lex.defaults.get(word) or lex.usual.get(word) or next(iter(lex.words(word)), '')
                if usual[-1:] in _PERSON_HANJA or usual in _PERSON_WORDS:  # (the word's usual sense: 投資 has
                    # a rare 投資者-like rival)
                    return True
        return False

    def _after_bound(self, s: str, before: int) -> bool:
        """What may follow a bound noun: particles (after the plural 들 too), or a plain form of
        the copula (분이다, 中이라); not 임 or a native suffix, which make words of it more often
        (受任, 地質)."""
        if len(s) > 1 and s[-1] in _CHAT_FINALS:
            s = s[:-1] + _CHAT_FINALS[s[-1]]  # chat's spelling: 中이얌
        return self.after_noun(s, before) or s != '임' and s in self.lex.copula \
            and (before in (VOWEL, ANY) or s.startswith(_COPULA_AFTER_CONSONANT))

    def pronoun_question(self, run: str) -> bool:
        """Whether the run is a pronoun and the copula's question ending 인가 or 인지 with particles
        or nothing after it, maybe quoted first: 무엇인가로, 누구인가를, 어디인가에, 그것인가를,
        무엇인가라는, all native (not 認可, which only a noun heads: 設立認可를; nor 堰堤 or 餘氣
        before it, 언제인가는, 여기인가에)."""
        native = self.lex.native
        for j in (2, 3):
            if run[j:j + 2] in _COPULA_QUESTIONS and native.get(run[:j]) == 'pronoun':
                rest = run[j + 2:]
                quote = next((q for q in _QUOTING if rest.startswith(q)), '')  # a quoted question:
                # 무엇인가라는 물음, 누구인가라고 물었다
                return self.is_particles(rest[len(quote):], VOWEL)
        return False

    def _stands_after_native(self, run: str, edge: _Edge | None, noun: str = '') -> bool:
        """Whether the piece after a native noun is a suffix or a word with standing (서울 + 驛,
        서울 + 大學校), not a little-known word or a syllable that is also a native word, which
        make a native compound more likely (새벽 + 別異라, 새벽 + 別이). After a loanword `noun` a
        suffix needs a row of loanword_suffixes.tsv for it (게임 + 用, 가스 + 田): a syllable after a
        loanword is too often its longer loanword's own (라인업, not 라인 + 業)."""
        if edge is None:
            return False
        start, end, kind = edge
        if kind == 'suffix' and noun in self.lex.loanword_nouns:
            named = self.lex.loanword_suffixes.get(run[start])
            if named is None or named[0] is None and noun not in named[1]:
                return False
        if kind == 'native':
            return True  # two native nouns: 배추 + 벌레, 열무 + 김치
        if kind == 'word':  # ... and no curated native noun itself: 돼지고기 + 價格, not 돼지 + 顧忌
            # (or a word of three syllables or more with a single sense: 소고기 + 輸入量, 파일 + 傳送速度)
            return (self.has_standing(run[start:end]) or self._long_single_sense(run[start:end])) \
                and run[start:end] not in self._native_nouns
        return run[start:end] not in self.lex.native or run[start:end] == '서' and (
            end == len(run) or self.is_particles(run[end:]))  # (서울서: 에서 as headlines write it, see
        # _choice._headline_locative)

    def _box_word(self, run: str, i: int, j: int) -> bool:
        """Whether run[i:j] is a box in 函 before 에, 에서, 의, 마다 or 에다, which 하다's nominal 함
        seldom takes: 收去函에 버리다, 投票函에서 (not 收去 + 함에); 함이, 함을 and a bare 함 stay the
        nominal, and so does 함에 before 있어, 따라 or 앞서 (BEFORE_GOVERNOR: 保管함에 있어)."""
        return run[j - 1] == '함' and run[j:] in _BOX_PARTICLES \
            and any(h[-1] == '函' for h in self.lex.words(run[i:j]))

    def _light_verb_better(self, run: str, i: int, j: int) -> bool:
        """Whether a little-known word run[i:j] ending at a form of 하다 reads better as a
        shorter word and the light verb with what follows: 異常한, 貯藏해, 造成하는, not 二象限,
        低障害, 趙成夏는."""
        lex, word = self.lex, run[i:j]
        if run[j - 1] == '한' and j - i >= 4 and j < len(run) and self.is_particles(run[j:], CONSONANT) \
                and self.has_standing(run[j - 2:j]):
            return False  # no particle follows 하다's modifier: a word closed by one in 한 with standing
            # and its particles stands (支給期限을, 辨濟期限이: not 支給期 + 한을)
        return run[j - 1] in _HADA and lex.has_word(run[i:j - 1]) and self.is_tail(run[j - 1:]) \
            and (run[j - 1] == '하' and run[i:j - 1] in lex.predicate_senses
                 and run.startswith(lex.light_verb_starts, j - 1)
                 and j < len(run)  # a curated verb and its 하다 go on: 中止하겠습니다, not 中之下 + 겠습니다
                 or not any(lex.in_use(word, h) or h[-1] in _HARM and lex.in_use(run[i:j - 1], h[:-1])
                        for h in lex.words(word)))

    def _suffix_verb_better(self, run: str, i: int, j: int) -> bool:
        """Whether a two-syllable word after another piece, ending at a form of 하다, reads better
        as a suffix and the light verb, the word having no standing, or the suffix being 化,
        which makes verbs of anything: 符籍法하여 at worst, never 法芐 + 여; 中國化하였다, not 華夏였다."""
        lex = self.lex
        return run[j - 1] in _HADA and run[i] in lex.suffixes and self.is_tail(run[j - 1:]) \
            and (lex.suffixes[run[i]][0] == '化' or not self.has_standing(run[i:j]))

    def _suffix_cue_against(self, run: str, i: int, j: int) -> bool:
        """Whether the word run[i:j] ends in a suffix whose cue, the word before it, names a sense
        no candidate of the word has: 政治 names 圈 for 권, so 政治圈, not the dictionary's 政治權. A word
        with a curated sense keeps its own (歸去來辭, though 去來 names 士: 不動産去來士)."""
        entry = self.lex.sense_cues.get(run[j - 1])
        if entry is None or self._curated(run[i:j]):
            return False
        stem = run[i:j - 1]
        named = [hanja for hanja, cues in entry[2] if stem.endswith(cues)]
        return bool(named) and all(h[-1] not in named for h in self.lex.words(run[i:j]))

    def _ro_particle_fits(self, run: str, i: int) -> bool:
        """Whether the 로 at i may be the particle after a curated noun of two or three syllables ending at i
        (問題로까지, 過去로부터), which takes 로 after a vowel or ㄹ."""
        lex = self.lex
        return final_sound(run[i - 1]) in _PARTICLE_AFTER['로'] and any(
            run[k:i] in lex.defaults or run[k:i] in lex.usual for k in range(max(0, i - 3), i - 1))

    def _system_then_do(self, run: str, i: int, j: int) -> bool:
        """Whether run[i:j] is a word of three syllables or more in 制 'system' before a 도 that ends the
        run or that particles follow, the word before its 제 having standing: then 제도 is 制度, the compound
        far commoner than the system and 'too' (入學制度 改編, 申告制度로, not 申告制 + 道路; 學制도 and
        體制도, of two syllables, stay)."""
        lex, rest = self.lex, run[j + 1:]
        return j < len(run) and run[j] == '도' and (not rest or self.is_tail(rest, VOWEL)) \
            and j - i >= 3 and run[j - 1] == '제' \
            and all(h[-1] == '制' for h in lex.words(run[i:j])) and self.has_standing(run[i:j - 1])

    def _particle_better(self, run: str, i: int, coordinating: bool = False, before_list: bool = False,
                         before_cause: bool = False) -> bool:
        """Whether a word of three or more syllables ending the run in the syllable of a case
        particle reads better as a shorter word with standing and the particle, the longer
        word having none, or the shorter a curated sense and the longer neither that nor a
        field: 學校의, 事故가, 水準의, not 學校醫, 思考家, 水準儀. (도 and 로 are left out: 度 and 路
        end too many real words, 滿足度, 高速道路.)"""
        lex, shorter, longer = self.lex, run[i:-1], run[i:]
        if run[-1] == '과' and final_sound(run[-2]) != VOWEL and lex.has_word(shorter) and self.has_standing(shorter):
            if coordinating and (all(h[-1] in _SECTION_SUFFIXES for h in lex.words(longer))
                                 or not self.has_standing(longer)):
                return True  # A과 B: 家庭과 社會, 敎育과 交流, 精神과 物質 (not 家政科, 敎育科, 精神科); a
                # department stays before a word of medicine's (the caller sets no COORDINATING): 精神科 診療;
                # so too where the longer word has no standing at all: 否定과 肯定 (not 剖正果)
            if not self.has_standing(longer) and not any(h[-1] in _SECTION_SUFFIXES for h in lex.words(longer)):
                return True  # whatever follows, 'and' after a word in standing beats a little-known word that is
                # no department: 學校 行政과 給食 (not 杏正果, a sweet), though a field claims the next word
        if run[-1] == '인' and final_sound(run[-2]) != VOWEL and lex.has_word(shorter) \
                and (sense := lex.defaults.get(shorter) or lex.usual.get(shorter)) and not self.has_standing(longer) \
                and all(h[-1] != '人' or not h.startswith(sense) for h in lex.words(longer)):
            return True  # the copula's 인 after a curated word ending in a consonant, the longer word having
            # no standing and no reading in 人 on the curated sense, which makes people of any noun: 目的인
            # 權利, not 目的因; 夫婦인 셈, 公主인 그녀 (not 府夫人, 貢主人); 使用人, 中國人 stay
        if run[-1] == '가' and final_sound(run[-2]) == VOWEL and (shorter in lex.defaults or shorter in lex.usual):
            persons = lex.words(longer)
            if persons and all(h[-1] == '家' for h in persons):
                return True  # the subject's 가 after a curated noun rather than a person in 家, even one a
                # glossary lists: 投資가 늘었다, 歷史가 反復된다, 政治가 不安하다 (not 投資家, 歷史家, 政治家);
                # the person keeps its particles: 漫畵家가, 政治家로서
        if run[-1] == '도' and not before_list and (sense := lex.defaults.get(shorter) or lex.usual.get(shorter)) \
                and not self.has_standing(longer) and not self._curated(longer) \
                and longer not in lex.place_names \
                and not any(h[-1] == '度' or h in lex.curated_readings or h[-1] in _PICTURES_AND_ISLANDS and (
                    h.startswith(sense) or lex.zh_frequency.get(h[:-1], 0) >= WELL_ATTESTED) for h in lex.words(longer)):
            return True  # the particle 도 after a curated noun rather than a little-known word built on another,
            # rare sense of it: 連絡도 없이 (not 宴樂圖); a word on the usual sense stays (案內圖, 鳥瞰圖, 略圖), and
            # so do measures in 度 (滿足度), words in standing and drawings of a common word (工程圖),
            # and a curated place in 島: 용산과 汝矣島 사이 (not 如意 + 도); a little-known way, follower,
            # sword or leap on it gives way unless added_words.tsv lists it (儒佛道): 人間도, 文章도, 文學도,
            # 日本도 (not 人間道, 文章道, 文學徒, 日本刀); not before a list, which no particle precedes
            # (BEFORE_LIST: 地方道 및 市道)
        if run[-1] == '만' and (sense := lex.defaults.get(shorter) or lex.usual.get(shorter)) \
                and not self.has_standing(longer) and longer not in lex.place_names \
                and not any(h.startswith(sense) for h in lex.words(longer)):
            return True  # the particle 만 'only' after a curated noun rather than a little-known bay or number
            # on another sense of it, alone or before more particles: 寫眞만, 寫眞만으로 (not 沙津灣); a bay
            # whose name has no curated sense stays (牙山灣)
        if run[-1] == '로' and before_cause and final_sound(run[-2]) in _PARTICLE_AFTER['로'] \
                and lex.has_word(shorter) and self.has_standing(shorter) and longer not in lex.place_names:
            return True  # the particle 로 before 因한 or 因해, which name what the run causes, even after a
            # word a road in standing extends: 鑛山 排水로 因한 汚染 (not 排水路 因한)
        if run[-1] == '로' and not before_list and final_sound(run[-2]) in _PARTICLE_AFTER['로'] \
                and (shorter in lex.defaults or shorter in lex.usual) and not self.has_standing(longer) \
                and longer not in lex.place_names and all(h[-1] in '路爐' for h in lex.words(longer)):
            return True  # the particle 로 after a curated noun rather than a little-known road or furnace
            # built on it: 過去로 돌아갈, 政府 主導로, 高熱로 入院, 琉璃로 만든 (not 過去路, 主道路, 高熱爐,
            # 琉璃爐); roads and furnaces in standing stay (滑走路, 排水路, 原子爐, 交叉路), and so does
            # the word before another particle (電氣爐에서) or before a list (BEFORE_LIST: 加熱爐 等, 餘水路ㆍ)
        return run[-1] in _CASE_PARTICLES and self.is_particles(run[-1], final_sound(run[-2])) \
            and lex.has_word(shorter) and self.has_standing(shorter) \
            and (not self.has_standing(longer) or (shorter in lex.defaults or shorter in lex.usual)
                 and not (longer in lex.defaults or longer in lex.usual or longer in lex.domains))

    def _root_stands(self, run: str, ends: dict[int, list[tuple[int, bool]]], after_object: bool) -> bool:
        """Whether the run may be a one-syllable 하다 root and a form of 하다 (補하되, 爲해):
        not where a dictionary word of three or more syllables starts with it (待合室을, not
        對합실을), nor, unless an object governs it, where a two-syllable word with standing
        takes particles (役割을, not 逆할을; but 權利를 害하는) or root and 해 spell a word with a
        curated sense (當該 年度)."""
        n = len(run)
        if n < 2 or run[1] not in _HADA or not self.is_tail(run[1:]):
            return False
        if not after_object and self._noun_over_root(run):
            return False
        if run[1:3] == '하이' and self.has_standing(run[:2]):
            return False  # no form of 하다 goes on in 이: a word in 하 before the copula (電荷이다, not 傳하이다)
        if n > 2 and run[1] == '한' and (run[2] in _CUED_CASES or run.startswith(_NO_MODIFIER_PARTICLES, 2)) \
                and self.is_particles(run[2:], CONSONANT):
            return False  # 하다's modifier 한 takes no case particle, even after an adverb in 게 that
            # flags a verb: 正當하게 權限을, 充分하게 權限이 (not 勸 + 한을), nor 까지, 부터 or 보다, even
            # after an object: 稅額을 期限까지 納付하지 (not 期 + 한까지)
        words = ends.get(0, ())
        if max((j for j, _ in words if not self._spells_root_form(run, j)), default=0) >= 3:
            return False
        if n > 2 and (2, False) in words and self.has_standing(run[:2]) \
                and run.startswith(self.lex.light_verb_starts, 2) and self.is_tail(run[2:]) \
                and not (run[1:3] == '하지' and (after_object or not self._noun_over_verb(run[:2])
                                                 or run[3:] in _NEGATED_JI)):
            return False  # a word and a light verb: 制限되어, 統合하고자, 結合하고자 (not 除 + 한되어,
            # 通 + 합하고자, 缺 + 합하고자: no form of 하다 goes on with another); but 하지 is 하다's, not a word
            # in 하 and 지다's bare stem: 不利益을 當하지, 法律에 反하지, 變하지 않는다 (not 當下지, 半夏지,
            # 汴河지); a curated noun keeps the copula's 지 (以下지만, 天下지만), but not before a negation or
            # after an object, which flag the verb: 措置를 取하지 아니한 (not 取下지); nor before the 는 or 도
            # that a negation's 지 takes, which the copula's seldom does: 벗으로 對하지는, 傳하지도 (not 臺下지는)
        if not after_object and n > 3 and run[1] != '하' and (2, False) in words and self.has_standing(run[:2]) \
                and not (run[2] in _HAE_GOES_ON and self.is_tail(run[1:])) and any(
                not user and self.has_standing(run[2:e]) and (e == n or self.is_tail(run[e:], final_sound(run[e - 1])))
                for e, user in ends.get(2, ())):
            return False  # two words with standing joined, the second running to the end or a tail: 被害救濟,
            # 危害防止 (not 避 + 해 and a tail that happens to spell 구제); 하 goes on as 하다's stem: 强하여지니라;
            # a root whose 해 goes on as a form of 하다 stays one: 對해서도, 爲해야 (not 大海 + 書道)
        if run[1] in '할한' and n > 2 and (2, False) in words and run.startswith(COPULA_FORMS, 2) \
                and self.has_standing(run[:2]) and self.is_tail(run[2:], final_sound(run[1])):
            return False  # the copula joined to a word in 할 or 한, which the modifiers 할 and 한 never take,
            # even after an object: 役割이고, 管轄인, 나누는 것을 分割이라 한다, 固有 權限이다, 期限이었다
            # (not 逆할이고, 憤할이라, 勸한이다, 期한이었다)
        # after an object the verb, unless the word takes 하다 itself: 權利를 害하는 (not 海河는), 業務를 統轄하고
        return after_object and not run.startswith(self.lex.light_verb_starts, 2) or not (
            n > 2 and (2, False) in words and self.has_standing(run[:2])
            and (run[1] != '하' or self._noun_over_verb(run[:2])) and run[2:] not in _CALLING
            and (self.is_particles(run[2:], final_sound(run[1]))
                 or run[2:] == _DEFINING and final_sound(run[1]) == VOWEL  # the defining 란, as in rulings:
                 # 傷害란, 被害란, 危害란 (no form of 하다 ends in 해란)
                 or run[1] == '해' and run.startswith(_QUOTING, 2)  # and the copula's quoting 라는,
                 # 라고 after a word in 해: 2次 加害라는 批判, 被害라고 (not 加 + 해라는: an order quoted is rarer)
                 or run[1] == '함' and self.is_tail(run[2:], final_sound(run[1]))))  # and the copula after
        # a word in 함, which the nominal 함 seldom takes: 缺陷이다, 包含이며 (not 缺함이다)

    def _word_beats_hada_form(self, run: str, ends: dict[int, list[tuple[int, bool]]], i: int) -> bool:
        """Whether a word in standing that starts with the 하 at i beats the form of 하다 the rest
        also spells with a rare ending: alone, with particles or a suffix after it (畵面下端, 價格下落이,
        株價下落勢, not 하 + 단, 하 + 락이); 하자 only before a case particle (建物瑕疵를). Likewise a word
        that starts with the modifier 할 (關稅割當, 價格割引: not 할 + the chat's 당 'is', 할 + 인)."""
        second = run[i + 1]
        if second in (_HADA_COMMON_SECOND if run[i] == '하' else _HAL_COMMON_SECOND):
            return False
        n = len(run)
        for j, user in ends.get(i, ()):
            if j > i + 1 and not user and self.has_standing(run[i:j]) and (
                    j == n and second != '자'
                    or j < n and (second != '자' or run[j] in _CASE_STARTS)
                    and self.is_particles(run[j:], final_sound(run[j - 1]))
                    or second != '자' and j < n and run[j] in self.lex.suffixes
                    and self.is_particles(run[j + 1:], final_sound(run[j]))):  # and a suffix: 株價下落勢
                return True
        return False

    def _spells_root_form(self, run: str, j: int) -> bool:
        """Whether the dictionary word run[:j] of three syllables or more is a root and a form of 하다
        that no curated sense or field knows (請하면, not 淸河面; 臨하도록, not 林下島 + 錄): a root
        the run starts with, then 하 and a tail to the run's end."""
        return j >= 3 and run[1] == '하' and run[0] in self.lex.hada_roots and not self.has_standing(run[:j]) \
            and self.is_tail(run[1:])

    def _noun_over_verb(self, word: str) -> bool:
        """Whether a two-syllable word that a root and a form of 하다 also spell stands as the noun
        before particles: one with a curated sense or a field's (以下는, 部下는, 天下는, 陛下는); not
        one known only by Chinese counts, a river or a herb, against the verb: 變하는, 向하는, 命하는,
        反하는 (not 汴河는, 向下는, 名下는, 半夏는)."""
        lex = self.lex
        return word in lex.defaults or word in lex.usual or word in lex.domains

    def _noun_over_root(self, run: str) -> bool:
        """Whether a bare root and 해 or 한 read better as the word they spell, when no object,
        nominalised verb or 에 governs the form: a noun with a curated sense (傷害 또는, 和解 분위기,
        大韓 帝國), while 을 爲해, 하기 爲해 and 이에 對한 stay verbs; and a root and 할 that spell a
        word with standing, unless a bound noun after it makes it the verb (管轄 區域, 分割 納付;
        通할 수); so too a root and 함 (缺陷 許容, not 缺함; 소식을 傳함 stays)."""
        return len(run) == 2 and (run[1] in '해한함' and (run in self.lex.defaults or run in self.lex.usual)
                                  or run[1] == '할' and self.has_standing(run))

    def _splits_better(self, run: str, i: int, unbound: bool = False, after_determiner: bool = False,
                       before_list: bool = False, before_negation: bool = False) -> bool:
        """Whether the last two syllables of `run`, a dictionary word starting at i, read better as
        a one-syllable piece and a particle: the piece can stand there (a noun at the run's
        start, a suffix after another piece), the particle fits it, and the word is little known
        (for a noun that, `unbound`, is no bound noun, as little as a native noun needs: 數가;
        after a determiner, which wants a noun, less than a common word: 各 號의, not 各 好意);
        after another piece, a suffix and a particle unless the word has a curated default
        (獨立運動家의, 結論部의, not 獨立運動加意, 結論賻儀: Chinese counts and usual senses say
        little of such a compound's tail)."""
        lex, ch = self.lex, run[i]
        stands = ch in lex.single_nouns if i == 0 else ch in lex.suffixes
        if not stands:
            return False  # (every reading below needs the piece)
        count = COMMON_OVER_NATIVE if i == 0 and (
            after_determiner or unbound and lex.native.get(ch) == 'bound-noun') else 0
        if i and stands and (len(run) == i + 2 or run[i + 1:] in lex.particles) \
                and (self.is_particles(run[i + 1:], final_sound(ch))  # (締結日로부터, not 締結一路부터)
                     or run[i + 1:] == '다' and final_sound(ch) == VOWEL):  # or the copula's bare 다 after a
            # vowel: 作法書다, 科學書다 (not 作法 + 誓多)
            return run[i:i + 2] not in lex.defaults
        rest = run[i + 1:]  # beyond the word, one particle that begins in it (羊이나, not 數 + 가를),
        # or the copula (病이다, not 秉彛다)
        if i == 0 and ch in _COMPARED_NOUNS and rest.startswith('보다'):
            return True  # the comparative 보다 after 前 'before' is far commoner than a word in 보 and the
            # copula's 다: 1年 前보다, 前보다는 (not 電報다, 塡補다)
        if i == 0 and stands and before_negation and rest == ('이' if final_sound(ch) != VOWEL else '가'):
            return run not in lex.defaults  # the complement of 아니다 takes its particle: 道가 아니라, 詩가
            # 아니다 (not 道家, 詩歌), which a word in 가 or 이 would have to drop
        if stands and rest == '의':  # the genitive after a lone noun is far commoner than such a word
            return run[i:i + 2] not in lex.defaults and not before_list  # (時의 境界, not 時宜; 注意 stays;
            # no particle stands before a middle dot: 善意ㆍ平穩, not 線의ㆍ)
        if i == 0 and rest in _CALLING and self._curated(run[:2]):
            return False  # a lone noun is seldom called: a curated word in 아, 야 or 여 stays whole (下野 聲明, not 下야)
        if len(rest) == 1 and rest in _CALLING and self.has_standing(run[i:i + 2]):
            return False  # a vocative after a lone noun is rarer than a word in standing: 配布, 貸與, (not 對여)
        return stands and (self.is_particles(rest, final_sound(ch)) and (len(rest) == 1 or rest in lex.particles)
                           or rest[0] == '이' and len(rest) > 1 and self.is_tail(rest, final_sound(ch))
                           or rest[0] in '인일' and self.is_tail(rest, final_sound(ch))
                           and not (rest in ('일', '인') and self.has_standing(run[i:i + 2]))) \
            and not self.well_attested(run[i:i + 2], count or self._chinese_only(run[i:i + 2])) \
            and not (not count and rest in ('도', rest[0] + '의') and run[i:i + 2] in lex.usual)
        # (a word with a curated usual sense beats a lone noun and the particle 도: 食道, 입, not 式도; and
        # the genitive after it beats a chain the word's last syllable opens: 慰勞의 말씀, not 位 + 로의;
        # 위로는 stays 'upward')
        # (the copula's bare 일 or 인 is rarer than a word in standing that ends in it: 韓日 關係, not 恨일;
        # 從屬 變因 間의, not 變인)

    def _chinese_only(self, word: str) -> int:
        """The jieba count a two-syllable word must reach to beat a one-syllable noun and its
        particle when its only standing is Chinese (no curated default, usual sense or field):
        a Chinese count says little of Korean use there (江과, not 剛果 'Congo'; 表로, not 表露;
        側이, not 側耳), so such a word needs _CHINESE_ONLY; a curated word keeps WELL_ATTESTED. Only
        where the second syllable is 과, 와, 의, 이, 은, 는, 을 or 를: 로, 도 and 가 also end many
        real words that stand bare before a noun (迷路 찾기, 火爐 곁에, not 美로, 火로)."""
        lex = self.lex
        curated = word in lex.defaults or word in lex.usual or word in lex.domains
        return 0 if curated or word[1] not in _CHINESE_ONLY_PARTICLES else _CHINESE_ONLY

    def loanword_suffix(self, run: str, ends: dict[int, list[tuple[int, bool]]]) -> tuple[int, str] | None:
        """Where a Sino suffix closes a loanword or other non-Sino noun in a run that has no
        Sino-Korean analysis, and its Hanja (loanword_suffixes.tsv): the head before it is three
        syllables or more, or two with one that no Hanja reads, or one the suffix's rows name (엔화,
        달러화: one syllable, or two Hanja read, and no verb form), and no native word but a noun;
        what follows the suffix is a tail, and no word with standing starts at it and ends before
        a tail (캠핑용도로 is 用途 + 로; `ends` as for `analyse`).

        >>> from hanjaconv._lexicon import get_lexicon
        >>> analyzer = Analyzer(get_lexicon())
        >>> analyzer.loanword_suffix('디지털화하는', {}), analyzer.loanword_suffix('러닝화를', {})
        ((3, '化'), (2, '靴'))
        >>> analyzer.loanword_suffix('좋아용', {}) is None  # a verb form, not a noun
        True
        """
        lex = self.lex
        suffixes = lex.loanword_suffixes
        if not any(c in suffixes for c in run[1:]):
            return None  # (the usual case)
        whole_native = self.is_native(run)  # a loanword that ends so itself: 클래식
        native = lex.native
        for j in range(1, len(run)):
            senses = suffixes.get(run[j])
            if senses is None:
                continue
            head, rest = run[:j], run[j + 1:]
            named = head in senses[1]  # a head the suffix's rows name (엔화, 위안화, 달러화, 나토군) is no
            if not (named and self.is_particles(rest, final_sound(run[j]))) \
                    and any(self._word_over_suffix(run, j, e) for e, _ in ends.get(j, ())):
                continue  # (a named head keeps its suffix before particles: 프랑스語로, not 프랑스 + 漁撈)
            if self._passive_after_loanword(run, j):
                return j, '當'  # the passive 당하다 after a loanword: 해킹當해, 해킹當한 (not the party 黨)
            if not named and (j < 2 or whole_native):  # name, verb form or loanword's own end,
                continue                               # however short or readable its syllables
            if any(native.get(run[k:j + 1]) in NOUN_TAGS for k in range(1, j - 1)):
                continue  # ... or closes a compound: 디지털포렌식
            if j < 3 and not named and all(s in lex.chars for s in head) \
                    or rest and not self.is_tail(rest, final_sound(run[j])) \
                    or rest[:1] == '하' and len(rest) > 1 and self._word_beats_hada_form(run, ends, j + 1):
                continue  # (two syllables Hanja could read may be a name: 박지화; a word in 하 the analysis
                # would take beats the tail here too, as a second pass after the suffix sees it: 는가용하이)
            if not named and lex.native.get(head) not in NOUN_TAGS and (self.is_native(head) or any(
                    head[:k] in lex.verb_stems and self.is_inflection(head[k:], False) for k in range(j - 1, j))):
                continue  # a native word or verb form: 좋아용 is 좋아요
            if run[j] == '용' and (head[-1] in _POLITE_BEFORE_YO or head[-1] in '아어' and has_final(head[-2])):
                continue  # chat's 요 spelt 용: 추워용, 괜찮아용
            if run[j] == '세' and rest[:1] == '요':
                continue  # the honorific ending 세요 after a verb stem: 잠그세요, 건너세요, 물러나세요 (not 稅)
            head_ends = ends_within(ends, 0, j)
            if self.analyse(head, head_ends) or self.loanword_suffix(head, head_ends):
                continue  # a head with a reading of its own would be converted once the suffix is
                # Hanja (가가에용: 可嘉에 on the second pass), so it is no loanword
            sense, others = senses
            sense = next((h for w, h in others.items() if head.endswith(w)), sense)
            if sense is None:
                continue  # a syllable that closes only the loanwords its rows name (형: 클라우드형, not 마이클형 兄)
            return j, sense
        return None

    def _suffix_and_particle(self, run: str, k: int, end: int) -> bool:
        """Whether a two-syllable word run[k:end] ending the run is a suffix closing the loanword and a
        particle: 게이밍用이 아니라 (not 容易), as loanword_suffix reads it."""
        return end == len(run) == k + 2 and run[k] in self.lex.loanword_suffixes \
            and self.is_particles(run[k + 1:], final_sound(run[k]))

    def _passive_after_loanword(self, run: str, j: int) -> bool:
        """Whether the 당 at j is the passive 당하다 after a loanword noun of two syllables or more:
        a form of 하다 follows that is no particle (해킹當해, 스팸當한; 리쿠드黨하고 keeps the party)."""
        head, rest = run[:j], run[j + 1:]
        return run[j] == '당' and j >= 2 and rest[:1] in _HADA and not self.is_particles(rest) \
            and self.is_tail(rest, final_sound(run[j])) \
            and (self.lex.native.get(head) in NOUN_TAGS or not self.is_native(head))

    def loanword_compound(self, run: str, ends: dict[int, list[tuple[int, bool]]]) -> list[Piece]:
        """Sino-Korean words on either side of a loanword in one eojeol, where the run as a whole
        has no analysis: 골프會員權, 放送프로그램을, 덤핑防止關稅는, 가스供給施設을, 컴퓨터保安事故가.

        The loanword is found without a list of loanwords: its core runs from the first to the
        last syllable before the particles that no Hanja reads (프, 램, 스, 핑, 텔 …). On the left,
        the longest head that words with standing cover exactly (no suffix: 維持 + 下 + 는지의 is a
        verb) stays Sino-Korean, and the rest joins the loanword; a two-syllable word there must be
        well attested (화이트, not 和易 + 트). On the right, words with standing must run from the
        core, or one or two syllables past it where the loanword ends in syllables Hanja also
        read (컴퓨터, 데이터, 캠페인), to particles or the run's end; the nearest start whose words
        are all of two syllables or more wins (에너지 + 節約政策, not 에너 + 枝節約定責). Right
        words are taken alone only if they make three syllables or more and their first word, if
        of two, is well attested: a lone two-syllable word is too often the loanword's own end
        (소프트웨어의, not 소프트웨 + 御醫; 그리스도시요, not 都市).
        Nothing is taken when the run is native, the loanword is shorter than two syllables
        (負債 + 널?), has the final ㅆ of the past and future endings (여졌던, 하겠사오니), is a
        native verb's modifier (먹는) or a native word other than a noun, or when a native stem
        and 기 or 음 come before the right words (벽돌쌓기식, not 쌓 + 寄食).

        >>> from hanjaconv._lexicon import get_lexicon
        >>> analyzer = Analyzer(get_lexicon())
        >>> [(p.start, p.end) for p in analyzer.loanword_compound('골프회원권', {2: [(4, False), (5, False)]})]
        [(2, 5)]
        """
        lex, n = self.lex, len(run)
        if n < 3 or all(c in lex.chars for c in run):
            return []  # (every syllable one some Hanja reads: no loanword core, see `bad` below)
        if self.is_native(run) or any(run[:j] in lex.verb_stems and self.is_inflection(run[j:], False)
                                                for j in (1, 2)):
            return []  # (a native verb's form is no loanword: 오시옵소서, not 午時 + 옵소서)
        t = next((t for t in range(1, n) if self.is_particles(run[t:], final_sound(run[t - 1]))
                  or run.startswith(lex.light_verb_starts, t) and self.is_tail(run[t:], final_sound(run[t - 1]))), n)
        # (the tail: particles, or a light verb with its endings, 人工知能用했다)
        bad = [k for k in range(t) if run[k] not in lex.chars]  # (a particle is no loanword: 는, 를)
        if not bad:
            return []
        a, b = bad[0], bad[-1] + 1  # the loanword's core: run[a:b]

        def words(start: int, stop: int, tail: bool) -> list[Piece] | None:
            sub = run[start:stop]
            sub_ends = ends_within(ends, start, stop)
            if not sub or not sub_ends.get(0):
                return None
            pieces = self.analyse(sub, sub_ends)
            if not pieces or pieces[0].start or pieces[0].end < 2:
                return None
            if any(p.kind not in ('word', 'user', 'suffix') or p.kind == 'word' and not (
                    self.has_standing(sub[p.start:p.end]) or tail and p is pieces[0]
                    and self._long_single_sense(sub[p.start:p.end])) for p in pieces):
                return None  # (a long word of one sense only first after the loanword: 버스停留場)
            if not tail and pieces[-1].end != len(sub):
                return None
            if any(q.start != p.end for p, q in zip(pieces, pieces[1:])):
                return None
            return [Piece(p.start + start, p.end + start, p.kind) for p in pieces]

        left: list[Piece] = []
        for k in range(a, 1, -1):  # the longest head that words cover; the rest joins the loanword
            if self._cuts_noun(run, k):
                continue  # a head that takes the first syllables of a known loanword: 契約 + 서비스마진, not 契約書 + 비스
            found = words(0, k, False)
            if found and all(p.kind != 'suffix' for p in found):  # (維持 + 下 + 는지의: a verb's ending)
                left, a = found, k
                break
        else:
            a = 0
        if left and left[-1].end - left[-1].start == 2 and not self.well_attested(run[left[-1].start:left[-1].end]):
            left, a = [], 0  # a rare word next to the stretch is likelier the loanword's own: 화이트, not 和易 + 트
        if not left:
            opening = self._mixed_opening(run, b)
            if opening:  # a curated mixed word ending in the loanword opens the run: 直拂카드 + 會員, 先拂카드 + 發行者
                left, a = opening
        stretch = run[a:b]
        if stretch[:-1] in lex.verb_stems and self.is_inflection(stretch[-1:], False) \
                and split(stretch[-1])[2] in (4, 8):  # (a modifier ends in ㄴ or ㄹ: 信用 + 카드)
            return []  # a native verb's modifier: 먹는 + 鹽地下水 may be right, but 먹는 + 해 + 良心 is not
        if not stretch or not _PARTICLE_SYLLABLES.isdisjoint(stretch) \
                or any((ord(c) - 0xAC00) % 28 == 20 for c in stretch) or self.is_tail(run[a:]) \
                or len(stretch) > 1 and self.is_native(stretch) and lex.native.get(stretch) not in NOUN_TAGS \
                or stretch[-1] in _MODIFIER_OF_LIGHT_VERBS and all(c in lex.chars for c in stretch[:-1]):
            return []  # no loanword has the final ㅆ of the past and future endings (여졌던, 하겠사오니) or
            # the syllables only particles spell (으로, 는, 를: a run of words and particles, 社會的으로 …),
            # nor is the only syllable no Hanja reads a modifier of 되다 or 하다 (개사십될: else the words after
            # it convert here but not once they are Hanja, which reads the run before them anew)
            # (and below: one syllable is too little to tell a loanword: 負債 + 널? 등록 + 디 + 自認?)

        def right_from(k: int) -> list[Piece] | None:
            """Words from k to particles or the run's end, or None."""
            if k >= n or self.is_particles(run[k:], final_sound(run[k - 1])):
                return None
            named = lex.loanword_suffixes.get(run[k])
            if named is not None and run[:k] in named[1]:
                return None  # the suffix whose row names the head: 프랑스語로 (loanword_suffix), not 프랑스 + 漁撈
            found = words(k, n, True)
            if not found or found[-1].end < n and not self.is_tail(
                    run[found[-1].end:], final_sound(run[found[-1].end - 1])):
                return None  # (only a tail may follow the words: 먹는 + 染指 + 하수 is no analysis)
            size = sum(p.end - p.start for p in found if p.kind != 'suffix')
            head = run[found[0].start:found[0].end]
            rare = len(head) == 2 and not self.well_attested(head)
            if size == 2 and k - a >= 2 and (not rare or head in lex.usual) and len(found) == 1 and head[0] != '이' \
                    and any('economy' in fields for fields in lex.domains.get(head, {}).values()) \
                    and not self.is_tail(run[k:], final_sound(run[k - 1])) \
                    and not any(run[:j] in lex.verb_stems and self.is_inflection(run[j:], False)
                                for j in range(1, n)):  # (the copula or a verb's form: 리더이자, 곁들이자고)
                return found  # a term of the economy glossary closing a loanword: 코스닥指數, 리스負債, 콜金利,
                # 뉴욕證市 (a curated usual sense attests it as well as a Chinese count)
            if k == b and head in _EVENT_HEADS and len(found) == 1 and not left and found[0].end == k + 2:
                return found  # a festival or venue named by a native or loanword noun: 불꽃祝祭, 머드祝祭를
            if k - b <= 2 and head == _ISM_HANGUL and len(found) == 1 and not left:
                return found  # -ism right after a name (케인스主義, 마르크스主義는, 스탈린主義): two syllables, but 主義
                # closes names so often that it is no loanword's own end (_suffix_words.apply_ism picks 主義)
            if size == 2 and k == b and b - a >= 3 and not rare and len(found) == 1 and found[0].kind == 'word' \
                    and has_final(run[k - 1]) and not (split(run[k])[0] == 11 and not has_final(run[k])) \
                    and run[found[0].end:] in _PARTICLES_AFTER_LOAN and self.has_standing(head) \
                    and not self._suffix_and_particle(run, k, found[0].end):
                return found  # a word with standing right after a loanword of three syllables or more that
                # ends in a closed syllable no Hanja reads, before a case particle or nothing, and not in a
                # bare vowel: 스마트폰使用, 인터넷接續 (not 팔레스他人, 소프트웨御醫, 앱 + 利用)
            if size < 3 and (k > b or not left or rare) or k > b and rare:
                return None  # a word of two syllables alone after the stretch is too often the loanword's
                # or a native word's own end: 소프트웨어의, not 소프트웨 + 御醫; 그리스도시요, not 都市
            if run[k - 1] in lex.verb_stems and run[k] in '기음' \
                    and not any(lex.native.get(run[j:k]) in NOUN_TAGS for j in range(max(0, k - 5), k - 1)):
                return None  # a native stem and its ending: 벽돌쌓기식, not 쌓 + 寄食 (but a curated noun's last
                # syllable is no stem: 에너지 + 機資材, not 에너지기 + 資材)
            return found

        # the words start right after the stretch, or one or two syllables on, where the loanword
        # ends in syllables that Hanja also read: 컴퓨터 + 保安, 데이터 + 分析 (then three syllables at least)
        options = [(any(p.end - p.start < 2 for p in r), len(r), skip, r) for skip in range(3)
                   if b + skip < n and not self._cuts_noun(run, b + skip) and (not skip or not self.is_particles(run[b:b + skip], final_sound(run[b - 1])))
                   and b + skip - a >= 2 for r in (right_from(b + skip),) if r]
        right = _loanword_right(options, run, self.well_attested)
        if right:
            return left + right if self._stays_hangul(run, ends, left, right[0].start) else []
        b = next((b + skip for skip in range(3) if b + skip == n or b + skip < n
                  and self.is_particles(run[b + skip:], final_sound(run[b + skip - 1]))), n + 1)
        if not left or b - a < 2 or b > n:  # (the loanword may end in syllables Hanja read: 캠페인을)
            return []  # the loanword must end where words or particles begin
        if self._stays_hangul(run, ends, left, n):
            return left
        start = left[-1].end  # a suffix may close the loanword after the words: 物流 + 서비스業, 港灣綜合 + 서비스業
        closing = self.loanword_suffix(run[start:], ends_within(ends, start, n)) \
            if not self.analyse(run[start:], ends_within(ends, start, n), AFTER_HANJA) else None
        return [*left, Piece(start + closing[0], start + closing[0] + 1, 'mixed:' + closing[1])] if closing else []

    def _adverb_in_juk(self, run: str, i: int) -> bool:
        """Whether the 적 at i and 으로 with an auxiliary particle after it spell the adverb of a glossary
        word that the dictionary also has in 的 (表面的으로는 平穩했다, though 表面積이 크다; 延面積으로는
        stays, 연면적 having no 的; a bare 으로 is left to the lattice: 斷面積으로 나눈 값)."""
        return run.startswith(_ADVERBIAL_JUK_TAILS, i + 1) and any(
            h.endswith('的') for k in (2, 3) if i >= k for h in self.lex.words(run[i - k:i + 1]))

    def _word_across_juk(self, run: str, ends: dict[int, list[tuple[int, bool]]], i: int) -> bool:
        """Whether a known word of three syllables or more starts at the 적 at i and runs to the run's
        end or its tail: 資本 + 適正性, 目的 + 適合性 (not 資本的 + 精誠, 目的的 + 合成); 的 keeps its
        bonus against words of two syllables (社會的 + 企業, 財政 + 赤字 is a word of its own) and
        rare ones: the word needs standing or a single sense."""
        lex, n = self.lex, len(run)
        for j, user in ends.get(i, ()):
            if j - i >= 3 and (j == n or self.is_tail(run[j:], final_sound(run[j - 1]))):
                word = run[i:j]
                if self.has_standing(word) or len(lex.words(word)) == 1:
                    return True
        return False

    def _mixed_opening(self, run: str, b: int) -> tuple[list[Piece], int] | None:
        """The Sino pieces of a curated mixed word (mixed_words.tsv) that opens the run, begins in Hanja
        and ends in the loanword whose core ends at b (直拂카드 in 직불카드회원과), and where its Hangul
        part starts; None where none does. The mixed word then stands as the left words do, so that
        words after the loanword may be of two syllables (直拂카드會員, as 信用카드會員)."""
        if run[:2] not in self._mixed_heads:
            return None
        for j in range(min(len(run) - 1, self._mixed_longest), b - 1, -1):
            form = self.lex.mixed_words.get(run[:j])
            if form is None or is_hanja(form[-1]) or not is_hanja(form[0]):
                continue
            pieces = self._mixed_word(run[:j])
            if not pieces:
                continue
            return pieces, pieces[-1].end
        return None

    def _cuts_noun(self, run: str, k: int) -> bool:
        """Whether a boundary at k falls inside a curated native or loanword noun of three syllables or
        more (native_words.tsv, mecab-ko-dic's Hangul nouns) that starts in the two syllables before it:
        서비스 in 계약서비스마진, 메모리 in 고대역폭메모리 (no 契約書 + 비스, no 메 + 謀利)."""
        native = self.lex.native
        for j in range(max(0, k - 2), k):
            for m in range(k + 1, min(len(run), j + 6) + 1):
                if m - j >= 3 and native.get(run[j:m]) in NOUN_TAGS:
                    return True
        return False

    def _long_single_sense(self, word: str) -> bool:
        """Whether a word without standing may still open the words after a loanword: one of three
        syllables or more with a single sense (停留場, 專門店, 處理場: compounds of Korean's own making,
        rare in Chinese and in no curated list). Only there: before the loanword, or after another
        word, such a word too often takes the loanword's own syllables (調理書 + 비스, 地震 + 短週期)."""
        return len(word) >= 3 and len(self.lex.words(word)) == 1

    def _stays_hangul(self, run: str, ends: dict[int, list[tuple[int, bool]]], left: list[Piece], stop: int) -> bool:
        """Whether the Hangul a loanword compound leaves between its words (from the left words'
        end to `stop`) has no analysis of its own where it will stand, after Hanja or at the run's
        start: converting the output again must find nothing there (經濟 + 가하다롸 would be 經濟家하다)."""
        start = left[-1].end if left else 0
        sub = run[start:stop]
        if not sub:
            return True
        sub_ends = ends_within(ends, start, stop)
        if self.analyse(sub, sub_ends, AFTER_HANJA if left else 0) or not left and self.field_noun(sub):
            return False
        return self.loanword_suffix(sub, sub_ends) is None  # (nor a suffix closing it: 가된용 + 可嘉 would
        # be 가된用 + 可嘉 the second time)

    def _word_over_suffix(self, run: str, j: int, e: int) -> bool:
        """Whether the word run[j:e] with standing, and a tail after it, reads better than a suffix
        at j: 캠핑 + 用途로; but 웹툰 + 化가 (not 畵家) and 모바일 + 化하면서: a particle or a form of
        하다 is the tail's."""
        last = run[e - 1]
        return last not in _HADA and self.has_standing(run[j:e]) and (
            e == len(run) and last not in self.lex.particles or e < len(run) and self.is_tail(run[e:]))

    def rieul_modifier(self, run: str) -> bool:
        """Whether run is a verb stem in ㄹ that drops it before the modifier's 는: 도는 (돌다), 파는 (팔다)."""
        if len(run) != 2 or run[1] != '는' or split(run[0])[2]:
            return False
        return join(*split(run[0])[:2], 8) in self.lex.verb_stems

    def field_noun(self, run: str, protected: Callable[[str], bool] = lambda w: False,
                   after_object: bool = False) -> tuple[str, ...]:
        """The senses of a syllable before particles that only a field's glossary makes
        Sino-Korean (판을: 版), for a run `analyse` left in Hangul; () if none.

        The choice keeps such a 'field' piece only among words of its field. A syllable that
        is, or begins, a native word (안에, 소를, 사랑을) is never one.
        """
        lex, first = self.lex, run[0]
        senses = lex.domains.get(first)
        if senses and len(run) > 1 and first not in lex.native and not protected(first) \
                and self.after_noun(run[1:], final_sound(first)) and not self.is_native(run) \
                and not (after_object and self.rieul_modifier(run)):
            # (after an object, a stem in ㄹ that dropped it before 는 is the verb: 軌道를 도는, 물건을 파는;
            # not 度는, 波는)
            return tuple(senses)
        return ()

    def _is_stem(self, stem: str) -> bool:
        """Whether a native verb or adjective stem: mecab's list or a curated stem (기르다)."""
        return is_native_stem(stem, self.lex)

    def is_verb_form(self, run: str) -> bool:
        """A native verb stem of one or two syllables and a one-syllable ending (사고, 재면, 감고,
        배우자, 사기), a stem and a two-syllable connective (주거나, 보면서; 내주거나, 사주도록), a
        one-syllable stem in 기 with particles (사기도), or a one-syllable stem with
        the modifier's ㄴ or ㄹ (산, 질) that is no determiner."""
        n, stems = len(run), self.lex.verb_stems
        if n > 2 and any(run[:j] in stems and run[j] in _HONORIFIC_STARTS and self.is_inflection(run[j:], False)
                         and not run.startswith(self.lex.light_verb_starts, j + 1)  # (權力을 監視하고)
                         for j in (1, 2) if j < n - 1 or j == n - 1 and run[j] in '신실') \
                or n > 3 and run[1] == '주' and run[0] in stems and split(run[0])[1:] in ((0, 0), (4, 0)) \
                and run[2] in _HONORIFIC_STARTS and self.is_inflection(run[2:], False):
            return True  # a stem and an honorific ending, which no noun takes after an object (only the
            # copula's, 醫師셨다, after a subject): 宿題를 내주셨다, 時間을 내주세요 (not 來週 + 셨다); so too
            # a stem that is its own infinitive, 주다 and one: 冊을 사주셨다 (not 四柱 + 셨다)
        if n == 1:  # not a determiner, which stands there too (기록을 新 주소로)
            initial, medial, final = split(run)
            return (final in (4, 8) and join(initial, medial, 0) in stems
                    or not final and medial in (0, 4) and run in stems) \
                and run not in self.lex.determiners  # (or a stem in ㅏ or ㅓ that swallowed its 아, 어: 꽉 차 있다)
        if n == 2 and run[1] == _RU_MODIFIER and self._is_stem(run[0] + '르'):
            return True  # the modifier in ㄹ of a stem in 르, which a noun and 를 spell: 힘을 기를 수,
            # 아이를 기를 때 (not 氣를); a verb only where an object stands before it (氣를 쓰고 stays)
        if 3 <= n <= 4 and run[-2] == '지' and run[-1] in '도는' and run[:-2] in self.lex.verb_stems:
            return True  # a negation's 지 and its 도 or 는 (보지도, 따지지도), a verb only where governs_verb
            # sees the negation after it (보지도 않았다, 보지도 듣지도 말라)
        if run[0] not in self._stem_initials or n > 3 and run[1] != '기' and not (n == 4 and run[:2] in stems):
            return False  # (each form below starts with a stem; only the nominal form in 기 takes particles,
            # and a stem of two syllables a connective of two: 기대지만, 감기지만)
        if n == 4 and run[:2] in stems and run[2:] in _TWO_STEM_CONNECTIVES:
            return True
        if n > 2 and run[1] == '기' and run[0] in stems and run[0] not in _NO_NOMINAL_STEMS \
                and not (n == 3 and run[:2] in stems and run[2] in _CLAUSE_CONNECTIVES):  # (a stem in 기 and a connective
            # is read below: 눈이 감기지 않는다, 머리를 감기고; not 感氣)
            return (run[2] not in '로하' or run[2:] == '로') and not run[2:].startswith(_NO_NOMINAL_PARTICLES) \
                and self.is_particles(run[2:])  # the nominal form with particles: 사기도, 지기는 (but
            # 事由를 附記하고; 기로 alone is a verb only where governs_verb sees 하다 after it (사기로 했다,
            # not 3年을 週期로); and a person's particle or the genitive, which a verb's
            # nominal form hardly takes: 物件을 自己의 所有物과, 原判決을 自己에게 有利하게)
        if n == 2 and run[1] == _infinitive(run[0]) and run[0] in stems:
            return True  # the infinitive in 어/아 of a stem without a final: 機會를 주어, 이렇게 보아
        if 2 <= n <= 3 and run[-1] in '야도' and run[-2] != '하' and run[:-1] in stems \
                and split(run[-2])[1:] in _SWALLOWING:
            return True  # 어야 'must' after a stem in ㅏ, ㅐ, ㅓ or ㅔ that swallowed its 어: 기대야, 사야 (期待야;
            # 하다's is 해야, so 下野 stays), and 어도 'even if' so: 移徙를 가도, 學校를 가도 (not 街道)
        return 2 <= n <= 3 and run[:-1] in stems and run[-1] in _CONNECTIVES \
            or n == 3 and run[0] in stems and run[1:] in _LONG_CONNECTIVES \
            or n == 4 and run[:2] in stems and run[2:] in _WHOLE_CONNECTIVES \
            or run[0] in stems and (n == 3 and run[1] == '시' and run[2] in _CONNECTIVES
                                    or n == 2 and run[1] in '신실'  # 주거나; 보시니, 두신, 서실
                                    or n == 2 and run[1] == '요' and (run[0] in _MOTION_INFINITIVES
                                                                     or split(run[0])[1:] in ((0, 0), (4, 0))))
        # (the polite 요 after 가다's and 오다's infinitives: 가요, 와요, and after a stem in ㅏ or ㅓ that
        # swallowed its 아, 어: 자요, 사요, 서요; not 주요, which stays 主要 after 하여)

    def flags_used(self, run: str) -> int:
        """The bits of `analyse`'s context it reads for `run`, AFTER_HANJA aside (each matters only
        beside certain syllables): callers may leave the others out, so that runs analysed alike
        share one cache entry. Keep in step with analyse and field_noun."""
        lex, first, n = self.lex, run[0], len(run)
        flags = self._first_flags.get(first, 0)  # the tests of the first syllable alone (see __init__)
        if run[:2] in lex.counters:  # (a counter of two syllables too: 2聯隊, 3大隊)
            flags |= AFTER_NUMBER
        if run[-1] in lex.prefixes:
            flags |= BEFORE_NUMBER
        if not flags & AFTER_MODIFIER and (
                first == '이' and run[1:] in _PERSON_PARTICLES
                or n >= 3 and (lex.native.get(run) == 'MAG' or lex.native.get(run[:2]) == 'MAG')
                and self.adverb_spells_noun(run)):
            flags |= AFTER_MODIFIER
        if not flags & ATTACHED and (
                first == '이' and run.startswith(COPULA_FORMS)
                or n > 1 and first in self._particle_prefixes and self._is_particles(run)):  # (cm마다)
            flags |= ATTACHED
        # (is_verb_form needs a stem's first syllable beyond one syllable; _noun_over_root and
        # rieul_modifier, two syllables)
        if (n == 1 or first in self._stem_initials) and self.is_verb_form(run) or run == '적을' \
                or n == 2 and self._noun_over_root(run) or first in lex.hada_roots and run[1:2] in _HADA \
                or n == 2 and first in lex.domains and self.rieul_modifier(run):  # (field_noun: 軌道를 도는)
            flags |= AFTER_OBJECT
        if n == 1 and first in lex.determiners:
            flags |= BEFORE_WORD
        if first in lex.collocation_nouns and (
                n == 1 if lex.collocation_nouns[first][2] else
                n > 1 and self.is_particles(run[1:], final_sound(first))
                or n == 1 and bool(lex.collocation_nouns[first][3])):
            # (a noun that words before may name stands bare too: 이 事件 訴 中, 訴 提起 前)
            flags |= COLLOCATED
        if n == 2 and first in lex.single_nouns and run[1] in _CASE_PARTICLES \
                or first in SUB_ITEMS and (n == 1 or self.is_particles(run[1:], final_sound(first))):
            flags |= AFTER_DETERMINER
        if n > 1 and run[-1] == '과':
            flags |= BEFORE_COMPARISON | COORDINATING
        if n > 3 and run.endswith('함에'):
            flags |= BEFORE_GOVERNOR
        if n > 2 and run[-1] in '로도' or n > 3 and run.endswith('인가') or n == 2 and run[-1] == '의':
            flags |= BEFORE_LIST
        if n > 2 and run[-1] == '로':
            flags |= BEFORE_CAUSE
        if n == 2 and (run[-1] in '가이' or run[-1] == _CONTRACTED_HAJI and first in lex.hada_roots):
            flags |= BEFORE_NEGATION
        if n == 3 and run.endswith('해라'):
            flags |= BEFORE_SAYING
        if n > 1 and (run[-1] in NUMERAL_UNITS or run[-2] == '십') and self._numeral_end(run) == n \
                or n > 2 and run[-1] == '여' and self._numeral_end(run[:-1]) == n - 1 \
                or n == 2 and run[-1] == '여' and first in NUMERAL_UNITS \
                or n == 1 and (run in LONE_NUMERALS or run in ZERO_NUMERALS):  # 오십여 명; 백여 명, 천여 명
            flags |= BEFORE_COUNTER
        if run.startswith(self._caseless) or first in _ASPECT_BOUND and run.startswith(COPULA_FORMS, 1) \
                or first == END_OF_PERIOD and (n == 1 or self._period_end_tail(run[1:])) \
                or first == _TIME_WHEN and n > 3 and self._particles_then_copula(run[1:], first):
            flags |= AFTER_NOUN
        return flags

    def adverb_spells_noun(self, run: str) -> bool:
        """Whether a mecab adverb spells a curated Sino noun and its particles (사실은: 事實 + 은), the
        noun after a modifier."""
        lex = self.lex
        return any((run[:k] in lex.defaults or run[:k] in lex.usual)
                   and self.is_particles(run[k:], final_sound(run[k - 1])) for k in range(2, len(run)))

    def _period_end_tail(self, rest: str) -> bool:
        """What may follow 末 after a word for a period: particles (3月 末까지), the copula (3月 末입니다)
        or both (이달 末까지입니다, 學期 末부터였다), which the native 말 'speech' takes as well; the word
        for a period before it decides (after_bare_noun)."""
        if self.is_particles(rest, final_sound(END_OF_PERIOD)) or rest.startswith(COPULA_FORMS):
            return True
        return any(rest.startswith(COPULA_FORMS, k) and self.is_particles(rest[:k], final_sound(END_OF_PERIOD))
                   for k in range(1, len(rest)))

    def _particles_then_copula(self, rest: str, ch: str) -> bool:
        """Particles and then the copula after a lone noun (時까지입니다, 時부터이며): the noun's particles alone
        are after_noun's, the copula alone is left out (시입니다 is no 時 of its own)."""
        return any(rest.startswith(COPULA_FORMS, k) and self.is_particles(rest[:k], final_sound(ch))
                   for k in range(2, len(rest)))

    def _day_after_numeral(self, run: str, i: int) -> bool:
        """Whether the 일 at i is the day after a Sino numeral that a digit closes (십칠일이라, 이십오일에): a
        second digit cannot go on the number, and particles or the copula follow."""
        return _before_digit_clash(run, len(run)) == i and all(c in self.lex.numerals for c in run[:i]) \
            and (i + 1 == len(run) or self.is_tail(run[i + 1:], CONSONANT))

    def _numeral_end(self, run: str) -> int:
        """End of a composed Sino numeral at the run's start (일백, 사십), or 0."""
        j = 0
        while j < len(run) and run[j] in self.lex.numerals:
            j += 1
        j = _before_digit_clash(run, j)
        while j >= 2 and not any(c in NUMERAL_UNITS for c in run[:j]):
            j -= 1
        if j < 2 or run[0] in ZERO_NUMERALS or not (j == len(run) or self.is_tail(run[j:]) or run[j] in self.lex.counters):
            return 0  # a zero never leads a composed number: 英祖 대, 共助, not 零兆 臺, 空兆
        return j
