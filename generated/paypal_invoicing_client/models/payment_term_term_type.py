from enum import StrEnum


class PaymentTermTermType(StrEnum):
    DUE_ON_DATE_SPECIFIED = "DUE_ON_DATE_SPECIFIED"
    DUE_ON_RECEIPT = "DUE_ON_RECEIPT"
    NET_10 = "NET_10"
    NET_15 = "NET_15"
    NET_30 = "NET_30"
    NET_45 = "NET_45"
    NET_60 = "NET_60"
    NET_90 = "NET_90"
    NO_DUE_DATE = "NO_DUE_DATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaymentTermTermType | None":
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
