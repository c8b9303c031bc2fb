"""What the screens show in another language: built-in resource texts translated (a user's own
text never), and figures and dates written as the locale writes them.

German is loaded from the committed walkcoach_de.qm; the locale alone (no translator) is set with
QLocale.setDefault. Both are undone after each test, so every other test sees English.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from walkcoach.core import library
from walkcoach.core.muscles import STATION_REASON, load_model
from walkcoach.core.plans.builtin import find_plan
from walkcoach.core.program import Segment, parse_program
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui import i18n, locale_text, resource_text
from walkcoach.ui.coach import texts
from walkcoach.ui.coach.muscle_panel import MusclePanel

NOW = datetime(2025, 3, 19, 20, 0, tzinfo=UTC)


@pytest.fixture
def german_locale():
    """German numbers and dates, no translator (English words)."""
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def german(qapp):
    """German words (walkcoach_de.qm) and the German locale."""
    loaded = i18n.install_translations(qapp, "de", {"LANG": "de_DE.UTF-8"})
    yield loaded
    i18n.remove_translations(qapp, loaded)


def daily_retro():
    program = next(p for p in library.builtin_programs() if p.id == "daily-retro")
    assert program.builtin and program.name == "Daily retro walk"
    return program


def users_program(name: str = "Daily retro walk", label: str = "Warm-up"):
    """A user's program that happens to use a built-in's words: shown exactly as typed."""
    return parse_program(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "mine",
            "name": name,
            "description": "Easy start",
            "main": [
                {"kind": "forward", "duration_s": 60, "speed_kmh": 4.0, "label": label},
                {"kind": "backward", "duration_s": 60, "speed_kmh": 2.5, "incline_pct": 2.5},
            ],
        }
    )


# -- figures and dates -------------------------------------------------------------------------


def test_figures_follow_the_locale_and_english_keeps_pythons_text(german_locale):
    assert locale_text.decimal(4.0) == "4,0" and locale_text.decimal(1.234, 2) == "1,23"
    assert locale_text.decimal(-0.01) == "0,0"  # never "-0,0"
    assert locale_text.number(2.5) == "2,5" and locale_text.number(3.0) == "3"
    assert f"{locale_text.Figure(1.5):.2f} km" == "1,50 km"  # a template's own format spec
    assert locale_text.with_decimal_point("154.3 lb") == "154,3 lb"
    assert (
        locale_text.grouped(1234567.25) == "1.234.567,2" and locale_text.grouped(309.9) == "309,9"
    )
    QLocale.setDefault(QLocale("en_US"))
    assert locale_text.grouped(1234567.25) == "1,234,567.2"
    assert locale_text.decimal(4.0) == "4.0" and f"{locale_text.Figure(1.5):.2f}" == "1.50"
    assert locale_text.with_decimal_point("154.3 lb") == "154.3 lb"


def test_dates_in_the_locales_own_format_and_english_as_before(german_locale):
    moment = datetime(2025, 3, 4, 8, 8)
    assert locale_text.date_time_text(moment, "%a %d %b %Y %H:%M") == "Di. 04.03.25 08:08"
    assert locale_text.date_text(moment.date(), "%d %b %Y") == "04.03.25"
    assert locale_text.month_day_text(moment.date(), "%a %d %b", weekday=True) == "Di. 04.03."
    assert locale_text.month_text(moment.date()) == "Mär"
    formats = {
        name: locale_text.month_day_format(QLocale(name))
        for name in ("de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "en_US")
    }
    assert formats == {
        "de_DE": "dd.MM.",
        "fr_FR": "dd/MM",
        "es_ES": "d/M",
        "nl_NL": "dd-MM",
        "it_IT": "dd/MM",
        "en_US": "M/d",
    }
    QLocale.setDefault(QLocale("en_US"))
    assert locale_text.date_time_text(moment, "%a %d %b %Y %H:%M") == "Tue 04 Mar 2025 08:08"
    assert locale_text.month_day_text(moment.date(), "%d %b") == "04 Mar"


def test_the_coach_texts_write_a_decimal_comma_in_german(german_locale):
    segment = Segment("backward", 120, 4.0, 2.5)
    assert texts.speed_text(4.0, "kmh") == "4,0 km/h"
    assert texts.speed_text(4.0, "mph") == "2,5 mph"
    assert texts.incline_text(2.5) == "2,5 % incline"
    assert texts.minutes_text(150) == "2,5 min"
    assert "4,0 km/h" in texts.targets_text(segment, "kmh")


# -- resource texts ----------------------------------------------------------------------------


def test_builtin_texts_are_translated_and_a_users_are_shown_as_typed(german):
    builtin = daily_retro()
    assert resource_text.program_name(builtin) == "Täglich rückwärts"
    assert resource_text.program_description(builtin).startswith("Zwölf Minuten")
    warmup = builtin.warmup[0]
    assert resource_text.segment_label(warmup, builtin=True) == "Aufwärmen"
    assert resource_text.segment_note(warmup, builtin=True).startswith("Lockeres Tempo")
    mine = users_program()
    assert resource_text.program_name(mine) == "Daily retro walk"
    assert resource_text.program_description(mine) == "Easy start"
    assert resource_text.segment_label(mine.main[0], builtin=False) == "Warm-up"
    plan = find_plan("back-relief")
    assert plan is not None and resource_text.plan_name(plan) == "Rückenentlastung, drei Wochen"
    assert resource_text.plan_name(replace(plan, builtin=False)) == "Back relief, three weeks"


def test_a_history_record_is_translated_only_when_it_names_a_builtin_by_its_own_name(german):
    assert resource_text.recorded_program_name("daily-retro", "Daily retro walk") == (
        "Täglich rückwärts"
    )
    # A user's program, a renamed record, a record without a name: as recorded.
    assert resource_text.recorded_program_name("mine", "Daily retro walk") == "Daily retro walk"
    assert resource_text.recorded_program_name("daily-retro", "My retro") == "My retro"
    assert resource_text.recorded_program_name("daily-retro", "") == "daily-retro"


def test_muscle_names_and_reasons_are_translated(german):
    model = load_model()
    assert resource_text.muscle_name(model.muscle("hip_flexors")) == "Hüftbeuger"
    assert resource_text.muscle_group(model.muscle("vastus_medialis")) == "Quadrizeps"
    station = model.for_segment(Segment("station", 60, label="Lunges"))
    english = station[0].reason  # the core keeps its English, the screen translates it
    inner = english.removesuffix(STATION_REASON.format(reason=""))
    assert english == STATION_REASON.format(reason=inner)
    shown = resource_text.muscle_reason(english)
    assert shown.startswith(resource_text.muscle_reason(inner)) and inner not in shown
    assert resource_text.muscle_reason(inner) != inner


def test_the_muscle_panel_shows_german_names_reasons_and_the_builtin_label(qtbot, german):
    model = load_model()
    panel = MusclePanel(model)
    qtbot.addWidget(panel)
    backward = daily_retro().main[0].segments[1]
    assert backward.label == "Backward"
    panel.show_segment(backward, builtin=True)
    assert panel.title_label.text() == "Jetzt aktiv: Rückwärts"
    shown = [label.text() for label in panel.top_labels if not label.isHidden()]
    assert shown and shown[0].startswith("<b>Vastus lateralis</b> 43 % (Schätzung)<br>Kontrolliert")
    reasons = {a.reason for a in model.for_segment(backward)}
    assert not any(reason in text for text in shown for reason in reasons)
    mine = users_program(label="Warm-up")
    panel.show_segment(mine.main[0], builtin=False)
    assert panel.title_label.text() == "Jetzt aktiv: Warm-up"  # a user's label: as typed


def test_the_coach_page_in_german_shows_a_decimal_comma_and_translated_labels(coach, german):
    mine = users_program()
    coach.window.page.picker.set_programs([daily_retro(), mine], select_id="daily-retro")
    page = coach.window.page
    page.show_program(page.picker.current_program())
    assert "3,5 km/h" in page.display.targets_label.text()
    assert "Aufwärmen" in page.muscle_panel.title_label.text()
    assert page.picker.combo.currentText().startswith("Täglich rückwärts")
    page.picker.select("mine")
    assert page.picker.combo.currentText().startswith("Daily retro walk")
    assert "4,0 km/h" in page.display.targets_label.text()
    assert "Warm-up" in page.muscle_panel.title_label.text()


# -- history and plan --------------------------------------------------------------------------


def _record(db_path, program, started_at: datetime) -> None:
    moment = [started_at]
    writer = SessionWriter(db_path, clock_wall=lambda: moment[0])
    writer.begin(program, 70.0)
    for planned in program.planned_segments():
        moment[0] += timedelta(seconds=planned.duration_s)
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
    writer.finish("completed", program.total_s)
    writer.close()


def test_the_history_in_german_names_builtins_translated_with_german_dates(qtbot, tmp_path, german):
    from walkcoach.ui.history.page import TAB_SESSIONS, HistoryPage

    db_path = tmp_path / "history.sqlite3"
    _record(db_path, daily_retro(), datetime(2025, 3, 4, 8, tzinfo=UTC))
    _record(db_path, users_program(), datetime(2025, 3, 11, 8, tzinfo=UTC))
    page = HistoryPage(db_path, now=lambda: NOW, tz=UTC, muscle_model=load_model())
    qtbot.addWidget(page)
    page.reload()
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    model = page.session_model
    rows = {
        model.summary(row).program_id: [
            model.data(model.index(row, column)) for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }
    assert "Täglich rückwärts" in rows["daily-retro"]
    assert "Daily retro walk" in rows["mine"]  # the user's program: as typed
    assert "Di. 04.03.25 08:00" in rows["daily-retro"]
    assert not any("Mar" in str(cell) for cell in rows["daily-retro"])


def test_the_plan_page_in_german_offers_the_plans_by_their_german_names(qtbot, tmp_path, german):
    from walkcoach.ui.plan.page import PlanPage

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    page = PlanPage(data_dir, data_dir / "history.sqlite3", today=lambda: date(2026, 12, 7))
    qtbot.addWidget(page)
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Rückenentlastung, drei Wochen" in shown
    assert "Back relief, three weeks" not in shown


def test_the_history_chart_axes_write_german_figures_and_month_names(qapp, german_locale):
    from walkcoach.ui.history.charts import LocaleAxis, LocaleDateAxis

    values = LocaleAxis(orientation="left").tickStrings([2.0, 2.5], 1.0, 0.5)
    assert values == ["2,0", "2,5"]
    axis = LocaleDateAxis(orientation="bottom")
    axis.utcOffset = 0
    march = datetime(2025, 3, 1, tzinfo=UTC).timestamp()
    tuesday = datetime(2025, 3, 4, tzinfo=UTC).timestamp()
    for fmt, value, german_text, english_text in (
        ("%b", march, "Mär", "Mar"),
        ("%a %d", tuesday, "Di. 04", "Tue 04"),
    ):
        level = next(z for z in axis.zoomLevels.values() if z.tickSpecs[0].format == fmt)
        axis.zoomLevel = level
        spacing = level.tickSpecs[0].spacing
        assert axis.tickStrings([value], 1.0, spacing) == [german_text]
        QLocale.setDefault(QLocale("en_US"))
        assert axis.tickStrings([value], 1.0, spacing) == [english_text]
        QLocale.setDefault(QLocale("de_DE"))


def test_the_editors_speed_field_takes_a_typed_decimal_comma_in_german(qtbot, german_locale):
    from walkcoach.ui.editor.forms import SegmentForm

    form = SegmentForm()
    qtbot.addWidget(form)
    assert form.speed.textFromValue(4.0) == "4,0"
    form.speed.lineEdit().setText("2,5")
    form.speed.interpretText()
    assert form.speed.value() == 2.5


def test_the_body_diagrams_captions_keep_apart_in_german_when_the_figures_are_small(qtbot, german):
    from PySide6.QtGui import QFontMetrics

    from walkcoach.ui.coach.body_diagram import BodyDiagramWidget

    diagram = BodyDiagramWidget(model=load_model())
    qtbot.addWidget(diagram)
    diagram.resize(220, 200)  # the coach page's panel at 1024x600 with a long German title
    captions = diagram.diagram_layout().captions
    assert [diagram._caption_text(view) for view in captions] == ["Vorn", "Hinten"]
    font = diagram.font()
    font.setBold(True)  # as painted
    metrics = QFontMetrics(font)
    for view, box in captions.items():
        assert box.width() >= metrics.horizontalAdvance(diagram._caption_text(view))
        assert box.left() >= 0 and box.right() <= diagram.width()
    assert captions["front"].right() <= captions["back"].left()
