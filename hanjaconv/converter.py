"""The Converter: segment Hangul text into Sino-Korean words, choose their Hanja, render.

>>> c = Converter()
>>> c.convert('생성형 AI의 성능은 데이터의 품질과 양')
'生成型 AI의 性能은 데이터의 品質과 量'
>>> c.convert('성능', style='hangul(hanja)')
'성능(性能)'
"""
from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from typing import IO, Iterable

import regex

from ._analysis import Analyzer, Piece
from ._choice import CONFIDENCE, document_hanja, rank_candidates
from ._hangul import compose_jamo, is_hanja, is_syllable
from ._lexicon import Lexicon, build_automaton, get_lexicon
from ._tsv import DictionaryError, Entry, parse_lines
from .reading import to_hangul
from .styles import check_style, render_plain, render_word

_RUN = regex.compile(r'[가-힣]+')
CONTEXT_RULES = ('rank',)


@dataclass(frozen=True)
class Segment:
    """One Sino-Korean word found in the text, with the Hanja chosen and why.

    `start` and `end` are offsets into the text as given; `hanja` is None when the
    word was left in Hangul (see `rule`).
    """
    start: int
    end: int
    hangul: str
    hanja: str | None
    candidates: tuple[str, ...]
    rule: str
    confidence: float
    kind: str = 'word'


