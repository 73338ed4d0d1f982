"""Renderings of diffs and evaluations: terminal text, JSON lines, a self-contained HTML page.

>>> from hanjaconv.diff import diff
>>> print(render_text(diff('성능. 품질', '性能. 品質')), end='')
1  성능. → 性能.
   성능 → 性能
2  품질 → 品質
   품질 → 品質
2 sentences, 2 changed, 2 changes, 0 errors
>>> next(diff_records(diff('가', '加')))['changes'][0]['hanja']
'加'
"""
from __future__ import annotations

import html
import json
from typing import Iterable, Iterator, Sequence

from .diff import Change, SentenceDiff
from .evaluate import Evaluation, SentenceScore, Totals

__all__ = ['render_text', 'diff_records', 'render_jsonl', 'render_eval_text', 'eval_records',
           'render_html']

_RESET, _BOLD, _GREEN, _YELLOW, _RED, _DIM = '\033[0m', '\033[1m', '\033[32m', '\033[33m', '\033[31m', '\033[2m'


# ----- plain text -------------------------------------------------------------------
def _paint(text: str, code: str, color: bool) -> str:
    return f'{code}{text}{_RESET}' if color and text else text


def _change_code(c: Change) -> str:
    return _RED if c.error else _YELLOW if c.low_confidence else _GREEN


def _highlight(d: SentenceDiff, color: bool) -> str:
    """The converted sentence with its changes painted (as it is without colour)."""
    if not color:
        return d.converted.rstrip()
    out, pos = [], d.start
    for c in d.changes:
        out.append(d.converted[pos - d.start:c.start - d.start])
        out.append(_paint(c.hanja, _BOLD + _change_code(c), True))
        pos = c.end
    out.append(d.converted[pos - d.start:])
    return ''.join(out).rstrip()


def _describe(c: Change) -> str:
    why = []
    if c.rule is not None:
        why.append(f'{c.rule} {c.confidence:.2f}')
    if c.low_confidence:
        why.append('review')
    if len(c.candidates) > 1:
        why.append('candidates ' + ' '.join(c.candidates[:6]) + (' …' if len(c.candidates) > 6 else ''))
    text = f'{c.hangul} → {c.hanja}' + (f'  ({"; ".join(why)})' if why else '')
    return text + (f'  ERROR: {c.error}' if c.error else '')


def render_text(diffs: Sequence[SentenceDiff], *, color: bool = False) -> str:
    """Each changed sentence (source → result), its changes with their reasons, and a
    summary line; unchanged sentences are left out. ANSI colour when `color`."""
    lines = []
    for d in diffs:
        if not d.changes:
            continue
        lines.append(f'{d.index + 1:<2} {d.source.rstrip()} → {_highlight(d, color)}')
        for c in d.changes:
            lines.append('   ' + _paint(_describe(c), _change_code(c) if c.error or c.low_confidence else '', color))
    changes = sum(len(d.changes) for d in diffs)
    errors = sum(len(d.errors) for d in diffs)
    summary = (f'{len(diffs)} sentences, {sum(bool(d.changes) for d in diffs)} changed, '
               f'{changes} changes, {errors} errors')
    lines.append(_paint(summary, _RED if errors else _DIM, color))
    return '\n'.join(lines) + '\n'


def _figures(t: Totals) -> list[tuple[str, str]]:
    def num(v, fmt):
        return '–' if v is None else format(v, fmt)
    rows = [('rows', str(t.rows)), ('broken rows', str(t.broken_rows)),
            ('gold words', str(t.gold_spans)), ('span accuracy', num(t.span_acc, '.4f')),
            ('right', str(t.right)), ('wrong Hanja', str(t.wrong)), ('left in Hangul', str(t.missed))]
    if not t.partial:
        rows += [('false words', str(t.false_words)),
                 ('over-conversion per 1,000', num(t.over_per_1000, '.2f')),
                 ('exact rows', str(t.exact_rows))]
    return rows


def render_eval_text(evaluation: Evaluation, *, errors: bool = False, color: bool = False) -> str:
    """The figures as a small table; with `errors`, each mistake first (score.py's rows).

    >>> from hanjaconv.evaluate import evaluate
    >>> render_eval_text(evaluate([('성능', '性能')], ['성능']), errors=True).splitlines()[:2]
    ['LEFT\\t성능\\t性能', 'rows                            1']
    """
    lines = []
    if errors:
        for e in evaluation.errors():
            lines.append(_paint('\t'.join(e), _RED if e[0] in ('BROKEN', 'WRONG') else _YELLOW, color))
    figures = _figures(evaluation.totals)
    width = max(len(k) for k, _ in figures) + 2
    lines += [f'{k:<{width}}{v:>6}' for k, v in figures]
    return '\n'.join(lines)


