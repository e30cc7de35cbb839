"""Answers carrying values or fields PayPal adds later still load, and go back unchanged."""

from __future__ import annotations

import copy

from tests.spec.helpers import model, response_model, seed


def test_unknown_enum_values_load_and_round_trip() -> None:
    data = seed("002_show_invoice.json")
    data["status"] = "AWAITING_SOMETHING_NEW"
    data["detail"]["payment_term"]["term_type"] = "NET_120"
    data["items"][0]["unit_of_measure"] = "LITRES"
    invoice = response_model("get_invoice", "200").from_dict(copy.deepcopy(data))
    assert invoice.status.value == "AWAITING_SOMETHING_NEW"
    assert invoice.status == "AWAITING_SOMETHING_NEW"
    assert invoice.detail.payment_term.term_type.value == "NET_120"
    assert invoice.to_dict() == data


def test_an_unknown_enum_value_is_one_member_each_time() -> None:
    status_cls = type(
        response_model("get_invoice", "200").from_dict(seed("002_show_invoice.json")).status
    )
    assert status_cls("BRAND_NEW") is status_cls("BRAND_NEW")
    assert status_cls("DRAFT") is status_cls.DRAFT
    assert "BRAND_NEW" not in status_cls.__members__


def test_unknown_fields_are_kept() -> None:
    data = seed("002_show_invoice.json")
    data["brand_new_field"] = {"nested": [1, 2]}
    data["detail"]["another_new_field"] = "x"
    invoice = response_model("get_invoice", "200").from_dict(copy.deepcopy(data))
    assert invoice["brand_new_field"] == {"nested": [1, 2]}
    assert invoice.detail["another_new_field"] == "x"
    assert invoice.to_dict() == data


def test_v1_dates_with_zone_names_load() -> None:
    data = {
        "id": "INV2-ABCD",
        "status": "SENT",
        "merchant_info": {"email": "merchant@example.com"},
        "invoice_date": "2014-02-27 PST",
        "payment_term": {"term_type": "NET_30", "due_date": "2014-03-29 PST"},
        "payments": [{"method": "CASH", "date": "2014-03-01 10:02:11 PST", "type": "EXTERNAL"}],
        "metadata": {"created_date": "2014-02-27 10:02:11 PST"},
    }
    invoice = model("v1_invoice").from_dict(copy.deepcopy(data))
    assert invoice.invoice_date == "2014-02-27 PST"
    assert invoice.payments[0].date == "2014-03-01 10:02:11 PST"
    assert invoice.to_dict() == data
