"""
The JSON contract: every JSON form laborvote prints, and every
``as_dict()``, validates against the schema shipped in the package.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing
from hypothesis import given, settings
from hypothesis import strategies as st

import laborvote
from laborvote import Ballots, Tally, nlrb
from laborvote._core import forms
from laborvote._decide import decision
from laborvote.cli import main
from laborvote.cli._errors import ExitCode
from laborvote.exceptions import InvalidOutcomeError
from laborvote.nlrb import Layout
from laborvote.nlrb._forms import flatten
from laborvote.strategies import objections, outcomes, tallies
from nlrb_files import FOIA, csv_text
from strategies import (
    NLRB_HEADERS,
    GeneratedRow,
    election_rows,
    interleavings,
    lifecycles,
    nlrb_rows,
)

SCHEMAS = resources.files("laborvote") / "schemas"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (SCHEMAS / f"{name}.json").read_text(encoding="utf-8")
    )
    return data


REGISTRY: referencing.Registry[Any] = referencing.Registry().with_resources(
    (
        forms.schema_id(name),
        referencing.Resource.from_contents(_load(name)),
    )
    for name in forms.VERSIONS
)


def _validator(name: str) -> jsonschema.Draft202012Validator:
    """
    Return a validator of the schema of the form *name*.
    """
    return jsonschema.Draft202012Validator(
        _load(name),
        registry=REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def check(name: str, data: Any) -> None:
    """
    Validate *data* against the schema of the form *name*, and check
    that it names that schema.
    """
    _validator(name).validate(json.loads(json.dumps(data)))
    assert forms.schema_id(name) == data["schema"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    """
    Run ``laborvote *argv*`` and return its status and its JSON output.
    """
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, json.loads(out or err)


class TestSchemas:
    """
    The schemas themselves.
    """

    @pytest.mark.parametrize("name", sorted(forms.VERSIONS))
    def test_shipped(self, name: str) -> None:
        """
        Every form has a valid draft 2020-12 schema whose ``$id`` is its
        versioned URN.
        """
        schema = _load(name)

        jsonschema.Draft202012Validator.check_schema(schema)
        assert (
            "https://json-schema.org/draft/2020-12/schema"
            == (schema["$schema"])
        )
        assert f"urn:laborvote:schema:{name}:1" == schema["$id"]

    def test_no_stray_files(self) -> None:
        """
        Every schema file in the package is a registered form's.
        """
        files = {p.name for p in SCHEMAS.iterdir() if p.name.endswith(".json")}

        assert {f"{name}.json" for name in forms.VERSIONS} == files

    def test_enums_follow_the_code(self) -> None:
        """
        The schemas' vocabularies are the enums' values.
        """
        step = _load("election-status")["properties"]["step"]["enum"]

        assert [r.value for r in laborvote.Result] == (
            _load("outcome")["properties"]["result"]["enum"]
        )
        assert [s.value for s in laborvote.Step] == step
        assert [d.value for d in nlrb.Discrepancy] == (
            _load("audit-record")["properties"]["discrepancies"]["items"][
                "enum"
            ]
        )

    def test_election_audit_enums_follow_the_code(self) -> None:
        """
        The election audit's vocabularies are the enums' values.
        """
        properties = _load("election-audit")["properties"]

        assert [d.value for d in nlrb.ElectionDiscrepancy] == (
            properties["discrepancies"]["items"]["enum"]
        )
        assert [*(i.value for i in nlrb.Inclusion), None] == (
            properties["inclusion"]["enum"]
        )
        assert [*(r.value for r in laborvote.Result), None] == (
            properties["result"]["enum"]
        )
        assert [*(k.value for k in laborvote.TallyKind), None] == (
            properties["controlling_kind"]["enum"]
        )

    def test_in_the_wheel(self) -> None:
        """
        The wheel ships the package folder, schemas included.
        """
        root = Path(__file__).resolve().parents[1]
        pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")

        assert 'packages = ["src/laborvote"]' in pyproject
        assert (
            root / "src" / "laborvote" / "schemas" / "tally.json"
        ).is_file()


class TestRegister:
    """
    The extension point: a form registers its name and version once.
    """

    def test_again(self) -> None:
        """
        Registering a form again at its version returns its URN.
        """
        assert "urn:laborvote:schema:tally:1" == forms.register("tally")

    def test_other_version(self) -> None:
        """
        Registering a form at another version is refused.
        """
        with pytest.raises(ValueError, match="at version 1, not 2"):
            forms.register("tally", 2)


class TestAsDict:
    """
    Every ``as_dict()`` of a form validates, over generated values.
    """

    @given(tallies())
    def test_tally(self, tally: Tally) -> None:
        """
        A tally's form validates.
        """
        check("tally", tally.as_dict())

    @given(tallies())
    def test_decided(self, tally: Tally) -> None:
        """
        The outcome that `decide` gives, and the decision, validate; the
        outcome knows its margin, and under the NLRB's rules the fewest
        challenged ballots that change it.
        """
        outcome = laborvote.decide(tally)

        check("outcome", outcome.as_dict())
        check("decision", decision(tally, outcome))
        assert laborvote.margin(tally) == outcome.margin
        if tally.case_number is None or tally.case_number.case_type.value != (
            "UD"
        ):
            assert laborvote.challenges_to_change(tally) == (
                outcome.challenges_to_change
            )

    @given(outcomes())
    def test_outcome(self, outcome: laborvote.Outcome) -> None:
        """
        Any outcome's form validates and reads back.
        """
        check("outcome", outcome.as_dict())
        assert outcome == laborvote.Outcome.from_dict(outcome.as_dict())

    @given(st.dates(min_value=dt.date(2015, 4, 14)))
    @settings(deadline=None)  # the first look-up loads the holidays
    def test_deadline(self, day: dt.date) -> None:
        """
        A deadline's form validates and reads back.
        """
        due = laborvote.objections_due(day)

        check("deadline", due.as_dict())
        assert due == laborvote.Deadline.from_dict(due.as_dict())

    @given(lifecycles(), st.integers(min_value=0, max_value=400))
    def test_election_and_status(
        self, case: laborvote.Election, later: int
    ) -> None:
        """
        A case's form and its status's validate and read back.
        """
        day = max(t.date for t in case.tallies if t.date is not None)
        status = case.status(on=day + dt.timedelta(days=later))

        check("election", case.as_dict())
        check("election-status", status.as_dict())
        assert case == laborvote.Election.from_dict(case.as_dict())
        assert status == laborvote.ElectionStatus.from_dict(status.as_dict())

    @given(st.sampled_from([Layout.FOIA, Layout.WEB_EXPORT]), st.data())
    def test_audit_record(self, layout: Layout, data: st.DataObject) -> None:
        """
        An audited row's form validates, and flattens to one CSV row.
        """
        row: GeneratedRow = data.draw(nlrb_rows(layout=layout))
        text = csv_text(NLRB_HEADERS[layout], [row.cells])
        [record] = nlrb.read_csv(io.StringIO(text, newline=""))
        form = nlrb.audit(record).as_dict()

        check("audit-record", form)
        assert all(isinstance(v, str) for v in flatten(form).values())


def _foia_elections(
    rows: list[dict[str, str]], *, contiguous: bool = True
) -> list[nlrb.ElectionAudit]:
    text = csv_text(FOIA, rows)
    records = nlrb.read_csv(io.StringIO(text, newline=""))
    return list(nlrb.elections(records, contiguous=contiguous))


class TestElectionAuditForm:
    """
    An election audit's form validates, over generated elections.
    """

    @given(st.data(), election_rows(), st.booleans())
    def test_generated_elections(
        self,
        data: st.DataObject,
        groups: list[list[dict[str, str]]],
        contiguous: bool,  # noqa: FBT001
    ) -> None:
        """
        Elections of generated rows, interleaved in any way, give forms
        that validate, name their rows, and flatten to text cells.
        """
        rows = data.draw(interleavings(groups))

        for item in _foia_elections(rows, contiguous=contiguous):
            form = item.as_dict()
            check("election-audit", form)
            assert list(item.rows) == form["rows"]
            assert all(isinstance(v, str) for v in flatten(form).values())

    @given(st.sampled_from([Layout.FOIA, Layout.WEB_EXPORT]), st.data())
    def test_any_rows(self, layout: Layout, data: st.DataObject) -> None:
        """
        Elections of any generated rows (unreadable ones too) validate.
        """
        rows: list[GeneratedRow] = data.draw(
            st.lists(nlrb_rows(layout=layout), min_size=1, max_size=4)
        )
        text = csv_text(NLRB_HEADERS[layout], [r.cells for r in rows])
        records = nlrb.read_csv(io.StringIO(text, newline=""))

        forms_ = [e.as_dict() for e in nlrb.elections(records)]

        for form in forms_:
            check("election-audit", form)
        assert list(range(1, len(rows) + 1)) == sorted(
            r for form in forms_ for r in form["rows"]
        )

    def test_references(self) -> None:
        """
        The controlling row and the self-determination row are the rows of
        those tallies.
        """
        rows = [
            {
                "Case Number": "01-RC-000001",
                "Unit ID": "A",
                "Tally Type": "Initial",
                "Tally Category": category,
                "Tally Date": day,
                "Labor Organization 1 Name": "ALU",
                "Votes For Labor Org1": yes,
                "Votes Cast Against Labor Org": "5",
                "Num Challenged Ballots": "0",
            }
            for category, day, yes in [
                ("Single Labor Organization", "2019-01-10", "9"),
                ("Self Determination", "2019-01-10", "8"),
            ]
        ]

        [item] = _foia_elections(rows)
        form = item.as_dict()

        check("election-audit", form)
        assert (1, 2, "included", "initial", "certified") == (
            form["controlling_row"],
            form["inclusion_row"],
            form["inclusion"],
            form["controlling_kind"],
            form["result"],
        )

    def test_refused_history(self) -> None:
        """
        A rerun on the day of the first tally: laborvote.Election refuses
        the history, and the form says why.
        """
        [item] = _foia_elections(
            [
                {
                    "Case Number": "01-RC-000001",
                    "Tally Type": "Initial",
                    "Tally Date": "2019-01-10",
                    "Labor Organization 1 Name": "ALU",
                    "Votes For Labor Org1": "9",
                    "Votes Cast Against Labor Org": "5",
                    "Num Challenged Ballots": "0",
                },
                {
                    "Case Number": "01-RC-000001",
                    "Tally Type": "Rerun",
                    "Tally Date": "2019-01-10",
                    "Labor Organization 1 Name": "ALU",
                    "Votes For Labor Org1": "9",
                    "Votes Cast Against Labor Org": "5",
                    "Num Challenged Ballots": "0",
                },
            ]
        )
        form = item.as_dict()

        check("election-audit", form)
        assert ["history-refused"] == form["discrepancies"]
        assert str(item.election_error) == form["election_error"]
        assert False is form["history_accepted"]

    def test_without_rows(self) -> None:
        """
        An election audit built without rows has no file.
        """
        form = nlrb.ElectionAudit(
            case_number=None, unit_id=None, audits=()
        ).as_dict()

        check("election-audit", form)
        assert (None, [], 0) == (form["file"], form["rows"], form["tallies"])


def _audit_by_election(path: str, fmt: str) -> str:
    """
    Run ``laborvote audit PATH --by election --format FMT``; return its
    standard output.
    """
    out = io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        status = main(["audit", path, "--by", "election", "--format", fmt])
    assert 0 == status
    return out.getvalue()


def _check_by_election(path: str) -> list[dict[str, Any]]:
    """
    Check that ``audit --by election`` writes election-audit forms as
    JSON lines, and the same forms flattened as CSV; return the forms.
    """
    lines = [
        json.loads(line)
        for line in _audit_by_election(path, "jsonl").splitlines()
    ]
    rows = list(csv.DictReader(io.StringIO(_audit_by_election(path, "csv"))))
    validator = _validator("election-audit")
    for line in lines:
        validator.validate(line)
    assert {forms.schema_id("election-audit")} == {
        line["schema"] for line in lines
    }
    assert [flatten(line) for line in lines] == rows
    return lines


class TestCli:
    """
    Every JSON the command prints validates.
    """

    @given(st.data(), election_rows())
    def test_audit_by_election(
        self, data: st.DataObject, groups: list[list[dict[str, str]]]
    ) -> None:
        """
        ``audit --by election`` prints one election-audit form per
        election (``jsonl``), and the same forms flattened (``csv``):
        those of `laborvote.nlrb.ElectionAudit.as_dict`.
        """
        rows = data.draw(interleavings(groups))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "elections.csv"
            path.write_text(csv_text(FOIA, rows), encoding="utf-8")
            lines = _check_by_election(str(path))
            expected = [e.as_dict() for e in nlrb.elections(nlrb.read(path))]

        assert expected == lines

    def test_audit_by_election_sample(self, nlrb_data_dir: Path) -> None:
        """
        On the Board's FOIA sample, every election's line validates and
        its CSV row is its flattening; every data row is in one election.
        """
        path = nlrb_data_dir / "nlrb-elections-2017-2019.csv"
        if not path.is_file():
            pytest.skip(f"NLRB sample not found: {path}")

        lines = _check_by_election(str(path))

        rows = sorted(r for line in lines for r in line["rows"])
        assert list(range(1, len(rows) + 1)) == rows

    @given(tallies())
    def test_decide(self, tally: Tally) -> None:
        """
        ``decide --json`` prints the decision form, whatever the tally.
        """
        argv = [f"--union={name}={n}" for name, n in tally.ballots.unions]
        if tally.ballots.against is None:
            return
        argv += [
            f"--against={tally.ballots.against}",
            f"--void={tally.void}",
            f"--challenged={tally.challenged}",
        ]
        if tally.eligible is not None:
            argv.append(f"--eligible={tally.eligible}")
        with pytest.MonkeyPatch.context() as mp:
            out = io.StringIO()
            mp.setattr("sys.stdout", out)
            status = main(["decide", *argv, "--json"])

        assert 0 == status
        check("decision", json.loads(out.getvalue()))

    def test_organizer(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        120 yes, 118 no, 9 challenged: 2 challenged ballots could change
        the result.
        """
        status, data = run(
            capsys,
            *("decide", "--union", "U=120", "--against", "118"),
            *("--challenged", "9", "--eligible", "260", "--json"),
        )

        assert (0, 2, 2) == (
            status,
            data["challenges_to_change"],
            data["margin"],
        )
        check("decision", data)

    @pytest.mark.parametrize(
        "model", ["like-counted", "uniform-prior", "even"]
    )
    def test_decide_with_odds(
        self, capsys: pytest.CaptureFixture[str], model: str
    ) -> None:
        """
        ``decide --odds MODEL --json`` follows the decision schema, odds
        included, and a malformed odds object would not.
        """
        status, data = run(
            capsys, "decide", "--example", "bessemer-2022", "--odds", model,
            "--json",
        )  # fmt: skip

        assert 0 == status
        check("decision", data)
        data["odds"]["change"] = 2
        with pytest.raises(jsonschema.ValidationError):
            check("decision", data)

    def test_deadline(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``deadline --json`` prints the deadline form.
        """
        status, data = run(
            capsys, "deadline", "--tally-date", "2021-04-09", "--json"
        )

        assert (0, "2021-04-16") == (status, data["objections_due"])
        check("deadline", data)

    @pytest.mark.parametrize(
        ("argv", "step"),
        [
            (["--example", "bessemer-2021", "--on", "2021-05-01"], "hear"),
            (["--example", "bessemer-2021", "--on", "2021-12-01"], "hold"),
            (["--example", "staten-island-2022", "--on", "2023-02-01"], "cer"),
        ],
    )
    def test_status(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], step: str
    ) -> None:
        """
        ``status --json`` prints the status form.
        """
        status, data = run(capsys, "status", *argv, "--json")

        assert 0 == status
        assert data["step"].startswith(step)
        check("election-status", data)

    def test_audit(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``audit --format jsonl`` prints audit records; ``--format csv``
        the same records flattened.
        """
        path = tmp_path / "t.csv"
        path.write_text(
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against,"
            "Challenged Ballots,Challenges are Determinative\n"
            "14-RD-210506,United Steelworkers,10,10,1,N\n"
            "14-RD-210507,United Steelworkers,x,10,1,N\n",
            encoding="utf-8",
        )
        main(["audit", str(path), "--format", "jsonl"])
        lines = capsys.readouterr().out.splitlines()
        main(["audit", str(path), "--format", "csv"])
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))

        for line in lines:
            check("audit-record", json.loads(line))
        assert [flatten(json.loads(line)) for line in lines] == rows


