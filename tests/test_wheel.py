"""The wheel carries the dictionaries: build it, install it in a fresh venv, convert there."""
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_converts(tmp_path):
    subprocess.run([sys.executable, '-m', 'build', '--wheel', '--no-isolation', '--outdir', str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob('hanjaconv-*.whl'))
    env_dir = tmp_path / 'venv'
    venv.create(env_dir, with_pip=True)
    python = env_dir / ('Scripts' if os.name == 'nt' else 'bin') / 'python'
    subprocess.run([str(python), '-m', 'pip', 'install', '-q', str(wheel)], check=True, capture_output=True)
    out = subprocess.run([str(python), '-c', "import hanjaconv; print(hanjaconv.convert('성능과 품질'))"],
                         check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.strip() == '性能과 品質'
