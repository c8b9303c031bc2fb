"""A chart's own texts stay inside it in any language and at any size (the clip check of
tests/ui/fit_check.py found the goal caption, a legend and the axis titles cut)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import fit_check

from walkcoach.ui.history.charts import ProgressChart, WeeklyMinutesChart

LONG_TITLE = "Längste Rückwärtsstrecke ohne Pause in Minuten, je Sitzung und Woche"


def test_the_goal_caption_wraps_and_the_axis_title_elides_in_a_small_chart(qtbot):
    chart = ProgressChart("dark")
    qtbot.addWidget(chart)
    chart.goal_label.setText("objectif : 5 à 8 min sans pause, sans tenir la barre")
    chart._left_label = LONG_TITLE
    chart.resize(230, 240)
    chart.show()
    qtbot.waitExposed(chart)
    chart.fit_texts()
    axis = chart.getPlotItem().getAxis("left")
    assert axis.labelText.endswith("…") and axis.label.toolTip() == LONG_TITLE
    assert fit_check._scene_text_problems(chart) == []
    chart.resize(230, 900)  # tall enough: the title whole again
    qtbot.waitUntil(lambda: axis.labelText == LONG_TITLE)


def test_a_legend_takes_one_column_in_a_narrow_chart(qtbot):
    chart = WeeklyMinutesChart("dark")
    qtbot.addWidget(chart)
    legend = chart.getPlotItem().legend
    chart.resize(900, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.fit_texts()
    assert legend.columnCount == 2
    chart.resize(200, 300)
    qtbot.waitUntil(lambda: legend.columnCount == 1)
    assert fit_check._scene_text_problems(chart) == []
    assert QRect(0, 0, 200, 300).contains(chart.rect())
