"""Diagnostics log: the last few hundred log records, redacted, kept in memory only.

Officers' records, passphrases and keys must never reach a log, whatever a caller passes.
So nothing here trusts a deny list of words; a record is rebuilt from parts that cannot
carry them:

- the message is kept only when it is a string constant of the calling code (the very
  object in the caller's `co_consts`), so an f-string or a `%`-formatted title is withheld;
- an argument is kept only when its type cannot hold text: int, float, bool, None, an enum
  member (its name, defined in code), a UUID, a timedelta, a path; every `str`, `bytes`
  or other object becomes a placeholder naming its type;
- an exception keeps its type and the traceback's code locations, never its message.

Records live in a ring buffer shown under Help → Diagnostics; nothing is written to disk
unless the user saves it there. `install()` sets this up for the GUI and the CLI;
with $LIAISON_DEBUG set, the same redacted lines also go to stderr.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import sys
import threading
import traceback
import uuid
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import PosixPath, PurePath, PurePosixPath, PureWindowsPath, WindowsPath
from types import FrameType

DEBUG_ENV = "LIAISON_DEBUG"
CAPACITY = 500  # enough for a session's story, small enough to read in the dialog
WITHHELD_MESSAGE = "<message withheld: not a literal in {where}>"
# Exact types only: a subclass could override __str__ to return anything.
_SAFE_SCALARS = frozenset({bool, int, float, type(None), uuid.UUID, timedelta})
_PATHS = frozenset({PurePosixPath, PureWindowsPath, PosixPath, WindowsPath})
_NUMBERS = frozenset({bool, int, float})
_MAX_DEPTH = 2  # tuples of tuples of ids are plenty; deeper nests are withheld whole


@dataclass(frozen=True, slots=True)
class Entry:
    """One redacted log record: only text that passed the rules above."""

    created: float  # seconds since the epoch
    level: str
    logger: str
    message: str
    details: str  # a redacted traceback or stack, or ""

    def line(self) -> str:
        """The entry as text: time, level, logger, message, then any traceback lines."""
        stamp = datetime.fromtimestamp(self.created).strftime("%Y-%m-%d %H:%M:%S")
        head = f"{stamp} {self.level:<7} {self.logger}: {self.message}"
        return f"{head}\n{self.details}" if self.details else head


# --- the redaction rules ------------------------------------------------------------------


def redact(record: logging.LogRecord) -> Entry:
    """The safe form of `record`; must be called on the logging thread, inside the log call."""
    message = _message(record)
    details = ""
    if record.exc_info and record.exc_info[1] is not None:
        details = _traceback(record.exc_info[1])
    if record.stack_info:
        # Formatted by logging from code objects alone (file, line, source): no values.
        details = "\n".join(filter(None, (details, record.stack_info)))
    name = record.name if _is_module_logger(record.name) else "<logger name withheld>"
    return Entry(record.created, record.levelname, name, message, details)


def _is_module_logger(name: str) -> bool:
    """Loggers are named after modules (`getLogger(__name__)`): a name whose top package is
    not loaded could be anything, even a title."""
    return name == "root" or name.split(".", 1)[0] in sys.modules


def safe_value(value: object, depth: int = 0) -> str:
    """`value` as text when its type cannot carry record content, else a placeholder."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"  # checked before str: StrEnum is a str
    if isinstance(value, BaseException):
        return _exception_name(value)
    if type(value) in _SAFE_SCALARS or type(value) in _PATHS:
        return str(value)
    if type(value) in (tuple, list, frozenset, set) and depth < _MAX_DEPTH:
        assert isinstance(value, tuple | list | frozenset | set)
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        inner = ", ".join(safe_value(v, depth + 1) for v in items)
        return f"[{inner}]"
    return f"<{type(value).__name__} withheld>"


def _message(record: logging.LogRecord) -> str:
    fmt = record.msg
    if not isinstance(fmt, str) or not _is_caller_constant(record):
        return WITHHELD_MESSAGE.format(where=f"{_short_path(record.pathname)}:{record.lineno}")
    args = record.args
    if not args:
        return fmt
    safe: tuple[object, ...] | dict[str, object]
    if isinstance(args, Mapping):
        safe = {str(k): _format_arg(v) for k, v in args.items()}
    else:
        safe = tuple(_format_arg(a) for a in args)
    try:
        return fmt % safe
    except (TypeError, ValueError, KeyError):
        # A placeholder met a numeric conversion (%d): the values follow the format instead.
        values = safe.values() if isinstance(safe, dict) else safe
        return f"{fmt} | {', '.join(str(v) for v in values)}"


