"""The public API: styles, errors, user words, segments, pickling."""
import io
import pickle
import unicodedata

import pytest

import hanjaconv
from hanjaconv import Converter, DictionaryError


def test_readme_sentence():
    assert hanjaconv.convert('생성형 AI의 성능은 데이터의 품질과 양') == '生成型 AI의 性能은 데이터의 品質과 量'


def test_empty_string():
    assert hanjaconv.convert('') == ''
    assert hanjaconv.segment('') == []
    assert hanjaconv.to_hangul('') == ''


@pytest.mark.parametrize('bad', [None, b'\xec\x84\xb1', 3, ['성능']])
@pytest.mark.parametrize('func', [hanjaconv.convert, hanjaconv.segment, hanjaconv.to_hangul,
                                  hanjaconv.candidates])
def test_wrong_types_name_the_type(func, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        func(bad)


def test_bad_style_lists_valid_ones():
    with pytest.raises(ValueError, match="valid styles: 'hanja', 'hangul\\(hanja\\)'"):
        hanjaconv.convert('성능', style='HANJA')


def test_styles():
    assert hanjaconv.convert('인공지능용', style='hangul(hanja)') == '인공지능용(人工知能用)'
    assert hanjaconv.convert('성능 <b>', style='ruby') == '<ruby>性能<rt>성능</rt></ruby> &lt;b&gt;'


def test_basic_only_keeps_rare_characters_in_hangul():
    out = hanjaconv.convert('성능과 궤양', basic_only=True)
    assert out.startswith('性能과') and out.endswith('궤양')


def test_nfd_input_converts_like_nfc():
    nfc = '성능은 품질'
    nfd = unicodedata.normalize('NFD', nfc)
    out = hanjaconv.convert(nfd)
    assert unicodedata.normalize('NFC', out) == hanjaconv.convert(nfc)
    assert out.startswith('性能')
    assert unicodedata.normalize('NFD', '은') in out
    seg = hanjaconv.segment(nfd)[0]
    assert nfd[seg.start:seg.end] == unicodedata.normalize('NFD', '성능')


def test_user_word_wins_and_can_be_removed():
    c = Converter()
    c.add_word('사기', '史記')
    assert c.convert('사기를') == '史記를'
    assert c.candidates('사기')[0][0] == '史記'
    c.remove_word('사기')
    assert c.convert('사기를') == '사기를'
    assert hanjaconv.convert('사기를') != '史記를'  # the default converter is untouched


def test_add_word_rejects_wrong_reading():
    c = Converter()
    with pytest.raises(ValueError, match="does not read as"):
        c.add_word('시장', '西江')
    assert c.convert('시장') == hanjaconv.convert('시장')


def test_load_userdict_is_all_or_nothing(tmp_path):
    path = tmp_path / 'user.tsv'
    path.write_text('\ufeff# mine\r\n사기\t史記\r\n\r\n시장\t市場 西江\r\n', encoding='utf-8')
    c = Converter()
    before = c.convert('사기 시장')
    with pytest.raises(DictionaryError) as err:
        c.load_userdict(path)
    assert str(path) in str(err.value) and 'line 4' in str(err.value)
    assert c.convert('사기 시장') == before


@pytest.mark.parametrize('content, reason', [
    ('사기 史記\n', 'no tab'),
    ('사기\t史\n', 'characters for a key'),
    ('sagi\t史記\n', 'Hangul syllables only'),
    ('사기\t史記\n사기\t士氣\n', 'duplicate key'),
    ('사기\t史기\n', 'not a Hanja'),
    ('사기\t\n', 'no Hanja'),
])
def test_userdict_errors_name_line_and_reason(content, reason):
    with pytest.raises(DictionaryError, match=reason):
        Converter().load_userdict(io.StringIO(content))


def test_userdict_not_utf8(tmp_path):
    path = tmp_path / 'bad.tsv'
    path.write_bytes('사기\t史記\n'.encode() + b'\xff\xfe\n')
    with pytest.raises(DictionaryError, match='line 2.*not UTF-8'):
        Converter().load_userdict(path)


def test_protect():
    c = Converter()
    c.protect('성능')
    assert c.convert('성능은 품질') == '성능은 品質'


def test_segment_records_rule_and_confidence():
    segs = hanjaconv.segment('시장 경제')
    assert [(s.hangul, s.hanja, s.rule) for s in segs] == [('시장', '市場', 'compound'), ('경제', '經濟', 'compound')]
    assert all(0 < s.confidence <= 1 for s in segs)
    assert all(s.hanja in s.candidates for s in segs)
    segs = hanjaconv.segment('가급적 빨리')  # a stem only the whole word in 的 has joins the list
    assert segs[0].hanja == '可及' and all(s.hanja in s.candidates for s in segs)


def test_candidates_have_glosses():
    cands = hanjaconv.candidates('성능')
    assert cands[0][0] == '性能' and '성품' in cands[0][1]


def test_candidates_gloss_each_character_at_the_reading_the_word_gives_it():
    # 北 has a second reading, 배 'flee', listed before 북; 樂 reads 악 in 樂器 and 낙 in 樂園
    assert hanjaconv.candidates('북한')[0] == ('北韓', '북녘 북 + 나라 이름 한')
    assert hanjaconv.candidates('악기')[0][1].split(' + ')[0].endswith(' 악')
    assert hanjaconv.candidates('낙원')[0][1].split(' + ')[0].endswith(' 낙')


def test_pickle_carries_user_words_not_data():
    c = Converter()
    c.add_word('사기', '史記')
    blob = pickle.dumps(c)
    assert len(blob) < 2000
    assert pickle.loads(blob).convert('사기') == '史記'


def test_to_hangul_reading_rules():
    assert hanjaconv.to_hangul('勞動 來年 理由 量 規律 比率') == '노동 내년 이유 양 규율 비율'
    # a word after a prefix reads as at a word's start, unless the two make a common word
    assert hanjaconv.to_hangul('新冷戰 脫歷史 非連續 重力場') == '신냉전 탈역사 비연속 중력장'
    # a counter after a Sino numeral and a space reads as inside a word, as after digits
    assert hanjaconv.to_hangul('二百 年, 3年, 年例') == '이백 년, 3년, 연례'
    # after Hangul in one eojeol, two Hanja or more begin a word; one stays inside it
    assert hanjaconv.to_hangul('유럽聯合, 서울歷史, 가令') == '유럽연합, 서울역사, 가령'
    compat, unified = '\uf900', '\u8c48'  # 豈 as a compatibility ideograph and unified
    assert hanjaconv.to_hangul(compat) == hanjaconv.to_hangul(unified) != unified


def test_overlong_hangul_run_is_left_alone():
    from hanjaconv.converter import MAX_RUN
    run = '성능' * (MAX_RUN // 2 + 1)
    assert hanjaconv.convert(run) == run
    assert hanjaconv.convert('성능' * (MAX_RUN // 2)) == '性能' * (MAX_RUN // 2)


def test_context_choices_do_not_depend_on_hash_seed():
    import os
    import subprocess
    import sys
    text = ('법원은 사건을 심리하여 판결을 선고한다. 채권자는 담보권을 실행하여 채권을 회수한다. '
            '위원회는 재적위원 과반수의 출석으로 개의하고 출석위원 과반수의 찬성으로 의결한다.')
    code = f'import hanjaconv; print(hanjaconv.convert({text!r}))'
    outs = {subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True,
                           env={**os.environ, 'PYTHONHASHSEED': seed}).stdout for seed in ('1', '2', '3')}
    assert len(outs) == 1
    assert hanjaconv.convert(text) == outs.pop().rstrip('\n')


def test_adjective_sense_refused_in_a_verb_only_form():
    from hanjaconv._choice import _verb_form
    text = '이를 게시한 후 곧 게시하여야 하며, 매우 강건한 몸'
    first, second, adjective = text.index('게시'), text.rindex('게시'), text.index('강건')
    assert _verb_form(text, first, first + 2)  # a past modifier before 후: only verbs form it
    assert not _verb_form(text, second, second + 2)  # 하여야 with no object right before
    assert _verb_form('규정을 게시하여야 한다', 4, 6)  # after an object
    assert not _verb_form(text, adjective, adjective + 2)



def test_field_keeps_a_noun_before_a_particle_from_an_adjective():
    from hanjaconv._choice import Item, _as_noun
    from hanjaconv._lexicon import get_lexicon
    lexicon = get_lexicon()
    for text, noun in (('정당에 가입한 자', True), ('정당의 당원', True), ('정당한 사유', False),
                       ('정당하게 처리', False), ('정당히', False)):
        assert _as_noun(text, Item(0, 2, '정당', 'word', ('正當', '政黨')), lexicon) is noun, text


def test_zero_never_leads_a_composed_number():
    """영, 령, 공 are zero only read out digit by digit: a king's name before 대 is no number."""
    assert hanjaconv.convert('영조 대의 탕평책').startswith('英祖 ')  # not 零兆 臺
    assert hanjaconv.convert('이백 대의 차량') == '二百 臺의 車輛'      # a composed number still is one


def test_to_hangul_softens_a_rate_after_hangul():
    """A one-character word after Hangul reads as inside a word, 률 softened after a vowel or ㄴ."""
    assert hanjaconv.to_hangul('인플레이션率 클릭率') == '인플레이션율 클릭률'


def test_stanza_reads_as_a_word_after_a_number():
    # a counter keeps its inner reading after a digit (2年 2년, 3輛 3량); the stanza 聯 is written as a
    # noun of its own there (1연), so the read-back guard keeps 1聯 for 1연
    assert hanjaconv.to_hangul('1聯과 2聯, 2年, 3輛') == '1연과 2연, 2년, 3량'
