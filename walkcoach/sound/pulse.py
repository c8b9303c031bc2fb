"""A playback stream on the PulseAudio server (or PipeWire's PulseAudio service) via libpulse-simple.

Called through ctypes: libpulse is on every Linux desktop that has sound (Qt's own audio needs
the same library), so this adds no dependency. The blocking "simple" API fits a helper process
that does nothing but feed one stream.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

from walkcoach.core.i18n import QT_TRANSLATE_NOOP
from walkcoach.sound.pcm import CHANNELS, RATE_HZ, SAMPLE_BYTES

_PA_STREAM_PLAYBACK = 1
_PA_SAMPLE_S16LE = 3
_DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: let the server choose


class SoundOutputError(RuntimeError):
    """The sound server cannot be reached or stopped playing; the message says why.

    ``template`` is the message before its figures were filled in (marked for lupdate under
    "SoundHelper"), ``figures`` what fills them: the helper process knows no translation, so it
    sends both and the UI says the reason in its own language."""

    def __init__(self, template: str, **figures: str) -> None:
        super().__init__(template.format(**figures) if figures else template)
        self.template = template
        self.figures = figures


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


def _load(name: str, soname: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(ctypes.util.find_library(name) or soname)
    except OSError as exc:
        raise SoundOutputError(
            QT_TRANSLATE_NOOP("SoundHelper", "{library} is not installed ({detail})"),
            library=soname,
            detail=str(exc),
        ) from None


@cache
def _libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    simple = _load("pulse-simple", "libpulse-simple.so.0")
    pulse = _load("pulse", "libpulse.so.0")
    err = ctypes.POINTER(ctypes.c_int)
    simple.pa_simple_new.restype = ctypes.c_void_p
    simple.pa_simple_new.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.POINTER(_SampleSpec),
        ctypes.c_void_p,
        ctypes.POINTER(_BufferAttr),
        err,
    ]
    simple.pa_simple_write.restype = ctypes.c_int
    simple.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, err]
    simple.pa_simple_get_latency.restype = ctypes.c_uint64
    simple.pa_simple_get_latency.argtypes = [ctypes.c_void_p, err]
    simple.pa_simple_free.restype = None
    simple.pa_simple_free.argtypes = [ctypes.c_void_p]
    pulse.pa_strerror.restype = ctypes.c_char_p
    pulse.pa_strerror.argtypes = [ctypes.c_int]
    return simple, pulse


def _error_text(code: int) -> str:
    text = _libraries()[1].pa_strerror(code)
    return text.decode("utf-8", "replace") if text else f"error {code}"


class PulseOutput:
    """One open playback stream: mono 16-bit 44.1 kHz, ``target_ms`` of buffering.

    ``write`` blocks until the server has room, which paces the caller.
    """

    def __init__(self, app_name: str, stream_name: str, target_ms: float, prebuf_ms: float) -> None:
        simple, _ = _libraries()
        self._simple = simple
        spec = _SampleSpec(_PA_SAMPLE_S16LE, RATE_HZ, CHANNELS)
        attr = _BufferAttr(
            _DEFAULT, _bytes_for_ms(target_ms), _bytes_for_ms(prebuf_ms), _DEFAULT, _DEFAULT
        )
        error = ctypes.c_int(0)
        handle = simple.pa_simple_new(
            None,
            app_name.encode(),
            _PA_STREAM_PLAYBACK,
            None,
            stream_name.encode(),
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not handle:
            raise SoundOutputError(
                QT_TRANSLATE_NOOP("SoundHelper", "the sound server cannot be reached ({detail})"),
                detail=_error_text(error.value),
            )
        self._handle: int | None = handle

    def write(self, data: bytes) -> None:
        error = ctypes.c_int(0)
        if self._simple.pa_simple_write(self._live(), data, len(data), ctypes.byref(error)) < 0:
            raise self._stopped(error.value)

    def latency_s(self) -> float:
        """How long until a sample written now is heard (buffer plus the device)."""
        error = ctypes.c_int(0)
        usec = self._simple.pa_simple_get_latency(self._live(), ctypes.byref(error))
        if usec == ctypes.c_uint64(-1).value:
            raise self._stopped(error.value)
        return float(usec) / 1e6

    def _stopped(self, code: int) -> SoundOutputError:
        return SoundOutputError(
            QT_TRANSLATE_NOOP("SoundHelper", "the sound server stopped playing ({detail})"),
            detail=_error_text(code),
        )

    def close(self) -> None:
        if self._handle is not None:
            self._simple.pa_simple_free(self._handle)
            self._handle = None

    def _live(self) -> int:
        if self._handle is None:
            raise SoundOutputError(QT_TRANSLATE_NOOP("SoundHelper", "the sound output is closed"))
        return self._handle


def _bytes_for_ms(ms: float) -> int:
    return round(RATE_HZ * ms / 1000) * SAMPLE_BYTES * CHANNELS
