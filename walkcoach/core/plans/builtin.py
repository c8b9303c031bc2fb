"""The built-in plans (resources/plans) and turning a plan session into the program to walk."""

from __future__ import annotations

from functools import cache

from walkcoach import resources
from walkcoach.core.i18n import CONTEXT_PLANS, CONTEXT_PROGRAMS, translate
from walkcoach.core.library import all_programs, builtin_ids
from walkcoach.core.plans.generate import bout_title, build_program, generated_program_id
from walkcoach.core.plans.model import Plan, PlanError, PlanSession, load_plan_file
from walkcoach.core.program import Problem, Program, format_duration


@cache
def _builtin_plans() -> tuple[Plan, ...]:
    folder = resources.path("plans")
    known = builtin_ids()
    plans: list[Plan] = []
    for file in sorted(folder.glob("*.json")):
        # A broken built-in is a bug in the shipped data: let the PlanError through.
        plan = load_plan_file(file, builtin=True, known_program=known.__contains__)
        if plan.id != file.stem:
            raise PlanError([Problem("id", "does not match its file name")], str(file))
        plans.append(plan)
    return tuple(plans)


def builtin_plans() -> list[Plan]:
    """The plans shipped with WalkCoach (read once per process)."""
    return list(_builtin_plans())


def find_plan(plan_id: str) -> Plan | None:
    return next((p for p in _builtin_plans() if p.id == plan_id), None)


def session_program(plan: Plan, week_no: int, session: PlanSession) -> Program | None:
    """The program to walk for ``session`` of week ``week_no`` (1-based); None when a program
    the plan names is gone (a user program deleted since)."""
    if session.bout is not None:
        return build_program(plan.id, plan.name, plan.source, week_no, session.bout)
    return next((p for p in all_programs() if p.id == session.program_id), None)


def session_program_id(plan: Plan, week_no: int, session: PlanSession) -> str:
    """The program id a recorded session carries when it was this plan session."""
    if session.bout is not None:
        return generated_program_id(plan.id, week_no)
    return session.program_id or ""


def session_title(plan: Plan, week_no: int, session: PlanSession) -> str:
    """Short words for the session: its label, the bout, or the program's name and length."""
    if session.label:  # a built-in plan's label is translated like its name ("Plans")
        return translate(CONTEXT_PLANS, session.label)
    if session.bout is not None:
        return bout_title(session.bout)
    program = session_program(plan, week_no, session)
    if program is None:
        missing = translate("Plans", "program '{id}' (not found)")
        return missing.format(id=session.program_id)
    name = translate(CONTEXT_PROGRAMS, program.name) if program.builtin else program.name
    total = translate("Plans", "{program}, {time} total")  # a length, not a clock time
    return total.format(program=name, time=format_duration(program.total_s))
