"""The flow layout: a row where it fits, more lines where it does not, each line full width."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from walkcoach.ui.widgets.flow_layout import FlowLayout

SPACING_PX = 10


def _row(qtbot, texts: list[str], stretches: list[int]) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()  # the row in a column, as on the coach page
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    flow = FlowLayout(spacing_px=SPACING_PX)
    buttons = [QPushButton(text, holder) for text in texts]
    for button, stretch in zip(buttons, stretches, strict=True):
        flow.add_widget(button, stretch)
    column.addLayout(flow)
    column.addStretch(1)
    holder.show()
    return holder, buttons


def _one_line_px(buttons: list[QPushButton]) -> int:
    return sum(b.sizeHint().width() for b in buttons) + SPACING_PX * (len(buttons) - 1)


def test_a_row_that_fits_is_one_line_filled_by_its_stretching_widgets(qtbot):
    holder, buttons = _row(qtbot, ["Start", "Pause", "−30 s", "Stop"], [1, 1, 0, 1])
    holder.resize(_one_line_px(buttons) + 300, 200)
    qtbot.waitUntil(lambda: buttons[-1].geometry().right() == holder.width() - 1)
    assert len({b.y() for b in buttons}) == 1  # one line
    assert buttons[2].width() == buttons[2].sizeHint().width()  # stretch 0 keeps its width
    grown = [b.width() - b.sizeHint().width() for b in (buttons[0], buttons[1], buttons[3])]
    assert max(grown) - min(grown) <= 1 and min(grown) >= 99  # the 300 px shared out
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)  # in the order added


def test_a_row_that_does_not_fit_flows_onto_full_width_lines(qtbot):
    texts = ["[Start~~]", "[Pause~~]", "[Previous step~~~~]", "[Skip~]", "[Stop~~]"]
    holder, buttons = _row(qtbot, texts, [1] * len(texts))
    width_px = _one_line_px(buttons) * 2 // 3
    holder.resize(width_px, 300)
    qtbot.waitUntil(lambda: buttons[-1].y() > buttons[0].y())
    lines: dict[int, list[QPushButton]] = {}
    for button in buttons:
        lines.setdefault(button.y(), []).append(button)
    assert len(lines) == 2
    for line in lines.values():
        assert line[0].x() == 0 and line[-1].geometry().right() == width_px - 1  # full width
    top, bottom = sorted(lines)
    assert bottom >= top + buttons[0].height()  # the lines never overlap
    # The column gives the row the height of both lines: nothing is cut off below.
    assert holder.layout().itemAt(0).geometry().height() >= bottom - top + buttons[-1].height()
    # As narrow as the widest button, never as wide as the row: a window can shrink to it.
    assert holder.minimumSizeHint().width() < _one_line_px(buttons)


def test_a_hidden_widget_takes_no_room(qtbot):
    holder, buttons = _row(qtbot, ["Start", "Done", "Stop"], [1, 1, 1])
    holder.resize(_one_line_px(buttons) + 60, 200)
    buttons[1].hide()
    qtbot.waitUntil(lambda: buttons[2].x() < buttons[1].x() + buttons[1].width())
    assert buttons[2].geometry().right() == holder.width() - 1
    assert buttons[0].width() + buttons[2].width() + SPACING_PX == holder.width()


def test_balanced_lines_are_even_and_a_lead_line_keeps_its_own_line(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    flow = FlowLayout(spacing_px=SPACING_PX, balanced=True)
    totals = QPushButton("Totals of the session so far", holder)
    view = QPushButton("View", holder)
    controls = [QPushButton(f"Control {n}", holder) for n in range(7)]
    flow.add_widget(totals, 1)
    flow.add_widget(view)
    flow.end_lead_line()
    for button in controls:
        flow.add_widget(button, 1)
    column.addLayout(flow)
    column.addStretch(1)
    holder.show()
    lead_px = totals.sizeHint().width() + SPACING_PX + view.sizeHint().width()
    # Wide: the lead on its line, every control on the next.
    holder.resize(max(lead_px, _one_line_px(controls)) + 40, 300)
    qtbot.waitUntil(lambda: view.y() == totals.y() and controls[0].y() > totals.y())
    assert len({b.y() for b in controls}) == 1
    # Narrower than the lead: the view button goes on with the controls, which share their
    # lines evenly (4 + 4, not 7 + 1).
    holder.resize(totals.sizeHint().width() + 20, 400)
    qtbot.waitUntil(lambda: view.y() > totals.y())
    lines: dict[int, list[QPushButton]] = {}
    for button in (view, *controls):
        lines.setdefault(button.y(), []).append(button)
    counts = sorted(len(line) for line in lines.values())
    assert view.y() == controls[0].y() and len(counts) >= 2
    assert counts[-1] - counts[0] <= 1, counts
