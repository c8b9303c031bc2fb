"""The dominant part of the coach page: which way to face (shape + colour + word) and time left.

Past 400 lines as one piece: the glyph, the word, the targets, the note, the turn steps and the
time share one layout that scales with the window, and on a short one decides together what
gives way (the note first, the digits last); the text cutting is the widgets' clamp_text.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from walkcoach.ui.platform.lean_qt import set_enum
from walkcoach.ui.theme import style_for
from walkcoach.ui.widgets.clamped_label import clamp_text

if TYPE_CHECKING:
    from walkcoach.ui.coach.heart_rate_badge import HeartRateBadge
    from walkcoach.ui.coach.paused_overlay import PausedOverlay

# Font sizes as shares of the window height. At 0.26 the digit glyphs are about 0.19 of the
# window high, above the 1/6 needed to read them from 2 m on a 13-inch screen. On a short
# screen the texts give way first (DirectionDisplay.GIVE_WAY); the digits go under 1/6 only
# when a turn's steps or a banner still need the room after that.
DIGITS_HEIGHT_SHARE = 0.26
WORD_HEIGHT_SHARE = 0.085
# What to set on the belt is read from 2 m as well: more than half the direction word's size.
TARGETS_HEIGHT_SHARE = 0.048
# The segment's hint and the preview of the next segment: one size for both, on every
# screen (it follows the window height and nothing else). A turn's steps take the targets' size.
LINE_HEIGHT_SHARE = 0.04
BANNER_HEIGHT_SHARE = 0.046
MIN_LINE_PX = 16
# The digits never go below this glyph height (a share of the window): 1/6 reads from 2 m.
DIGITS_MIN_GLYPH_SHARE = 1 / 6
# One font step smaller: what the targets (and a turn's steps, last) give way by on a short
# screen before the digits would.
FONT_STEP = 0.85
TARGETS_LEAST_WORD_SHARE = 0.52
# Between words of one step a no-break space, so a step is never split over two lines.
NBSP = "\u00a0"


class DirectionGlyph(QWidget):
    """Draws the direction's shape, so colour is never the only signal.

    forward: solid arrow up; backward: arrow down with a bar (a "reverse" sign); rest: pause
    bars; station: square; turn: U-turn arrow; idle: ring.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = "dot"
        self.colour = QColor("#9aa4b2")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 60)

    def set_kind(self, kind: str | None, colour: str = "") -> None:
        """The kind's shape, in its colour (or ``colour``: over a panel filled with it)."""
        style = style_for(kind)
        self.shape = style.shape
        self.colour = QColor(colour or style.colour)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 160)

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height()) * 0.92
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw = getattr(self, f"_draw_{self.shape}", self._draw_dot)
        draw(p, box)
        p.end()

    # Each shape fills (fillPath) or strokes (strokePath) itself, with no pen or brush state: the
    # idle ring, the only shape of the first frame, must not build PySide6's Qt namespace, as the
    # usual setPen(Qt.PenStyle.NoPen) / setBrush / QPen(colour, width) calls do (see lean_qt.py).

    @staticmethod
    def _arrow(box: QRectF, up: bool) -> QPolygonF:
        x, y, w, h = box.x(), box.y(), box.width(), box.height()
        points = [
            (0.5, 0.02),
            (0.97, 0.5),
            (0.68, 0.5),
            (0.68, 0.98),
            (0.32, 0.98),
            (0.32, 0.5),
            (0.03, 0.5),
        ]
        if not up:
            points = [(px, 1.0 - py) for px, py in points]
        return QPolygonF([QPointF(x + px * w, y + py * h) for px, py in points])

    def _draw_arrow_up(self, p: QPainter, box: QRectF) -> None:
        path = QPainterPath()
        path.addPolygon(self._arrow(box, up=True))
        p.fillPath(path, self.colour)

    def _draw_arrow_down(self, p: QPainter, box: QRectF) -> None:
        # Shorter arrow plus a bar on top: reads as "reverse", differs in outline from forward.
        arrow_box = QRectF(box.x(), box.y() + box.height() * 0.2, box.width(), box.height() * 0.8)
        path = QPainterPath()
        path.addPolygon(self._arrow(arrow_box, up=False))
        path.addRoundedRect(
            QRectF(box.x() + box.width() * 0.1, box.y(), box.width() * 0.8, box.height() * 0.12),
            box.width() * 0.04,
            box.width() * 0.04,
        )
        p.fillPath(path, self.colour)

    def _draw_pause(self, p: QPainter, box: QRectF) -> None:
        w, h = box.width(), box.height()
        path = QPainterPath()
        for left in (0.2, 0.6):
            path.addRoundedRect(
                QRectF(box.x() + left * w, box.y() + 0.12 * h, 0.2 * w, 0.76 * h),
                w * 0.04,
                w * 0.04,
            )
        p.fillPath(path, self.colour)

    def _draw_square(self, p: QPainter, box: QRectF) -> None:
        inset = box.width() * 0.12
        path = QPainterPath()
        path.addRoundedRect(box.adjusted(inset, inset, -inset, -inset), inset, inset)
        p.fillPath(path, self.colour)

    def _draw_u_turn(self, p: QPainter, box: QRectF) -> None:
        from PySide6.QtCore import Qt  # only ever shown during a session, after the first frame

        w, h = box.width(), box.height()
        x, y = box.x(), box.y()
        path = QPainterPath(QPointF(x + 0.25 * w, y + 0.95 * h))
        path.lineTo(x + 0.25 * w, y + 0.45 * h)
        path.arcTo(QRectF(x + 0.25 * w, y + 0.2 * h, 0.5 * w, 0.5 * h), 180, -180)
        path.lineTo(x + 0.75 * w, y + 0.62 * h)
        p.strokePath(
            path, QPen(self.colour, w * 0.16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        head = QPainterPath()
        head.addPolygon(
            QPolygonF(
                [
                    QPointF(x + 0.52 * w, y + 0.6 * h),
                    QPointF(x + 0.98 * w, y + 0.6 * h),
                    QPointF(x + 0.75 * w, y + 0.98 * h),
                ]
            )
        )
        p.fillPath(head, self.colour)

    def _draw_dot(self, p: QPainter, box: QRectF) -> None:
        w = box.width()
        path = QPainterPath()
        path.addEllipse(box.adjusted(w * 0.15, w * 0.15, -w * 0.15, -w * 0.15))
        pen = QPen()  # set piece by piece: QPen(colour, width) builds the Qt namespace
        pen.setColor(self.colour)
        pen.setWidthF(w * 0.1)
        p.strokePath(path, pen)


class FitLabel(QLabel):
    """A label whose font shrinks below ``max_px`` only as far as needed to fit its width (and,
    with ``fill_height``, its height), so a long station name or wide digits are never clipped
    and never hold the window wider than the screen.

    ``sample`` is the text measured instead of the current one: the digits are fitted for
    "10:00" so they keep one size as the seconds change.
    """

    def __init__(self, parent: QWidget, sample: str = "", fill_height: bool = False) -> None:
        super().__init__(parent)
        self.sample = sample
        self.fill_height = fill_height
        self.max_px = 40
        vertical = QSizePolicy.Policy.Ignored if fill_height else QSizePolicy.Policy.Preferred
        self.setSizePolicy(QSizePolicy.Policy.Ignored, vertical)

    def set_max_px(self, px: int) -> None:
        self.max_px = max(8, int(px))
        self.fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.sample:
            self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def minimumSizeHint(self) -> QSize:
        # Lets the layout squeeze the label; the font follows in fit().
        hint = super().minimumSizeHint()
        return QSize(0, 0 if self.fill_height else hint.height())

    def fit(self) -> None:
        probe = QFont(self.font())
        probe.setPixelSize(100)
        metrics = QFontMetrics(probe)
        px = self.max_px
        width = self.contentsRect().width()
        text = self.sample or self.text()
        if width > 0 and text:
            px = min(px, int(width * 97 / max(1, metrics.horizontalAdvance(text))))
        if self.fill_height and self.contentsRect().height() > 0:
            px = min(px, int(self.contentsRect().height() * 100 / max(1, metrics.height())))
        px = max(8, px)
        if self.font().pixelSize() != px:
            font = QFont(self.font())
            font.setPixelSize(px)
            self.setFont(font)
        # Capitals with accents ("RÜCKWÄRTS", "ÉTAPE") reach above the font's ascent: the line,
        # centred in the label, needs that much room above and below it to keep their dots.
        shown = self.text()
        if not self.fill_height:
            metrics = QFontMetrics(self.font())
            top = metrics.tightBoundingRect(shown).top() if shown else 0
            above_px = max(0, -(metrics.ascent() + top))
            wanted = metrics.height() + 2 * above_px if above_px else 0
            if self.minimumHeight() != wanted:
                self.setMinimumHeight(wanted)


class DirectionDisplay(QFrame):
    """Glyph + word + what to set (+ a turn's steps, the segment's hint), the segment's time left
    in very large digits, and what comes next.

    Font sizes follow the top-level window's height (set_scale_height), so the digits stay at
    the agreed share of the window in any size, including full screen and the workout view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.kind: str | None = None
        self.filled = False  # the panel filled with the kind's colour (a turn)
        self.paused_overlay: PausedOverlay | None = None  # made at the first pause (set_paused)
        self.glyph = DirectionGlyph(self)
        self.word_label = FitLabel(self)
        self.word_label.setObjectName("directionWord")
        self.targets_label = QLabel(self)
        self.targets_label.setObjectName("targets")
        self.targets_label.setWordWrap(True)
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("turnSteps")
        self.steps_label.setWordWrap(True)
        self.steps_label.hide()
        self.note_label = QLabel(self)
        self.note_label.setObjectName("segmentNote")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        # The font follows the window height (and gives way to what fits), so the label must
        # not hold the window open at the size of its current font.
        self.time_label = FitLabel(self, sample="10:00", fill_height=True)
        self.time_label.setText("0:00")
        self.time_label.setObjectName("segmentTime")
        set_enum(self.time_label, "alignment", "AlignCenter")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        # Only in the workout view, where no button says how to get out again.
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("workoutHint")
        self.hint_label.setProperty("dim", True)
        set_enum(self.hint_label, "alignment", "AlignRight|AlignVCenter")
        self.hint_label.hide()
        self.banner = QLabel(self)
        self.banner.setObjectName("turnBanner")
        self.banner.setWordWrap(True)
        set_enum(self.banner, "alignment", "AlignCenter")
        self.banner.hide()

        # Landscape screens have width to spare and height to save: the glyph takes a column
        # of its own on the left, word, targets and digits stack on the right.
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.word_label)
        right.addWidget(self.targets_label)
        right.addWidget(self.steps_label)
        right.addWidget(self.note_label)
        right.addWidget(self.time_label, 1)
        glyph_column = QVBoxLayout()  # the glyph centred vertically, between two stretches
        glyph_column.setSpacing(0)
        glyph_column.addStretch(1)
        glyph_column.addWidget(self.glyph)
        glyph_column.addStretch(1)
        self.glyph_column = glyph_column
        # Under the glyph once a heart rate is linked (ui/coach/heart_rate_badge.py).
        self.heart_rate_badge: HeartRateBadge | None = None
        self._heart_rate_shown = ("", "", "", "")
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(glyph_column, 0)
        body.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 8)
        layout.setSpacing(4)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.next_label)
        self.body_layout = body
        self.right_layout = right
        # The whole note and next line; what shows is elided on a short screen (_fit_texts).
        self._note_text = ""
        self._next_text = ""
        self._fitted_for: tuple = ()
        # The note's and next line's cut texts of the fitting pass under way, by (font, text,
        # width, lines): the GIVE_WAY levels ask for the same cuts again and again.
        self._cuts: dict[tuple[str, str, int, int], str] = {}
        self._digits_floor_px = 0
        self.set_scale_height(720)

    # -- public -------------------------------------------------------------------------------

    def set_direction(
        self, kind: str | None, word: str, targets: str, steps: tuple[str, ...] = (), note: str = ""
    ) -> None:
        """kind: forward/backward/rest/station/turn/idle (picks colour and shape); steps: what
        to do, in order (a turn's); note: the segment's hint."""
        # The colour is part of the key: a theme change recolours at once.
        shown = (kind, word, targets, steps, note, style_for(kind).colour)
        if shown == getattr(self, "_shown", None):
            # The 4 Hz refresh repeats these; setStyleSheet re-polishes the whole panel and
            # repaints it even when nothing changed, which was most of the app's CPU use.
            return
        self._shown = shown
        self.kind = kind
        style = style_for(kind)
        # A turn is a warning sign: the whole panel in its amber with dark text on it, unlike
        # any walking segment and as readable on the light theme as on the dark one.
        filled = kind == "turn"
        colour = style.text_on_colour if filled else style.colour
        self.glyph.set_kind(kind, colour)
        self.word_label.setText(word)
        self.targets_label.setText(targets)
        # "›" leads each later step, so a wrapped line starts with one instead of ending with it.
        self.steps_label.setText(f"  ›{NBSP}".join(step.replace(" ", NBSP) for step in steps))
        self.steps_label.setVisible(bool(steps))
        self._note_text = note
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.filled = filled
        for label in (self.word_label, self.steps_label, self.time_label):
            label.setStyleSheet(f"color: {colour};")
        plain = f"color: {style.text_on_colour};" if filled else ""
        for label in (self.targets_label, self.note_label, self.next_label, self.hint_label):
            label.setStyleSheet(plain)
        fill = f" background: {style.colour};" if filled else ""
        self.setStyleSheet(f"QFrame#panel {{ border: 3px solid {style.colour};{fill} }}")
        if self.heart_rate_badge is not None and self._heart_rate_shown[0]:
            self.set_heart_rate(*self._heart_rate_shown)  # its colour on the new panel
        self._fit_texts()

    def set_time_text(self, text: str) -> None:
        self.time_label.setText(text)

    def set_hint_text(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))
        self._fit_texts()

    def set_next_text(self, text: str) -> None:
        if text == self._next_text and self.next_label.isVisible() == bool(text):
            return  # the 4 Hz refresh repeats it
        self._next_text = text
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))
        self._fit_texts()

    def show_banner(self, text: str) -> None:
        turn = style_for("turn")
        self.banner.setStyleSheet(
            f"background: {turn.colour}; color: {turn.text_on_colour}; border-radius: 8px;"
            f"padding: 6px;"
        )
        self.banner.setText(text)
        self.banner.show()
        self._fit_texts()

    def hide_banner(self) -> None:
        if not self.banner.isHidden():
            self.banner.hide()
            self._fit_texts()

    def set_heart_rate(self, bpm_text: str, zone_text: str, colour: str, source: str) -> None:
        """The live heart rate under the glyph ("" for ``bpm_text`` hides it)."""
        badge = self.heart_rate_badge
        if badge is None:
            if not bpm_text:
                return
            from walkcoach.ui.coach.heart_rate_badge import HeartRateBadge

            badge = self.heart_rate_badge = HeartRateBadge(self)
            badge.set_scale_height(self._scale_height_px)
            self.glyph_column.insertWidget(2, badge)  # under the glyph, above the stretch
        self._heart_rate_shown = (bpm_text, zone_text, colour, source)
        badge.setVisible(bool(bpm_text))
        if bpm_text:
            # On a filled panel (a turn) the zone's colour would not read: the panel's text
            # colour instead, as every other line there.
            shown = style_for(self.kind).text_on_colour if self.filled else colour
            badge.show_heart_rate(bpm_text, zone_text, shown, source)

    def set_paused(self, paused: bool, reason: str = "") -> None:
        """Grey the whole display and say PAUSED over it (with ``reason``), or lift that."""
        if paused:
            if self.paused_overlay is None:
                from walkcoach.ui.coach.paused_overlay import (
                    PausedOverlay,  # not for the first frame
                )

                self.paused_overlay = PausedOverlay(self)
            self.paused_overlay.show_paused(reason)
        elif self.paused_overlay is not None:
            self.paused_overlay.hide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_texts()
        if self.paused_overlay is not None:
            self.paused_overlay.cover()

    @property
    def paused(self) -> bool:
        return self.paused_overlay is not None and self.paused_overlay.isVisible()

    def set_scale_height(self, window_height_px: int, window_width_px: int = 0) -> None:
        """Size the fonts for a window this high (and the glyph for one this wide)."""
        window_height_px = max(300, window_height_px)
        self._scale_height_px = window_height_px
        if self.heart_rate_badge is not None:
            self.heart_rate_badge.set_scale_height(window_height_px)
        window_width_px = window_width_px or round(window_height_px * 16 / 9)
        digits = QFont(self.font())
        digits.setWeight(QFont.Weight.Bold)
        digits.setStyleHint(QFont.StyleHint.SansSerif)
        # Equal-width digits stop the number from jittering sideways every second.
        digits.setFeature(QFont.Tag("tnum"), 1)
        digits.setPixelSize(round(window_height_px * DIGITS_HEIGHT_SHARE))
        self.time_label.setFont(digits)
        self.time_label.set_max_px(round(window_height_px * DIGITS_HEIGHT_SHARE))
        # The label height whose fitted digits are DIGITS_MIN_GLYPH_SHARE of the window high.
        probe = QFont(digits)
        probe.setPixelSize(100)
        metrics = QFontMetrics(probe)
        glyph_px = max(1, metrics.tightBoundingRect("0123456789").height())
        self._digits_floor_px = math.ceil(
            window_height_px * DIGITS_MIN_GLYPH_SHARE * metrics.height() / glyph_px
        )
        word = QFont(self.font())
        word.setWeight(QFont.Weight.ExtraBold)
        word.setPixelSize(round(window_height_px * WORD_HEIGHT_SHARE))
        self.word_label.setFont(word)
        self.word_label.set_max_px(round(window_height_px * WORD_HEIGHT_SHARE))
        targets = QFont(self.font())
        targets.setPixelSize(max(MIN_LINE_PX, round(window_height_px * TARGETS_HEIGHT_SHARE)))
        targets.setWeight(QFont.Weight.DemiBold)
        self.targets_label.setFont(targets)
        steps = QFont(targets)
        steps.setWeight(QFont.Weight.ExtraBold)
        self.steps_label.setFont(steps)
        self._targets_px = targets.pixelSize()
        line = QFont(self.font())
        line.setPixelSize(max(MIN_LINE_PX, round(window_height_px * LINE_HEIGHT_SHARE)))
        self.note_label.setFont(line)
        self.next_label.setFont(line)
        hint = QFont(self.font())
        hint.setPixelSize(max(12, round(window_height_px * LINE_HEIGHT_SHARE * 0.5)))
        self.hint_label.setFont(hint)
        banner = QFont(self.font())
        banner.setPixelSize(max(MIN_LINE_PX, round(window_height_px * BANNER_HEIGHT_SHARE)))
        banner.setWeight(QFont.Weight.ExtraBold)
        self.banner.setFont(banner)
        glyph_px = round(min(window_height_px * 0.22, window_width_px * 0.1))
        self.glyph.setFixedSize(glyph_px, glyph_px)
        self._fitted_for = ()
        self._fit_texts()

    # -- fitting a short screen -----------------------------------------------------------------

    # What gives way, in this order, until the texts and the digits at their minimum fit the
    # panel: (note lines, next lines, targets font steps, steps font steps); None is
    # no limit, 0 lines hides the note (its whole text then the targets' tool tip). The
    # direction word never gives way, a turn's steps (a safety instruction) are always shown
    # whole, at most one font step smaller, and the digits give way only past the last step.
    GIVE_WAY = (
        (None, None, 0, 0),
        (2, None, 0, 0),
        (2, 1, 0, 0),
        (1, 1, 0, 0),
        (1, 1, 1, 0),
        (1, 1, 1, 1),
        (0, 1, 1, 1),
    )

    def _fit_texts(self) -> None:
        rect = self.contentsRect()
        key = (
            rect.size(),
            self._note_text,
            self._next_text,
            self.targets_label.text(),
            self.steps_label.text(),
            self.banner.text() if not self.banner.isHidden() else "",
            self.hint_label.text() if not self.hint_label.isHidden() else "",
            self._scale_height_px,
        )
        if key == self._fitted_for or rect.height() <= 0:
            return
        self._fitted_for = key
        self._cuts.clear()
        margins = self.layout().contentsMargins()
        full_px = rect.width() - margins.left() - margins.right()
        glyph_column_px = max(self.glyph.width(), self.glyph_column.sizeHint().width())
        right_px = full_px - self.body_layout.spacing() - glyph_column_px
        room_px = rect.height() - margins.top() - margins.bottom()
        for level in self.GIVE_WAY:
            self._give_way(*level, full_px=full_px, right_px=right_px)
            needed_px = self._texts_height_px(full_px, right_px)
            if needed_px + self._digits_floor_px <= room_px:
                break
        # The digits take the rest (their label stretches, the texts keep their own height):
        # past the last step less than their floor rather than any text being cut. No minimum
        # height: it would hold the window as high as it was when it was set.

    def _give_way(
        self,
        note_lines: int | None,
        next_lines: int | None,
        targets_steps: int,
        steps_steps: int,
        *,
        full_px: int,
        right_px: int,
    ) -> None:
        def sized(label: QLabel, px: float) -> None:
            font = QFont(label.font())
            font.setPixelSize(max(MIN_LINE_PX, round(px)))
            if font.pixelSize() != label.font().pixelSize():
                label.setFont(font)

        # Never under half the direction word: the targets and steps are read from 2 m too.
        least_px = math.ceil(self.word_label.font().pixelSize() * TARGETS_LEAST_WORD_SHARE)
        sized(self.targets_label, max(least_px, self._targets_px * FONT_STEP**targets_steps))
        sized(self.steps_label, max(least_px, self._targets_px * FONT_STEP**steps_steps))
        for label, text, lines, width_px in (
            (self.note_label, self._note_text, note_lines, right_px),
            (self.next_label, self._next_text, next_lines, full_px),
        ):
            shown = text
            if lines and text:  # whole, or cut at a word with "…" (the widgets' clamp_text)
                font = label.font()
                cut_key = (font.key(), text, width_px, lines)
                shown = self._cuts.get(cut_key, "")
                if not shown:
                    shown = self._cuts[cut_key] = clamp_text(
                        QFontMetrics(font), text, width_px, lines
                    )
            if label.text() != shown:
                label.setText(shown)
            label.setToolTip(text if shown != text else "")
        hidden = note_lines == 0 and bool(self._note_text)
        self.note_label.setVisible(bool(self._note_text) and not hidden)
        self.targets_label.setToolTip(self._note_text if hidden else "")

    def _texts_height_px(self, full_px: int, right_px: int) -> int:
        """The height the panel's texts need, all but the digits (and the spacing round them)."""
        outer = self.layout().spacing()
        needed_px = 0
        for label in (self.hint_label, self.banner, self.next_label):
            if not label.isHidden():
                needed_px += label.heightForWidth(full_px) + outer
        right = [max(self.word_label.sizeHint().height(), self.word_label.minimumHeight())]
        right += [
            label.heightForWidth(right_px)
            for label in (self.targets_label, self.steps_label, self.note_label)
            if not label.isHidden()
        ]
        needed_px += sum(right) + self.right_layout.spacing() * len(right)
        return needed_px
