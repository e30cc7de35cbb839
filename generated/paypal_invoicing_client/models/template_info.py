from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.amount_summary import AmountSummary
    from ..models.configuration import Configuration
    from ..models.invoicer import Invoicer
    from ..models.item import Item
    from ..models.money import Money
    from ..models.recipient import Recipient
    from ..models.template_detail import TemplateDetail


T = TypeVar("T", bound="TemplateInfo")

_FIELD_KEYS = frozenset(
    {
        "additional_recipients",
        "amount",
        "configuration",
        "detail",
        "due_amount",
        "invoicer",
        "items",
        "primary_recipients",
    }
)


@_attrs_define(slots=False)
class TemplateInfo:
    """The invoice content a template presets."""

    additional_recipients: list[str] | Unset = UNSET
    amount: AmountSummary | Unset = UNSET
    """ The invoice total. PayPal computes `currency_code` and `value`; a request may carry only the breakdown
    inputs. """
    configuration: Configuration | Unset = UNSET
    """ Invoice settings. """
    detail: TemplateDetail | Unset = UNSET
    """ The header fields a template presets. """
    due_amount: Money | Unset = UNSET
    """ An amount in a currency. """
    invoicer: Invoicer | Unset = UNSET
    """ The merchant who issues the invoice. """
    items: list[Item] | Unset = UNSET
    primary_recipients: list[Recipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "additional_recipients",
                "amount",
                "configuration",
                "detail",
                "due_amount",
                "invoicer",
                "items",
                "primary_recipients",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateInfo) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "additional_recipients" in _values:
            additional_recipients = dumped(
                self._dump_additional_recipients, self.additional_recipients
            )
            if additional_recipients is not UNSET:
                field_dict["additional_recipients"] = additional_recipients
        if "amount" in _values:
            amount = dumped(self._dump_amount, self.amount, _lazy.get("amount"))
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "configuration" in _values:
            configuration = dumped(
                self._dump_configuration, self.configuration, _lazy.get("configuration")
            )
            if configuration is not UNSET:
                field_dict["configuration"] = configuration
        elif "configuration" in _lazy:
            field_dict["configuration"] = _lazy["configuration"]
        if "detail" in _values:
            detail = dumped(self._dump_detail, self.detail, _lazy.get("detail"))
            if detail is not UNSET:
                field_dict["detail"] = detail
        elif "detail" in _lazy:
            field_dict["detail"] = _lazy["detail"]
        if "due_amount" in _values:
            due_amount = dumped(
                self._dump_due_amount, self.due_amount, _lazy.get("due_amount")
            )
            if due_amount is not UNSET:
                field_dict["due_amount"] = due_amount
        elif "due_amount" in _lazy:
            field_dict["due_amount"] = _lazy["due_amount"]
        if "invoicer" in _values:
            invoicer = dumped(self._dump_invoicer, self.invoicer, _lazy.get("invoicer"))
            if invoicer is not UNSET:
                field_dict["invoicer"] = invoicer
        elif "invoicer" in _lazy:
            field_dict["invoicer"] = _lazy["invoicer"]
        if "items" in _values:
            items = dumped(self._dump_items, self.items, _lazy.get("items"))
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "primary_recipients" in _values:
            primary_recipients = dumped(
                self._dump_primary_recipients,
                self.primary_recipients,
                _lazy.get("primary_recipients"),
            )
            if primary_recipients is not UNSET:
                field_dict["primary_recipients"] = primary_recipients
        elif "primary_recipients" in _lazy:
            field_dict["primary_recipients"] = _lazy["primary_recipients"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["additional_recipients"] = d.get("additional_recipients", UNSET)

        return _obj

    @staticmethod
    def _dump_additional_recipients(_value: Any) -> Any:
        additional_recipients: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            additional_recipients = _value

        return additional_recipients

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
        return amount

    @staticmethod
    def _dump_configuration(_value: Any) -> Any:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            configuration = _value.to_dict()
        return configuration

    @staticmethod
    def _dump_detail(_value: Any) -> Any:
        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            detail = _value.to_dict()
        return detail

    @staticmethod
    def _dump_due_amount(_value: Any) -> Any:
        due_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            due_amount = _value.to_dict()
        return due_amount

    @staticmethod
    def _dump_invoicer(_value: Any) -> Any:
        invoicer: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            invoicer = _value.to_dict()
        return invoicer

    @staticmethod
    def _dump_items(_value: Any) -> Any:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            items = []
            for items_item_data in _value:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return items

    @staticmethod
    def _dump_primary_recipients(_value: Any) -> Any:
        primary_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            primary_recipients = []
            for primary_recipients_item_data in _value:
                primary_recipients_item = primary_recipients_item_data.to_dict()
                primary_recipients.append(primary_recipients_item)

        return primary_recipients

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


install_lazy_fields(
    TemplateInfo,
    _FIELD_KEYS,
    ("amount", "amount", "amount_summary.AmountSummary", False, UNSET),
    ("configuration", "configuration", "configuration.Configuration", False, UNSET),
    ("detail", "detail", "template_detail.TemplateDetail", False, UNSET),
    ("due_amount", "due_amount", "money.Money", False, UNSET),
    ("invoicer", "invoicer", "invoicer.Invoicer", False, UNSET),
    ("items", "items", "item.Item", True, UNSET),
    ("primary_recipients", "primary_recipients", "recipient.Recipient", True, UNSET),
)
