from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.webhook_patch_op import WebhookPatchOp
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="WebhookPatch")

_FIELD_KEYS = frozenset(
    {
        "op",
        "from",
        "path",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "op": "op",
}


@_attrs_define(slots=False)
class WebhookPatch:
    """The JSON patch object to apply partial updates to resources."""

    op: WebhookPatchOp
    """ The operation. """
    from_: str | Unset = UNSET
    """ The [JSON Pointer](https://tools.ietf.org/html/rfc6901) to the target document location from which to move
    the value. Required for the `move` operation. """
    path: str | Unset = UNSET
    """ The [JSON Pointer](https://tools.ietf.org/html/rfc6901) to the target document location at which to complete
    the operation. """
    value: Any | Unset = UNSET
    """ The value to apply. The `remove` operation does not require a value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "op",
                "from_",
                "path",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookPatch) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "op" in _values:
            op = dumped(self._dump_op, self.op)
            field_dict["op"] = op
        if "from_" in _values:
            from_ = self.from_
            if from_ is not UNSET:
                field_dict["from"] = from_
        if "path" in _values:
            path = self.path
            if path is not UNSET:
                field_dict["path"] = path
        if "value" in _values:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "op" in d:
            _values["op"] = enum_value(WebhookPatchOp, d["op"])
        _values["from_"] = d.get("from", UNSET)
        _values["path"] = d.get("path", UNSET)
        _values["value"] = d.get("value", UNSET)

        return _obj

    @staticmethod
    def _dump_op(_value: Any) -> Any:
        op = _value.value
        return op

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
    WebhookPatch,
    _FIELD_KEYS,
)
