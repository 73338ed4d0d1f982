"""Split Korean text into sentences, losslessly: the pieces join back into the text.

A sentence ends at a line break, or at a terminator (. ? ! … 。 and runs of them, with
any closing quotes or brackets after it) that is followed by white space or the end.
Not an end: a terminator inside quotes or brackets opened on the same line, the dot of
a number (3.5, 1.2.3, a list number such as ``1.``), and an ellipsis that does not
follow a sentence ending (그런데… 아니야). White space after an end stays with the
sentence before it.

>>> split_sentences('성능이 좋다. 품질은요? 3.5배!')
['성능이 좋다. ', '품질은요? ', '3.5배!']
>>> split_sentences('“좋아요. 가요.” 그가 말했다.\\n둘째 줄')
['“좋아요. 가요.” ', '그가 말했다.\\n', '둘째 줄']
"""
from __future__ import annotations

import regex

__all__ = ['split_sentences', 'sentence_spans']

_OPEN = '“‘「『（([《〈【'
_CLOSE = '”’」』）)]》〉】'
_PAIRS = dict(zip(_CLOSE, _OPEN))
_NEWLINES = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'  # what str.splitlines() breaks on

# a terminator run, then closing quotes/brackets, then white space or the end
_END = regex.compile(r'(?:\.{2,}|[.?!…。？！‼⁇⁈⁉])+[”’」』）)\]》〉】"\']*(?=\s|\Z)')
_SPACE = regex.compile(r'\s*')
# the word before a dot that makes it part of a number or list label: 3. 1.2. 제3.
_NUMBER_DOT = regex.compile(r'(?:^|[\s(（\[])\p{Hangul}?[\d.]*\d\Z')
# endings after which an ellipsis ends the sentence (그랬다… 정말요…)
_ENDINGS = set('다요까죠네라자지야군나오')


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; consecutive, covering the whole text.

    >>> sentence_spans('가다. 나')
    [(0, 4), (4, 5)]
    """
    if not isinstance(text, str):
        raise TypeError(f'sentence_spans() expects str, not {type(text).__name__}')
    spans: list[tuple[int, int]] = []
    start = 0
    depth = _Depth()
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _NEWLINES:
            end = max(i + 1, _SPACE.match(text, i).end())  # \x1c-\x1e are not \s
            spans.append((start, end))
            start, i, depth = end, end, _Depth()
            continue
        if c in _OPEN:
            depth.append(c)
        elif c in _CLOSE:
            _close(depth, c)
        else:
            m = _END.match(text, i)
            if m is not None:
                for ch in m.group():
                    if ch in _CLOSE:
                        _close(depth, ch)
                if not depth and _is_end(text, i, m.group()):
                    end = _SPACE.match(text, m.end()).end()
                    spans.append((start, end))
                    start, i, depth = end, end, _Depth()
                    continue
                i = m.end()
                continue
        i += 1
    if start < n:
        spans.append((start, n))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`; ``''.join(split_sentences(text)) == text`` always.

    >>> split_sentences('그런데… 아니야. 1. 서론')
    ['그런데… 아니야. ', '1. 서론']
    >>> split_sentences('')
    []
    """
    if not isinstance(text, str):
        raise TypeError(f'split_sentences() expects str, not {type(text).__name__}')
    return [text[a:b] for a, b in sentence_spans(text)]


class _Depth(list):
    """The stack of open brackets and quotes, with a count of each opener for O(1) lookups."""

    def __init__(self) -> None:
        super().__init__()
        self.count: dict[str, int] = {}

    def append(self, c: str) -> None:
        super().append(c)
        self.count[c] = self.count.get(c, 0) + 1


def _close(depth: _Depth, c: str) -> None:
    """Pop the matching opener; an unmatched closer (an apostrophe ’) changes nothing.

    Each opener is pushed and popped once, so a line of any brackets costs linear time.
    """
    opener = _PAIRS[c]
    if depth.count.get(opener):
        while True:
            top = depth.pop()
            depth.count[top] -= 1
            if top == opener:
                return


def _is_end(text: str, i: int, term: str) -> bool:
    core = term.rstrip(_CLOSE + '"\'')
    if core == '.' and _NUMBER_DOT.search(text, max(0, i - 40), i):
        return False
    if core in ('…', '..', '...', '……') or set(core) <= {'.', '…'} and len(core) > 1:
        return i > 0 and text[i - 1] in _ENDINGS
    return True

