"""An asyncio loop on its own thread, for Bluetooth stacks that need one (bleak, bumble).

The GUI's thread never runs this loop: it submits coroutines here and gets results back
through the transport's Deliver function (a queued signal in the app). A Qt main thread on
Windows is single-threaded COM, which bleak refuses; a worker thread avoids that too.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Runner(Protocol):
    """Where an asynchronous transport runs its coroutines."""

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]: ...


class LoopRunner:
    """Runs coroutines on an existing loop (a test's, or a LoopThread's)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)


class LoopThread:
    """A daemon thread running one asyncio loop until ``stop()``."""

    def __init__(self, name: str = "walkcoach-bluetooth") -> None:
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the Bluetooth thread did not start")

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        assert self._loop is not None
        return self._loop

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self, timeout_s: float = 5.0) -> None:
        """Let pending work (a last disconnect) finish for up to ``timeout_s``, then stop the
        loop (what is still pending is cancelled) and wait for the thread."""
        if not self._thread.is_alive():
            return

        async def drain() -> None:
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            if others:
                await asyncio.wait(others, timeout=timeout_s)
            asyncio.get_running_loop().stop()

        asyncio.run_coroutine_threadsafe(drain(), self.loop)
        self._thread.join(timeout_s + 5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
