"""The command line, through `python -m hanjaconv` and in-process `main(argv)`."""
import io
import json
import os
import random
import subprocess
import sys

import pytest

import hanjaconv
from hanjaconv import Converter
from hanjaconv._hangul import is_syllable
from hanjaconv import cli
from hanjaconv.cli import _pieces, convert_stream, convert_stream_parallel, main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(*args, input=b''):
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get('PYTHONPATH', ''))
    return subprocess.run([sys.executable, '-m', 'hanjaconv', *args], input=input,
                          capture_output=True, env=env, timeout=300)


def one_line_error(r, status):
    assert r.returncode == status
    err = r.stderr.decode()
    assert err.startswith('hanjaconv: ') and err.count('\n') == 1 and 'Traceback' not in err
    return err


@pytest.fixture
def userdict(tmp_path):
    p = tmp_path / 'user.tsv'
    p.write_text('성능\t性能\n품질\t品質\n', encoding='utf-8')
    return str(p)


# ----- convert ---------------------------------------------------------------------------
def test_convert_stdin_to_stdout(userdict):
    r = run('convert', '--dict', userdict, input='성능과 품질\nsecond line'.encode())
    assert r.returncode == 0 and r.stderr == b''
    assert r.stdout.decode() == '性能과 品質\nsecond line'


def test_convert_files_styles_and_output(tmp_path, userdict):
    a, b = tmp_path / 'a.txt', tmp_path / 'b.txt'
    a.write_text('성능\n', encoding='utf-8')
    b.write_text('품질\n', encoding='utf-8')
    out = tmp_path / 'out.txt'
    r = run('convert', '--dict', userdict, '--style', 'hangul(hanja)', str(a), str(b), '-o', str(out))
    assert r.returncode == 0 and r.stdout == b''
    assert out.read_text(encoding='utf-8') == '성능(性能)\n품질(品質)\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith('.tmp')] == []


def test_convert_in_process(tmp_path, capsys, userdict):
    src = tmp_path / 'in.txt'
    src.write_text('성능 성능', encoding='utf-8')
    assert main(['convert', '--dict', userdict, '--first-only', '--style', 'hanja(hangul)', str(src)]) == 0
    assert capsys.readouterr().out == '性能(성능) 성능'


def test_bad_utf8_names_byte_offset_and_leaves_no_output(tmp_path):
    src = tmp_path / 'bad.txt'
    src.write_bytes('성능\n가'.encode() + b'\xff\n')
    out = tmp_path / 'out.txt'
    err = one_line_error(run('convert', str(src), '-o', str(out)), 1)
    assert 'byte offset 10' in err
    assert list(tmp_path.iterdir()) == [src]


