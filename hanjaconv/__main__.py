"""`python -m hanjaconv`: the command line (see hanjaconv.cli)."""
import sys

from .cli import main

if __name__ == '__main__':
    sys.exit(main())
