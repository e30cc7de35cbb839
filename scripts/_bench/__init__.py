"""Helpers of scripts/bench: a minimal PayPal-shaped loopback server and the measurements."""