def test_jobs_write_what_one_process_writes(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, '_BATCH_BYTES', 200)  # many batches, more than the workers hold at once
    userdict = tmp_path / 'user.tsv'
    userdict.write_text('시장\t柴場\n', encoding='utf-8')  # a sense no rule would choose
    rnd = random.Random(5)
    lines = [' '.join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 30))) for _ in range(300)]
    src = tmp_path / 'in.txt'
    src.write_text('\n'.join(lines), encoding='utf-8')  # (the last line without its line end)
    outs = []
    for jobs in ('1', '2', '0'):
        out = tmp_path / f'out{jobs}.txt'
        assert main(['convert', '--jobs', jobs, '--dict', str(userdict), '--style', 'hangul(hanja)', str(src),
                     str(src), '-o', str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2] and outs[0].count(b'\n') == 2 * (len(lines) - 1)
    assert '시장(柴場)' in outs[1].decode()  # (the user's dictionary reached the workers)


def test_jobs_cut_overlong_lines_as_one_process_does():
    c = Converter()
    line = ' '.join(random.Random(7).choice(_WORDS) for _ in range(400)) + '\n'
    one, two = io.BytesIO(), io.BytesIO()
    convert_stream(io.BytesIO(line.encode() * 3), one, c.convert, limit=40)
    convert_stream_parallel(io.BytesIO(line.encode() * 3), two, c.convert, 2, limit=40)
    assert one.getvalue() == two.getvalue()


def test_jobs_bad_utf8_names_byte_offset_and_leaves_no_output(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, '_BATCH_BYTES', 100)  # batches before the bad byte are in flight when it is read
    src = tmp_path / 'bad.txt'
    good = '성능과 품질은 좋다\n'.encode() * 40
    src.write_bytes(good + b'\xff\n' + good)
    out = tmp_path / 'out.txt'
    assert main(['convert', '--jobs', '2', str(src), '-o', str(out)]) == 1
    assert f'byte offset {len(good)}' in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [src]


def test_missing_file_and_usage_errors(tmp_path, capsys):
    assert 'no such file' in one_line_error(run('convert', str(tmp_path / 'nope.txt')), 1)
    one_line_error(run('convert', '--style', 'kanji'), 2)
    one_line_error(run(), 2)
    one_line_error(run('frobnicate'), 2)
    assert main(['convert', '--style', 'kanji']) == 2
    assert 'invalid choice' in capsys.readouterr().err
    assert main(['convert', '--jobs', '-1']) == 2
    assert '--jobs: -1 is negative' in capsys.readouterr().err


def test_bad_user_dictionary_names_file_and_line(tmp_path):
    d = tmp_path / 'bad.tsv'
    d.write_text('성능\t性能\n이건잘못\n', encoding='utf-8')
    err = one_line_error(run('convert', '--dict', str(d), input=b'x'), 1)
    assert 'bad.tsv' in err
    one_line_error(run('convert', '--dict', str(tmp_path / 'none.tsv'), input=b'x'), 1)


def test_closed_stdout_is_quiet(tmp_path):
    big = tmp_path / 'big.txt'
    big.write_text('성능과 품질은 좋다. 시장 경제\n' * 50000, encoding='utf-8')
    env = dict(os.environ, PYTHONPATH=ROOT)
    p = subprocess.run(f'"{sys.executable}" -m hanjaconv convert "{big}" | head -n 1',
                       shell=True, capture_output=True, env=env, timeout=300)
    assert p.stdout.count(b'\n') == 1
    assert p.stderr == b''


_WORDS = ['성능과', '품질은', '시장', '경제가', '좋다.', 'A', '3개', '(참고)', '위하여', '대한민국',
          '  ', '\t', '1.5%', '한국어', '性能', '품질(品質)']


@pytest.mark.parametrize('limit', [16, 40, 300])
def test_overlong_lines_are_cut_between_words(limit):
    # A piece is converted as a text of its own: words and compounds are never cut, but the
    # rules that look across words (context, one sense per document) see one piece at a time.
    c = Converter()
    rnd = random.Random(limit)
    for _ in range(25):
        line = ' '.join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 60))) + rnd.choice(['', '\n'])
        pieces = [text for text, _ in _pieces(io.BytesIO(line.encode()), '<test>', limit)]
        assert ''.join(pieces) == line
        for a, b in zip(pieces, pieces[1:]):
            assert not (is_syllable(a[-1]) and is_syllable(b[0]))  # no cut inside a Hangul run
        out = io.BytesIO()
        convert_stream(io.BytesIO(line.encode()), out, c.convert, limit=limit)
        assert out.getvalue().decode() == ''.join(map(c.convert, pieces))
        assert hanjaconv.to_hangul(out.getvalue().decode()) == hanjaconv.to_hangul(line)


def test_stream_cuts_inside_hangul_only_at_character_boundaries():
    text = '가' * 100 + '\n' + '나' * 7
    out = io.BytesIO()
    convert_stream(io.BytesIO(text.encode()), out, lambda s: s, limit=10)
    assert out.getvalue().decode() == text