# ----- JSON lines ---------------------------------------------------------------------
def _change_record(c: Change) -> dict:
    return {'start': c.start, 'end': c.end, 'hangul': c.hangul, 'hanja': c.hanja, 'rule': c.rule,
            'confidence': c.confidence, 'candidates': list(c.candidates),
            'review': c.low_confidence, 'error': c.error}


def diff_records(diffs: Iterable[SentenceDiff]) -> Iterator[dict]:
    """One JSON-ready dict per sentence."""
    for d in diffs:
        yield {'sentence': d.index + 1, 'start': d.start, 'end': d.end, 'source': d.source,
               'converted': d.converted, 'changes': [_change_record(c) for c in d.changes]}


def eval_records(evaluation: Evaluation, *, errors: bool = False) -> Iterator[dict]:
    """With `errors`, one dict per row that has mistakes; then the totals, under score.py's
    names (``"type": "totals"``)."""
    if errors:
        for k, s in enumerate(evaluation.sentences, 1):
            if s.errors():
                yield {'type': 'row', 'row': k, 'source': s.source, 'gold': s.reference,
                       'output': s.hypothesis, 'broken': s.broken,
                       'errors': [list(e) for e in s.errors()]}
    yield {'type': 'totals', 'partial': evaluation.partial, **evaluation.totals.as_dict()}


def render_jsonl(records: Iterable[dict]) -> Iterator[str]:
    """Each record as one line of JSON (UTF-8 kept readable)."""
    for r in records:
        yield json.dumps(r, ensure_ascii=False) + '\n'


# ----- HTML -----------------------------------------------------------------------------
_CSS = """
body{font-family:"Noto Sans CJK KR","Noto Sans KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;
 margin:1.5em;color:#1d1d1f;background:#fff;line-height:1.6}
h1{font-size:1.3em;margin:0 0 .6em}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d0d7;padding:.35em .6em;vertical-align:top;text-align:left}
th{background:#eef0f5}
table.summary{width:auto;margin-bottom:1.2em}
table.summary td.v{text-align:right;font-variant-numeric:tabular-nums}
td.n{color:#888;width:1%;white-space:nowrap;text-align:right}
td.src,td.out,td.gold{width:31%}
.chg,.span{border-radius:3px;padding:0 1px;cursor:help}
.chg{background:#d9f2dd}
.chg.src{background:#e8ecf8}
.chg.low{background:#fff1c2;outline:2px dashed #d08a00}
.chg.error,.span.wrong,.span.broken{background:#ffd6d6;outline:2px solid #c00}
.span.right{background:#d9f2dd}
.span.missed{background:#ffe3c4}
.chg.false{background:#ecd9ff;outline:2px solid #7a3bbf}
tr.error td.n{color:#c00;font-weight:bold}
.legend span{margin-right:1em}
"""


def _tip(c: Change) -> str:
    lines = [f'{c.hangul} → {c.hanja}']
    if c.rule is not None:
        lines.append(f'rule: {c.rule}, confidence {c.confidence:.2f}')
    else:
        lines.append('rule: unknown (not the converter\'s choice, or not analysed)')
    if c.candidates:
        lines.append('candidates: ' + ', '.join(c.candidates[:12]) + (' …' if len(c.candidates) > 12 else ''))
    if c.low_confidence:
        lines.append('low confidence: review')
    if c.error:
        lines.append('ERROR: ' + c.error)
    return '\n'.join(lines)


def _marked(text: str, offset: int, marks: list[tuple[int, int, str, str]]) -> str:
    """`text` (starting at `offset` in the document) with spans (start, end, classes, tip)."""
    out, pos = [], offset
    for start, end, classes, tip in sorted(marks):
        if start < pos:
            continue
        out.append(html.escape(text[pos - offset:start - offset]))
        t = html.escape(tip)
        out.append(f'<span class="{classes}" title="{t}">'
                   f'{html.escape(text[start - offset:end - offset])}</span>')
        pos = end
    out.append(html.escape(text[pos - offset:]))
    return ''.join(out)


