"""Renderings: terminal text, JSON lines, and the HTML page (structure, and in a real browser)."""
import json
import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser

import pytest

from hanjaconv.diff import Change, SentenceDiff, diff
from hanjaconv.evaluate import evaluate
from hanjaconv.report import (diff_records, eval_records, render_eval_text, render_html,
                              render_jsonl, render_text)


def _sample():
    """Two sentences: a sure change, a low-confidence one with candidates, and an error."""
    src, out = '성능이 좋다. 품질과 가격.', '性能이 좋다. 品質과 價格.'
    d0, d1 = diff(src, out)
    c = d1.changes
    d1 = SentenceDiff(d1.index, d1.start, d1.end, d1.source, d1.converted,
                      (Change(c[0].start, c[0].end, '품질', '品質', 'rank', 0.55, ('品質', '品秩', '稟質')),
                       Change(c[1].start, c[1].end, '가격', '價格', 'only', 0.95, ('價格',), 'reads 가격<script>')))
    return [d0, d1]


def test_text_plain_and_colour():
    plain = render_text(_sample())
    assert '\033[' not in plain
    assert '성능 → 性能' in plain and 'review' in plain and 'ERROR' in plain
    assert plain.rstrip().endswith('2 sentences, 2 changed, 3 changes, 1 errors')
    colour = render_text(_sample(), color=True)
    assert '\033[31m' in colour and '\033[33m' in colour
    assert render_text(diff('가', '가')).strip() == '1 sentences, 0 changed, 0 changes, 0 errors'


def test_jsonl_round_trips():
    lines = list(render_jsonl(diff_records(_sample())))
    assert all(x.endswith('\n') and x.count('\n') == 1 for x in lines)
    recs = [json.loads(x) for x in lines]
    assert recs[1]['changes'][0] == {'start': 8, 'end': 10, 'hangul': '품질', 'hanja': '品質', 'rule': 'rank',
                                     'confidence': 0.55, 'candidates': ['品質', '品秩', '稟質'],
                                     'review': True, 'error': None}
    ev = evaluate([('성능', '性能'), ('품질', '品質')], ['性能', '품질'])
    recs = list(eval_records(ev, errors=True))
    assert [r['type'] for r in recs] == ['row', 'totals'] and recs[0]['row'] == 2
    assert recs[-1]['span_acc'] == 0.5


def test_eval_text_lists_errors_and_figures():
    ev = evaluate([('성능 품질', '性能 品質')], ['性能 品秩'])
    text = render_eval_text(ev, errors=True)
    assert text.splitlines()[0] == 'WRONG\t품질\t品質\t品秩'
    assert 'span accuracy' in text and '0.5000' in text and 'false words' in text


class _Tree(HTMLParser):
    """Collect tags (with attributes), check nesting, and keep the visible text."""

    VOID = {'meta', 'br', 'img', 'link', 'hr', 'input'}

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(page):
    t = _Tree()
    t.feed(page)
    t.close()
    assert t.stack == []
    return t


def test_html_diff_structure():
    page = render_html(_sample())
    assert page.startswith('<!DOCTYPE html>')
    t = _parse(page)
    tags = [tag for tag, _ in t.tags]
    assert 'style' in tags and 'script' not in tags and 'link' not in tags  # self-contained
    rows = [a for tag, a in t.tags if tag == 'tr' and 'sentence' in a.get('class', '')]
    assert len(rows) == 2 and 'error' in rows[1]['class'] and 'error' not in rows[0]['class']
    spans = [a for tag, a in t.tags if tag == 'span' and 'chg' in a.get('class', '')
             and 'src' not in a['class'] and a.get('title')]
    low = [a for a in spans if 'low' in a['class'].split()]
    assert len(low) == 1 and '品秩' in low[0]['title'] and 'rank' in low[0]['title']
    assert 'review' in low[0]['title']
    err = [a for a in spans if 'error' in a['class'].split()]
    assert len(err) == 1 and '<script>' in err[0]['title']  # escaped in the page, intact as text
    assert '<script>' not in page
    text = ''.join(t.text)
    assert '성능이 좋다.' in text and '性能이 좋다.' in text


def test_html_evaluation_has_summary_first():
    ev = evaluate([('성능과 품질', '性能과 品質'), ('가격', '價格')], ['性能과 品秩', '가격이'])
    rows = [SentenceDiff(0, 0, 6, '성능과 품질', '性能과 品秩',
                         tuple(c for d in diff('성능과 품질', '性能과 品秩') for c in d.changes)), None]
    page = render_html(evaluation=ev, row_diffs=rows)
    t = _parse(page)
    tables = [a.get('class') for tag, a in t.tags if tag == 'table']
    assert tables == ['summary', 'sentences']
    text = ''.join(t.text)
    assert 'span accuracy' in text and '0.3333' in text
    classes = [a.get('class', '') for tag, a in t.tags if tag == 'span']
    assert 'span right' in classes and 'span wrong' in classes
    assert any('error' in c for c in classes)  # the broken row


# ----- in a real browser ------------------------------------------------------------------
def _png_pixels(path):
    """(width, height, distinct RGB colours) of an 8-bit RGB/RGBA PNG, with the stdlib."""
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, meta = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            meta = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    width, height, depth, ctype = meta[:4]
    assert depth == 8 and ctype in (2, 6)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    prev, colours, k = bytearray(stride), set(), 0
    for _ in range(height):
        f, line = raw[k], bytearray(raw[k + 1:k + 1 + stride])
        k += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 4))
        prev = line
    return width, height, colours


_BROWSER = shutil.which('chromium') or shutil.which('chromium-browser')


@pytest.mark.skipif(_BROWSER is None, reason='no chromium installed')
def test_html_renders_in_chromium(tmp_path):
    ev = evaluate([('성능과 품질', '性能과 品質')], ['性能과 品秩'])
    rows = [SentenceDiff(0, 0, 6, '성능과 품질', '性能과 品秩',
                         tuple(c for d in diff('성능과 품질', '性能과 品秩') for c in d.changes))]
    page = tmp_path / 'report.html'
    page.write_text(render_html(evaluation=ev, row_diffs=rows), encoding='utf-8')
    shot = tmp_path / 'out.png'
    profile = tempfile.mkdtemp(dir=tmp_path)
    subprocess.run([_BROWSER, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                    '--no-first-run', '--disable-background-networking', '--disable-component-update',
                    '--disable-sync', f'--user-data-dir={profile}', f'--screenshot={shot}',
                    '--window-size=1200,900', page.as_uri()],
                   capture_output=True, timeout=120, cwd=tmp_path)
    assert shot.exists() and shot.stat().st_size > 2000
    width, height, colours = _png_pixels(shot)
    assert (width, height) == (1200, 900)
    assert len(colours) > 8  # text, highlights and table lines, not a blank page
