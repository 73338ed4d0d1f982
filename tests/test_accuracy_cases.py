"""Behaviour on the traps of real text, as cases with ids (tests/cases/conversion.tsv)."""
from pathlib import Path

import pytest

import hanjaconv

CASES = [line.split('\t') for line in (Path(__file__).parent / 'cases' / 'conversion.tsv')
         .read_text(encoding='utf-8').splitlines() if line and not line.startswith('#')]


@pytest.mark.parametrize('text, expected', [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_conversion(text, expected):
    assert hanjaconv.convert(text) == expected


def test_case_ids_are_unique_and_rows_whole():
    ids = [c[0] for c in CASES]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    assert [c[0] for c in CASES if len(c) != 3] == []
