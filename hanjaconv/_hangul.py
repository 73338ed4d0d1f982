"""Hangul syllable arithmetic and the reading rules of Sino-Korean characters.

A Hanja has a dictionary reading (量: 량); inside words its reading shifts by the
initial sound law, 두음법칙 (量 alone: 양), and by the 렬/률 rule after a vowel or ㄴ
(比率: 비율). These helpers say which readings a character may take.

>>> initial_sound_law('량'), initial_sound_law('녀'), initial_sound_law('로')
('양', '여', '노')
>>> sorted(surface_readings('률')), sorted(surface_readings('락'))
(['률', '율'], ['낙', '락'])
"""
from __future__ import annotations

import re

_BASE, _LAST = 0xAC00, 0xD7A3
_N_MEDIAL, _N_FINAL = 21, 28
_NIEUN, _RIEUL, _IEUNG = 2, 5, 11          # initial-consonant indices of ㄴ ㄹ ㅇ
_I_LIKE = {2, 6, 7, 12, 17, 20}            # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ: where ㄴ/ㄹ drop to ㅇ

# Readings that no rule derives from a character's dictionary reading: 十月 시월, 六月 유월,
# 木瓜 모과, 初八日 초파일, 菩提 보리, 宅內 댁내, 喜怒 희로, 許諾 허락, 困難 곤란, 安寧 안녕, 兩 냥;
# and the Buddhist readings of sutra words: 波羅蜜 바라밀, 布施 보시, 四聖諦 사성제, 陀羅尼 다라니, 幀畵 탱화;
# and 肺炎 폐렴 (炎 read 렴 after 肺, as the standard spelling writes it); 推敲 퇴고 (推 read 퇴 there only);
# and 則天武后 측천무후 (則 read 측 in the empress's name, as Korean writes it); 毘盧遮那佛 비로자나불 (遮 read 자);
# 阿耨多羅三藐三菩提 아뇩다라삼먁삼보리 (耨 read 뇩, 藐 먁 in the Sanskrit term).
EXTRA_READINGS = {'十': '시', '六': '유뉴', '木': '모', '八': '파', '提': '리', '宅': '댁',
                  '怒': '로', '諾': '락', '難': '란', '寧': '령', '兩': '냥',
                  '波': '바', '布': '보', '諦': '제', '陀': '다', '幀': '탱', '炎': '렴', '推': '퇴', '則': '측',
                  '遮': '자', '耨': '뇩', '藐': '먁'}


def is_syllable(ch: str) -> bool:
    """A precomposed Hangul syllable (가-힣).

    >>> is_syllable('한'), is_syllable('ㄱ'), is_syllable('漢')
    (True, False, False)
    """
    return _BASE <= ord(ch) <= _LAST


HANJA = re.compile('[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]')  # as is_hanja
ALL_HANJA = re.compile('[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]*')  # fullmatch: all(map(is_hanja, s))
COMPATIBILITY = re.compile('[\uf900-\ufaff]')  # the compatibility ideographs, which fold_compatibility folds


def syllable_at(text: str, i: int) -> bool:
    """Whether text has a Hangul syllable at index i (False past its end).

    >>> syllable_at('약을', 1), syllable_at('약', 1)
    (True, False)
    """
    return 0 <= i < len(text) and is_syllable(text[i])


def is_hanja(ch: str) -> bool:
    """A CJK ideograph: unified, extension A-G, or compatibility.

    >>> is_hanja('漢'), is_hanja('豈'), is_hanja('한')
    (True, True, False)
    """
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF
            or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF)


def split(syllable: str) -> tuple[int, int, int]:
    """(initial, medial, final) indices of a syllable."""
    code = ord(syllable) - _BASE
    return code // (_N_MEDIAL * _N_FINAL), code // _N_FINAL % _N_MEDIAL, code % _N_FINAL


def join(initial: int, medial: int, final: int) -> str:
    return chr(_BASE + (initial * _N_MEDIAL + medial) * _N_FINAL + final)


def has_final(syllable: str) -> bool:
    """Whether a syllable ends in a consonant (받침).

    >>> has_final('책'), has_final('차')
    (True, False)
    """
    return is_syllable(syllable) and split(syllable)[2] != 0


def initial_sound_law(reading: str) -> str:
    """The word-initial form of a one-syllable reading (두음법칙)."""
    if not is_syllable(reading):
        return reading
    initial, medial, final = split(reading)
    if initial == _RIEUL:
        return join(_IEUNG if medial in _I_LIKE else _NIEUN, medial, final)
    if initial == _NIEUN and medial in _I_LIKE:
        return join(_IEUNG, medial, final)
    return reading


