"""Each shipped list loads and changes what the converter does."""
import pytest

import hanjaconv
from hanjaconv._hangul import is_hanja
from hanjaconv._analysis import Analyzer
from hanjaconv._choice import rank_candidates
from hanjaconv._lexicon import get_lexicon


@pytest.fixture(scope='module')
def lex():
    return get_lexicon()


def kinds(text):
    return [(s.hangul, s.hanja, s.kind) for s in hanjaconv.segment(text)]


def test_particles(lex):
    assert {'에서', '으로', '까지', '부터', '처럼'} <= lex.particles
    assert hanjaconv.convert('시장에서는') == '市場에서는'


def test_copula(lex):
    assert '이다' in lex.copula
    assert hanjaconv.convert('학생이다') == '學生이다'


def test_light_verbs_and_endings(lex):
    analyzer = Analyzer(lex)
    assert analyzer.is_tail('하였으나') and analyzer.is_tail('됐다') and analyzer.is_tail('함으로써')
    assert not analyzer.is_tail('해를')  # 해 + 를 is no verb form: endings_mecab.tsv decides
    assert hanjaconv.convert('발생된') == '發生된'


def test_native_suffixes(lex):
    assert '들' in lex.native_suffixes
    assert hanjaconv.convert('학생들') == '學生들'


def test_loanword_suffixes(lex):
    assert lex.loanword_suffixes['화'][0] == '化' and lex.loanword_suffixes['화'][1]['골프'] == '靴'
    assert hanjaconv.convert('토큰화') == '토큰化' and hanjaconv.convert('토큰') == '토큰'


def test_added_words(lex):
    assert '筆寫本' in lex.words('필사본')
    assert hanjaconv.convert('필사본이') == '筆寫本이'
    # an added word is a word in use, like mecab-ko-dic's, beside the dictionary's other senses
    assert len(lex.words('기술사')) > 1 and lex.in_use('기술사', '技術史')


def test_sino_affixes(lex):
    assert '用' in lex.suffixes['용'] and '非' in lex.prefixes['비']
    assert ('용', '用', 'suffix') in kinds('인공지능용')


def test_counters_and_numerals(lex):
    assert '年' in lex.counters['년'] and '四' in lex.numerals['사']
    assert hanjaconv.convert('3년') == '3年'
    assert ('삼백사십', '三百四十', 'numeral') in kinds('삼백사십')


def test_native_words(lex):
    assert lex.native.get('가장') and lex.native.get('하지만')
    assert hanjaconv.convert('가장 하지만') == '가장 하지만'


def test_native_words_from_mecab(lex):
    assert lex.native.get('이미지')  # only in native_mecab.tsv: a loanword with 異味 inside
    assert hanjaconv.convert('이미지를') == '이미지를'


def test_homograph_defaults(lex):
    assert lex.defaults['한국'] == '韓國'
    assert [(s.hanja, s.rule) for s in hanjaconv.segment('한국')] == [('韓國', 'default')]


def test_sense_lists_use_south_korean_keys(lex):
    """Sense rows are keyed as South Korean text spells the word: a key the initial sound law
    would change (리용 for 利用) is a key no text matches, and its row does nothing."""
    from hanjaconv._hangul import initial_sound_law
    keys = [*lex.defaults, *lex.usual, *lex.predicate_senses, *lex.domains, *lex.sense_cues]
    assert keys and [k for k in keys if len(k) > 1 and initial_sound_law(k[0]) != k[0]] == []


def test_hada_roots(lex):
    assert '補' in lex.hada_roots['보']
    assert ('보', '補', 'root') in kinds('보하되')


def test_single_nouns(lex):
    assert '量' in lex.single_nouns['양']
    assert ('양', '量', 'noun') in kinds('품질과 양')


def test_determiners(lex):
    assert '兩' in lex.determiners['양'] and '兩' not in lex.single_nouns.get('양', ())
    assert ('양', '兩', 'determiner') in kinds('양 팀')       # bare before a word
    assert ('양', '量', 'noun') in kinds('양이 많다')         # with a particle, the noun
    assert ('양', '量', 'noun') in kinds('품질보다 양')       # bare at the end: no word to determine


def test_rulers(lex):
    assert ('顯宗', frozenset({'*'})) in lex.rulers['현종']
    assert any(h == '玄宗' and '당' in states for h, states in lex.rulers['현종'])
    for hangul, senses in lex.rulers.items():
        assert any('*' in states for _, states in senses) or all(states for _, states in senses), hangul


