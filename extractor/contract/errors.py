"""The error catalogue: one root class, one code per way an input can fail.

Each error has a `kind` (stable, machine-readable: it is the `error.kind` of a batch error
record) and a message a user can act on. The CLI prints `error[KIND]: message` on one line.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Root of every error this package raises on purpose."""

    kind = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"error[{self.kind}]: {self.message}"


class InputError(ExtractorError):
    """The input cannot become an Article; the message says why."""

    kind = "input"


class EmptyInput(InputError):
    kind = "empty"


class BinaryInput(InputError):
    kind = "binary"


class UndecodableInput(InputError):
    kind = "undecodable"


class NoChineseText(InputError):
    kind = "no_chinese"


class InputTooLarge(InputError):
    kind = "too_large"


class UnreadableInput(InputError):
    kind = "unreadable"


class ModelNotFound(ExtractorError):
    kind = "model_not_found"


class ExtractionTimeout(ExtractorError):
    kind = "timeout"


class WorkerCrashed(ExtractorError):
    """A batch worker died on an input (a crash in native code, the OOM killer): that input alone fails."""

    kind = "crashed"


class OutputFault(ExtractorError):
    """An output cannot be written (a missing or read-only directory, a full disk): the job stops
    with one line and exit status 2, leaving nothing half-written behind."""

    kind = "output"


class StageOrderError(ExtractorError):
    """A pipeline stage ran before the stage whose output it reads (a wrong order in pipeline.cfg)."""

    kind = "pipeline"


class InternalError(ExtractorError):
    """A bug: an unexpected exception while extracting one input. Please report it with the input."""

    kind = "internal"


def EMPTY(what: str) -> EmptyInput:
    return EmptyInput(f"{what} is empty: there is no text to extract from")


def BINARY(what: str, detail: str) -> BinaryInput:
    return BinaryInput(f"{what} looks like binary data ({detail}), not a text article")


def UNDECODABLE(what: str) -> UndecodableInput:
    return UndecodableInput(
        f"{what} could not be decoded as UTF-8, GB18030/GBK or Big5; convert it to UTF-8 and retry"
    )


def NO_CHINESE(what: str) -> NoChineseText:
    return NoChineseText(f"{what} contains no Chinese text; this extractor reads Chinese reports only")


def TOO_LARGE(what: str, size: int, limit: int, at_least: bool = False) -> InputTooLarge:
    """`at_least`: reading stopped at `size` bytes, past the limit (a stream, a device: the rest was not read)."""
    size_text = f"more than {limit:,} bytes" if at_least else f"{size:,} bytes"
    return InputTooLarge(
        f"{what} is {size_text}, over the {limit:,}-byte limit; raise --max-bytes if it really is one article"
    )


def UNREADABLE(what: str, reason: str) -> UnreadableInput:
    return UnreadableInput(f"cannot read {what}: {reason}")


def OUTPUT(what: str, reason: str) -> OutputFault:
    return OutputFault(f"cannot write {what}: {reason}")


def INTERNAL(what: str, e: BaseException) -> InternalError:
    return InternalError(f"{what}: {type(e).__name__}: {e} (a bug; please report it with the input)")


def MODEL_NOT_FOUND(name: str) -> ModelNotFound:
    return ModelNotFound(
        f"spaCy pipeline {name!r} is not installed and is not a directory; install it or pass --model none"
    )


def STAGE_ORDER(stage: str, attr: str, set_by: str) -> StageOrderError:
    return StageOrderError(
        f"{stage} reads {attr}, which {set_by} sets, and no stage before {stage} set it: put {set_by} before {stage} in the "
        "pipeline (extractor/pipeline.cfg)"
    )
