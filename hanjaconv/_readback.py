"""The round-trip guard: a conversion stands only if `to_hangul` reads it back as the text."""
from __future__ import annotations

from typing import Sequence, TypeVar

from ._bounded import remember
from ._hangul import ALL_HANJA, COMPATIBILITY, HANJA, is_hanja, is_syllable, split
from .reading import (HANJA_NUMERALS, NUMERAL_RUN, how_many_at, fold_compatibility, is_counter, numeral_ends_at,
                      read_run, soften, to_hangul)

W = TypeVar('W')  # a chosen word: anything with start, end, hanja and _replace (an Item)

_cache: dict[tuple[str, str, str], bool] = {}
_CACHE_LIMIT = 40_000


def _context(before: str) -> str:
    """What the reading of a run's first Hanja depends on: a syllable or a digit before it, or not.

    `to_hangul` asks no more of the character before a run, so one stand-in serves them all
    (and the cache keeps one entry where it would keep one per syllable).
    """
    if before and '가' <= before <= '힣':  # (one whose final sound 렬 and 률 soften after, 가, or another, 각)
        return '가' if split(before)[2] in (0, 4) else '각'
    return '1' if before.isdigit() else ''


def _reads_back(before: str, converted: str, original: str) -> bool:
    """Whether `converted` after `before` (a `_context`, as `_before` gives it) reads back as `original`."""
    key = (before, converted, original)
    ok = _cache.get(key)
    if ok is None:
        expected = before + original
        if HANJA.search(original):
            expected = to_hangul(expected)
        if ALL_HANJA.fullmatch(converted):  # one run of Hanja, as to_hangul would read it
            # read as to_hangul reads it (2年 2년, 12連敗 12연패); folded only where there is anything to fold
            run = fold_compatibility(converted) if COMPATIBILITY.search(converted) else converted
            initial = not before or before == '1' and not is_counter(run[0]) or before in ('가', '각') and len(run) >= 2
            reading = read_run(run, initial)
            if before in ('가', '각') and not initial:
                reading = soften(reading[0], before) + reading[1:]  # as to_hangul reads it: 인플레이션率
            ok = before + reading == expected  # as to_hangul reads it
        else:
            ok = to_hangul(before + converted) == expected
        remember(_cache, key, ok, _CACHE_LIMIT)
    return ok


_MOVED = frozenset({'context', 'domain', 'cue'})  # rules that move a word off its prior's choice


def _restore_priors(text: str, result: list, first: int, k: int, a: int, b: int, before: str) -> bool:
    """Whether the group result[first:k + 1] (after `before`, as `_before` gives it) reads back once
    the words that context or a field moved take their first candidate again; if so they do (rule
    'rank'). A group's reading can hang on its words' neighbours (after 制可, 兩家 reads 량가), and the prior's choices
    are the ones a later conversion of the output would make, so this keeps conversion
    idempotent."""
    moved = [g for g in range(first, k + 1) if result[g].rule in _MOVED and result[g].candidates
             and result[g].candidates[0] != result[g].hanja]
    if not moved:
        return False
    chars = list(text[a:b])
    for g in range(first, k + 1):
        s = result[g]
        chars[s.start - a:s.end - a] = s.candidates[0] if g in moved else s.hanja
    if not _reads_back(before, ''.join(chars), text[a:b]):
        return False
    for g in moved:
        result[g] = result[g]._replace(hanja=result[g].candidates[0], rule='rank')
    return True


_NUMBER_ENDS = frozenset(HANJA_NUMERALS) | {'餘'}  # 30餘 年: 'more than' after a number


def _before(text: str, a: int, result: list, first: int) -> str:
    """What stands before a run at a, as its reading sees it: its `_context`."""
    if not a:
        return ''
    before = text[a - 1]
    if before != ' ':
        return _context(before)
    # a counter after a Sino numeral, the text's or converted, and a space keeps its inner reading, as
    # to_hangul reads it: 三 年 (so after 몇: 몇 年); after any other space the run reads as at the start
    # (a circled number, ① ② of a statute's paragraphs, is no number the word counts: ① 年間 連續하여)
    return '1' if a > 1 and (numeral_ends_at(text, a - 2) or text[a - 2].isdecimal()
                             or text[a - 2] == '몇' and how_many_at(text, a - 2)
                             or first and result[first - 1].end == a - 1 and result[first - 1].hanja
                             and result[first - 1].hanja[-1] in _NUMBER_ENDS
                             and all(c in NUMERAL_RUN for c in result[first - 1].hanja)) else ''
    # (all of the word before: 三十餘 年, 數十 年 삼십여 년, 수십 년; but 單一 年代記 단일 연대기, not a count of years)


