"""`python -m ccsvi_check`: the same as the ccsvi-check command."""

from .cli import main

if __name__ == "__main__":
    main()