def swap_nieun_rieul(reading: str) -> str:
    """낙 <-> 락 and the like: the ㄴ/ㄹ alternation inside words (許諾 허락, 困難 곤란)."""
    initial, medial, final = split(reading)
    if initial == _NIEUN:
        return join(_RIEUL, medial, final)
    if initial == _RIEUL and medial not in _I_LIKE:
        return join(_NIEUN, medial, final)
    return reading


def surface_readings(reading: str) -> set[str]:
    """Every form a one-syllable dictionary reading can take inside a Hangul word."""
    forms = {reading, initial_sound_law(reading)}
    if is_syllable(reading) and split(reading)[0] in (_NIEUN, _RIEUL):
        forms.add(swap_nieun_rieul(reading))
    return forms



_JAMO = re.compile('[\u1100-\u11ff]')


def compose_jamo(text: str) -> tuple[str, list[int] | None]:
    """Compose conjoining jamo (NFD Hangul, as macOS writes file names) into syllables.

    Returns the composed text and, when anything was composed, the offset in `text`
    where each composed character starts (None when the text had nothing to compose).
    Nothing but Hangul jamo sequences changes.

    >>> compose_jamo('\u1112\u1161\u11ab\u1100\u1173\u11af 漢')
    ('한글 漢', [0, 3, 6, 7])
    """
    if not _JAMO.search(text):
        return text, None
    out: list[str] = []
    starts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if ('\u1100' <= c <= '\u1112' and i + 1 < n and '\u1161' <= text[i + 1] <= '\u1175'):
            initial, medial, final, k = ord(c) - 0x1100, ord(text[i + 1]) - 0x1161, 0, 2
            if i + 2 < n and '\u11a8' <= text[i + 2] <= '\u11c2':
                final, k = ord(text[i + 2]) - 0x11a7, 3
            out.append(join(initial, medial, final))
        elif (is_syllable(c) and split(c)[2] == 0 and i + 1 < n
              and '\u11a8' <= text[i + 1] <= '\u11c2'):
            initial, medial, _ = split(c)
            out.append(join(initial, medial, ord(text[i + 1]) - 0x11a7))
            k = 2
        else:
            out.append(c)
            k = 1
        starts.append(i)
        i += k
    return ''.join(out), starts


def syllables_from(text: str, start: int) -> str:
    """The run of Hangul syllables that starts at `start` (empty where none does).

    >>> syllables_from('法院에서는 判決', 2), syllables_from('AI의', 0)
    ('에서는', '')
    """
    end = start
    while end < len(text) and is_syllable(text[end]):
        end += 1
    return text[start:end]


def word_span_before(text: str, start: int) -> tuple[int, int]:
    """Where the whitespace-delimited word that ends before `start` lies (spaces between skipped).

    >>> word_span_before('옷 한 벌을', 4), word_span_before('벌을', 0)
    ((2, 3), (0, 0))
    """
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin and not text[begin - 1].isspace():
        begin -= 1
    return begin, end


def word_before(text: str, start: int) -> str:
    """The whitespace-delimited word that ends before `start` (spaces between skipped).

    >>> word_before('옷 한 벌을', 4), word_before('벌을', 0)
    ('한', '')
    """
    begin, end = word_span_before(text, start)
    return text[begin:end]


def counted_word_before(text: str, start: int) -> str:
    """The word before the space at start - 1 if it begins with a digit (a count or a date: 22일,
    2미터, 3年), else ''.

    >>> counted_word_before('1910년 8월 22일 이전', 13), counted_word_before('오래 전', 3), counted_word_before('22일이전', 3)
    ('22일', '', '')
    """
    if start < 2 or text[start - 1] != ' ':
        return ''
    word = word_before(text, start)
    return word if word and word[0].isdigit() else ''


def number_at(text: str, i: int, units: tuple[str, ...], digits: int = 4) -> bool:
    """Whether up to `digits` digits start at i with one of `units` right after them (12세기, 1348년).

    >>> number_at('高麗 12세기', 3, ('세기', '년')), number_at('高麗 세기', 3, ('세기',))
    (True, False)
    """
    j = i
    while j < len(text) and j - i < digits and text[j].isdigit():
        j += 1
    return j > i and text.startswith(units, j)
