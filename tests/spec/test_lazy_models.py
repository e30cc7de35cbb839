"""Nested models load on first read (scripts/templates/model.py.jinja) and behave as eager ones."""

from __future__ import annotations

import copy
import pickle

import pytest

from paypal_invoicing_client.errors import MissingFieldError, PayPalInvoicingError
from paypal_invoicing_client.models.invoice import Invoice
from paypal_invoicing_client.models.money import Money
from paypal_invoicing_client.types import UNSET
from tests.spec.helpers import seed


def test_nested_models_are_typed_when_read() -> None:
    invoice = Invoice.from_dict(seed("002_show_invoice.json"))
    assert isinstance(invoice.due_amount, Money)
    assert invoice.items[1].name == "Yoga t-shirt"
    assert invoice.gratuity is UNSET


def test_reads_in_any_order_give_the_original_back() -> None:
    data = seed("002_show_invoice.json")
    invoice = Invoice.from_dict(data)
    assert invoice.amount.breakdown.tax_total.value == "4.34"
    assert invoice.to_dict() == data
    assert Invoice.from_dict(data).to_dict() == data


def test_equality_repr_copy_and_pickle() -> None:
    data = seed("002_show_invoice.json")
    first, second = Invoice.from_dict(data), Invoice.from_dict(data)
    assert first.invoicer is not UNSET  # one side loaded, the other not
    assert first == second
    assert "Larusso" in repr(second)
    shallow = copy.copy(Invoice.from_dict(data))
    assert shallow.amount.value == "74.21"
    deep = copy.deepcopy(Invoice.from_dict(data))
    assert deep.to_dict() == data
    assert pickle.loads(pickle.dumps(Invoice.from_dict(data))).to_dict() == data


def test_assignment_replaces_a_field_that_was_never_read() -> None:
    invoice = Invoice.from_dict(seed("002_show_invoice.json"))
    invoice.due_amount = Money(currency_code="USD", value="0.00")
    assert invoice.due_amount.value == "0.00"
    assert invoice.to_dict()["due_amount"] == {"currency_code": "USD", "value": "0.00"}


def test_unknown_attributes_still_raise() -> None:
    invoice = Invoice.from_dict(seed("002_show_invoice.json"))
    with pytest.raises(AttributeError, match="no_such_field"):
        _ = invoice.no_such_field


def test_a_nested_object_missing_a_required_field_loads_and_names_it_when_read() -> None:
    data = seed("002_show_invoice.json")
    del data["due_amount"]["currency_code"]
    invoice = Invoice.from_dict(data)
    assert isinstance(invoice.due_amount, Money)
    assert invoice.due_amount.value == data["due_amount"]["value"]
    with pytest.raises(MissingFieldError) as caught:
        _ = invoice.due_amount.currency_code
    assert (caught.value.model, caught.value.field) == ("Money", "currency_code")
    assert "Money.currency_code" in str(caught.value)
    assert isinstance(caught.value, PayPalInvoicingError)
    assert "currency_code=<missing>" in repr(invoice.due_amount)
    assert invoice.to_dict() == data


def test_a_nested_value_of_an_unexpected_type_is_kept_as_sent() -> None:
    data = seed("002_show_invoice.json")
    data["due_amount"] = "12.00"
    data["items"] = [data["items"][0], "not an item"]
    invoice = Invoice.from_dict(data)
    assert invoice.due_amount == "12.00"  # type: ignore[comparison-overlap]
    assert invoice.items == data["items"]
    assert invoice.to_dict() == data


def test_threads_reading_one_field_first_share_one_object() -> None:
    from concurrent.futures import ThreadPoolExecutor

    invoice = Invoice.from_dict(seed("002_show_invoice.json"))
    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(lambda _: invoice.amount, range(64)))
    assert all(amount is seen[0] for amount in seen)


def test_a_nested_field_read_twice_is_loaded_once() -> None:
    invoice = Invoice.from_dict(seed("002_show_invoice.json"))
    assert invoice.amount is invoice.amount
    assert invoice.items is invoice.items
    assert invoice.items[0] is invoice.items[0]


