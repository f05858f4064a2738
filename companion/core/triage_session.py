"""One person's way through the guided check: which screen shows, back and forward.

The Check page displays this model and calls its methods; every decision about what
comes next is made here, where it can be tested without a window.

Screens: the start, one question at a time, an urgent notice (shown once for each new
urgent sign, then the person may go on), the emergency screen (the check stops), the
review list (every answer, each one changeable) and the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from companion.core.records import EMERGENCY, URGENT, CheckRecord
from companion.core.triage import (
    AnswerError,
    RedFlagHit,
    TriageResult,
    answer_problem,
    check_record,
    counted_answers,
    evaluate,
    red_flag_hits,
    shown_questions,
)
from companion.core.triage_content import SKIPPED, Question, TriageContent

START = "start"
QUESTION = "question"
URGENT_NOTICE = "urgent"
EMERGENCY_STOP = "emergency"
REVIEW = "review"
RESULT = "result"


@dataclass(frozen=True)
class Progress:
    number: int  # this question's place among the questions asked (1-based)
    total: int  # how many questions are asked with the answers so far
    section_number: int
    section_count: int
    section_title: str


@dataclass(frozen=True)
class ReviewLine:
    question: Question
    answer_text: str  # empty when not answered yet


class CheckSession:
    def __init__(self, content: TriageContent) -> None:
        self.content = content
        self.restart()

    def restart(self) -> None:
        self.answers: dict[str, object] = {}
        self.screen = START
        self.current: Question | None = None
        self.notice: tuple[RedFlagHit, ...] = ()  # what the urgent or emergency screen shows
        self._acknowledged: set[str] = set()
        self._from_review = False

    # --- Moving ---------------------------------------------------------------------

    def start(self) -> None:
        self.restart()
        self.screen = QUESTION
        self.current = self._shown()[0]

    def _shown(self) -> list[Question]:
        return shown_questions(self.content, self.answers)

    def answer(self, value: object) -> None:
        """Keep the answer to the current question; AnswerError if it cannot be one."""
        assert self.current is not None
        problem = answer_problem(self.current, value)
        if problem:
            raise AnswerError([problem])
        self.answers[self.current.id] = list(value) if isinstance(value, list | tuple) else value

    def current_answer(self) -> object | None:
        return self.answers.get(self.current.id) if self.current else None

    def next(self) -> None:
        """Go on from the answered current question: to a warning, or the next question."""
        assert self.current is not None and self.current.id in self.answers
        hits = red_flag_hits(self.content, self.answers)
        emergency = tuple(h for h in hits if h.urgency == EMERGENCY)
        if emergency:
            self.notice = emergency
            self.screen = EMERGENCY_STOP
            return
        new_urgent = tuple(
            h for h in hits if h.urgency == URGENT and h.rule_id not in self._acknowledged
        )
        if new_urgent:
            self.notice = new_urgent
            self.screen = URGENT_NOTICE
            return
        self._advance()

    def skip(self) -> None:
        """Skip an optional self-check."""
        self.answer(SKIPPED)
        self.next()

    def go_on_after_notice(self) -> None:
        """The person has read the urgent advice and chooses to carry on."""
        assert self.screen == URGENT_NOTICE
        self._acknowledged.update(hit.rule_id for hit in self.notice)
        self.notice = ()
        self._advance()

    def _advance(self) -> None:
        shown = self._shown()
        if self._from_review:
            self._go_to(next((q for q in shown if q.id not in self.answers), None))
            return
        assert self.current is not None
        ids = [q.id for q in shown]
        position = ids.index(self.current.id)
        self._go_to(shown[position + 1] if position + 1 < len(shown) else None)

    def _go_to(self, question: Question | None) -> None:
        if question is None:
            self.current = None
            self.screen = REVIEW
            self._from_review = False
        else:
            self.current = question
            self.screen = QUESTION

    def back(self) -> None:
        """One step back; from a warning screen, back to the answer that raised it."""
        self.notice = ()
        if self.screen in (URGENT_NOTICE, EMERGENCY_STOP):
            self.screen = QUESTION
            return
        if self.screen == RESULT:
            self.screen = REVIEW
            return
        shown = self._shown()
        if self.screen == REVIEW:
            self._from_review = False
            self._go_to(shown[-1])
            return
        if self.screen == QUESTION and self.current is not None:
            position = [q.id for q in shown].index(self.current.id)
            if position == 0:
                self.screen = START
                self.current = None
            else:
                self.current = shown[position - 1]

    def can_go_back(self) -> bool:
        return self.screen != START

    def change(self, question_id: str) -> None:
        """From the review list: answer this question again, then come back."""
        self.current = self.content.question(question_id)
        self.screen = QUESTION
        self._from_review = True

    def finish(self) -> TriageResult:
        """Show the result (from the review list)."""
        self.screen = RESULT
        return self.result()

    # --- Reading --------------------------------------------------------------------

    def result(self) -> TriageResult:
        return evaluate(self.content, self.answers)

    def record(self, time: datetime) -> CheckRecord:
        return check_record(self.result(), time)

    def progress(self) -> Progress:
        assert self.current is not None
        shown = self._shown()
        sections = [s.id for s in self.content.sections]
        section = self.content.section(self.current.section)
        return Progress(
            number=[q.id for q in shown].index(self.current.id) + 1,
            total=len(shown),
            section_number=sections.index(section.id) + 1,
            section_count=len(sections),
            section_title=section.title,
        )

    def review(self) -> list[ReviewLine]:
        counted: Mapping[str, object] = counted_answers(self.content, self.answers)
        return [
            ReviewLine(q, self.content.option_text(q, counted[q.id]) if q.id in counted else "")
            for q in self._shown()
        ]

    def all_answered(self) -> bool:
        return all(q.id in self.answers for q in self._shown())

    def first_in_section(self) -> bool:
        """True when the current question opens its section (show the section's intro)."""
        assert self.current is not None
        shown = self._shown()
        position = [q.id for q in shown].index(self.current.id)
        return position == 0 or shown[position - 1].section != self.current.section
