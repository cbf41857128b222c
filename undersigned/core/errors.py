from __future__ import annotations


class TransitionError(ValueError):
    """A state change that the life cycle does not allow."""

    def __init__(self, subject: str, current: str, target: str) -> None:
        self.current = current
        self.target = target
        super().__init__(f"A {subject} cannot go from {current} to {target}.")
