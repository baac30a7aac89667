"""The idle lock counts the time the laptop slept.

``time.monotonic`` stops during suspend on Linux and macOS: four quiet minutes, the lid shut
for an hour, and the vault was still open on waking. The idle clock is CLOCK_BOOTTIME where
there is one, else the wall clock kept from running backwards.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kastdesk.ui.main_window import ForwardClock, IdleWatcher, idle_clock

HOUR = 3600.0


class Laptop:
    """A computer's clocks: ``monotonic`` stands still while it sleeps, the others run."""

    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.boottime = 1000.0
        self.wall = 1_800_000_000.0

    def awake(self, seconds: float) -> None:
        self.monotonic += seconds
        self.boottime += seconds
        self.wall += seconds

    def sleep(self, seconds: float) -> None:
        self.boottime += seconds
        self.wall += seconds


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> Laptop:
    laptop = Laptop()
    real_gettime = time.clock_gettime
    boottime = getattr(time, "CLOCK_BOOTTIME", None)

    def clock_gettime(clock_id: int) -> float:
        if boottime is not None and clock_id == boottime:
            return laptop.boottime
        if clock_id == time.CLOCK_MONOTONIC:
            return laptop.monotonic
        return real_gettime(clock_id)

    monkeypatch.setattr(time, "clock_gettime", clock_gettime)
    monkeypatch.setattr(time, "monotonic", lambda: laptop.monotonic)
    monkeypatch.setattr(time, "time", lambda: laptop.wall)
    return laptop


def _watcher(qtbot: Any, minutes: float = 5, clock: Callable[[], float] | None = None
             ) -> tuple[IdleWatcher, list[bool]]:
    watcher = IdleWatcher(minutes, clock=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start(minutes)
    return watcher, fired


def test_an_hour_asleep_after_four_quiet_minutes_locks(qtbot, laptop: Laptop) -> None:  # type: ignore[no-untyped-def]
    watcher, fired = _watcher(qtbot)
    laptop.awake(4 * 60)
    watcher.check()
    assert fired == []
    laptop.sleep(HOUR)
    watcher.check()  # the first tick after waking
    assert fired == [True]


def test_without_a_boot_clock_the_wall_clock_counts_the_sleep(
    qtbot, laptop: Laptop, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)  # macOS, the BSDs, Windows
    watcher, fired = _watcher(qtbot)
    laptop.awake(4 * 60)
    laptop.sleep(HOUR)
    watcher.check()
    assert fired == [True]


@pytest.mark.skipif(sys.platform != "linux", reason="CLOCK_BOOTTIME is Linux's")
def test_linux_uses_the_boot_clock() -> None:
    clock = idle_clock()
    assert abs(clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1.0


def test_the_wall_clock_set_back_does_not_put_off_the_lock() -> None:
    wall = [1_800_000_000.0]
    clock = ForwardClock(lambda: wall[0])
    start = clock()
    wall[0] += 60
    assert clock() - start == 60
    wall[0] -= 2 * HOUR  # set back by hand, or by the time service
    assert clock() - start == 60
    wall[0] += 4 * 60
    assert clock() - start == 5 * 60  # the minutes since still count


def test_a_key_pressed_on_waking_locks_instead_of_keeping_it_open(
    qtbot, laptop: Laptop  # type: ignore[no-untyped-def]
) -> None:
    """Opening the lid and pressing a key before the next tick counted as use: the idle
    time started again and the vault stayed open."""
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    watcher, fired = _watcher(qtbot)
    watcher.watch(field.windowHandle())
    laptop.awake(4 * 60)
    laptop.sleep(HOUR)
    press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(field.windowHandle(), press)
    qtbot.waitUntil(lambda: fired == [True])
    assert field.text() == ""  # the key did nothing but lock
    watcher.detach()


def test_a_key_pressed_just_past_the_limit_still_counts_as_use(
    qtbot, laptop: Laptop  # type: ignore[no-untyped-def]
) -> None:
    """Awake, input within a tick of the limit is use (the tick had not come yet)."""
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    watcher, fired = _watcher(qtbot)
    watcher.watch(field.windowHandle())
    laptop.awake(5 * 60 + 1)
    press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(field.windowHandle(), press)
    watcher.check()
    qtbot.wait(20)
    assert fired == [] and field.text() == "a"
    watcher.detach()
