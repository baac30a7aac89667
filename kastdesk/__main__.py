"""Entry point for ``python -m kastdesk``: the same as the ``kastdesk`` command."""

import sys

from kastdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
