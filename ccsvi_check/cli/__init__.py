"""The command line: ``main`` is the console script, ``run`` the same returning the exit
status, ``app`` the typer app with every command on it.

Layout: ``root.py`` assembles the app and routes arguments; one module per command group
(``check``, ``claims``, ``validate``, ``export``, ``scan``); the options and helpers they
share in ``options.py``.  Imports go one way, root -> commands -> options.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .root import full_app, main, run

if TYPE_CHECKING:
    import typer

__all__ = ["app", "full_app", "main", "run"]


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the whole command line; built on first use (start-up time)
        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