def test_stately_roots(lex):
    assert '聖' in lex.stately_roots['성']
    assert hanjaconv.convert('성스러운 곳') == '聖스러운 곳'       # a one-syllable root before 스럽다


def test_japanese_surnames(lex):
    assert '아베' in lex.japanese_surnames
    assert hanjaconv.convert('아베 신조 총리') == '아베 신조 總理'  # the given name read in Japanese stays Hangul


def test_regnal_names(lex):
    assert '루이' in lex.regnal_names
    assert hanjaconv.convert('루이 14세는') == '루이 14世는'  # a ruler's number, though every syllable reads


def test_loanword_nouns(lex):
    assert {'온라인', '게임'} <= lex.loanword_nouns           # native_words.tsv rows glossed as loanwords
    assert '가장' not in lex.loanword_nouns
    assert hanjaconv.convert('온라인수업이 늘었다.') == '온라인授業이 늘었다.'  # opening a compound


def test_dynasties(lex):
    assert '淸' in lex.dynasties['청']
    assert ('청', '淸', 'dynasty') in kinds('청나라 군대가')     # before 나라 and particles
    assert not any(k == 'dynasty' for *_, k in kinds('청이 있다'))  # alone it is no state


def test_mixed_words(lex):
    assert lex.mixed_words['창밖'] == '窓밖'
    for hangul, mixed in lex.mixed_words.items():  # the Hangul parts as they are, the Hanja read as them
        assert len(mixed) == len(hangul) and any(map(is_hanja, mixed)), hangul
        for h, m in zip(hangul, mixed):
            assert h == m or is_hanja(m) and lex.reads_as(m, h), (hangul, mixed)
    assert ('창', '窓', 'mixed') in kinds('창밖으로')


def test_surnames(lex):
    assert lex.surnames['김'] == ('金',) and lex.surnames['남궁'] == ('南宮',)
    assert ('고', '故', 'determiner') in kinds('고 김구 선생')    # a surname starts the name
    assert ('고', '故', 'determiner') not in kinds('고 녀석이')   # native 고 'that'


def test_collocation_nouns(lex):
    assert lex.collocation_nouns['소'][0] == '訴' and '제기' in lex.collocation_nouns['소'][1]
    assert lex.collocation_nouns['일'][2] and not lex.collocation_nouns['소'][2]  # bare: a news abbreviation
    assert hanjaconv.convert('일 정부는 반발했다') == '日 政府는 反撥했다'
    assert hanjaconv.convert('그 일을 정부가 맡았다') == '그 일을 政府가 맡았다'
    assert ('소', '訴', 'collocation') in kinds('법원에 소를 제기하였다')   # the word after makes it 訴
    assert not any(k[0] == '소' for k in kinds('소를 키운다'))            # the cow stays


def test_sense_cues(lex):
    senses = dict(lex.sense_cues['사기'][2])
    assert '피해' in senses['詐欺'] and '진작' in senses['士氣']
    rules = {s.hangul: (s.hanja, s.rule) for s in hanjaconv.segment('선수들의 사기를 진작하기 위해')}
    assert rules['사기'] == ('士氣', 'cue')
    rules = {s.hangul: (s.hanja, s.rule) for s in hanjaconv.segment('사기 피해가 늘었다')}
    assert rules['사기'] == ('詐欺', 'default')  # a cue that agrees leaves the rule


def test_joined_cues_count_only_written_onto_the_word(lex):
    assert '항만' in lex.joined_cues['공사', '公社']
    assert hanjaconv.convert('부산항만공사는 운영사를 선정했다.').startswith('釜山港灣公社는')
    assert hanjaconv.convert('항만 공사가 진행 중이다.') == '港灣 工事가 進行 中이다.'  # spaced: harbour works


def test_cue_words_are_hangul_of_two_syllables_or_more(lex):
    from hanjaconv._cues import _LONGEST_CUE
    for hangul, (every, heads, senses) in lex.sense_cues.items():
        assert all(2 <= len(w) <= _LONGEST_CUE and all('가' <= c <= '힣' for c in w) for w in every), hangul


def test_a_cue_names_one_sense(lex):
    for hangul, (every, heads, senses) in lex.sense_cues.items():
        assert len({hanja for hanja, _ in senses}) == len(senses), hangul            # one row a sense
        joined = sum(len(lex.joined_cues.get((hangul, hanja), ())) for hanja, _ in senses)  # (+항만: 公社)
        assert sum(len(words) for _, words in senses) + joined == len(every), hangul  # no cue under two


