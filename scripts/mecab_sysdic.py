"""Read MeCab's compiled system dictionary (``sys.dic``) in pure Python.

Target: the ``sys.dic`` of mecab-ko-dic as shipped in the PyPI wheel
``python-mecab-ko-dic`` (mecab-ko-dic is Apache-2.0). The layout, as written
by MeCab's ``Dictionary::compile`` (dictionary.cpp) and checked against
the real file, is little-endian:

* header: 10 x uint32 -- magic, version (102), type, lexsize, lsize, rsize,
  dsize, tsize, fsize, dummy; then a 32-byte NUL-padded charset name;
* ``dsize`` bytes: the double-array trie in the old Darts (0.32) layout,
  units of ``{int32 base, uint32 check}``. A child of a node whose base is
  ``b`` via byte ``c`` lives at ``b + c + 1`` and has ``check == b``; the
  key terminator lives at ``b`` itself (code 0) and stores ``-value - 1``
  in its base. Unused units have base = check = 0. Bases are unique, so a
  ``check`` identifies the parent;
* ``tsize`` bytes: 16-byte tokens ``uint16 lcAttr, uint16 rcAttr,
  uint16 posid, int16 wcost, uint32 feature, uint32 compound``;
* ``fsize`` bytes: NUL-terminated UTF-8 feature strings (``feature`` is an
  offset into this block).

A trie value encodes ``value >> 8`` = first token index and
``value & 0xff`` = number of consecutive tokens sharing that surface.
Surfaces exist only as trie keys, so the trie is enumerated by rebuilding
child -> parent edges from the arrays (one linear pass) and walking each
terminal unit up to the root.

Command line::

    python scripts/mecab_sysdic.py SYS_DIC_OR_WHEEL \
        [--hanja-words OUT.tsv] [--pos-words OUT.tsv]

``--hanja-words`` writes ``hangul<TAB>hanja<TAB>pos<TAB>wcost`` for every
entry whose surface is all CJK ideographs (compatibility ideographs folded
by NFC) and whose reading (feature field 3) is Hangul of the same length.
``--pos-words`` writes ``hangul<TAB>pos<TAB>wcost`` for every all-Hangul
surface. ``pos`` is feature field 0 (e.g. ``NNG``, ``VV+EP``); for entries
of type ``Inflect``/``Compound``/``Preanalysis`` (field 4) the type is
appended as ``pos:type`` so multi-morpheme entries can be filtered out.
Both outputs are sorted and deduplicated.
"""
from __future__ import annotations

import argparse
import array
import struct
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

MAGIC_XOR = 0xEF718F77  # header magic = file size ^ DictionaryMagicID
HEADER = struct.Struct("<10I")
CHARSET_LEN = 32
TOKEN = struct.Struct("<HHHhII")
WHEEL_MEMBER = "mecab_ko_dic/dictionary/sys.dic"


