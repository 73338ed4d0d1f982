"""Words closed by a suffix whose construction fixes the sense: -ism (主義) after a name, 學的,
an office's head joined to the office (課長, 所長)."""
from __future__ import annotations


from ._hangul import is_syllable, syllable_at
from ._items import Item
from ._lexicon import Lexicon


_ISM = '主義'
_ISM_CHOSEN_BY = frozenset({'rank', 'default', 'domain', 'context'})
_LOAN_CAUTIONS = ('스포', '스포일러')  # a spoiler warning in web prose: 스포주의 (注意)
_CAUTIONS = frozenset({'취급', '운전', '화기', '낙석', '감전', '파손', '추락', '고압', '화상', '충격'})  # 取扱注意 on labels


def apply_ism(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """주의 written onto a Sino-Korean word of two syllables or more, in one eojeol, is the suffix
    '-ism' (制度主義, 多者主義, 專門家主義), not 注意 'attention', which a noun before it takes
    only across a space (안전 주의) or as a notice (주의보 stays 注意報, a word of its own)."""
    if '주의' not in text:
        return  # the usual case
    for k in range(len(items)):
        item = items[k]
        if item.hangul != '주의' or chosen[k][1] not in _ISM_CHOSEN_BY or _ISM not in item.candidates \
                or chosen[k][0] == _ISM or text.startswith('보', item.end):
            continue
        before = items[k - 1] if k else None
        if before is not None and before.end == item.start:
            if before.end - before.start >= 2 and chosen[k - 1][0] and before.hangul not in _CAUTIONS:
                chosen[k] = (_ISM, 'grammar')
        elif item.start >= 2 and is_syllable(text[item.start - 1]) and is_syllable(text[item.start - 2]) \
                and not text.endswith(_LOAN_CAUTIONS, 0, item.start):
            chosen[k] = (_ISM, 'grammar')  # written onto a name or loanword no item covers (the analysis
            # takes 주의 alone there only after a loanword's core): 케인스主義, 마르크스主義, 다윈主義


_SCHOLARLY = '學的'


def apply_scholarly(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """학적 written onto a Sino-Korean word in one eojeol is the suffixes 學 and 的 of a field's
    adjective (暗號學的, 統計學的, 認知心理學的) where the field in 學 is no dictionary word, never
    學籍 'school register', which stands alone (학적 관리) or heads its own words (학적부)."""
    if '학적' not in text:
        return  # the usual case
    for k in range(1, len(items)):
        item, before = items[k], items[k - 1]
        if item.hangul == '학적' and before.end == item.start and chosen[k - 1][0] \
                and chosen[k][0] != _SCHOLARLY and _SCHOLARLY in item.candidates:
            chosen[k] = (_SCHOLARLY, 'grammar')


# the head of an office written onto the office's name in one eojeol: the office's suffix and 長
_OFFICE_HEADS = {'과장': '課長', '국장': '局長', '실장': '室長', '소장': '所長'}


def apply_office_heads(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """과장, 국장, 실장, 소장 written onto a Sino word in one eojeol and closing it are the head of
    the division, bureau, office or station that word names (企劃豫算課長, 救助課長, 事業所長,
    硏究所長), not 誇張 or 訴狀, which stand as words of their own (허위 과장, 소장을 제출). 소장 only
    where the word and 소 make a dictionary word (事業所, 出張所: not 個人 所藏); a word joined
    after it keeps its sense (허위과장광고: 誇張), as does a sense a cue chose (허위과장 광고)."""
    if not any(head in text for head in _OFFICE_HEADS):
        return  # the usual case
    for k in range(1, len(items)):
        item, before = items[k], items[k - 1]
        head = _OFFICE_HEADS.get(item.hangul)
        if head is None or chosen[k][0] == head or head not in item.candidates or chosen[k][1] == 'cue' \
                or before.end != item.start or not chosen[k - 1][0] \
                or syllable_at(text, item.end) and k + 1 < len(items) and items[k + 1].start == item.end \
                and items[k + 1].kind == 'word':
            continue
        own = next((words for hanja, words in lexicon.sense_cues.get(item.hangul, ((), (), ()))[2]
                    if hanja == chosen[k][0]), ())
        if own and (before.hangul.startswith(own) or text.startswith(own, item.end + 1)):
            continue  # a cue of its sense beside it: 虛僞誇張 廣告
        if head == '所長' and not lexicon.has_word(before.hangul[-2:] + '소') \
                and not lexicon.has_word(before.hangul + '소'):
            continue
        chosen[k] = (head, 'compound')


# the Hanja a word naming a body ends in, whose head a bare 장 after it and 의 is: 感染病管理機關의 長
_BODY_ENDS = ('機關', '團體', '法人', '機構', '委員會', '協會', '公團', '公社', '學校')


def apply_heads_of_bodies(text: str, items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A bare 장 after a word naming a body and its 의, alone or closed by 等, is the body's head
    (感染病管理機關의 長은, 臟器移植登錄機關等의 長), which statutes name so, never 腸 or 場, whatever a field
    or the words around chose (a medical field had made it 腸); a sense a cue chose stands."""
    if '의 장' not in text:
        return  # the usual case
    for k in range(1, len(items)):
        item = items[k]
        if item.hangul != '장' or chosen[k][0] == '長' or chosen[k][1] == 'cue' or '長' not in item.candidates \
                or item.start < 3 or text[item.start - 2:item.start] != '의 ':
            continue
        j = k - 1
        if items[j].hangul == '등' and chosen[j][0] == '等' and j:
            j -= 1  # (機關等의 長)
        body = chosen[j][0]
        if body and items[j].end in (item.start - 2, items[j + 1].start) and body.endswith(_BODY_ENDS):
            chosen[k] = ('長', 'grammar')
