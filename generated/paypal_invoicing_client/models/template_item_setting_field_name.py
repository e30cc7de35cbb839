from enum import StrEnum


class TemplateItemSettingFieldName(StrEnum):
    ITEMS_DATE = "items.date"
    ITEMS_DATE_UPPER_CASE = "ITEMS_DATE"
    ITEMS_DESCRIPTION = "items.description"
    ITEMS_DESCRIPTION_UPPER_CASE = "ITEMS_DESCRIPTION"
    ITEMS_DISCOUNT = "items.discount"
    ITEMS_DISCOUNT_UPPER_CASE = "ITEMS_DISCOUNT"
    ITEMS_QUANTITY = "items.quantity"
    ITEMS_QUANTITY_UPPER_CASE = "ITEMS_QUANTITY"
    ITEMS_TAX = "items.tax"
    ITEMS_TAX_UPPER_CASE = "ITEMS_TAX"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TemplateItemSettingFieldName | None":
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
