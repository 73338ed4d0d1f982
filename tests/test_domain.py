"""Field glossaries: a homograph among words of one field takes that field's sense."""
import pytest

import hanjaconv
from hanjaconv._lexicon import get_lexicon


def choices(text):
    return {s.hangul: (s.hanja, s.rule) for s in hanjaconv.segment(text)}


def test_glossary_loads_with_known_fields():
    domains = get_lexicon().domains
    fields = {f for senses in domains.values() for fs in senses.values() for f in fs}
    assert fields == {'law', 'economy', 'politics', 'medicine', 'science', 'religion', 'culture', 'military'}
    assert '禁錮' in domains['금고'] and 'law' in domains['금고']['禁錮']


@pytest.mark.parametrize('text, word, hanja', [
    ('법원은 피고에게 금고 1년을 선고하였다', '금고', '禁錮'),
    ('금리가 오르자 주가가 떨어지고 금고에 돈을 넣었다', '금고', '金庫'),
    ('원고는 피고에게 손해배상을 청구하였다', '원고', '原告'),
    ('작가가 원고를 출판사에 보냈다', '원고', '原稿'),
    ('사당에 신주를 모시고 제사를 지냈다', '신주', '神主'),
    ('회사가 신주를 발행하여 투자를 받았다', '신주', '新株'),
    ('법원은 피고인의 범행 태양과 동기를 고려하여 형을 정한다', '태양', '態樣'),  # the law pass
    ('태양이 떠오르자 하늘이 밝아졌다', '태양', '太陽'),
    ('조선의 국왕은 경연에 나아가 유학자들과 경서를 강론하였다', '경연', '經筵'),  # the culture pass
    ('음악 경연 대회에서 우승하였다', '경연', '競演'),
    ('제사장이 성막에서 번제와 소제를 드렸다', '소제', '素祭'),  # the religion pass
    ('철강 업체의 열연 제품 가격이 올라 수출 실적이 늘었다', '열연', '熱延'),  # the economy pass
    ('배우의 열연이 관객을 울렸다', '열연', '熱演'),
])
def test_field_of_the_neighbours_decides(text, word, hanja):
    assert choices(text)[word][0] == hanja


def test_the_rule_is_recorded():
    assert choices('법원은 피고에게 금고 1년을 선고하였다')['금고'] == ('禁錮', 'domain')


def test_one_field_word_is_not_enough():
    # alone, a word of the field does not move its neighbour: 금고 keeps its everyday sense
    assert choices('피고가 금고를 열었다')['금고'][0] == '金庫'


def test_sure_choices_are_not_overturned():
    converter = hanjaconv.Converter()
    converter.add_word('금고', '金庫')
    assert converter.convert('법원은 피고에게 금고 1년을 선고하였다').count('金庫') == 1


def test_field_noun_needs_its_field():
    # 판 alone is a native word (판을 벌이다) until the words around are of publishing
    assert hanjaconv.convert('판을 벌이다') == '판을 벌이다'
    assert ('판', '版', 'domain') in [(s.hangul, s.hanja, s.rule) for s in
                                      hanjaconv.segment('이 소설은 출판사에서 판을 거듭하여 독자와 작가의 사랑을 받았다')]


def test_field_noun_never_starts_a_native_word():
    assert '사랑을' in hanjaconv.convert('이 소설은 출판사에서 판을 거듭하여 독자와 작가의 사랑을 받았다')


def test_protected_word_is_no_field_noun():
    converter = hanjaconv.Converter()
    converter.protect('판')
    assert '판을' in converter.convert('이 소설은 출판사에서 판을 거듭하여 독자와 작가의 사랑을 받았다')


def test_field_senses_follow_the_candidates_given():
    # the same syllable comes as a noun and as a suffix with other candidates; what is
    # remembered for one must not answer for the other
    from hanjaconv._choice import _field_senses
    domains = get_lexicon().domains
    fields = domains['장']
    rivals = [h for h in fields if h != '長']
    assert len(rivals) >= 2
    first = _field_senses('장', ('長', rivals[0]), '長', domains)[1]
    second = _field_senses('장', ('長', rivals[1]), '長', domains)[1]
    assert [h for h, _ in first] == [rivals[0]] and [h for h, _ in second] == [rivals[1]]


def test_field_noun_never_right_after_a_letter():
    # the analysis cache must tell 판을 after a space from 판을 right after a letter
    converter = hanjaconv.Converter()
    spaced = '이 소설은 출판사에서 판을 거듭하여 독자와 작가의 사랑을 받았다'
    attached = '이 소설은 출판사에서 A판을 거듭하여 독자와 작가의 사랑을 받았다'
    assert '版을' in converter.convert(spaced)
    assert 'A판을' in converter.convert(attached)


def test_a_choice_its_field_backs_is_left_to_the_field():
    from hanjaconv._choice import Item, _apply_context, _apply_domain
    lex = get_lexicon()
    # 禁錮 among legal words: the field backs it, so the domain rule reports it as backed
    items = [Item(0, 2, '법원', 'word', ('法院',)), Item(3, 5, '피고', 'word', ('被告',)),
             Item(6, 8, '판결', 'word', ('判決',)), Item(9, 11, '금고', 'word', ('金庫', '禁錮'))]
    chosen = [('法院', 'only'), ('被告', 'only'), ('判決', 'only'), ('禁錮', 'rank')]
    assert 3 in _apply_domain('법원 피고 판결 금고', items, chosen, lex) and chosen[3] == ('禁錮', 'rank')
    # and context leaves a backed word alone, where it would otherwise move it
    items = [Item(0, 2, '법원', 'word', ('法院',)), Item(3, 5, '판결', 'word', ('判決',)),
             Item(6, 8, '심리', 'word', ('心理', '審理'))]
    chosen = [('法院', 'only'), ('判決', 'only'), ('心理', 'rank')]
    _apply_context(items, chosen, lex, backed={2})
    assert chosen[2] == ('心理', 'rank')
    _apply_context(items, chosen, lex)
    assert chosen[2] == ('審理', 'context')


def test_one_sense_per_text_stops_at_a_measure():
    # a word fixed elsewhere in the text (here by a compound) lends its sense to the word's other
    # uses, but not after a number and its counter, where the word speaks of the quantity
    from hanjaconv._choice import Item, _apply_one_sense

    def after_one_sense(text, between):
        second = text.index('이하', 2)
        items = [Item(0, 2, '이하', 'word', ('以下', '李下'))] + between + [
            Item(second, second + 2, '이하', 'word', ('以下', '李下'))]
        chosen = [('李下', 'compound')] + [(i.candidates[0], 'grammar') for i in between] + [('以下', 'default')]
        _apply_one_sense(text, items, chosen, get_lexicon())
        return chosen[-1]

    assert after_one_sense('이하 설명. 그 이하', []) == ('李下', 'document')
    assert after_one_sense('이하 설명. 5분 이하', [Item(8, 9, '분', 'counter', ('分',))]) == ('以下', 'default')
    assert after_one_sense('이하 설명. 5 이하', []) == ('以下', 'default')


def test_mathematical_notation_is_a_lone_variable_or_a_formula_not_an_abbreviation():
    from hanjaconv._choice import _NOTATION
    found = lambda text: [m.group() for m in _NOTATION.finditer(text)]
    assert found('실수 k에 대하여 f(x) = x^2') == ['k', 'f(x)', '=', 'x^2']
    assert found('(p.19) 참고, e.g. 오전 9 a.m.') == []  # a page, an example, a time: no science vote
