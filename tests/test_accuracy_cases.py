"""Behaviour on the traps of real text, as cases with ids (tests/cases/conversion.tsv)."""
from pathlib import Path

import pytest

import hanjaconv

CASES = [line.split('\t') for line in (Path(__file__).parent / 'cases' / 'conversion.tsv')
         .read_text(encoding='utf-8').splitlines() if line and not line.startswith('#')]


@pytest.mark.parametrize('text, expected', [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_conversion(text, expected):
    assert hanjaconv.convert(text) == expected
