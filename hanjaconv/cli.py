"""The `hanjaconv` command: convert, diff, eval, candidates.

Errors are one line on stderr: exit status 2 for usage, 1 for bad data (a missing
file, input that is not UTF-8, a malformed gold or dictionary line).

>>> main(['candidates', '품질']) in (0, 1)  # doctest: +ELLIPSIS
品質...
True
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import contextmanager
from functools import partial
from typing import BinaryIO, Callable, Iterator, Sequence

__all__ = ['main', 'convert_stream', 'convert_stream_parallel', 'LINE_LIMIT', 'CliError']

LINE_LIMIT = 1 << 20  # lines longer than this (bytes) are converted in pieces
_CHUNK = 1 << 16


class CliError(Exception):
    """A failure to report as one line, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, status 2
        raise CliError(f'{message} (see {self.prog} --help)', 2)


# ----- streaming conversion -------------------------------------------------------------
def _safe_cut(buf: bytes) -> int:
    """Where to cut an overlong line so each piece converts as it would in the whole.

    Best: after white space, before a character that is not Hangul (ASCII bytes never
    occur inside a multi-byte UTF-8 character, and no Hangul word or compound spans such a
    gap); then between two ASCII characters; then after white space; last, any character
    boundary (a Hangul run this long is cut inside, which may change its conversion).
    """
    n = len(buf)
    for ok in (lambda i: buf[i - 1] in b' \t' and buf[i] < 0x80,
               lambda i: buf[i - 1] < 0x80 and buf[i] < 0x80,
               lambda i: buf[i - 1] in b' \t'):
        for i in range(n - 1, max(0, n - 4 * _CHUNK), -1):
            if ok(i):
                return i
    i = n - 1
    while i > 0 and 0x80 <= buf[i] < 0xC0:  # back to the start of a character
        i -= 1
    return i or n


def _pieces(stream: BinaryIO, name: str, limit: int) -> Iterator[tuple[str, int]]:
    """Decoded lines (line ends kept), overlong ones in pieces, with the bytes consumed."""
    offset = 0
    pending = b''
    while True:
        chunk = stream.readline(limit - len(pending) if limit > len(pending) else 1)
        if not chunk:
            if pending:
                yield _decode(pending, name, offset), len(pending)
            return
        pending += chunk
        if pending.endswith(b'\n'):
            yield _decode(pending, name, offset), len(pending)
            offset += len(pending)
            pending = b''
        elif len(pending) >= limit:
            cut = _safe_cut(pending)
            head, pending = pending[:cut], pending[cut:]
            yield _decode(head, name, offset), len(head)
            offset += len(head)


def _decode(data: bytes, name: str, offset: int) -> str:
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as e:
        raise CliError(f'{name}: not UTF-8 at byte offset {offset + e.start}') from None


def convert_stream(source: BinaryIO, sink: BinaryIO, convert: Callable[[str], str], *,
                   name: str = '<stdin>', limit: int = LINE_LIMIT,
                   progress: Callable[[int], None] | None = None) -> None:
    """Convert `source` to `sink` line by line, in bounded memory.

    >>> import io
    >>> out = io.BytesIO()
    >>> convert_stream(io.BytesIO('가\\n나'.encode()), out, str.upper)
    >>> out.getvalue().decode()
    '가\\n나'
    """
    done = 0
    for text, size in _pieces(source, name, limit):
        sink.write(convert(text).encode('utf-8'))
        done += size
        if progress is not None:
            progress(done)


_BATCH_BYTES = 1 << 18  # lines a worker converts at a time: enough to outweigh passing them over


def _batches(pieces: Iterator[tuple[str, int]]) -> Iterator[tuple[list[str], int]]:
    """The pieces in lists of about _BATCH_BYTES, with the bytes each list consumed."""
    batch: list[str] = []
    size = 0
    for text, consumed in pieces:
        batch.append(text)
        size += consumed
        if size >= _BATCH_BYTES:
            yield batch, size
            batch, size = [], 0
    if batch:
        yield batch, size


_worker_convert: Callable[[str], str] | None = None


def _start_worker(convert: Callable[[str], str]) -> None:
    global _worker_convert
    _worker_convert = convert


def _convert_batch(batch: list[str]) -> str:
    return ''.join(map(_worker_convert, batch))


