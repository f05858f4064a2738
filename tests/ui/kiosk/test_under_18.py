"""A 15-year-old doing the check on a clinic's kiosk: at the kind "written for adults"
stop they are offered what an adult is offered at a result (the take-home code and
printing, as the clinic's kiosk config allows), told they can ask the staff here or the
adult who came with them, and hear nothing meant for older adults."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.ui.check.screens import AdultsOnlyScreen, NoticeScreen, QuestionScreen
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import answer_shown, give, start
from tests.helpers.kiosk_pages import check, welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click
from tests.helpers.take_home import place

# A gradual ache, no warning signs; or a swollen, warm calf (urgent, at any age).
CALM_TEEN = {"health_signs": ["none"], "pain_regions": ["upper_thigh_left"], "onset": "gradual"}
STORIES = {"soon": CALM_TEEN, "urgent": {**CALM_TEEN, "clot_signs": "yes"}}
TAKE_HOME = {"en": "Take your summary home", "es": "Llévese su resumen a casa"}
CODE_TITLE = {"en": "Thigh pain check", "es": "Revisión del dolor de muslo"}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("story", ["soon", "urgent"])
def test_a_teenager_on_the_kiosk_can_take_the_result_home_and_ask_the_staff(
    qtbot: QtBot, qapp: QApplication, make_kiosk: MakeKiosk, language: str, story: str
) -> None:
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    try:
        window = make_kiosk(speak=speak, handoff=frozenset({"qr", "print"})).window
        if language != "en":
            click(qtbot, welcome(window).languages.switch.buttons[language])
        click(qtbot, welcome(window).check_button)
        page = check(window)
        start(qtbot, page)
        give(qtbot, page, "under_18")
        while not isinstance(page.view, AdultsOnlyScreen):
            if isinstance(page.view, NoticeScreen):
                click(qtbot, page.view.continue_button)  # the urgent notice, as for an adult
                continue
            assert isinstance(page.view, QuestionScreen)
            answer_shown(qtbot, page, page.view, STORIES[story])
        screen = page.view
        content = page.content
        assert content is not None and content.language == language
        texts = " ".join(w.text() for w in screen.findChildren(QLabel))
        # Ask the staff here, or the adult who came along.
        assert content.adults_only.kiosk_ask_here in texts
        # Every safety step, and not the older adults' heavy legs that can wait.
        shared = content.get_help
        can_wait = shared.emergency.removeprefix(shared.emergency_young).strip()
        assert can_wait not in texts
        if story == "soon":
            assert shared.emergency_young.replace("{emergency_number}", "112") in texts
        # The take-home code and printing, as the clinic's config offers them.
        panel, take_home = screen.handoff, screen.take_home_button
        assert panel is not None and panel.qr is not None and panel.print_button is not None
        assert take_home is not None and take_home.text() == TAKE_HOME[language]
        assert panel.summary.startswith(CODE_TITLE[language])
        assert can_wait not in panel.summary
        assert all(can_wait not in html.unescape(page) for page in panel.print_versions)
        # "While you are here, ask the staff" is for the screen: the code and the paper
        # are read later, at home.
        ask_here = content.adults_only.kiosk_ask_here
        assert all(ask_here not in html.unescape(page) for page in panel.print_versions)
        assert content.adults_only.kiosk_ask_here not in panel.summary
        settle()
        click(qtbot, take_home)
        settle()
        viewport = page.viewport()
        code = place(panel.qr, viewport)
        assert viewport.rect().contains(code), (code.getRect(), viewport.size().toTuple())
    finally:
        install_translators(qapp, "en")


def test_a_kiosk_that_offers_no_way_home_shows_a_teenager_no_card(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    window = make_kiosk(handoff=frozenset()).window
    click(qtbot, welcome(window).check_button)
    page = check(window)
    start(qtbot, page)
    give(qtbot, page, "under_18")
    while isinstance(page.view, QuestionScreen):
        answer_shown(qtbot, page, page.view, CALM_TEEN)
    screen = page.view
    assert isinstance(screen, AdultsOnlyScreen)
    assert screen.handoff is None and screen.take_home_button is None
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert page.content is not None and page.content.adults_only.kiosk_ask_here in texts