# senses whose cues cannot act, as the read-back guard refuses them: a word read two ways, where the
# tables keep the other reading (道場 도량; 惡心 오심 now has a row in
# curated/word_readings.tsv, and 茶 alone reads 차 by reading.READ_ALONE; 行狀, read 행장, is now a row
# of - whose cues keep 행상 'conduct' in Hangul), a suffix that never starts a word (歷)
_CUES_THAT_CANNOT_ACT = {('도장', '道場'),
                         ('력', '歷')}


def test_cued_senses_read_back_as_their_word(lex):
    from hanjaconv._cues import NATIVE_SENSE, _reads_alone
    refused = {(hangul, hanja) for hangul, (_, _, senses) in lex.sense_cues.items() for hanja, _ in senses
               if hanja != NATIVE_SENSE and not _reads_alone(hangul, hanja)}
    assert refused == _CUES_THAT_CANNOT_ACT  # (a new sense here needs a row in curated/word_readings.tsv)


def test_cued_senses_of_words_are_candidates(lex):
    from hanjaconv._cues import NATIVE_SENSE
    missing = [(hangul, hanja) for hangul, (_, _, senses) in lex.sense_cues.items() if len(hangul) > 1
               for hanja, _ in senses if hanja != NATIVE_SENSE and hanja not in lex.words(hangul)]
    assert missing == []  # a cue can only pick a candidate: add the word to curated/added_words.tsv


def test_cued_nouns_need_a_cue_in_their_sentence():
    convert = hanjaconv.convert
    assert convert('벌을 받아 마땅하다.') == '罰을 받아 마땅하다.'          # a cue of the sense
    assert convert('아이가 벌에 쏘여 울었다.') == '아이가 벌에 쏘여 울었다.'  # the native word's cue
    assert convert('벌이 꽃 사이를 날아다녔다.').startswith('벌이')         # no cue: Hangul
    assert convert('담배는 몸에 해가 된다.') == '담배는 몸에 害가 된다.'
    assert convert('그렇게 해도 된다.') == '그렇게 해도 된다.'               # 해도 is 하다's
    assert convert('등이 아파서 누웠다.').startswith('등이')               # no bound 等 at a sentence's start
    assert '會議 中' in convert('그는 회의 중이다.') and '等을' in convert('사과, 배 등을 샀다.')
    assert convert('미와 추는 보는 사람의 마음에 달렸다.').startswith('美와 醜는')  # noun + particle, a cue beside it
    assert convert('문서 등을 제출하여야 한다.').startswith('文書 等을')      # bound 等 after a Sino noun


def test_a_middle_dot_parts_words_for_cues():
    rules = {s.hangul: (s.hanja, s.rule) for s in hanjaconv.segment('징역ㆍ금고')}
    assert rules['금고'] == ('禁錮', 'cue')


def test_a_cue_in_the_word_itself_is_nearest():
    # 징역 joined to 금고 (distance 0) beats 현금 one word away (distance 1)
    rules = {s.hangul: (s.hanja, s.rule) for s in hanjaconv.segment('현금 징역금고')}
    assert rules['금고'] == ('禁錮', 'cue')


def test_cues_stop_at_the_sentence_end():
    rules = {s.hangul: s.rule for s in hanjaconv.segment('피해가 컸다. 사기는 높다')}
    assert rules['사기'] != 'cue'


def test_bare_roots(lex):
    assert '복잡' in lex.bare_roots and '정확' not in lex.bare_roots  # 정확 is a noun too
    assert ('도', '度', 'suffix') in kinds('시간 복잡도가 낮다')       # no particle after a bare root
    assert ('도', '度', 'suffix') not in kinds('필요도 없다')           # a noun takes the particle


def test_adverb_roots(lex):
    assert lex.adverb_roots['속'] == ('速',) and lex.hada_roots['속'] == ('屬',)
    assert ('속', '速', 'adverb') in kinds('속히 오라')


def test_native_numerals(lex):
    assert {'세', '스무', '여러'} <= lex.native_numerals and {'명', '번'} <= lex.native_counters
    assert ('명', '名', 'counter') in kinds('세 명이')
    assert all(kind != 'counter' for _, _, kind in kinds('그 명이'))   # no numeral before: no counter


