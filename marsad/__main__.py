"""``python -m marsad``."""

from marsad.cli import main

main()
