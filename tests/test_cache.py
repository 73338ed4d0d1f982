"""The prebuilt Lexicon in the user's cache directory: used when current, rebuilt otherwise."""
import os
import subprocess
import sys
from pathlib import Path

CODE = "import hanjaconv; print(hanjaconv.convert('성능과 품질'))"


def run(cache: Path) -> str:
    env = {**os.environ, 'HANJACONV_CACHE_DIR': str(cache)}
    env.pop('HANJACONV_NO_CACHE', None)
    out = subprocess.run([sys.executable, '-c', CODE], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_cache_is_written_then_used(tmp_path):
    assert run(tmp_path) == '性能과 品質'
    [cached] = tmp_path.glob('lexicon-*.pickle')
    stamp = cached.stat().st_mtime_ns
    assert run(tmp_path) == '性能과 品質'
    assert cached.stat().st_mtime_ns == stamp  # read, not rewritten


def test_corrupt_cache_is_rebuilt(tmp_path):
    run(tmp_path)
    [cached] = tmp_path.glob('lexicon-*.pickle')
    cached.write_bytes(b'not a pickle at all')
    assert run(tmp_path) == '性能과 品質'
    assert cached.stat().st_size > 1_000_000


def test_stale_cache_is_replaced(tmp_path):
    stale = tmp_path / 'lexicon-0000.pickle'
    tmp_path.mkdir(exist_ok=True)
    stale.write_bytes(b'old')
    assert run(tmp_path) == '性能과 品質'
    assert not stale.exists() and len(list(tmp_path.glob('lexicon-*.pickle'))) == 1


def test_unwritable_cache_dir_still_converts(tmp_path):
    blocker = tmp_path / 'file'
    blocker.write_text('x')
    assert run(blocker / 'sub') == '性能과 品質'