# ----- diff, eval, candidates ------------------------------------------------------------
def test_diff_text_json_html(tmp_path):
    src, conv = tmp_path / 's.txt', tmp_path / 'c.txt'
    src.write_text('성능이 좋다. 품질은 나쁘다.\n', encoding='utf-8')
    conv.write_text('性能이 좋다. 品質은 나쁘다.\n', encoding='utf-8')
    r = run('diff', str(src), str(conv))
    assert r.returncode == 0
    assert '성능 → 性能' in r.stdout.decode() and '0 errors' in r.stdout.decode()
    r = run('diff', str(src), str(conv), '--json', '--html', str(tmp_path / 'r.html'))
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [[c['hanja'] for c in x['changes']] for x in lines] == [['性能'], ['品質']]
    assert '<table' in (tmp_path / 'r.html').read_text(encoding='utf-8')


def test_diff_reports_errors_with_status_1(tmp_path, capsys):
    src, conv = tmp_path / 's.txt', tmp_path / 'c.txt'
    src.write_text('성능', encoding='utf-8')
    conv.write_text('性態', encoding='utf-8')
    assert main(['diff', str(src), str(conv)]) == 1
    assert 'ERROR' in capsys.readouterr().out
    conv.write_text('性能이', encoding='utf-8')
    assert main(['diff', str(src), str(conv)]) == 1
    err = capsys.readouterr().err
    assert 'source has 2' in err and 'converted has 3' in err and err.count('\n') == 1


def test_eval_tsv_and_jsonl(tmp_path, userdict):
    tsv = tmp_path / 'g.tsv'
    tsv.write_text('hangul\tmixed\n성능과 품질\t性能과 品質\n시험\t試驗\n', encoding='utf-8')
    r = run('eval', str(tsv), '--dict', userdict, '--json')
    [totals] = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert r.returncode == 0 and totals['type'] == 'totals' and totals['gold_spans'] == 3
    assert totals['rows'] == 2 and 'false_words' in totals
    jl = tmp_path / 'g.jsonl'
    jl.write_text(json.dumps({'hangul': '성능', 'mixed': '性能'}, ensure_ascii=False) + '\n', encoding='utf-8')
    r = run('eval', str(jl), '--dict', userdict, '--partial', '--errors')
    assert r.returncode == 0 and 'span accuracy' in r.stdout.decode() and '1.0000' in r.stdout.decode()
    assert 'false words' not in r.stdout.decode()


def test_eval_errors_and_html(tmp_path, capsys):
    tsv = tmp_path / 'g.tsv'
    tsv.write_text('hangul\tmixed\n무지개\t武地介\n', encoding='utf-8')
    html_out = tmp_path / 'e.html'
    assert main(['eval', str(tsv), '--errors', '--json', '--html', str(html_out)]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert records[0]['type'] == 'row' and records[-1]['type'] == 'totals'
    assert 'class="summary"' in html_out.read_text(encoding='utf-8')


def test_eval_malformed_gold_names_the_line(tmp_path):
    tsv = tmp_path / 'g.tsv'
    tsv.write_text('hangul\tmixed\n성능\t性能\n깨진줄\n', encoding='utf-8')
    assert 'g.tsv:3' in one_line_error(run('eval', str(tsv)), 1)
    assert 'no such file' in one_line_error(run('eval', str(tmp_path / 'x.tsv')), 1)


def test_candidates(capsys):
    assert main(['candidates', '품질']) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split('\t')[0] == '品質'
    assert main(['candidates', 'zzz']) == 1
    r = run('candidates', '품질')
    assert r.returncode == 0 and '品質' in r.stdout.decode()


def test_progress_bar_only_for_files_on_a_terminal(tmp_path, capsys, monkeypatch):
    src = tmp_path / 'in.txt'
    src.write_text('abc\n' * 100, encoding='utf-8')
    assert main(['convert', str(src)]) == 0
    assert capsys.readouterr().err == ''
    monkeypatch.setattr(sys.stderr, 'isatty', lambda: True)
    assert main(['convert', str(src)]) == 0
    captured = capsys.readouterr()
    assert '100%' in captured.err and captured.out == 'abc\n' * 100
