"""Build: the rule modules are compiled to C with mypyc when the machine has a C compiler.

They are ordinary, type-checked Python; compiled, the same code runs the whole extraction about
1.15x faster (`python benchmarks/bench_batch.py` prints both). Everything else (metadata, models,
the CLI) lives in pyproject.toml.

    XF_COMPILE=0 pip install -e .   # plain Python, for a checkout where rules are being edited

Without a compiler (or without mypyc) the build installs the plain-Python modules instead of failing.
"""
import os
import runpy
import sys

from setuptools import setup

# the list lives beside the loader that uses it; read without importing the package (not built yet)
COMPILED = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "extractor", "_compiled.py"))["COMPILED"]


def ext_modules() -> list:
    if os.environ.get("XF_COMPILE", "1") == "0":
        return []
    try:
        from mypyc.build import mypycify

        # the dependencies are not installed yet when pip builds into a fresh environment: mypy then
        # types what comes from them as Any, which compiles to the same generic Python calls
        extensions = mypycify(["--ignore-missing-imports", *(f"extractor/{name}.py" for name in COMPILED)],
                              opt_level="3")
    except (Exception, SystemExit) as e:  # mypyc missing, or its type check failed
        print(f"xfacts: rule modules stay plain Python ({e!r})", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: install the plain-Python modules instead
    return extensions


setup(ext_modules=ext_modules())