class Converter:
    """A Hangul to Hanja converter with its own user dictionary.

    The shipped dictionaries load on first use and are shared by every Converter;
    user words, removals and protected words belong to this one and win.
    """

    def __init__(self) -> None:
        self._user: dict[str, tuple[str, ...]] = {}
        self._removed: set[str] = set()
        self._protected: set[str] = set()
        self._user_automaton = None
        self._analyzer: Analyzer | None = None
        self._lock = threading.RLock()

    # pickling: user data only; the shipped data loads again in the receiving process
    def __getstate__(self) -> dict:
        return {'user': self._user, 'removed': self._removed, 'protected': self._protected}

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        self._user, self._removed, self._protected = state['user'], state['removed'], state['protected']

    @property
    def lexicon(self) -> Lexicon:
        return get_lexicon()

    def _get_analyzer(self) -> Analyzer:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    self._analyzer = Analyzer(self.lexicon)
        return self._analyzer

    # ----- user dictionary -------------------------------------------------------
    def add_word(self, hangul: str, hanja: str) -> None:
        """Add a word (or a preferred Hanja for a known word); it wins over the shipped ones.

        >>> c = Converter(); c.add_word('사기', '史記'); c.convert('사기를 읽다')
        '史記를 읽다'
        """
        [entry] = parse_lines([f'{_text(hangul, "hangul")}\t{_text(hanja, "hanja")}'],
                              'add_word', self.lexicon.reads_as)
        self._apply([entry])

    def remove_word(self, hangul: str) -> None:
        """Forget a word: neither the user's nor the shipped entry is used any more."""
        with self._lock:
            self._user.pop(_text(hangul, 'hangul'), None)
            self._removed.add(hangul)
            self._user_automaton = None

    def protect(self, hangul: str) -> None:
        """Never convert this word (with or without a tail such as a particle).

        >>> c = Converter(); c.protect('성능'); c.convert('성능은 품질')
        '성능은 品質'
        """
        with self._lock:
            self._protected.add(_text(hangul, 'hangul'))

    def load_userdict(self, source: str | os.PathLike | IO[str]) -> int:
        """Load words in the shipped TSV format from a path or a text file; all or nothing.

        A malformed line raises ValueError naming the file and line, and nothing is added.
        Returns the number of entries loaded.
        """
        if isinstance(source, (str, os.PathLike)):
            name = os.fspath(source)
            try:
                with open(name, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except UnicodeDecodeError as e:
                raise DictionaryError(name, _line_of(name, e.start), f'not UTF-8 (byte offset {e.start})') from None
        elif isinstance(source, io.TextIOBase) or hasattr(source, 'read'):
            name = getattr(source, 'name', '<file>')
            lines = source.read().splitlines()
        else:
            raise TypeError(f'load_userdict() expects a path or a text file, not {type(source).__name__}')
        entries = parse_lines(lines, str(name), self.lexicon.reads_as)
        self._apply(entries)
        return len(entries)

    def _apply(self, entries: Iterable[Entry]) -> None:
        with self._lock:
            for e in entries:
                old = self._user.get(e.hangul, ())
                self._user[e.hangul] = e.hanja + tuple(h for h in old if h not in e.hanja)
                self._removed.discard(e.hangul)
            self._user_automaton = None

    # ----- lookup ---------------------------------------------------------------
    def candidates(self, word: str) -> list[tuple[str, str]]:
        """The Hanja for a Hangul word in rank order, each with a gloss.

        >>> Converter().candidates('성능')[0]
        ('性能', '성품 성 + 능할 능')
        """
        word = _text(word, 'word')
        lex = self.lexicon
        found: tuple[str, ...] = self._user.get(word, ())
        if word not in self._removed:
            shipped = lex.words(word) or lex.chars.get(word, ())
            found += tuple(h for h in rank_candidates(word, shipped, lex) if h not in found)
        return [(h, ' + '.join(lex.glosses.get(c, '').split(',')[0] for c in h)) for h in found]

    # ----- conversion -----------------------------------------------------------
    def segment(self, text: str) -> list[Segment]:
        """The Sino-Korean words of `text`, with their Hanja, candidates, rule and confidence.

        >>> [(s.hangul, s.hanja, s.rule) for s in Converter().segment('성능은 시장 경제')]
        [('성능', '性能', 'only'), ('시장', '市場', 'compound'), ('경제', '經濟', 'compound')]
        """
        text = _text(text, 'text')
        composed, starts = compose_jamo(text)
        segments = self._segment_composed(composed)
        if starts is None:
            return segments
        starts = starts + [len(text)]
        return [Segment(starts[s.start], starts[s.end], s.hangul, s.hanja, s.candidates, s.rule,
                        s.confidence, s.kind) for s in segments]

    def convert(self, text: str, *, style: str = 'hanja', first_only: bool = False,
                basic_only: bool = False) -> str:
        """Convert Hangul text into mixed script in the given style.

        `first_only` glosses only the first occurrence of each word (later ones stay
        Hangul); `basic_only` keeps only words made of the 1,800 basic education Hanja.
        """
        text = _text(text, 'text')
        check_style(style)
        if not text:
            return text
        composed, starts = compose_jamo(text)
        segments = self._segment_composed(composed)
        if starts is None:
            original = list(text)
        else:
            bounds = starts + [len(text)]
            original = [text[bounds[i]:bounds[i + 1]] for i in range(len(composed))]
        return _render(composed, original, segments, style, first_only, basic_only, self.lexicon)

    def _segment_composed(self, text: str) -> list[Segment]:
        lex = self.lexicon
        analyzer = self._get_analyzer()
        ends = self._matches(text)
        pieces: list[tuple[int, Piece]] = []
        for m in _RUN.finditer(text):
            s, e = m.span()
            run = m.group()
            if self._is_protected(run, analyzer):
                continue
            local: dict[int, list[tuple[int, bool]]] = {}
            for i in range(s, e):
                for j, user in ends.get(i, ()):
                    if j <= e:
                        local.setdefault(i - s, []).append((j - s, user))
            found = analyzer.analyse(
                run, local,
                after_hanja=s > 0 and is_hanja(text[s - 1]),
                after_number=s > 0 and text[s - 1].isdigit(),
                before_number=e < len(text) and text[e].isdigit(),
                protected=self._protected.__contains__)
            pieces.extend((s, p) for p in found)
        return self._choose(text, pieces)

    def _is_protected(self, run: str, analyzer: Analyzer) -> bool:
        return any(run[:j] in self._protected and analyzer.is_tail(run[j:])
                   for j in range(len(run), 0, -1)) if self._protected else False

    def _matches(self, text: str) -> dict[int, list[tuple[int, bool]]]:
        """Start -> [(end, is_user)] for every dictionary word of two or more syllables.

        Collected with `iter()`, never `iter_long()`, which misses overlapping matches.
        """
        ends: dict[int, list[tuple[int, bool]]] = {}
        removed, user = self._removed, self._user
        for end, key in self.lexicon.automaton.iter(text):
            if key not in removed and key not in user:
                ends.setdefault(end + 1 - len(key), []).append((end + 1, False))
        if user:
            for end, key in self._get_user_automaton().iter(text):
                ends.setdefault(end + 1 - len(key), []).append((end + 1, True))
        return ends

    def _get_user_automaton(self):
        with self._lock:
            if self._user_automaton is None:
                self._user_automaton = build_automaton(self._user)
            return self._user_automaton

    def _candidates_for(self, key: str, kind: str) -> tuple[str, ...]:
        lex = self.lexicon
        if kind == 'user':
            return self._user[key]
        if kind == 'word':
            return rank_candidates(key, lex.words(key), lex)
        if kind == 'numeral':
            return (''.join(lex.numerals[c][0] for c in key),)
        table = {'suffix': lex.suffixes, 'prefix': lex.prefixes, 'counter': lex.counters,
                 'noun': lex.single_nouns, 'root': lex.hada_roots}[kind]
        return table[key]

    def _choose(self, text: str, pieces: list[tuple[int, Piece]]) -> list[Segment]:
        lex = self.lexicon
        items = []
        for s, p in pieces:
            key = text[s + p.start:s + p.end]
            items.append([s + p.start, s + p.end, key, p.kind, self._candidates_for(key, p.kind)])
        fixed = document_hanja(text, lex, to_hangul) if any(map(is_hanja, text)) or '(' in text else {}
        chosen: list[tuple[str, str]] = []
        for start, end, key, kind, cands in items:
            if kind == 'user':
                chosen.append((cands[0], 'user'))
            elif key in fixed and lex.reads_as(fixed[key][0], key):
                chosen.append(fixed[key])
            elif kind in ('word', 'numeral'):
                chosen.append((cands[0], 'only' if len(cands) == 1 else
                               'default' if lex.defaults.get(key) == cands[0] else 'rank'))
            else:
                chosen.append((cands[0], 'grammar'))
        self._apply_compounds(text, items, chosen)
        _apply_context(items, chosen)
        strong = {}
        for (start, end, key, kind, cands), (hanja, rule) in zip(items, chosen):
            if rule in ('user', 'gloss', 'text', 'compound'):
                strong.setdefault(key, hanja)
        segments = []
        for (start, end, key, kind, cands), (hanja, rule) in zip(items, chosen):
            if rule in ('default', 'rank') and key in strong and strong[key] in cands:
                hanja, rule = strong[key], 'document'
            segments.append(Segment(start, end, key, hanja, cands, rule, CONFIDENCE[rule], kind))
        return _check_readings(text, segments)

    def _apply_compounds(self, text, items, chosen) -> None:
        """Neighbouring words that form a dictionary compound take its Hanja (시장 경제 → 市場 經濟)."""
        lex = self.lexicon
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if a[3] != 'word' or b[3] != 'word' or chosen[k][1] not in ('rank', 'default') \
                    and chosen[k + 1][1] not in ('rank', 'default'):
                continue
            gap = text[a[1]:b[0]]
            if gap not in ('', ' '):
                continue
            compound = a[2] + b[2]
            if compound not in lex.word_table:
                continue
            best = rank_candidates(compound, lex.words(compound), lex)[0]
            left, right = best[:len(a[2])], best[len(a[2]):]
            if left in a[4] and right in b[4]:
                for idx, hanja in ((k, left), (k + 1, right)):
                    if chosen[idx][1] in ('rank', 'default', 'only'):
                        chosen[idx] = (hanja, 'compound')


def _apply_context(items, chosen) -> None:
    """Ambiguous words take the candidate sharing most characters with the text's sure words.

    A corpus-free Lesk: 債權 over 債券 beside 擔保權, 審理 over 心理 beside 審判.
    """
    sure: dict[str, int] = {}
    for item, (hanja, rule) in zip(items, chosen):
        if rule in ('only', 'user', 'gloss', 'text', 'compound'):
            for ch in set(hanja):
                sure[ch] = sure.get(ch, 0) + 1
    if not sure:
        return
    for k, (item, (hanja, rule)) in enumerate(zip(items, chosen)):
        if rule not in CONTEXT_RULES or len(item[4]) < 2:
            continue
        scored = [(sum(1 for ch in set(c) if sure.get(ch)), -i, c) for i, c in enumerate(item[4])]
        overlap, _, best = max(scored)
        if overlap and best != hanja:
            chosen[k] = (best, 'context')


def _check_readings(text: str, segments: list[Segment]) -> list[Segment]:
    """Undo conversions whose Hanja would not read back as the text (so to_hangul round-trips)."""
    if not segments:
        return segments
    out = list(text)
    for s in segments:
        out[s.start:s.end] = s.hanja
    result = list(segments)
    k = 0
    while k < len(result):
        a = result[k].start
        while a > 0 and is_hanja(text[a - 1]):
            a -= 1
        group = [k]
        while group[-1] + 1 < len(result) and all(
                is_hanja(out[i]) for i in range(result[group[-1]].end, result[group[-1] + 1].start)):
            group.append(group[-1] + 1)
        b = result[group[-1]].end
        while b < len(text) and is_hanja(text[b]):
            b += 1
        before = text[a - 1] if a else ''  # the reading of a run's first Hanja depends on it
        if to_hangul(before + ''.join(out[a:b])) != to_hangul(before + text[a:b]) or (
                a > 0 and is_syllable(text[a - 1]) and not is_syllable(out[a - 1])):
            for g in group:
                s = result[g]
                out[s.start:s.end] = text[s.start:s.end]
                result[g] = Segment(s.start, s.end, s.hangul, None, s.candidates, 'unreadable', 0.0, s.kind)
        k = group[-1] + 1
    return result


def _render(composed: str, original: list[str], segments: list[Segment], style: str,
            first_only: bool, basic_only: bool, lex: Lexicon) -> str:
    """Write the text in `style`: converted groups of adjacent words glossed as one unit."""
    seen: set[str] = set()
    out: list[str] = []
    pos = 0
    k = 0
    live = [s for s in segments if s.hanja is not None
            and (not basic_only or all(c in lex.basic for c in s.hanja))]
    while k < len(live):
        group = [live[k]]
        while k + 1 < len(live) and live[k + 1].start == group[-1].end:
            k += 1
            group.append(live[k])
        k += 1
        start, end = group[0].start, group[-1].end
        hangul = composed[start:end]
        out.append(render_plain(''.join(original[pos:start]), style))
        if first_only and hangul in seen:
            out.append(render_plain(''.join(original[start:end]), style))
        else:
            seen.add(hangul)
            out.append(render_word(hangul, ''.join(s.hanja for s in group), style))
        pos = end
    out.append(render_plain(''.join(original[pos:]), style))
    return ''.join(out)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f'{name} must be str, not {type(value).__name__}')
    return value


def _line_of(path: str, offset: int) -> int:
    with open(path, 'rb') as f:
        return f.read(offset).count(b'\n') + 1
