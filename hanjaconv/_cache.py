"""A prebuilt Lexicon kept in the user's cache directory, so later processes start fast.

The file is keyed by the versions of hanjaconv and Python and by the names, sizes and
times of pyahocorasick's compiled module, of the shipped data files and of the package's modules; a stale, foreign or corrupt file is
rebuilt, never trusted. `HANJACONV_CACHE_DIR` moves it; `HANJACONV_NO_CACHE=1` turns
it off.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any, Callable

_FORMAT = 2  # 2: the automaton keeps ints, its values packed in one string


def cache_dir() -> Path:
    """Where the cache lives: $HANJACONV_CACHE_DIR, else the platform's user cache folder."""
    if os.environ.get('HANJACONV_CACHE_DIR'):
        return Path(os.environ['HANJACONV_CACHE_DIR'])
    if sys.platform == 'win32':
        base = Path(os.environ.get('LOCALAPPDATA', Path.home() / 'AppData' / 'Local'))
    elif sys.platform == 'darwin':
        base = Path.home() / 'Library' / 'Caches'
    else:
        base = Path(os.environ.get('XDG_CACHE_HOME') or Path.home() / '.cache')
    return base / 'hanjaconv'


def cache_key() -> str:
    """A digest of everything the built Lexicon depends on."""
    from . import __version__
    import ahocorasick  # (its module file, not its metadata: importlib.metadata costs a new process 30 ms)
    parts = [str(_FORMAT), __version__, sys.version]
    compiled = [Path(ahocorasick.__file__)] if getattr(ahocorasick, '__file__', None) else []
    for module in (*compiled, *sorted(Path(__file__).parent.glob('*.py'))):  # what builds the cache
        stat = module.stat()
        parts.append(f'{module.name}:{stat.st_size}:{stat.st_mtime_ns}')
    root = resources.files('hanjaconv').joinpath('dictionaries')
    with resources.as_file(root) as folder:
        for path in sorted(Path(folder).rglob('*.tsv')):
            stat = path.stat()
            parts.append(f'{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}')
    return hashlib.sha256('\n'.join(parts).encode()).hexdigest()[:32]


def load_or_build(build: Callable[[], Any], kind: type) -> Any:
    """The cached object if it is sound and current, else `build()`, saved for next time."""
    if os.environ.get('HANJACONV_NO_CACHE'):
        return build()
    try:
        key = cache_key()
        path = cache_dir() / f'lexicon-{key}.pickle'
    except OSError:
        return build()
    try:
        with open(path, 'rb') as f:
            stored_key, value = _unpickled(f)
        if stored_key == key and isinstance(value, kind):
            return value
    except Exception:  # missing, truncated, corrupt or foreign: rebuild
        pass
    value = build()
    _save(path, key, value)
    return value


def _unpickled(f) -> Any:
    """pickle.load with the garbage collector paused: the Lexicon's tuples, sets and dicts
    hold no cycles, so the collections that making them sets off free nothing (pausing them took
    13% off the load here)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        if was_enabled:
            gc.enable()


def _save(path: Path, key: str, value: Any) -> None:
    """Write atomically; a cache that cannot be written is simply not used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob('lexicon-*.pickle'):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix='.lexicon-', suffix='.tmp')
        with os.fdopen(fd, 'wb') as f:
            pickle.dump((key, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