def test_zh_frequency_ranks_common_words_first(lex):
    assert lex.zh_frequency['經濟'] > lex.zh_frequency.get('役糧', 0)
    assert rank_candidates('역량', lex.words('역량'), lex)[0] == '力量'


def test_word_readings():
    assert hanjaconv.to_hangul('音樂') == '음악'


def test_basic_hanja(lex):
    assert '性' in lex.basic and '潰' not in lex.basic


def test_char_association_is_loaded_and_used(lex):
    table = lex.association
    assert table['審']['判'] > 0 and table['判']['審'] == table['審']['判']
    from hanjaconv._choice import Item, _apply_context
    # a legal context argues for 審理 over the prior's 心理
    items = [Item(0, 2, '법원', 'word', ('法院',)), Item(3, 5, '판결', 'word', ('判決',)),
             Item(6, 8, '심리', 'word', ('心理', '審理'))]
    chosen = [('法院', 'only'), ('判決', 'only'), ('心理', 'rank')]
    _apply_context(items, chosen, lex)
    assert chosen[2] == ('審理', 'context')


def test_context_needs_more_against_a_usual_sense(lex, monkeypatch):
    from hanjaconv._choice import Item, _apply_context
    # legal words around 가수 pull weakly towards 假數; enough against the rank alone, not
    # against the curated usual sense 歌手
    items = [Item(0, 2, '법원', 'word', ('法院',)), Item(3, 5, '판결', 'word', ('判決',)),
             Item(6, 8, '피고', 'word', ('被告',)), Item(9, 11, '가수', 'word', ('歌手', '假數'))]

    def context_choice():
        chosen = [('法院', 'only'), ('判決', 'only'), ('被告', 'only'), ('歌手', 'rank')]
        _apply_context(items, chosen, lex)
        return chosen[3]

    assert lex.usual['가수'] == '歌手'
    assert context_choice() == ('歌手', 'rank')
    monkeypatch.setattr(lex, 'usual', {k: v for k, v in lex.usual.items() if k != '가수'})
    assert context_choice() == ('假數', 'context')


def test_light_verb_forms_that_cannot_end_a_word(lex):
    analyzer = Analyzer(lex)
    assert analyzer.is_tail('해') and analyzer.is_tail('한') and analyzer.is_tail('함')
    assert not analyzer.is_tail('합') and not analyzer.is_tail('했')  # 합니다, 했다: they need endings
    assert analyzer.is_tail('합니다') and analyzer.is_tail('했다')


def test_usual_senses(lex):
    assert lex.usual.get('난도') == '難度' and '난도' not in lex.defaults
    # ranked first, with the rule still 'rank': the words around may overturn it
    assert rank_candidates('난도', lex.words('난도'), lex)[0] == '難度'
    assert [(s.hanja, s.rule) for s in hanjaconv.segment('난도')] == [('難度', 'rank')]


def test_verb_stems(lex):
    assert {'사', '재', '감'} <= lex.verb_stems
    assert hanjaconv.convert('눈을 감고') == '눈을 감고'   # after an object, a verb
    assert hanjaconv.convert('감고') != '감고'             # alone, the dictionary word


def test_verb_form_cache_keeps_the_object_flag():
    converter = hanjaconv.Converter()
    assert converter.convert('책을 사고 왔다') == '冊을 사고 왔다'
    assert converter.convert('사고 원인') == '事故 原因'
    assert converter.convert('책을 사고 왔다') == '冊을 사고 왔다'


def test_predicate_senses(lex):
    """Each curated predicate sense is a candidate of its word, and it decides before 하다:
    another candidate (敎唆) takes the word's place, the first one (警告) keeps it."""
    assert all(hanja in lex.words(hangul) for hangul, hanja in lex.predicate_senses.items())
    assert lex.predicate_senses['교사'] == '敎唆' and lex.defaults.get('교사') == '敎師'
    assert [(s.hanja, s.rule) for s in hanjaconv.segment('범행을 교사한 자') if s.hangul == '교사'] \
        == [('敎唆', 'predicate')]
    assert [s.hanja for s in hanjaconv.segment('위험하다고 경고했다') if s.hangul == '경고'] == ['警告']
    assert [s.hanja for s in hanjaconv.segment('교사가 되었다') if s.hangul == '교사'] == ['敎師']


