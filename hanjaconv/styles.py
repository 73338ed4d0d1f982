"""Output styles: how a converted word is written.

>>> render_word('성능', '性能', 'hangul(hanja)'), render_word('성능', '性能', 'hanja(hangul)')
('성능(性能)', '性能(성능)')
>>> render_word('성능', '性能', 'ruby')
'<ruby>性能<rt>성능</rt></ruby>'
"""
from __future__ import annotations

import html
from typing import Callable, Literal

Style = Literal['hanja', 'hangul(hanja)', 'hanja(hangul)', 'ruby']
STYLES: tuple[str, ...] = ('hanja', 'hangul(hanja)', 'hanja(hangul)', 'ruby')


def check_style(style: object) -> str:
    """Return `style` if it is valid, else raise ValueError listing the valid ones.

    >>> check_style('kanji')
    Traceback (most recent call last):
    ...
    ValueError: unknown style 'kanji'; valid styles: 'hanja', 'hangul(hanja)', 'hanja(hangul)', 'ruby'
    """
    if style not in STYLES:
        raise ValueError(f'unknown style {style!r}; valid styles: ' + ', '.join(map(repr, STYLES)))
    return style  # type: ignore[return-value]


def render_word(hangul: str, hanja: str, style: str) -> str:
    if style == 'hanja':
        return hanja
    if style == 'hangul(hanja)':
        return f'{hangul}({hanja})'
    if style == 'hanja(hangul)':
        return f'{hanja}({hangul})'
    return f'<ruby>{html.escape(hanja)}<rt>{html.escape(hangul)}</rt></ruby>'


def render_plain(text: str, style: str) -> str:
    """Text outside converted words: HTML-escaped for ruby, as it is otherwise."""
    return html.escape(text, quote=False) if style == 'ruby' else text


def render(text: str, original: list[str] | None, segments, style: str, *,
           first_only: bool = False, keep: Callable[[str], bool] | None = None) -> str:
    """Write `text` in `style`, each group of adjacent converted words glossed as one unit.

    `original[i]` is what the input had for character i of `text` (its jamo, for
    decomposed Hangul), or None when the text is the input. `keep(hanja)` says whether a
    word is written in Hanja at all (the basic-characters option; None keeps every word).

    >>> from hanjaconv.segment import Segment
    >>> segs = [Segment(0, 2, '성능', '性能', ('性能',), 'only', 0.95)]
    >>> render('성능과 성능', None, segs, 'hangul(hanja)')
    '성능(性能)과 성능'
    """
    if style == 'hanja' and original is None and not first_only:  # the common case, quickly
        out = list(text)
        for s in segments:
            if s.hanja is not None and (keep is None or keep(s.hanja)):
                out[s.start:s.end] = s.hanja
        return ''.join(out)
    source = original if original is not None else text
    live = [s for s in segments if s.hanja is not None and (keep is None or keep(s.hanja))]
    pieces: list[str] = []
    seen: set[str] = set()
    pos = k = 0
    while k < len(live):
        group = [live[k]]
        while k + 1 < len(live) and live[k + 1].start == group[-1].end:
            k += 1
            group.append(live[k])
        k += 1
        start, end = group[0].start, group[-1].end
        hangul = text[start:end]
        pieces.append(render_plain(''.join(source[pos:start]), style))
        if first_only and hangul in seen:
            pieces.append(render_plain(''.join(source[start:end]), style))
        else:
            seen.add(hangul)
            pieces.append(render_word(hangul, ''.join(s.hanja for s in group), style))
        pos = end
    pieces.append(render_plain(''.join(source[pos:]), style))
    return ''.join(pieces)
