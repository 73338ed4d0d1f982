"""The prebuilt Lexicon in the user's cache directory: used when current, rebuilt otherwise."""
import os
import subprocess
import sys
from pathlib import Path

CODE = "import hanjaconv; print(hanjaconv.convert('성능과 품질'))"


def run(cache: Path, code: str = CODE, **more_env: str) -> str:
    env = {**os.environ, 'HANJACONV_CACHE_DIR': str(cache), **more_env}
    if not more_env:
        env.pop('HANJACONV_NO_CACHE', None)
    out = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True, check=True)
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


# the word readings (curated ones among them) and the character associations are worked out when
# the Lexicon is built and kept in the cache: a process that loads it reads as one that builds
READINGS = ("import hanjaconv; from hanjaconv._lexicon import get_lexicon; lex = get_lexicon(); "
            "print(lex.hanja_readings is not None, sorted(lex.association['審'].items())[:4], "
            "hanjaconv.to_hangul('喜怒哀樂과 瓜田李下'), hanjaconv.convert('법원은 판결에 앞서 심리를 열었다'))")


def test_cache_keeps_the_readings_and_associations(tmp_path):
    built, loaded = run(tmp_path, READINGS), run(tmp_path, READINGS)
    assert built == loaded == run(tmp_path / 'none', READINGS, HANJACONV_NO_CACHE='1')
    assert built.startswith('True [(') and '희로애락과 과전이하' in built and '審理' in built