def _with_text_hanja(text: str, a: int, b: int) -> tuple[int, int]:
    """The span a:b widened over the Hanja the text has right around it, which read with it."""
    while a > 0 and is_hanja(text[a - 1]):
        a -= 1
    while b < len(text) and is_hanja(text[b]):
        b += 1
    return a, b


def check_readings(text: str, segments: Sequence[W]) -> list[W]:
    """Undo the conversions whose Hanja would not read back as `text`.

    Each group of converted words that forms one run of Hanja (with any Hanja the text
    already had around it) is read back as a whole; a group that reads otherwise first
    gives the words context or a field moved their first candidates back, then keeps what
    of it reads back; the rest stays Hangul, with rule 'unreadable'.
    """
    result = list(segments)
    has_hanja = bool(HANJA.search(text))  # usually not: then a group is a run of adjacent words
    alone: list[int] = []  # words given up that no other converted word touched
    k = 0
    while k < len(result):
        first = k
        while k + 1 < len(result) and (result[k + 1].start == result[k].end or has_hanja and all(
                map(is_hanja, text[result[k].end:result[k + 1].start]))):
            k += 1
        a, b = result[first].start, result[k].end
        if first == k and not has_hanja:  # the common case: one word alone
            converted = result[k].hanja
        else:
            a, b = _with_text_hanja(text, a, b) if has_hanja else (a, b)
            chars = list(text[a:b])
            for s in result[first:k + 1]:
                chars[s.start - a:s.end - a] = s.hanja
            converted = ''.join(chars)
        before = _before(text, a, result, first)  # (once for all the group's readings)
        if not _reads_back(before, converted, text[a:b]) and not _restore_priors(text, result, first, k, a, b, before):
            if first < k and not has_hanja:
                # adjacent words read as one run (民主理念 reads 민주리념): keep the longest
                # leading words that read back, give up the word after them and go on from there
                last = first
                while last < k and _reads_back(before, ''.join(s.hanja for s in result[first:last + 2]),
                                               text[a:result[last + 1].end]):
                    last += 1
                result[last + 1] = result[last + 1]._replace(hanja=None, rule='unreadable')
                if getattr(result[last], 'kind', None) == 'prefix' and result[last].end == result[last + 1].start:
                    # a prefix needs the word after it: with that word given up it goes too
                    # (先거철 would be left of 선 + 車轍 in 선거철이, where 選擧 + 철 was meant)
                    result[last] = result[last]._replace(hanja=None, rule='unreadable')
                if last == first and result[first].hanja is not None and not _reads_back(before, result[first].hanja, text[a:result[first].end]):
                    result[first] = result[first]._replace(hanja=None, rule='unreadable')  # (longer prefixes read back)
                given_up = result[last + 1]
                if getattr(given_up, 'kind', None) == 'suffix' and given_up.end < len(text) and is_syllable(text[given_up.end]):
                    # a suffix given up before more Hangul of its run: a second pass would read its syllable
                    # with that Hangul after the Hanja kept before it, as another word (可嘉路 + 容隱만 for
                    # 가가로용은만, where 可嘉 + 路 + 用 does not read back), so its run stays Hangul whole
                    for g in range(first, last + 1):
                        result[g] = result[g]._replace(hanja=None, rule='unreadable')
                k = last + 2  # the words after the one given up start a new group, but those of
                while k < len(result) and result[k].start == result[k - 1].end:
                    # the same Hangul run go with it: converting the output again would read the
                    # Hangul left between two Hanja otherwise (斝彛여로社 again gives 斝彛餘로社)
                    result[k] = result[k]._replace(hanja=None, rule='unreadable')
                    k += 1
                continue
            for g in range(first, k + 1):
                result[g] = result[g]._replace(hanja=None, rule='unreadable')
            if first == k:
                alone.append(k)
        k += 1
    if alone:
        _take_senses_of_the_text(text, result, alone, has_hanja)
    return result


def _take_senses_of_the_text(text: str, result: list, alone: list[int], has_hanja: bool) -> None:
    """A word given up alone takes the Hanja the text has for it elsewhere, if they read back here.

    Converting the output again would choose it by the text's own Hanja (rule 'text'), so
    choosing it now keeps conversion idempotent: 假裝하다 … 樂가장, where 樂家長 reads otherwise,
    gives 樂假裝 both times.
    """
    elsewhere: dict[str, str] = {}
    for s in result:
        if s.hanja is not None and len(s.hanja) > 1:  # (the text's Hanja words that a second pass reads)
            elsewhere.setdefault(s.hangul, s.hanja)
    for g in alone:
        s = result[g]
        hanja = elsewhere.get(s.hangul)
        if hanja is None:
            continue
        a, b = _with_text_hanja(text, s.start, s.end) if has_hanja else (s.start, s.end)
        if _reads_back(_before(text, a, result, g), text[a:s.start] + hanja + text[s.end:b], text[a:b]):
            result[g] = s._replace(hanja=hanja, rule='text')