def convert_stream_parallel(source: BinaryIO, sink: BinaryIO, convert: Callable[[str], str], jobs: int, *,
                            name: str = '<stdin>', limit: int = LINE_LIMIT,
                            progress: Callable[[int], None] | None = None) -> None:
    """`convert_stream` with the lines converted by `jobs` worker processes, written in order.

    `convert` must pickle (a `Converter`'s bound method does, without its data). At most two
    batches a worker are in flight, so memory stays flat whatever the input's size; an error
    (input that is not UTF-8, a failing worker) stops the workers before it propagates.
    """
    import multiprocessing
    from collections import deque
    pending: deque = deque()
    done = 0
    with multiprocessing.get_context().Pool(jobs, _start_worker, (convert,)) as pool:
        def write_oldest() -> None:
            nonlocal done
            result, size = pending.popleft()
            sink.write(result.get().encode('utf-8'))
            done += size
            if progress is not None:
                progress(done)

        for batch, size in _batches(_pieces(source, name, limit)):
            pending.append((pool.apply_async(_convert_batch, (batch,)), size))
            if len(pending) >= 2 * jobs:
                write_oldest()
        while pending:
            write_oldest()


class _Progress:
    """A bar on stderr: 'name  42% [=====     ]'."""

    def __init__(self, name: str, total: int) -> None:
        self.name, self.total, self.shown = name, max(total, 1), -1

    def __call__(self, done: int) -> None:
        pct = min(100, done * 100 // self.total)
        if pct != self.shown:
            self.shown = pct
            bar = '=' * (pct // 5)
            sys.stderr.write(f'\r{self.name[-30:]} {pct:3d}% [{bar:<20}]')
            sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write('\n')


@contextmanager
def _atomic_output(path: str | None) -> Iterator[BinaryIO]:
    """stdout, or a temporary file beside `path` renamed onto it only on success."""
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix='.' + os.path.basename(path) + '.', suffix='.tmp', dir=directory)
    except OSError as e:
        raise CliError(f'{path}: cannot write ({e.strerror})') from None
    try:
        with os.fdopen(fd, 'wb') as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ----- commands -------------------------------------------------------------------------
def _converter(args):
    from . import Converter, DictionaryError
    c = Converter()
    for path in args.dict or ():
        try:
            c.load_userdict(path)
        except FileNotFoundError:
            raise CliError(f'{path}: no such dictionary file') from None
        except DictionaryError as e:
            raise CliError(str(e).splitlines()[0]) from None
        except OSError as e:
            raise CliError(f'{path}: {e.strerror}') from None
    return c


def _open(path: str) -> BinaryIO:
    try:
        return open(path, 'rb')
    except FileNotFoundError:
        raise CliError(f'{path}: no such file') from None
    except IsADirectoryError:
        raise CliError(f'{path}: is a directory') from None
    except OSError as e:
        raise CliError(f'{path}: {e.strerror}') from None


def _read_text(path: str) -> str:
    with _open(path) as f:
        return _decode(f.read(), path, 0)


def cmd_convert(args) -> int:
    c = _converter(args)
    from .styles import check_style
    check_style(args.style)
    jobs = (os.cpu_count() or 1) if args.jobs == 0 else args.jobs
    if jobs < 0:
        raise CliError(f'--jobs: {args.jobs} is negative (0 means one a processor)', 2)
    convert = partial(c.convert, style=args.style, first_only=args.first_only, basic_only=args.basic_only)
    stream_converter = partial(convert_stream_parallel, jobs=jobs) if jobs > 1 else convert_stream

    files = args.files or ['-']
    if '-' in files and sys.stdin is None:
        raise CliError('standard input is closed')
    inputs = [sys.stdin.buffer if p == '-' else _open(p) for p in files]
    try:
        with _atomic_output(args.output) as sink:
            for path, stream in zip(files, inputs):
                bar = None
                if path != '-' and sys.stderr.isatty():
                    bar = _Progress(path, os.fstat(stream.fileno()).st_size)
                try:
                    stream_converter(stream, sink, convert, name='<stdin>' if path == '-' else path,
                                     progress=bar)
                finally:
                    if bar is not None:
                        bar.close()
    finally:
        for stream in inputs:
            if stream is not sys.stdin.buffer:
                stream.close()
    return 0


def _write(text: str, path: str | None) -> None:
    with _atomic_output(path) as f:
        f.write(text.encode('utf-8'))


def cmd_diff(args) -> int:
    from .diff import diff
    from .report import diff_records, render_html, render_jsonl, render_text
    source, converted = _read_text(args.source), _read_text(args.converted)
    try:
        diffs = diff(source, converted, converter=_converter(args))
    except ValueError as e:
        raise CliError(f'{args.source}, {args.converted}: {e}') from None
    if args.html:
        _write(render_html(diffs, title=f'hanjaconv diff: {os.path.basename(args.converted)}'), args.html)
    if args.json:
        sys.stdout.writelines(render_jsonl(diff_records(diffs)))
    else:
        sys.stdout.write(render_text(diffs, color=sys.stdout.isatty()))
    return 1 if any(d.errors for d in diffs) else 0


def cmd_eval(args) -> int:
    from .diff import SentenceDiff, diff
    from .evaluate import GoldError, evaluate, load_gold
    from .report import eval_records, render_eval_text, render_html, render_jsonl
    try:
        rows = load_gold(args.gold)
    except FileNotFoundError:
        raise CliError(f'{args.gold}: no such file') from None
    except IsADirectoryError:
        raise CliError(f'{args.gold}: is a directory') from None
    except GoldError as e:
        raise CliError(str(e)) from None
    c = _converter(args)
    outs = [c.convert(h) for h, _ in rows]
    result = evaluate(rows, outs, partial=args.partial)
    if args.html:
        row_diffs = []
        for (h, _), o in zip(rows, outs):
            try:
                ds = diff(h, o, converter=c)
                row_diffs.append(SentenceDiff(0, 0, len(h), h, o, tuple(x for d in ds for x in d.changes)))
            except ValueError:
                row_diffs.append(None)
        _write(render_html(evaluation=result, row_diffs=row_diffs,
                           title=f'hanjaconv evaluation: {os.path.basename(args.gold)}'), args.html)
    if args.json:
        sys.stdout.writelines(render_jsonl(eval_records(result, errors=args.errors)))
    else:
        sys.stdout.write(render_eval_text(result, errors=args.errors, color=sys.stdout.isatty()) + '\n')
    return 0


def cmd_candidates(args) -> int:
    c = _converter(args)
    found = c.candidates(args.word)
    if not found:
        raise CliError(f'no Hanja for {args.word!r}')
    for hanja, gloss in found:
        sys.stdout.write(f'{hanja}\t{gloss}\n')
    return 0


def _parser() -> argparse.ArgumentParser:
    from .styles import STYLES
    p = _Parser(prog='hanjaconv', description='Convert Korean Hangul text into mixed Hangul-Hanja script.')
    sub = p.add_subparsers(dest='command', required=True, parser_class=_Parser, metavar='COMMAND')
    common = _Parser(add_help=False)
    common.add_argument('--dict', action='append', metavar='FILE',
                        help='a user dictionary (TSV hangul<TAB>hanja); repeatable')

    c = sub.add_parser('convert', parents=[common], help='convert files or stdin')
    c.add_argument('files', nargs='*', metavar='FILE', help="input files (default: stdin; '-' is stdin)")
    c.add_argument('--style', default='hanja', choices=STYLES)
    c.add_argument('--first-only', action='store_true', help='gloss only the first occurrence of a word')
    c.add_argument('--basic-only', action='store_true', help='only words of the 1,800 basic Hanja')
    c.add_argument('-o', '--output', metavar='FILE', help='write here (atomically) instead of stdout')
    c.add_argument('-j', '--jobs', type=int, default=1, metavar='N',
                   help='convert in N processes (0: one a processor); the output is the same')
    c.set_defaults(run=cmd_convert)

    d = sub.add_parser('diff', parents=[common], help='what a conversion changed, sentence by sentence')
    d.add_argument('source')
    d.add_argument('converted')
    d.add_argument('--html', metavar='OUT', help='also write an HTML report')
    d.add_argument('--json', action='store_true', help='JSON lines, one per sentence')
    d.set_defaults(run=cmd_diff)

    e = sub.add_parser('eval', parents=[common], help='convert a gold set and score it')
    e.add_argument('gold', help='TSV (hangul<TAB>mixed, header line) or JSONL (hangul, mixed)')
    e.add_argument('--partial', action='store_true', help='partial gold: only its Hanja words count')
    e.add_argument('--json', action='store_true', help='JSON lines')
    e.add_argument('--html', metavar='OUT', help='also write an HTML report')
    e.add_argument('--errors', action='store_true', help='list every mistake')
    e.set_defaults(run=cmd_eval)

    w = sub.add_parser('candidates', parents=[common], help='the Hanja for a Hangul word')
    w.add_argument('word')
    w.set_defaults(run=cmd_candidates)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    prog = 'hanjaconv'
    if sys.stderr is None:  # started with stderr closed: errors still need somewhere to go
        sys.stderr = open(os.devnull, 'w')
    if sys.stdout is None:
        sys.stderr.write(f'{prog}: standard output is closed\n')
        return 1
    try:
        args = _parser().parse_args(argv)
        status = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except CliError as e:
        sys.stderr.write(f'{prog}: {e}\n')
        return e.status
    except BrokenPipeError:
        # the reader went away (| head): point stdout at devnull so the final flush is quiet
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f'{prog}: interrupted\n')
        return 130
    except SystemExit as e:  # --help and --version
        return e.code if isinstance(e.code, int) else 0
    except (ValueError, OSError) as e:
        sys.stderr.write(f'{prog}: {e}\n')
        return 1


if __name__ == '__main__':  # pragma: no cover
    sys.exit(main())