class TestJsonErrors:
    """
    Under ``--json``, an error is one JSON object on standard error, with
    the exit status it always had.
    """

    @pytest.mark.parametrize(
        ("argv", "kind", "field", "value"),
        [
            (
                ["decide", "--union", "A=1", "--against", "x"],
                "UsageError",
                "--against",
                "x",
            ),
            (["decide", "--against", "1"], "UsageError", "--union", None),
            (["deadline"], "UsageError", "--tally-date", None),
            (
                [
                    "decide",
                    "--union",
                    "A=1",
                    "--against",
                    "1",
                    "--void",
                    "1",
                    "--void",
                    "2",
                ],
                "UsageError",
                "--void",
                None,
            ),
            (
                ["decide", "--union", "No union=1", "--against", "1"],
                "InvalidBallotsError",
                "--union",
                "No union",
            ),
            (
                ["decide", "--union", "A=1", "--against", "1", "--rules", "x"],
                "UnknownRulebookError",
                "--rules",
                None,
            ),
            (
                ["status", "--on", "2021-01-01", "--example", "x"],
                "UsageError",
                "--example",
                "x",
            ),
            (
                ["status", "--on", "2020-01-01", "--example", "bessemer-2021"],
                "InvalidElectionError",
                "--on",
                "2020-01-01",
            ),
        ],
    )
    def test_usage(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        kind: str,
        field: str,
        value: object,
    ) -> None:
        """
        Bad input: exit 2, and the error's type, field and value.
        """
        status = main([*argv, "--json"])
        out, err = capsys.readouterr()
        data = json.loads(err)

        assert (ExitCode.USAGE, "", 1) == (status, out, err.count("\n"))
        assert (kind, field, value) == (
            data["type"],
            data["field"],
            data["value"],
        )
        check("error", data)

    def test_long_value(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A long refused value is cut, saying how long it was.
        """
        main(["decide", "--union", "A=1", "--against", "9" * 500, "--json"])
        data = json.loads(capsys.readouterr().err)

        assert "(500 characters)" in data["value"]
        check("error", data)

    def test_text_unchanged(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Without ``--json`` the error is the one line of text it was.
        """
        status = main(["deadline"])

        assert ExitCode.USAGE == status
        assert capsys.readouterr().err.startswith("laborvote: error: ")

    def test_plain_message(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A bare message (no error object) still makes a JSON error.
        """
        from laborvote.cli._errors import report  # noqa: PLC0415

        assert ExitCode.USAGE == report("nope", as_json=True)
        data = json.loads(capsys.readouterr().err)
        assert ("UsageError", None, "nope") == (
            data["type"],
            data["field"],
            data["message"],
        )


class TestOutcomeFields:
    """
    `laborvote.Outcome.challenges_to_change` and
    `laborvote.Outcome.margin`.
    """

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("challenges_to_change", 0),
            ("challenges_to_change", True),
            ("margin", "2"),
            ("margin", False),
        ],
    )
    def test_refused(self, field: str, value: object) -> None:
        """
        Neither is anything but an int (at least 1 for the challenges)
        or None.
        """
        with pytest.raises(InvalidOutcomeError, match=field) as info:
            laborvote.Outcome.from_dict(
                {"result": "no_representative", "majority": 1, field: value}
            )

        assert (field, value) == (info.value.field, info.value.value)

    def test_under_a_rulebook(self) -> None:
        """
        Under a rulebook the margin is known; the fewest challenges only
        under the ``nlrb`` rulebook, which decides as the core does.
        """
        tally = Tally(
            ballots=Ballots(unions={"U": 120}, against=118), eligible=300
        )
        nlrb_book = laborvote.decide(tally, rules="nlrb")
        other = laborvote.decide(tally, rules="nmb", on=dt.date(2024, 1, 1))

        assert (2, 2) == (nlrb_book.challenges_to_change, nlrb_book.margin)
        assert (None, 2) == (other.challenges_to_change, other.margin)


class TestObjectionsInCases:
    """
    The case form carries objections in their own form.
    """

    @given(objections())
    def test_objection(self, objection: laborvote.Objection) -> None:
        """
        An objection filed after a tally makes a case whose form
        validates.
        """
        tally = Tally(
            ballots=Ballots(unions={"U": 1}, against=0),
            date=objection.filed,
        )
        case = laborvote.Election(tallies=[tally], objections=[objection])

        check("election", case.as_dict())
