"""Work done in forked copies of this process, which share its model and caches (copy on write):
a long document's checks (``checks.split``). A child's result comes back pickled through a pipe;
a child that fails has its work redone here, so that an error, if any, is raised here with its
traceback.
"""

from __future__ import annotations

import os
import pickle
import sys
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


def can_fork(embedder) -> bool:
    """Whether work may go to a forked child: on Linux (numpy's OpenBLAS restarts its threads in
    a child; macOS's system frameworks are not safe to fork), with an embedder that says it may be
    forked (``fork_safe``: numpy and no threads of its own between calls, not torch)."""
    return sys.platform.startswith("linux") and bool(getattr(embedder, "fork_safe", embedder is None))


@dataclass
class Child(Generic[T]):
    """A forked child running some work: its pid and the read end of its result's pipe."""

    pid: int
    read: int

    def result(self, redo: Callable[[], T]) -> T:
        """The child's result, once it has exited; ``redo()`` here when it failed."""
        with os.fdopen(self.read, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not payload:
            return redo()
        return pickle.loads(payload)

    def abandon(self) -> None:
        """Stop waiting for the child (it stops at its next write) and reap it."""
        os.close(self.read)
        os.waitpid(self.pid, 0)


def start(work: Callable[[], T], embedder=None) -> Child[T]:
    """Run ``work()`` in a forked child, ``embedder`` single-threaded there (one process per core)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return Child(pid, read)
    status = 1
    try:  # the child: never returns into the caller's code
        os.close(read)
        if hasattr(embedder, "threads"):
            embedder.threads = 1
        payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(payload)
        status = 0
    finally:
        os._exit(status)
