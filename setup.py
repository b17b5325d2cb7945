"""Build: a regular install or wheel compiles the rule modules to C with mypyc; an editable install
(`pip install -e .`, for people who edit rules) runs them from source, always.

The compiled modules are the same, type-checked Python (`benchmarks/bench_speed.py` measures what
compiling buys). A type error fails the build loudly: nothing is installed that differs from what
was checked. With XF_COMPILE=0, or on a machine without a C compiler, the build installs the
plain-Python modules and says so.
"""
import os
import shutil
import sys
import sysconfig

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the modules every article runs through; the application (CLI, batch, review page) stays Python
COMPILED = [
    "extractor/text/scan.py",
    "extractor/text/script.py",
    "extractor/text/segment.py",
    "extractor/text/numerals.py",
    "extractor/stages/doc.py",
    "extractor/stages/filters.py",
    "extractor/stages/tokenizer.py",
    "extractor/stages/clean.py",
    "extractor/stages/entities.py",
    "extractor/stages/home.py",
    "extractor/stages/numbers.py",
    "extractor/stages/actions.py",
    "extractor/stages/claims.py",
    "extractor/stages/titles.py",
    "extractor/stages/recipients.py",
    "extractor/stages/honors.py",
    "extractor/stages/metadata.py",
    "extractor/assemble.py",
]


class BuildExt(build_ext):
    def run(self):
        if getattr(self, "editable_mode", False) or self.inplace:
            print("xfacts: editable install: the rule modules run from source", file=sys.stderr)
            return  # nothing compiled in place: a compiled module beside its source would shadow edits
        super().run()


def _compiler_available() -> bool:
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None


def ext_modules() -> list:
    building = {"bdist_wheel", "build", "build_ext", "install"} & set(sys.argv[1:])
    if os.environ.get("XF_COMPILE", "1") == "0" or "editable_wheel" in sys.argv or not building:
        return []  # metadata-only runs (egg_info, dist_info) and editable installs compile nothing
    if not _compiler_available():
        print("xfacts: no C compiler: the rule modules are installed as plain Python", file=sys.stderr)
        return []
    from mypyc.build import mypycify  # a build requirement (pyproject.toml)

    # dependencies are not installed yet when pip builds in a fresh environment: mypy types what
    # comes from them as Any, which compiles to the same generic Python calls. A type error in our
    # own code raises here and fails the build.
    return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3")


setup(ext_modules=ext_modules(), cmdclass={"build_ext": BuildExt})
