"""Numbers inside the core's sentences, written as each language writes them."""

from companion.core.shared.numbers import decimal_text


def test_a_decimal_point_in_english_and_a_comma_in_spanish() -> None:
    assert decimal_text(4.5, "en") == "4.5"
    assert decimal_text(4.5, "es") == "4,5"
    assert decimal_text(4.25, "es_MX", places=2) == "4,25"
    assert decimal_text(10, "en") == "10.0"
