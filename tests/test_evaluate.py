"""compare/evaluate, on constructed pairs, and agreement with the reference scorer."""
import json
import os
import random
import sys

import pytest

from hanjaconv.evaluate import GoldError, Totals, compare, evaluate, load_gold

EVAL_DIR = '/work/shared/eval'


def test_right_wrong_missed_false():
    s = compare('性能과 品質이 좋다', '性能과 品秩이 好다', '성능과 품질이 좋다')
    assert [(x.gold, x.status) for x in s.spans] == [('性能', 'right'), ('品質', 'wrong')]
    assert [(x.source, x.output) for x in s.false] == [('좋', '好')]
    assert (s.hangul_syllables, s.over, s.exact) == (4, 1, False)
    s = compare('性能', '성능', '성능')
    assert s.missed == 1 and s.right == 0


def test_partially_converted_word_is_wrong():
    assert compare('大韓', '大한', '대한').spans[0].status == 'wrong'


def test_broken_outputs_fail_every_span():
    for out in ('性能이', '성X', '性'):
        s = compare('性能', out, '성능')
        assert s.broken and [x.status for x in s.spans] == ['broken']
    assert compare('性能', '性能', '성능').broken is False


def test_optional_words_count_either_way_in_full_gold_only():
    src, gold = '위해 성능', '위해 性能'
    assert compare(gold, '爲해 性能', src).false_words == 0
    assert compare(gold, '爲해 性能', src).exact is True
    assert compare('爲해 性能', '위해 性能', src).gold_spans == 1
    assert compare('爲해 性能', '위해 性能', src, partial=True).missed == 1


def test_partial_gold_ignores_unannotated_words():
    s = compare('성능 品質', '性能 品質', '성능 품질', partial=True)
    assert (s.right, s.false_words, s.exact) == (1, 0, None)
    t = evaluate([('성능 품질', '성능 品質')], ['性能 品質'], partial=True).totals
    assert 'false_words' not in t.as_dict() and t.over_per_1000 is None


def test_nfc_on_reference_and_output():
    import unicodedata
    nfd = unicodedata.normalize('NFD', '性能은')  # CJK compatibility ideographs fold under NFC
    assert compare('性能은', nfd, '성능은').right == 1
    assert compare('\uf9b5', '\u4f8b', '례').right == 1  # 例 (compatibility) == 例 after NFC


def test_source_is_rebuilt_when_missing():
    assert compare('性能과', '성능과').missed == 1
    assert compare('性能과', '性能과').exact is True


def test_evaluate_totals_and_converter():
    e = evaluate([('성능 품질', '性能 品質'), ('가', '加')], ['性能 品秩', '가'])
    t = e.totals
    assert (t.rows, t.gold_spans, t.right, t.wrong, t.missed) == (2, 3, 1, 1, 1)
    assert t.as_dict()['span_acc'] == 0.3333
    e = evaluate([('성능', '性能')], convert=lambda s: '性能')
    assert e.totals.right == 1
    with pytest.raises(ValueError, match='1 outputs for 2 gold rows'):
        evaluate([('가', '加'), ('나', '羅')], ['加'])


def test_totals_over_per_1000():
    t = Totals(rows=1, hangul_syllables=3, over=1)
    assert t.as_dict()['over_per_1000'] == 333.33


def test_load_gold_tsv_and_jsonl(tmp_path):
    p = tmp_path / 'g.tsv'
    p.write_text('hangul\tmixed\n성능\t性能\r\n', encoding='utf-8')
    assert load_gold(p) == [('성능', '性能')]
    j = tmp_path / 'g.jsonl'
    j.write_text(json.dumps({'hangul': '품질', 'mixed': '品質'}) + '\n\n', encoding='utf-8')
    assert load_gold(j) == [('품질', '品質')]


@pytest.mark.parametrize('name, text, where', [
    ('g.tsv', 'hangul\tmixed\n성능\t性能\n성능\n', 'g.tsv:3'),
    ('g.tsv', 'hangul\tmixed\n성능\t性能이\n', 'g.tsv:2'),
    ('g.jsonl', '{"hangul": "가", "mixed": "加"}\n{"hangul": 1\n', 'g.jsonl:2'),
    ('g.jsonl', '{"hangul": "가"}\n', 'g.jsonl:1'),
])
def test_load_gold_names_the_bad_line(tmp_path, name, text, where):
    p = tmp_path / name
    p.write_text(text, encoding='utf-8')
    with pytest.raises(GoldError, match=where):
        load_gold(p)


