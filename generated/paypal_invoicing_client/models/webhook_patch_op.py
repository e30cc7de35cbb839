from enum import StrEnum


class WebhookPatchOp(StrEnum):
    ADD = "add"
    COPY = "copy"
    MOVE = "move"
    REMOVE = "remove"
    REPLACE = "replace"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookPatchOp | None":
        """Accept a value PayPal added after this client was generated, instead of raising.

        The new value becomes a member of its own (cached, so it compares by identity too),
        keeps its text in `.value` and goes back to PayPal unchanged.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
