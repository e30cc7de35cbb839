from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_patch_op import WebhookPatchOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPatch")


@_attrs_define(slots=False)
class WebhookPatch:
    """The JSON patch object to apply partial updates to resources."""

    op: WebhookPatchOp
    """ The operation. """
    from_: str | Unset = UNSET
    """ The <a href="https://tools.ietf.org/html/rfc6901">JSON Pointer</a> to the target document location from
    which to move the value. Required for the <code>move</code> operation. """
    path: str | Unset = UNSET
    """ The <a href="https://tools.ietf.org/html/rfc6901">JSON Pointer</a> to the target document location at which
    to complete the operation. """
    value: Any | Unset = UNSET
    """ The value to apply. The <code>remove</code> operation does not require a value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        from_ = self.from_

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if path is not UNSET:
            field_dict["path"] = path
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = WebhookPatchOp(d.pop("op"))

        from_ = d.pop("from", UNSET)

        path = d.pop("path", UNSET)

        value = d.pop("value", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            op=op,
            from_=from_,
            path=path,
            value=value,
        )

        _obj.additional_properties = d
        return _obj

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
