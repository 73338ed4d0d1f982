"""Output styles: how a converted word is written.

>>> render_word('성능', '性能', 'hangul(hanja)'), render_word('성능', '性能', 'hanja(hangul)')
('성능(性能)', '性能(성능)')
>>> render_word('성능', '性能', 'ruby')
'<ruby>性能<rt>성능</rt></ruby>'
"""
from __future__ import annotations

import html
from typing import Literal

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
