"""
Tests of `laborvote.exceptions`: one root, builtins refined.
"""

from __future__ import annotations

import pytest

from laborvote import exceptions

VALUE_ERRORS = [
    exceptions.InvalidBallotsError,
    exceptions.InvalidCaseNumberError,
    exceptions.InvalidChoiceError,
    exceptions.InvalidCountError,
    exceptions.InvalidElectionError,
    exceptions.InvalidObjectionError,
    exceptions.InvalidOddsError,
    exceptions.InvalidOutcomeError,
    exceptions.InvalidResolutionError,
    exceptions.InvalidDeadlineRuleError,
    exceptions.InvalidRulebookError,
    exceptions.InvalidRecordError,
    exceptions.InvalidTallyError,
    exceptions.NoDeadlineRuleError,
    exceptions.NoRulesInForceError,
]

#: The errors that are no `InvalidValueError`, and the builtin each refines.
OTHER_ERRORS = {
    exceptions.InvalidTransitionError: ValueError,
    exceptions.MissingDependencyError: ImportError,
    exceptions.UnknownRulebookError: LookupError,
    exceptions.InvalidFileError: ValueError,
}


class TestHierarchy:
    """
    Every error laborvote raises on purpose derives from
    `LaborVoteError`, and each refines the builtin it concerns.
    """

    def test_all_listed(self) -> None:
        """
        ``__all__`` lists the root, the value error and every subclass.
        """
        expected = sorted(
            [
                "LaborVoteError",
                "InvalidValueError",
                *(e.__name__ for e in VALUE_ERRORS),
                *(e.__name__ for e in OTHER_ERRORS),
            ]
        )

        assert expected == sorted(exceptions.__all__)

    @pytest.mark.parametrize("name", exceptions.__all__)
    def test_root(self, name: str) -> None:
        """
        Each public exception is a `LaborVoteError` (and an `Exception`).
        """
        error = getattr(exceptions, name)

        assert issubclass(error, exceptions.LaborVoteError)
        assert issubclass(error, Exception)

    @pytest.mark.parametrize("error", VALUE_ERRORS)
    def test_value_errors(
        self, error: type[exceptions.InvalidValueError]
    ) -> None:
        """
        Each bad-value error is an `InvalidValueError` and a `ValueError`,
        so ``except ValueError`` catches it.
        """
        assert issubclass(error, exceptions.InvalidValueError)
        assert issubclass(error, ValueError)

    @pytest.mark.parametrize(("error", "builtin"), OTHER_ERRORS.items())
    def test_other_errors(
        self, error: type[exceptions.LaborVoteError], builtin: type
    ) -> None:
        """
        The other errors refine their builtin too, so ``except
        ValueError``, ``except ImportError`` or ``except LookupError``
        catches them.
        """
        assert issubclass(error, builtin)


class TestInvalidValueError:
    """
    A bad-value error carries the field and the value.
    """

    def test_field_and_value(self) -> None:
        """
        The field and the value are attributes; the message is the text.
        """
        e = exceptions.InvalidCountError(
            "void must be a non-negative int, got -1", field="void", value=-1
        )

        assert ("void", -1, "void must be a non-negative int, got -1") == (
            e.field,
            e.value,
            str(e),
        )

    def test_caught_as_value_error(self) -> None:
        """
        ``except ValueError`` catches a laborvote error.
        """
        msg = "bad"
        error = exceptions.InvalidTallyError(msg, field="kind", value=1)

        with pytest.raises(ValueError, match="bad"):
            raise error
