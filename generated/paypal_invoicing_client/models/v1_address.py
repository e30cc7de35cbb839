from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_phone import V1Phone


T = TypeVar("T", bound="V1Address")

_FIELD_KEYS = frozenset(
    {
        "city",
        "country_code",
        "line1",
        "line2",
        "phone",
        "postal_code",
        "state",
    }
)


@_attrs_define(slots=False)
class V1Address:
    """The address, which is either a billing address or shipping address in a payment."""

    city: str | Unset = UNSET
    """ The city name. """
    country_code: str | Unset = UNSET
    """ The [two-character ISO 3166-1 code](https://developer.paypal.com/docs/integration/direct/rest/country-
    codes/) that identifies the country or region.
    > **Note:** The country code for Great Britain is `GB` and not `UK` as is used in that country's top-level
    domain names. Use the `C2` country code for China worldwide for comparable uncontrolled price (CUP) method, bank
    card, and cross-border transactions. """
    line1: str | Unset = UNSET
    """ The first line of the address. For example, number or street. """
    line2: str | Unset = UNSET
    """ The second line of the address. For example, suite or apartment number. """
    phone: V1Phone | Unset = UNSET
    """ The phone number. """
    postal_code: str | Unset = UNSET
    """ The postal code, which is the zip code or equivalent. Typically required for countries with a postal code or
    an equivalent. See [postal code](https://en.wikipedia.org/wiki/Postal_code). """
    state: str | Unset = UNSET
    """ The [code](https://developer.paypal.com/docs/integration/direct/rest/state-codes/) for a US state or the
    equivalent for other countries. Required for transactions if the address is in one of these countries:
    [Argentina](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#argentina),
    [Brazil](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#brazil),
    [Canada](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#canada),
    [China](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#china),
    [India](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#india),
    [Italy](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#italy),
    [Japan](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#japan),
    [Mexico](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#mexico),
    [Thailand](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#thailand), or [United
    States](https://developer.paypal.com/docs/integration/direct/rest/state-codes/#usa). Maximum length is 40
    single-byte characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "city",
                "country_code",
                "line1",
                "line2",
                "phone",
                "postal_code",
                "state",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Address) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "city" in _values:
            city = self.city
            if city is not UNSET:
                field_dict["city"] = city
        if "country_code" in _values:
            country_code = self.country_code
            if country_code is not UNSET:
                field_dict["country_code"] = country_code
        if "line1" in _values:
            line1 = self.line1
            if line1 is not UNSET:
                field_dict["line1"] = line1
        if "line2" in _values:
            line2 = self.line2
            if line2 is not UNSET:
                field_dict["line2"] = line2
        if "phone" in _values:
            phone = dumped(self._dump_phone, self.phone, _lazy.get("phone"))
            if phone is not UNSET:
                field_dict["phone"] = phone
        elif "phone" in _lazy:
            field_dict["phone"] = _lazy["phone"]
        if "postal_code" in _values:
            postal_code = self.postal_code
            if postal_code is not UNSET:
                field_dict["postal_code"] = postal_code
        if "state" in _values:
            state = self.state
            if state is not UNSET:
                field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["city"] = d.get("city", UNSET)
        _values["country_code"] = d.get("country_code", UNSET)
        _values["line1"] = d.get("line1", UNSET)
        _values["line2"] = d.get("line2", UNSET)
        _values["postal_code"] = d.get("postal_code", UNSET)
        _values["state"] = d.get("state", UNSET)

        return _obj

    @staticmethod
    def _dump_phone(_value: Any) -> Any:
        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            phone = _value.to_dict()
        return phone

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
    V1Address,
    _FIELD_KEYS,
    ("phone", "phone", "v1_phone.V1Phone", False, UNSET),
)
