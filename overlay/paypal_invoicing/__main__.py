"""``python -m paypal_invoicing``: the same as the ``paypal-invoicing`` console script."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