def test_load_gold_not_utf8(tmp_path):
    p = tmp_path / 'g.tsv'
    p.write_bytes(b'hangul\tmixed\n\xff\n')
    with pytest.raises(GoldError, match='byte offset 13'):
        load_gold(p)


# ----- agreement with the reference scorer (skipped when the dev sets are absent) -----
SETS = {'constitution_preamble_clauses.tsv': False, 'cjk_compsci_terms_ko.tsv': False,
        'seonbi_hanjaspec_words.tsv': False, 'bible_krv_kyubyong_eval.tsv': False,
        'boddari_bare_hanja.tsv': True, 'boddari_annotations.jsonl': True,
        'statutes_dev.jsonl': True}


@pytest.fixture(scope='module')
def reference_scorer():
    if not os.path.exists(os.path.join(EVAL_DIR, 'score.py')):
        pytest.skip('no /work/shared/eval here')
    sys.path.insert(0, EVAL_DIR)
    try:
        import score
    finally:
        sys.path.remove(EVAL_DIR)
    return score


def _variants(rows, converted):
    """The converter's outputs, the gold, and a random mix with broken rows."""
    rnd = random.Random(4)
    mixed = []
    for (h, g), c in zip(rows, converted):
        r = rnd.random()
        mixed.append(c if r < .3 else g[:-1] if r < .35 else g.replace('한', '韓') if r < .45
                     else ''.join(x if rnd.random() < .5 else y for x, y in zip(g, c)))
    return {'converter': converted, 'gold': [g for _, g in rows], 'mixed': mixed}


@pytest.mark.parametrize('name', list(SETS))
def test_agrees_with_reference_scorer(reference_scorer, name):
    import hanjaconv
    path = os.path.join(EVAL_DIR, name)
    if not os.path.exists(path):
        pytest.skip(f'{name} absent')
    rows = reference_scorer.load(path)
    assert load_gold(path) == rows
    rows = rows[:3000]
    for variant, outs in _variants(rows, [hanjaconv.convert(h) for h, _ in rows]).items():
        want, want_errors = reference_scorer.score(rows, outs, SETS[name])
        got = evaluate(rows, outs, partial=SETS[name])
        assert got.totals.as_dict() == want, variant
        assert got.errors() == want_errors, variant


@pytest.mark.parametrize('word', ['위해', '위한', '위하여', '한편'])
def test_each_optional_word_is_neutral(word):
    hanja = '爲' + word[1:] if word[0] == '위' else '韓便'
    src = f'{word} 성능'
    assert compare(f'{word} 性能', f'{hanja} 性能', src).false_words == 0
    assert compare(f'{hanja} 性能', f'{word} 性能', src).gold_spans == 1
    assert compare(f'{word} 性能', f'{hanja} 性能', src).over == 0
    assert compare('가나 性能', '加나 性能', '가나 성능').false_words == 1  # not for other words


def _random_rows(rnd, n):
    """Constructed (source, gold, output) triples that reach every branch of the scorer:
    optional words, Hanja over non-Hangul, length changes, compatibility ideographs."""
    pieces = [('위해', '爲해'), ('위한', '爲한'), ('위하여', '爲하여'), ('한편', '韓便'), ('성능', '性能'),
              ('품질', '品質'), ('례', '\uf9b5'), ('가', '加'), (' ', ' '), ('.', '.'), ('A', 'A'), ('이', '이')]
    rows, outs = [], []
    for _ in range(n):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(0, 8))]
        src = ''.join(h for h, _ in parts)
        gold = ''.join(m if rnd.random() < .5 else h for h, m in parts)
        out = ''.join(m if rnd.random() < .5 else h for h, m in parts)
        r = rnd.random()
        if r < .1 and out:
            k = rnd.randrange(len(out))
            out = out[:k] + '漢' + out[k + 1:]          # Hanja over any character (not broken)
        elif r < .15:
            out += '다'                                  # longer: broken
        elif r < .2 and out:
            k = rnd.randrange(len(out))
            out = out[:k] + 'x' + out[k + 1:]            # non-Hanja change: broken unless same
        rows.append((src, gold))
        outs.append(out)
    return rows, outs


@pytest.mark.parametrize('partial', [False, True])
def test_agrees_with_reference_scorer_on_constructed_rows(reference_scorer, partial):
    rnd = random.Random(11 + partial)
    for _ in range(20):
        rows, outs = _random_rows(rnd, 60)
        rows = [(h, reference_scorer.nfc(g)) for h, g in rows]
        want, want_errors = reference_scorer.score(rows, outs, partial)
        got = evaluate(rows, outs, partial=partial)
        assert got.totals.as_dict() == want
        assert got.errors() == want_errors
