"""Lint every shipped data file: headers, sorted, unique, readings, unified ideographs."""
from importlib import resources

import pytest

import unicodedata

import hanjaconv
from hanjaconv._hangul import is_hanja, is_syllable
from hanjaconv._lexicon import get_lexicon
from hanjaconv._tsv import parse_lines, parse_word_list

ROOT = resources.files('hanjaconv').joinpath('dictionaries')
DICTIONARIES = ['words.tsv', 'words_mecab.tsv', 'chars.tsv', 'readings.tsv', 'basic_hanja.tsv']
CURATED_HANJA = ['sino_affixes.tsv', 'counters.tsv', 'numerals.tsv', 'homograph_defaults.tsv',
                 'hada_roots.tsv', 'single_nouns.tsv', 'determiners.tsv', 'surnames.tsv', 'collocation_nouns.tsv', 'sense_cues.tsv', 'cued_nouns.tsv', 'dynasties.tsv', 'person_titles.tsv', 'adverb_roots.tsv', 'stately_roots.tsv',
                 'predicate_senses.tsv', 'loanword_suffixes.tsv', 'added_words.tsv', 'word_readings.tsv', 'place_names.tsv', 'rulers.tsv']
WORD_LISTS = ['native_mecab.tsv', 'endings_mecab.tsv', 'verb_stems_mecab.tsv', 'roots_mecab.tsv'] + [f'curated/{n}' for n in (
    'native_words.tsv', 'particles.tsv', 'copula.tsv', 'light_verbs.tsv', 'native_suffixes.tsv', 'native_numerals.tsv',
    'japanese_surnames.tsv', 'regnal_names.tsv')]


def lines_of(name):
    return ROOT.joinpath(*name.split('/')).read_text(encoding='utf-8').splitlines()


def data_keys(lines):
    return [line.split('\t')[0] for line in lines if line and not line.startswith('#')]


@pytest.mark.parametrize('name', DICTIONARIES + WORD_LISTS + [f'curated/{n}' for n in CURATED_HANJA])
def test_header_names_source_and_license(name):
    head = [line for line in lines_of(name)[:6] if line.startswith('#')]
    assert any(line.startswith('# Source:') for line in head), name
    assert any(line.startswith('# License:') for line in head), name


@pytest.mark.parametrize('name', DICTIONARIES + WORD_LISTS)
def test_sorted_and_unique(name):
    keys = data_keys(lines_of(name))
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize('name', ['homograph_defaults.tsv', 'usual_senses.tsv', 'mixed_words.tsv', 'place_names.tsv',
                                  'word_readings.tsv', 'stately_roots.tsv'])
def test_lists_of_one_value_a_word_name_each_word_once(name):
    # these load into a dict: a second row of a word would silently override the first
    keys = data_keys(lines_of(f'curated/{name}'))
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


@pytest.mark.parametrize('name', ['counters.tsv', 'cued_nouns.tsv', 'sense_cues.tsv', 'collocation_nouns.tsv'])
def test_lists_of_cues_name_each_sense_of_a_word_once(name):
    # a sense's cues in two rows: an edit to one row misses the other, and a merge can leave both
    pairs = [tuple(line.split('\t')[:2]) for line in lines_of(f'curated/{name}') if line and not line.startswith('#')]
    assert len(pairs) == len(set(pairs)), sorted(p for p in set(pairs) if pairs.count(p) > 1)


@pytest.mark.parametrize('name', DICTIONARIES)
def test_every_value_reads_as_its_key_in_unified_ideographs(name):
    lexicon = get_lexicon()
    entries = parse_lines(lines_of(name), name, lexicon.reads_as)  # raises on any bad line
    assert entries
    for e in entries:
        for value in e.hanja:
            # unified ideographs only: no compatibility ideograph that NFC would fold
            assert all(is_hanja(c) and unicodedata.normalize('NFC', c) == c for c in value), (e.hangul, value)


@pytest.mark.parametrize('name', CURATED_HANJA)
def test_curated_hanja_lists_read_as_their_keys(name):
    lexicon = get_lexicon()
    rows = parse_word_list(lines_of(f'curated/{name}'), name)
    assert rows
    for row in rows:
        if name in ('sense_cues.tsv', 'cued_nouns.tsv') and row[1] == '-':
            continue  # a cue for the native word
        assert lexicon.reads_as(row[1], row[0]), row


@pytest.mark.parametrize('name', WORD_LISTS)
def test_word_lists_are_hangul(name):
    rows = parse_word_list(lines_of(name), name)
    assert rows and all(all(map(is_syllable, r[0])) for r in rows)


def test_cleaning_dropped_the_known_bad_rows():
    lexicon = get_lexicon()
    assert '西江' not in lexicon.words('시장') and '市場' in lexicon.words('시장')
    assert '和解' not in lexicon.words('하위')
    assert not any('\ufffd' in hs for _, hs in lexicon.word_items())


def test_basic_education_characters_are_1800():
    assert len(get_lexicon().basic) == 1800


@pytest.mark.parametrize('name', ['char_association.tsv', 'zh_frequency.tsv'])
def test_hanja_keyed_tables(name):
    lines = lines_of(name)
    head = [line for line in lines[:6] if line.startswith('#')]
    assert any(h.startswith('# Source:') for h in head) and any(h.startswith('# License:') for h in head)
    keys = data_keys(lines)
    assert keys and keys == sorted(keys) and len(keys) == len(set(keys))
    assert all(all(map(is_hanja, k)) and unicodedata.normalize('NFC', k) == k for k in keys)


def test_word_readings_break_ties_by_softened_then_regular_reading():
    """A Hanja word under two keys where it ranks alike reads as the key with fewer syllables
    in ㄹ (compounds soften them), then as its characters' own reading; only readings that
    differ from the characters' own are exceptions worth shipping."""
    from hanjaconv.reading import exceptional_readings, read_run
    items = [('편즙', '編輯'), ('편집', '編輯 偏執'), ('경로동', '輕勞動'), ('경노동', '輕勞動')]
    readings = exceptional_readings(items)
    assert '編輯' not in readings and read_run('編輯', True, {}) == '편집'
    assert readings['輕勞動'] == '경노동'


def test_word_readings_prefer_the_spelling_mecab_ko_dic_has():
    """Between keys where a word ranks alike, a Hangul word mecab-ko-dic spells wins over a key
    that only spells the characters' readings (困難 곤란, not 곤난), so the read-back guard keeps
    such common words."""
    from hanjaconv.reading import exceptional_readings
    items = [('곤난', '困難'), ('곤란', '困難')]
    assert exceptional_readings(items, {'곤란'})['困難'] == '곤란'
    assert '困難' not in exceptional_readings(items)  # without it, the fewer ㄹ: the characters' reading
    assert hanjaconv.to_hangul('困難 車輛 許諾') == '곤란 차량 허락'
    assert hanjaconv.to_hangul('2年 12連敗') == '2년 12연패'  # after a digit: a counter, then a word anew
    assert hanjaconv.convert('논란 끝에 차량을 허락했다') == '論難 끝에 車輛을 許諾했다'
