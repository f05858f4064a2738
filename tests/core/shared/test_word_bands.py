"""A wide drawing's words, moved into bands: which lines belong together, which sit side
by side, and where the drawing opens for them."""

from __future__ import annotations

from companion.core.shared.resources import asset_path
from companion.core.shared.word_bands import (
    DashedUpright,
    band_at,
    dashed_uprights,
    rows_at_cuts,
    side_by_side,
    without_words,
    word_groups,
    word_rows,
    words_in_bands,
)

SVG = """<svg viewBox="0 0 800 300">
<rect x="0" y="60" width="800" height="200" fill="#F3E3D3"/>
<text x="14" y="32" font-size="12" font-weight="bold">1. Change position</text>
<text x="462" y="150" font-size="10">Pain that</text>
<text x="462" y="169" font-size="10">moves up</text>
<text x="462" y="188" font-size="10">is a good sign</text>
<text x="560" y="32" font-size="12" font-weight="bold">3. Heat</text>
</svg>"""


def test_lines_set_one_under_another_are_one_group_and_the_drawing_keeps_no_words() -> None:
    drawing, groups = word_groups(SVG)
    assert "<text" not in drawing and "<rect" in drawing
    assert [g.text for g in groups] == [
        "1. Change position",
        "Pain that moves up is a good sign",
        "3. Heat",
    ]
    rows = word_rows(groups)
    assert [[g.text for g in row] for row in rows] == [
        ["1. Change position", "3. Heat"],
        ["Pain that moves up is a good sign"],
    ]


def test_the_drawing_opens_at_the_nearest_blank_line_above_rather_than_through_a_picture() -> None:
    blank = [y < 60 or y >= 260 for y in range(300)]
    assert band_at(20, 35, blank) == 20  # titles over empty paper: right there
    assert band_at(140, 195, blank) == 59  # words over the picture: above it
    assert band_at(265, 280, blank) == 265


def test_words_at_or_below_the_bottom_of_the_drawing_open_it_at_its_bottom() -> None:
    blank = [y < 60 or y >= 260 for y in range(300)]
    assert band_at(300, 315, blank) == 300  # a caption set on the bottom edge
    assert band_at(320, 335, blank) == 300  # one set under it
    assert band_at(296, 310, blank) == 296  # one across it, over blank paper: right there


def test_labels_under_stair_steps_share_a_row_when_they_do_not_overlap() -> None:
    _, groups = word_groups(
        '<text x="100" y="272" font-size="11" text-anchor="middle">1. Walk</text>\n'
        '<text x="400" y="222" font-size="11" text-anchor="middle">2. Jog</text>'
    )
    rows = word_rows(groups)
    assert len(rows) == 2
    assert [[g.text for g in row] for row in side_by_side(rows)] == [["1. Walk", "2. Jog"]]


def test_thumbnails_have_no_words_and_which_drawings_use_bands() -> None:
    assert "<text" not in without_words(SVG)
    assert words_in_bands("learn_first_aid") and words_in_bands("exercise_nordic")
    assert not words_in_bands("learn_track_progress")  # labels kept at their own heights
    assert not words_in_bands("painmap_back")


def test_bold_headings_one_under_another_stay_apart() -> None:
    _, groups = word_groups(
        '<text x="14" y="68" font-size="18" font-weight="bold">Sore after exercise</text>\n'
        '<text x="14" y="106" font-size="18" font-weight="bold">Sciatica</text>'
    )
    assert [g.text for g in groups] == ["Sore after exercise", "Sciatica"]


def test_upright_dashed_lines_are_found_with_their_look() -> None:
    svg = asset_path("illustrations/learn_how_long.svg").read_text(encoding="utf-8")
    assert dashed_uprights(svg) == [DashedUpright(550, 46, 251, "#1B262C", 2, (5, 6))]
    panels = asset_path("illustrations/learn_first_aid.svg").read_text(encoding="utf-8")
    assert [line.x for line in dashed_uprights(panels)] == [266, 533]  # not the red curve


def test_numbered_steps_share_one_band_and_come_first_in_it() -> None:
    _, groups = word_groups(
        '<text x="150" y="272" font-size="11" text-anchor="middle" font-weight="bold">'
        "1. Walk</text>\n"
        '<text x="395" y="222" font-size="11" text-anchor="middle" font-weight="bold">'
        "2. Sliders</text>\n"
        '<text x="645" y="172" font-size="11" text-anchor="middle" font-weight="bold">'
        "3. Tensioners</text>\n"
        '<text x="645" y="196" font-size="13" text-anchor="middle">with a clinician</text>\n'
    )
    step1, step2, step3, clinician = groups
    cuts = rows_at_cuts([(40, [step3]), (288, [clinician]), (288, [step2]), (288, [step1])])
    assert list(cuts) == [288]  # the third step's name joins the other two, under the stair
    assert side_by_side(cuts[288]) == [[step1, step2, step3], [clinician]]
