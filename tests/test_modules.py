"""The package's modules bind each module-level name once: a second binding silently rebinds the first."""
import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parent.parent / 'hanjaconv').glob('*.py'))


def _bound_twice(path: Path) -> list[str]:
    seen, twice = set(), []
    for node in ast.parse(path.read_text(encoding='utf-8')).body:
        if isinstance(node, ast.Assign):
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_a_rebinding_is_found(tmp_path):
    path = tmp_path / 'module.py'
    path.write_text('A = 1\nB = 2\ndef f():\n    A = 4\nA = 3\n', encoding='utf-8')
    assert _bound_twice(path) == ['A']  # (a function's own names are not the module's)


@pytest.mark.parametrize('path', MODULES, ids=lambda p: p.name)
def test_each_module_level_name_is_bound_once(path):
    assert _bound_twice(path) == []
