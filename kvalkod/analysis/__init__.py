"""Computations over what the store reads (numbers, pairs, networks): no SQL, no Qt, no writes."""
