"""Which rule modules are compiled (see setup.py), and running them from source when that is wiser.

A compiled module (`claims.cpython-311-x86_64-linux-gnu.so`) shadows its source. In a checkout (a
git work tree: where `pip install -e .` leaves the builds beside the sources), a rule edited after
the build would go on running in its old form without a word, so when any compiled module is older
than its source, all of them are imported from source instead (compiled, they call each other
directly: half and half would mix old and new), with a warning. An installed package is what was
built (its files' times are the installer's). XF_FROM_SOURCE=1 imports from source on purpose (to
compare the two builds, or to debug).
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import warnings
from pathlib import Path

COMPILED = ("scan", "script", "segment", "clean", "entities", "numbers", "actions", "claims", "honors",
            "metadata", "assemble")

_PACKAGE = Path(__file__).resolve().parent


class _FromSource(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.partition(".")
        if package != __package__ or name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, _PACKAGE / f"{name}.py")


def _builds() -> dict[str, Path]:
    found = [*_PACKAGE.glob("*.so"), *_PACKAGE.glob("*.pyd")]  # Linux/macOS, Windows
    return {name: build for build in found if (name := build.name.split(".")[0]) in COMPILED}


def compiled() -> bool:
    """Do the rule modules in use run compiled?"""
    return all(not str(getattr(sys.modules.get(f"{__package__}.{name}"), "__file__", ".py")).endswith(".py")
               for name in COMPILED)


def choose() -> None:
    """Called by the package before any rule module is imported."""
    builds = _builds()
    if not builds:
        return
    checkout = (_PACKAGE.parent / ".git").exists()
    stale = [name for name, build in builds.items() if checkout and (_PACKAGE / f"{name}.py").exists()
             and (_PACKAGE / f"{name}.py").stat().st_mtime > build.stat().st_mtime]
    if os.environ.get("XF_FROM_SOURCE") == "1" or stale:
        if stale:
            warnings.warn(f"extractor: the source of {', '.join(sorted(stale))} is newer than its compiled build; "
                          "running every rule module from source (reinstall to compile them again, or install with "
                          "XF_COMPILE=0 to stop compiling)", stacklevel=3)
        sys.meta_path.insert(0, _FromSource())