def test_sino_adverbs(lex):
    """Sino-Korean adverbs and pronouns mecab-ko-dic tags as closed-class words are written in
    Hanja: each row is a candidate of its word, its default, and out of the native lists."""
    from hanjaconv._lexicon import _rows
    rows = _rows('curated/sino_adverbs.tsv')
    assert len(rows) > 50
    for hangul, hanja, *_ in rows:
        assert hanja in lex.words(hangul), hangul
        assert hangul not in lex.native, hangul
    assert lex.defaults['항상'] == '恒常'
    assert hanjaconv.convert('지금은 항상 자기 일을 한다') == '只今은 恒常 自己 일을 한다'


def test_predicate_classes(lex):
    """Every predicate sense has a class; an adjective's sense yields before a form only verbs take."""
    from hanjaconv._lexicon import _rows
    assert {r[4] for r in _rows('curated/predicate_senses.tsv')} == {'adj', 'verb', 'both'}
    assert '鞏固' in lex.adjective_senses and '公告' not in lex.adjective_senses
    assert hanjaconv.convert('결과를 공고한다') == '結果를 公告한다'
    assert hanjaconv.convert('동맹이 공고하다') == '同盟이 鞏固하다'


def test_counter_cues(lex):
    """A counter's fourth column: the next word picks its sense; otherwise the first stays."""
    assert '남성' in dict(lex.counter_cues['대'])['代']
    assert hanjaconv.convert('30대 남성이 다쳤다') == '30代 男性이 다쳤다'
    assert hanjaconv.convert('차 두 대를 물려받았다') == '車 두 臺를 물려받았다'


def test_curated_word_readings():
    """An idiom the derived word table reads otherwise than its standard spelling reads as its curated
    key, so the read-back guard keeps it; so does a word added since the build."""
    assert hanjaconv.to_hangul('喜怒哀樂 男尊女卑 君子三樂') == '희로애락 남존여비 군자삼락'
    assert hanjaconv.convert('인간의 희로애락이 담긴 군자삼락') == '人間의 喜怒哀樂이 담긴 君子三樂'
    assert hanjaconv.to_hangul('更新 音樂') == '갱신 음악'  # untouched: their keys are not curated here


def test_idiom_tails_and_adverbs():
    """Idioms before the quoted copula (라더니), bare as adverbs, and a verb's modifier after 에."""
    assert hanjaconv.convert('인생은 새옹지마라더니') == '人生은 塞翁之馬라더니'
    assert hanjaconv.convert('애지중지 키웠다') == '愛之重之 키웠다'
    assert hanjaconv.convert('목에 건 메달') == '목에 건 메달'
    assert hanjaconv.convert('한미 간 협력') == '韓美 間 協力'
    assert hanjaconv.convert('선거철이 되자') == '選擧철이 되자'


def test_person_titles_fit_the_second_pass(lex):
    # a second pass finds a title opening a run of Hanja, however long the title
    assert lex.person_titles
    once = hanjaconv.convert('인 작가의인공지능용')
    assert once.startswith('인 作家') and hanjaconv.convert(once) == once


def test_place_names(lex):
    # a place that spells a common word takes the place's sense only where it is listed with a place
    assert lex.place_names['여수'] == '麗水'
    assert hanjaconv.convert('여수와 광양은 바다를 끼고 있다').startswith('麗水와 光陽')
    assert hanjaconv.convert('여수에 젖은 노래').startswith('旅愁')


def test_a_cue_only_sense_has_cues(lex):
    """A single_nouns.tsv sense marked CUE_ONLY_MARK is chosen by nothing but its cue words, so it
    needs a row of them in sense_cues.tsv or cued_nouns.tsv; the mark must end the note."""
    assert lex.cue_only_nouns, 'no sense carries the mark: is CUE_ONLY_MARK still the notes\' wording?'
    for word in sorted(lex.cue_only_nouns):
        hangul, hanja = word[0], word[1:]
        cues = lex.sense_cues.get(hangul)
        cued = lex.cued_nouns.get(hangul, ())
        assert cues and any(sense == hanja for sense, _ in cues[2]) or any(sense == hanja for sense, _ in cued), word


def test_foreign_states(lex):
    assert {'러시아', '아세안', '중동'} <= lex.states_after_versus <= lex.foreign_states
    assert '인도' in lex.foreign_states and '인도' not in lex.states_after_versus
    assert hanjaconv.convert('대러시아 제재') == '對러시아 制裁'  # after 대, written solid
    assert hanjaconv.convert('한·아세안 협력') == '韓·아세안 協力'  # after a country and a middle dot