def test_a_nested_model_class_is_resolved_once_then_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from paypal_invoicing_client import _runtime
    from paypal_invoicing_client.models.amount_summary import AmountSummary

    _ = Invoice.from_dict(seed("002_show_invoice.json")).amount
    field = vars(Invoice)["amount"]
    assert isinstance(field, _runtime.LazyField)
    assert field.load == AmountSummary.from_dict

    def no_import(name: str) -> None:
        raise AssertionError(f"imported {name} again")

    monkeypatch.setattr(_runtime, "import_module", no_import)
    assert isinstance(Invoice.from_dict(seed("002_show_invoice.json")).amount, AmountSummary)


def test_from_dict_neither_copies_nor_changes_the_mapping() -> None:
    data = seed("002_show_invoice.json")
    before = copy.deepcopy(data)
    invoice = Invoice.from_dict(data)
    assert invoice.detail.invoice_number == before["detail"]["invoice_number"]
    assert invoice.additional_properties == {}
    assert data == before
    assert invoice.to_dict() == before
    assert invoice.to_dict()["links"] is data["links"]  # never read: handed back, not rebuilt


def test_unknown_keys_are_found_on_first_read_and_kept_per_instance() -> None:
    data = seed("002_show_invoice.json")
    data["new_field"] = [1]
    invoice = Invoice.from_dict(data)
    assert "additional_properties" not in vars(invoice)  # nothing built until it is read
    assert invoice.additional_keys == ["new_field"]
    invoice["other"] = "x"
    assert invoice.additional_properties == {"new_field": [1], "other": "x"}
    assert Invoice.from_dict(data).additional_properties == {"new_field": [1]}
    made = Money(currency_code="USD", value="1.00")
    made["note"] = "n"
    assert made.to_dict() == {"currency_code": "USD", "value": "1.00", "note": "n"}
    assert Money(currency_code="USD", value="2.00").additional_properties == {}


def test_any_mapping_loads_and_anything_else_is_kept_as_sent() -> None:
    from types import MappingProxyType

    data = seed("002_show_invoice.json")
    assert (
        Money.from_dict(MappingProxyType(data["due_amount"])).value == data["due_amount"]["value"]
    )
    for raw, raw_list in (([["currency_code", "USD"]], ""), ("", {}), (7, "ab"), (None, None)):
        data["due_amount"], data["items"] = raw, raw_list
        invoice = Invoice.from_dict(data)
        assert invoice.due_amount == raw
        assert invoice.items == raw_list
        assert invoice.to_dict() == data


def test_absent_nested_fields_read_unset_or_name_the_missing_one() -> None:
    data = seed("002_show_invoice.json")
    del data["configuration"], data["detail"]
    invoice = Invoice.from_dict(data)
    assert invoice.configuration is UNSET
    with pytest.raises(MissingFieldError) as caught:
        _ = invoice.detail
    assert (caught.value.model, caught.value.field) == ("Invoice", "detail")
    assert "detail=<missing>" in repr(invoice)
    assert "configuration=UNSET" in repr(invoice)
    assert invoice.to_dict() == data


def test_an_enum_value_of_another_type_is_kept_as_sent() -> None:
    data = seed("002_show_invoice.json")
    data["status"] = ["DRAFT"]
    invoice = Invoice.from_dict(data)
    assert invoice.status == ["DRAFT"]
    assert invoice.to_dict() == data


def test_a_field_not_yet_read_reads_the_dict_as_it_is_then() -> None:
    data = seed("002_show_invoice.json")
    invoice = Invoice.from_dict(data)
    data["due_amount"] = {"currency_code": "EUR", "value": "1.00"}
    assert invoice.due_amount.currency_code == "EUR"
    data["due_amount"] = {"currency_code": "JPY", "value": "2"}
    assert invoice.due_amount.currency_code == "EUR"  # read once, then kept