def _change_classes(c: Change) -> str:
    return 'chg' + (' low' if c.low_confidence else '') + (' error' if c.error else '')


def _diff_cells(d: SentenceDiff, score: SentenceScore | None = None) -> tuple[str, str]:
    src_marks = [(c.start, c.end, 'chg src', _tip(c)) for c in d.changes]
    false = [(f.start + d.start, f.end + d.start) for f in score.false] if score else []
    out_marks = []
    for c in d.changes:
        cls = _change_classes(c)
        if any(a < c.end and c.start < b for a, b in false):
            cls += ' false'
        out_marks.append((c.start, c.end, cls, _tip(c)))
    return _marked(d.source, d.start, src_marks), _marked(d.converted, d.start, out_marks)


def _gold_cell(s: SentenceScore) -> str:
    marks = [(x.start, x.end, f'span {x.status}', f'{x.status}: output {x.output}') for x in s.spans]
    return _marked(s.reference, 0, marks)


def _page(title: str, body: list[str]) -> str:
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n'
            f'<h1>{html.escape(title)}</h1>\n' + '\n'.join(body) + '\n</body>\n</html>\n')


_LEGEND = ('<p class="legend"><span class="chg">converted</span><span class="chg low">low confidence: '
           'review</span><span class="chg error">error</span>{extra} Hover a word for its candidates '
           'and the rule that chose it.</p>')


def render_html(diffs: Sequence[SentenceDiff] | None = None, *, evaluation: Evaluation | None = None,
                row_diffs: Sequence[SentenceDiff] | None = None, title: str | None = None) -> str:
    """A self-contained HTML page.

    For a diff, pass `diffs`: one table row per sentence, source and result side by side.
    For an evaluation, pass `evaluation` and, for hover details, `row_diffs` (one diff of
    each gold row's source against its output): a summary table of the figures, then one
    row per gold row with source, result and gold.

    >>> from hanjaconv.diff import diff
    >>> page = render_html(diff('성능', '性能'))
    >>> page.startswith('<!DOCTYPE html>') and 'class="chg' in page
    True
    """
    body: list[str] = []
    if evaluation is not None:
        title = title or 'hanjaconv evaluation'
        body.append('<table class="summary"><thead><tr><th>figure</th><th>value</th></tr></thead><tbody>')
        body += [f'<tr><td>{html.escape(k)}</td><td class="v">{html.escape(v)}</td></tr>'
                 for k, v in _figures(evaluation.totals)]
        body.append('</tbody></table>')
        body.append(_LEGEND.format(extra='<span class="span right">gold right</span><span class="span '
                                   'wrong">gold wrong</span><span class="span missed">left in Hangul'
                                   '</span><span class="chg false">false word</span>'))
        body.append('<table class="sentences"><thead><tr><th>#</th><th>source</th><th>result</th>'
                    '<th>gold</th></tr></thead><tbody>')
        for k, s in enumerate(evaluation.sentences):
            d = row_diffs[k] if row_diffs is not None else None
            if d is None or s.broken:
                src, out = html.escape(s.source), html.escape(s.hypothesis)
                if s.broken:
                    out = f'<span class="chg error" title="broken output">{out}</span>'
            else:
                src, out = _diff_cells(d, s)
            bad = s.broken or any(x.status != 'right' for x in s.spans) or s.false
            body.append(f'<tr class="sentence{" error" if bad else ""}"><td class="n">{k + 1}</td>'
                        f'<td class="src">{src}</td><td class="out">{out}</td>'
                        f'<td class="gold">{_gold_cell(s)}</td></tr>')
    else:
        title = title or 'hanjaconv diff'
        diffs = diffs or []
        changes = sum(len(d.changes) for d in diffs)
        errors = sum(len(d.errors) for d in diffs)
        body.append(f'<p class="count">{len(diffs)} sentences, {changes} changes, {errors} errors.</p>')
        body.append(_LEGEND.format(extra=''))
        body.append('<table class="sentences"><thead><tr><th>#</th><th>source</th><th>result</th>'
                    '</tr></thead><tbody>')
        for d in diffs:
            src, out = _diff_cells(d)
            body.append(f'<tr class="sentence{" error" if d.errors else ""}"><td class="n">{d.index + 1}'
                        f'</td><td class="src">{src}</td><td class="out">{out}</td></tr>')
    body.append('</tbody></table>')
    return _page(title, body)
