"""One person's way through the guided check: which screen shows, back and forward.

The Check page displays this model and calls its methods; every decision about what
comes next is made here, where it can be tested without a window.

Screens: the start, one question at a time, an urgent notice (shown once for each new
urgent sign, then the person may go on), the emergency screen (the check stops), the
"written for adults" screen (under 18: the check asks what its urgent and emergency
rules read, as for anyone, then stops kindly instead of going on to the review), the
review list (every answer, each one changeable) and the result.

A remembered answer (age, from the last saved check) is not asked again; it shows on
the review list, where it can be changed. A follow-up question is asked before any
urgent notice its question raised, so the notice speaks of both answers. An emergency
answer stops the check at once, also when it is kept by going back instead of on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from companion.core.check.engine import (
    ADULTS_ONLY,
    AnswerError,
    RedFlagHit,
    TriageResult,
    answer_problem,
    asked_questions,
    check_record,
    counted_answers,
    evaluate,
    is_adults_only,
    questions_for,
    red_flag_hits,
    stop_reason,
)
from companion.core.check.model import SKIPPED, Question, Section, TriageContent
from companion.core.check.rules import questions_in
from companion.core.shared.records import EMERGENCY, URGENT, CheckRecord

START = "start"
QUESTION = "question"
URGENT_NOTICE = "urgent"
EMERGENCY_STOP = "emergency"
ADULTS_ONLY_STOP = "adults_only"
REVIEW = "review"
RESULT = "result"


@dataclass(frozen=True)
class Progress:
    """Where the person is, by part of the check: it never jumps back, because a part's
    share is split among only the questions that can still be asked in it."""

    section_number: int  # this part among the parts that have questions to ask (1-based)
    section_count: int
    section_title: str
    done: float  # 0.0 at the first question to 1.0 at the end, never going back


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
        self.remembered: set[str] = set()  # answers kept from the last check, not asked
        self.screen = START
        self.current: Question | None = None
        self.notice: tuple[RedFlagHit, ...] = ()  # what the urgent or emergency screen shows
        self._acknowledged: set[str] = set()
        self._from_review = False
        self._picked_up_at: str | None = None  # see `pick_up`
        self._picked_up = False

    # --- Moving ---------------------------------------------------------------------

    def start(self, remembered: Mapping[str, object] | None = None) -> None:
        """Begin at the first question. `remembered`: answers from the last saved check;
        those to questions marked `remember` (and still valid) are kept and not asked."""
        self.restart()
        for question in self.content.questions:
            value = (remembered or {}).get(question.id)
            usable = value is not None and answer_problem(question, value) is None
            if question.remember and usable:
                self.answers[question.id] = value
                self.remembered.add(question.id)
        if is_adults_only(self.content, self.answers):
            # Under 18 is always asked again (a saved emergency stop may hold it), and a
            # changed rule must not trap anyone there.
            for question_id in self.remembered:
                del self.answers[question_id]
            self.remembered.clear()
        self.resume()

    def can_resume(self) -> bool:
        """At the start screen with the person's own answers still held (Back from the
        first question): they can go on with them, where starting again wipes them."""
        return self.screen == START and any(q not in self.remembered for q in self.answers)

    def resume(self) -> None:
        """To the first question, every answer kept (the review when none is asked); for
        answers picked up from a check left part-way, to where the person was, else to
        the first question not answered yet."""
        asked = self._asked()
        target = asked[0] if asked else None
        if self._picked_up:
            self._picked_up = False
            unanswered = [q for q in asked if q.id not in self.answers]
            first_open = unanswered[0] if unanswered else None
            target = next((q for q in asked if q.id == self._picked_up_at), first_open)
        self._go_to(target)

    def pick_up(self, answers: Mapping[str, object], remembered: set[str], at: str | None) -> None:
        """Hold the answers of a check left part-way (the app was closed), at the start
        screen, which then offers to go on from question `at`."""
        self.restart()
        self.answers = dict(answers)
        self.remembered = set(remembered)
        self._picked_up, self._picked_up_at = True, at

    def _shown(self) -> list[Question]:
        """The questions of the check for these answers (under 18, those its urgent and
        emergency rules read: `engine.questions_for`)."""
        return asked_questions(self.content, self.answers)

    def _under_18_done(self) -> bool:
        counted = counted_answers(self.content, self.answers)
        return stop_reason(self.content, counted) == ADULTS_ONLY

    def _asked(self) -> list[Question]:
        """The questions the person goes through: shown, and not remembered."""
        return [q for q in self._shown() if q.id not in self.remembered]

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
        self.remembered.discard(self.current.id)  # changed from the review: now their own
        if self._stop_for_emergency():
            return
        if self._follow_up_waiting():
            self._advance()  # its answer may settle the sign: warn after it
            return
        hits = red_flag_hits(self.content, self.answers)
        new_urgent = tuple(
            h for h in hits if h.urgency == URGENT and h.rule_id not in self._acknowledged
        )
        if new_urgent:
            self.notice = new_urgent
            self.screen = URGENT_NOTICE
            return
        self._advance()

    def _stop_for_emergency(self) -> bool:
        """Stop at the emergency screen when the answers hold an emergency sign."""
        hits = red_flag_hits(self.content, self.answers)
        emergency = tuple(h for h in hits if h.urgency == EMERGENCY)
        if emergency:
            self.notice = emergency
            self.screen = EMERGENCY_STOP
        return bool(emergency)

    def _follow_up_waiting(self) -> bool:
        """True when the next question to ask follows up the current one's answer."""
        assert self.current is not None
        after = self._next_after_current()
        return (
            after is not None
            and after.id not in self.answers
            and after.show_if is not None
            and self.current.id in questions_in(after.show_if)
        )

    def _next_after_current(self) -> Question | None:
        asked = self._asked()
        if self._from_review:
            return next((q for q in asked if q.id not in self.answers), None)
        assert self.current is not None
        ids = [q.id for q in asked]
        if self.current.id not in ids:
            return None
        position = ids.index(self.current.id)
        return asked[position + 1] if position + 1 < len(asked) else None

    def in_progress(self) -> bool:
        """True while the person is part-way through answering (not at the start, not
        at a finished result)."""
        return self.screen in (QUESTION, URGENT_NOTICE, REVIEW)

    def open_from_elsewhere(
        self, first_check: bool, remembered: Mapping[str, object] | None = None
    ) -> None:
        """Another page's "take the check" button: carry on with a check under way or
        with answers still held; else the start screen for a first check, or straight to
        the first question."""
        if self.in_progress():
            return
        if self.can_resume():
            self.resume()  # answers still held (after Back, or picked up on a restart)
        elif first_check:
            self.restart()
        else:
            self.start(remembered)

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
        self._go_to(self._next_after_current())

    def _go_to(self, question: Question | None) -> None:
        if question is None and self._under_18_done():
            # Under 18, after the urgent signs' questions: the kind stop, not the review.
            self.notice = ()
            self.screen = ADULTS_ONLY_STOP
        elif question is None:
            self.current = None
            self.screen = REVIEW
            self._from_review = False
        else:
            self.current = question
            self.screen = QUESTION

    def back(self) -> None:
        """One step back; from a warning screen, back to the answer that raised it. From a
        question whose answers hold an emergency sign, to the emergency screen instead."""
        self.notice = ()
        if self.screen in (URGENT_NOTICE, EMERGENCY_STOP, ADULTS_ONLY_STOP):
            self.screen = QUESTION
            return
        if self.screen == RESULT:
            self.screen = REVIEW
            return
        if self.screen == QUESTION and self._stop_for_emergency():
            return  # an emergency answer kept on the way back never waits for a Next
        asked = self._asked()
        if self.screen == REVIEW:
            self._from_review = False
            self._go_to(asked[-1] if asked else None)
            return
        if self.screen == QUESTION and self._from_review and self._all_answered_but_current():
            # Opened from the review list to change: Back returns there, as it came (from
            # the first question it went to the start screen, where Start wiped them all).
            self._go_to(None)
            return
        if self.screen == QUESTION and self.current is not None:
            ids = [q.id for q in asked]
            position = ids.index(self.current.id) if self.current.id in ids else 0
            if position == 0:
                self.screen = START
                self.current = None
            else:
                self.current = asked[position - 1]

    def _all_answered_but_current(self) -> bool:
        current = self.current.id if self.current is not None else None
        return all(q.id in self.answers for q in self._asked() if q.id != current)

    def can_go_back(self) -> bool:
        return self.screen != START

    def change(self, question_id: str) -> None:
        """From the review list: answer this question again, then come back. A remembered
        answer opened to change is the person's own from now on, asked like any other."""
        self.remembered.discard(question_id)
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

    def _possible(self) -> list[Question]:
        """Questions that are asked with the answers so far, or may still be: one whose
        condition looks at a question not answered yet might still appear."""
        shown = {q.id for q in self._asked()}
        wanted = questions_for(self.content, counted_answers(self.content, self.answers))
        return [
            q
            for q in self.content.questions
            if q.id not in self.remembered
            and q.id in wanted
            and (
                q.id in shown
                or (q.show_if is not None and questions_in(q.show_if) - self.answers.keys())
            )
        ]

    def progress(self) -> Progress:
        """Progress by part: each part has an equal share of the bar, split among the
        questions that can still be asked in it, so answering never moves the bar back."""
        assert self.current is not None
        possible = self._possible()
        parts = [s for s in self.content.sections if any(q.section == s.id for q in possible)]
        place = next(i for i, s in enumerate(parts) if s.id == self.current.section)
        in_part = [q.id for q in possible if q.section == self.current.section]
        position = in_part.index(self.current.id) if self.current.id in in_part else 0
        return Progress(
            section_number=place + 1,
            section_count=len(parts),
            section_title=parts[place].title,
            done=(place + position / max(len(in_part), 1)) / len(parts),
        )

    def review(self) -> list[ReviewLine]:
        """Every answer of the check, remembered ones included, each one changeable."""
        counted: Mapping[str, object] = counted_answers(self.content, self.answers)
        return [
            ReviewLine(q, self.content.option_text(q, counted[q.id]) if q.id in counted else "")
            for q in self._shown()
        ]

    def skipped_sections(self) -> list[Section]:
        """Parts left out for these answers; the review says why in their place."""
        counted = counted_answers(self.content, self.answers)
        return [
            s
            for s in self.content.sections
            if s.show_if is not None and not s.show_if.holds(counted)
        ]

    def all_answered(self) -> bool:
        return all(q.id in self.answers for q in self._shown())

    def first_in_section(self) -> bool:
        """True when the current question opens its section (show the section's intro)."""
        assert self.current is not None
        asked = self._asked()
        ids = [q.id for q in asked]
        if self.current.id not in ids:
            return True
        position = ids.index(self.current.id)
        return position == 0 or asked[position - 1].section != self.current.section