def _format_arg(value: object) -> object:
    """Numbers stay numbers (so %d and %.1f work); everything else becomes its safe text."""
    if type(value) in _NUMBERS:
        return value
    return safe_value(value)


def _is_caller_constant(record: logging.LogRecord) -> bool:
    """Whether `record.msg` is a constant object of the code that logged it.

    A literal passed to `log.info` is the same object as the constant in the caller's
    code; text built at run time (f-strings, `%`, `+`, str(obj)) is a new object."""
    frame = _caller_frame(record)
    if frame is None:
        return False
    return any(const is record.msg for const in frame.f_code.co_consts)


def _caller_frame(record: logging.LogRecord) -> FrameType | None:
    # The handler runs inside the logging call, so the caller's frame is on this stack.
    if record.thread != threading.get_ident():
        return None
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_filename == record.pathname and frame.f_lineno == record.lineno:
            return frame
        frame = frame.f_back
    return None


def _exception_name(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    code = getattr(exc, "code", None) or getattr(exc, "reason", None)
    return f"{name} ({safe_value(code)})" if isinstance(code, enum.Enum) else name


def _traceback(exc: BaseException) -> str:
    """Where `exc` (and the exceptions it came from) were raised: code locations only."""
    parts: list[str] = []
    for link in _chain(exc):
        frames = traceback.extract_tb(link.__traceback__)
        parts.append("Traceback (most recent call last):\n" + "".join(frames.format()).rstrip("\n"))
        parts.append(f"{_exception_name(link)}: <message withheld>")
    return "\n".join(parts)


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and its causes, oldest first, as Python prints them."""
    seen: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and all(link is not s for s in seen):
        seen.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return seen[::-1]


def _short_path(path: str) -> str:
    parts = PurePath(path).parts
    return "/".join(parts[-2:]) if parts else "?"


# --- where entries go ---------------------------------------------------------------------


class RingBufferHandler(logging.Handler):
    """Keeps the last `capacity` redacted entries in memory (never the records themselves)."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        super().__init__(logging.DEBUG)
        self._entries: deque[Entry] = deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        self._entries.append(_redact_or_note(record))

    def entries(self) -> list[Entry]:
        """The kept entries, oldest first."""
        with self.lock or threading.Lock():
            return list(self._entries)

    def text(self) -> str:
        """Every kept entry as text, one line each (plus traceback lines)."""
        return "".join(f"{e.line()}\n" for e in self.entries())

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()


class RedactedStderrHandler(logging.Handler):
    """Writes redacted lines to whatever `sys.stderr` is at the time ($LIAISON_DEBUG)."""

    def emit(self, record: logging.LogRecord) -> None:
        line = _redact_or_note(record).line()
        with contextlib.suppress(OSError, ValueError):  # a closed stream: the buffer has it
            sys.stderr.write(line + "\n")


def _redact_or_note(record: logging.LogRecord) -> Entry:
    # Never let logging's handleError run: it prints the raw message and arguments.
    try:
        return redact(record)
    except Exception as exc:
        note = f"<unreadable record: {type(exc).__name__}>"
        return Entry(record.created, record.levelname, record.name, note, "")


_buffer = RingBufferHandler()
_stderr = RedactedStderrHandler()


def buffer() -> RingBufferHandler:
    """The process's ring buffer (what Help → Diagnostics shows)."""
    return _buffer


def install(*, debug: bool | None = None) -> RingBufferHandler:
    """Route every log record through the redaction into the ring buffer (and stderr when
    debugging). Safe to call again: handlers are added once; `debug` defaults to $LIAISON_DEBUG."""
    debug = bool(os.environ.get(DEBUG_ENV)) if debug is None else debug
    root = logging.getLogger()
    if _buffer not in root.handlers:
        root.addHandler(_buffer)
    if debug and _stderr not in root.handlers:
        root.addHandler(_stderr)
    elif not debug and _stderr in root.handlers:
        root.removeHandler(_stderr)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # Python's last-resort handler prints unredacted text to stderr for loggers that do
    # not propagate here; with it gone such records are simply dropped.
    logging.lastResort = None
    return _buffer


__all__ = [
    "Entry",
    "RedactedStderrHandler",
    "RingBufferHandler",
    "buffer",
    "install",
    "redact",
    "safe_value",
]
