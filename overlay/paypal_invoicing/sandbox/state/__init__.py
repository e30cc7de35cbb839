"""The sandbox's state and rules, in plain Python: no web stack, no HTTP client.

The store and its records, invoices, templates, webhooks and events, amounts and rules, request
validation against the spec, search and paging, tokens, faults, signing, invoice numbers,
entropy, and v1's field tables. Callers hold ``store.lock``; refusals raise
:class:`~.errors.ApiError`, which :mod:`..web` turns into PayPal's answers.
"""
