"""hanjaconv: convert Korean text in Hangul into mixed Hangul-Hanja script.

>>> import hanjaconv
>>> hanjaconv.convert('생성형 AI의 성능은 데이터의 품질과 양')
'生成型 AI의 性能은 데이터의 品質과 量'
>>> hanjaconv.to_hangul('生成型 AI의 性能')
'생성형 AI의 성능'
"""
from __future__ import annotations

import threading

from ._tsv import DictionaryError
from .converter import Converter
from .segment import Segment
from .diff import Change, SentenceDiff, diff
from .evaluate import (Evaluation, GoldError, SentenceScore, Span, Totals, compare, evaluate,
                       load_gold)
from .reading import reads_as, to_hangul
from .sentences import sentence_spans, split_sentences
from .styles import STYLES

__all__ = ['Converter', 'Segment', 'DictionaryError', 'STYLES', 'convert', 'segment',
           'candidates', 'to_hangul', 'reads_as', 'default_converter',
           'split_sentences', 'sentence_spans', 'diff', 'Change', 'SentenceDiff',
           'compare', 'evaluate', 'load_gold', 'GoldError', 'Evaluation', 'SentenceScore',
           'Totals', 'Span']
__version__ = '0.1.0'

_default: Converter | None = None
_lock = threading.Lock()


def default_converter() -> Converter:
    """The shared Converter behind the module-level functions, made on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Converter()
    return _default


def convert(text: str, *, style: str = 'hanja', first_only: bool = False, basic_only: bool = False) -> str:
    """Convert with the default Converter; see `Converter.convert`.

    >>> convert('품질과 양', style='hanja(hangul)')
    '品質(품질)과 量(양)'
    """
    return default_converter().convert(text, style=style, first_only=first_only, basic_only=basic_only)


def segment(text: str) -> list[Segment]:
    """Segment with the default Converter; see `Converter.segment`."""
    return default_converter().segment(text)


def candidates(word: str) -> list[tuple[str, str]]:
    """Hanja candidates for a Hangul word with glosses; see `Converter.candidates`.

    >>> candidates('사기')[:3]  # doctest: +ELLIPSIS
    [('詐欺', ...), ...]
    """
    return default_converter().candidates(word)
