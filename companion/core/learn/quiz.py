"""A short "check what you learned" quiz, with kind feedback that points to a card.

Questions live in `content/<language>/learn/quiz.toml`. `QuizSession` walks through
them one at a time: `answer(choice)` gives feedback, `next()` moves on, and `score`
counts first answers only, so trying again after seeing the feedback is encouraged
without pretending it was right the first time.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.shared.content import read_toml
from companion.core.shared.get_help import GetHelp, fill_or_error


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple[str, ...]
    correct: int  # index into choices
    right: str  # feedback when right
    wrong: str  # feedback when wrong: kind, and says what is true
    card: str  # the card that explains it


@dataclass(frozen=True)
class Quiz:
    sources: tuple[str, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Feedback:
    correct: bool
    message: str
    right_choice: str
    card: str
    choice: int  # the answer it is about


class QuizError(ValueError):
    """An answer given out of turn (already answered, finished, or no such choice)."""


@dataclass
class QuizSession:
    quiz: Quiz
    index: int = 0
    first_answers: dict[str, bool] = field(default_factory=dict)
    feedback: Feedback | None = None

    @property
    def question(self) -> Question:
        return self.quiz.questions[self.index]

    @property
    def total(self) -> int:
        return len(self.quiz.questions)

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def score(self) -> int:
        return sum(self.first_answers.values())

    def answer(self, choice: int) -> Feedback:
        if self.finished:
            raise QuizError("the quiz is finished")
        question = self.question
        if not 0 <= choice < len(question.choices):
            raise QuizError(f"there is no choice {choice}")
        correct = choice == question.correct
        self.first_answers.setdefault(question.id, correct)
        self.feedback = Feedback(
            correct,
            question.right if correct else question.wrong,
            question.choices[question.correct],
            question.card,
            choice,
        )
        return self.feedback

    def pick(self, choice: int) -> None:
        """Another answer picked after checking one: the feedback was about that one, and
        must not stay ("Well done" beside a wrong answer). `score` is unchanged."""
        if self.feedback is not None and self.feedback.choice != choice:
            self.feedback = None

    def next(self) -> None:
        """Move to the next question (only after this one was answered)."""
        if self.finished or self.question.id not in self.first_answers:
            raise QuizError("answer this question first")
        self.index += 1
        self.feedback = None

    def restart(self) -> None:
        self.index = 0
        self.first_answers.clear()
        self.feedback = None


def load_quiz(path: Path, cards: Set[str], words: GetHelp) -> Quiz:
    """Read the quiz; its feedback may use the shared words (`{timing}`, `{sign:ID}`...)."""
    root = read_toml(path)
    root.allow_only("sources", "question")
    sources = root.text_list("sources")
    questions = []
    seen: set[str] = set()
    for table in root.tables("question"):
        table.allow_only("id", "text", "choices", "correct", "right", "wrong", "card")
        qid = table.text("id")
        if qid in seen:
            raise table.error("id", f"'{qid}' is used twice")
        seen.add(qid)
        choices = table.text_list("choices")
        if len(choices) < 2:
            raise table.error("choices", "needs at least two choices")
        if len(set(choices)) != len(choices):
            raise table.error("choices", "has the same choice twice")
        correct = table.text("correct")
        if correct not in choices:
            raise table.error("correct", f"'{correct}' is not one of the choices")
        card = table.text("card")
        if card not in cards:
            raise table.error("card", f"no card called '{card}'")
        questions.append(
            Question(
                qid,
                table.text("text"),
                choices,
                choices.index(correct),
                fill_or_error(words, table, "right", markdown=False, number=False),
                fill_or_error(words, table, "wrong", markdown=False, number=False),
                card,
            )
        )
    return Quiz(sources, tuple(questions))