def load_bytes(path: str | Path) -> bytes:
    """Return sys.dic bytes from a plain file or a wheel/zip containing it."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return zf.read(WHEEL_MEMBER)
    return Path(path).read_bytes()


def parse_trie(data: bytes) -> tuple[array.array[int], array.array[int]]:
    """Split the double-array block into (base, check) arrays."""
    units = array.array("i", data)
    checks = array.array("I", data)
    if sys.byteorder != "little":
        units.byteswap()
        checks.byteswap()
    return units[0::2], checks[1::2]


def trie_items(base: array.array[int],
               check: array.array[int]) -> Iterator[tuple[bytes, int]]:
    """Yield (key bytes, value) for every key in an old-Darts double array."""
    n = len(base)
    owner = array.array("i", [-1]) * (n + 1)  # base value -> unit index
    for p in range(n):
        b = base[p]
        if 0 < b <= n:
            owner[b] = p
    for p in range(1, n):
        if check[p] != p or base[p] >= 0:
            continue  # terminals: code 0, so unit p == parent base == check
        yield _key_of(owner[p], check, owner), -base[p] - 1


def _key_of(node: int, check: array.array[int], owner: array.array[int]) -> bytes:
    """Rebuild the key of ``node`` by walking parent links to the root."""
    out = bytearray()
    while node > 0:
        parent_base = check[node]
        out.append(node - parent_base - 1)
        node = owner[parent_base]
    out.reverse()
    return bytes(out)


def _cstring(block: bytes, offset: int) -> str:
    """Decode the NUL-terminated UTF-8 string starting at ``offset``."""
    return block[offset:block.index(b"\0", offset)].decode("utf-8")


def iter_entries(path: str | Path) -> Iterator[tuple[str, int, str]]:
    """Yield (surface, wcost, feature) for every token of a MeCab sys.dic."""
    data = load_bytes(path)
    if len(data) < HEADER.size + CHARSET_LEN:
        raise ValueError(f"{path}: too short for a MeCab dictionary")
    magic, version, _, lexsize, _, _, dsize, tsize, fsize, _ = HEADER.unpack_from(data)
    if magic ^ MAGIC_XOR != len(data):
        raise ValueError(f"{path}: bad magic (not a MeCab dictionary?)")
    if tsize != lexsize * TOKEN.size:
        raise ValueError(f"{path}: token block size mismatch")
    start = HEADER.size + CHARSET_LEN
    charset = data[HEADER.size:start].rstrip(b"\0").decode("ascii")
    if charset.lower().replace("-", "") != "utf8":
        raise ValueError(f"{path}: unsupported charset {charset}")
    trie = data[start:start + dsize]
    tokens = data[start + dsize:start + dsize + tsize]
    features = data[start + dsize + tsize:start + dsize + tsize + fsize]
    for key, value in trie_items(*parse_trie(trie)):
        surface = key.decode("utf-8")
        first, count = value >> 8, value & 0xFF
        for i in range(first, first + count):
            _, _, _, wcost, feat, _ = TOKEN.unpack_from(tokens, i * TOKEN.size)
            yield surface, wcost, _cstring(features, feat)


def is_hangul(text: str) -> bool:
    """True if ``text`` is non-empty and all precomposed Hangul syllables."""
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


def is_ideograph(ch: str) -> bool:
    """True for CJK unified ideographs (URO, Ext. A, planes 2-3)."""
    cp = ord(ch)
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF
            or 0x20000 <= cp <= 0x3FFFF)


def pos_label(fields: list[str]) -> str:
    """POS tag, suffixed with the entry type for multi-morpheme entries."""
    kind = fields[4] if len(fields) > 4 else "*"
    return fields[0] if kind == "*" else f"{fields[0]}:{kind}"


def hanja_rows(entries: Iterable[tuple[str, int, str]]) -> Iterator[str]:
    """TSV rows ``hangul, hanja, pos, wcost`` for Hanja-surface entries."""
    for surface, wcost, feature in entries:
        hanja = unicodedata.normalize("NFC", surface)
        fields = feature.split(",")
        if len(fields) < 4 or not all(is_ideograph(ch) for ch in hanja):
            continue
        reading = fields[3]
        if is_hangul(reading) and len(reading) == len(hanja):
            yield f"{reading}\t{hanja}\t{pos_label(fields)}\t{wcost}"


def pos_rows(entries: Iterable[tuple[str, int, str]]) -> Iterator[str]:
    """TSV rows ``hangul, pos, wcost`` for all-Hangul surfaces."""
    for surface, wcost, feature in entries:
        if is_hangul(surface):
            yield f"{surface}\t{pos_label(feature.split(','))}\t{wcost}"


def write_rows(path: str, rows: Iterable[str]) -> int:
    """Write ``rows`` sorted and deduplicated; return how many were written."""
    lines = sorted(set(rows))
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in lines)
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dic", help="sys.dic file, or the python-mecab-ko-dic wheel")
    ap.add_argument("--hanja-words", metavar="OUT.tsv")
    ap.add_argument("--pos-words", metavar="OUT.tsv")
    args = ap.parse_args(argv)
    entries = list(iter_entries(args.dic))
    print(f"{len(entries)} entries", file=sys.stderr)
    if args.hanja_words:
        n = write_rows(args.hanja_words, hanja_rows(entries))
        print(f"{n} hanja rows -> {args.hanja_words}", file=sys.stderr)
    if args.pos_words:
        n = write_rows(args.pos_words, pos_rows(entries))
        print(f"{n} hangul rows -> {args.pos_words}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
