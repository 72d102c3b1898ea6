"""``python -m parcelkit``: the same as the ``parcelkit`` command."""

from parcelkit.cli import main

raise SystemExit(main())
