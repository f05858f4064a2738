"""Words under a time line keep to their ticks and off a dashed level."""

from __future__ import annotations

from companion.core.shared.row_spread import Spot, in_place, spread_rows
from companion.core.shared.word_bands import LegendKey, without_words, word_groups


def test_axis_words_stay_under_their_ticks_and_off_the_dashed_line() -> None:
    # "1 día", "1 semana", "3 meses", "1 año" at 175% in a 1024 px window; the dashed
    # "about 6 weeks" line at 789 px, the "3 meses" tick at 833 px.
    spots = [
        Spot(570, 0, 63, (789,)),
        Spot(683, 0.5, 127, (789,)),
        Spot(833, 0.5, 108, (789,)),
        Spot(915, 0.5, 75, (789,)),
    ]
    placed = spread_rows(spots, 378, 971, 30, 6)
    assert all(in_place(s, x) for s, (_, x) in zip(spots, placed, strict=True))
    assert {line for line, _ in placed} == {0, 1}  # every other word one line lower


def test_a_legends_keys_go_with_their_words_and_leave_no_specks() -> None:
    svg = (
        '<rect x="14" y="12" width="26" height="14" rx="7" ry="7" fill="#1D6B76" '
        'stroke="#1D6B76" stroke-width="1.5" fill-opacity="0.35"/>\n'
        '<text x="46" y="25" font-size="16">some take longer</text>\n'
        '<rect x="262" y="52" width="508" height="22" fill="#E9E4DA" stroke="#4B5B63"/>'
    )
    drawing, (group,) = word_groups(svg)
    assert group.key == LegendKey("#1D6B76", "#1D6B76", 0.35)
    assert 'x="14"' not in drawing and 'x="262"' in drawing
    assert 'x="14"' not in without_words(svg)


def test_a_word_set_at_the_drawings_edge_stays_inside_the_band() -> None:
    placed = spread_rows([Spot(-20, 0, 150), Spot(300, 0.5, 100, (280,))], 6, 600, 20, 6)
    assert all(x >= 6 for _, x in placed)
