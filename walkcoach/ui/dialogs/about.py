"""About WalkCoach: version, license, where the data lives and the sources behind the figures."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from walkcoach import APP_NAME, __version__
from walkcoach.ui.widgets.app_icon import app_icon  # the dialog shows it (and re-exports it)
from walkcoach.ui.widgets.screen_fit import fit_dialog, room_for

GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
HOMEPAGE_URL = "https://github.com/walkcoach/walkcoach"

ABOUT_WIDTH_PX = 720  # one line for the tagline, three for the license at the default font
ABOUT_MAX_WIDTH_PX = 1000  # wider lines than this are hard to read
ABOUT_WIDTH_SHARE = 0.45  # of the screen's width: the dialog grows with a large screen
ABOUT_HEIGHT_SHARE = 0.8  # of the screen's height, at most, when the sources are long
ABOUT_SMALL_SCREEN_PX = 700  # below this room height the dialog may use all of it
ABOUT_WIDEN_STEP_PX = 40  # how much wider at a time when the texts need more height than there is

_URL_PATTERN = re.compile(r"https?://[^\s<>()\"']+[^\s<>()\"'.,;:]")


def _linkify(text: str) -> str:
    """Escape a source line for rich text and make the web addresses in it clickable."""
    parts, last = [], 0
    for match in _URL_PATTERN.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        url = html.escape(match.group(0), quote=True)
        parts.append(f'<a href="{url}">{url}</a>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def _source_html(source: str) -> str:
    """One source line; a leading "Short name:" is set in bold so the list is easy to scan."""
    name, sep, rest = source.partition(": ")
    if sep and 0 < len(name) <= 60 and "://" not in name:
        return f"<b>{html.escape(name)}</b>: {_linkify(rest)}"
    return _linkify(source)


class WholeLinesBrowser(QTextBrowser):
    """A text browser whose view ends under a line of text, never through the middle of one.

    On a small screen the source list scrolls; the part of its height below the last whole
    line becomes a bottom margin (recomputed as it is resized or scrolled).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_lines())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        margins = self.contentsMargins()
        room_px = self.height() - margins.top() - margins.bottom()
        top_px = self.verticalScrollBar().value()
        layout = self.document().documentLayout()
        last_px = 0.0
        block = self.document().begin()
        while block.isValid():
            block_top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for i in range(lines.lineCount()):
                bottom = block_top + lines.lineAt(i).rect().bottom() - top_px
                if bottom > room_px:
                    break
                last_px = max(last_px, bottom)
            else:
                block = block.next()
                continue
            break
        spare_px = max(0, room_px - math.ceil(last_px)) if last_px > 0 else 0
        if self.document().size().height() - top_px <= room_px:
            spare_px = 0  # everything fits: no line to cut
        if self.viewportMargins().bottom() != spare_px:
            self.setViewportMargins(0, 0, 0, spare_px)


class AboutDialog(QDialog):
    """Modal About box; ``sources`` are short citations for the muscle and energy figures."""

    def __init__(self, parent: QWidget | None, data_dir: Path, sources: Sequence[str]) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.sources = [s.strip() for s in sources if s and s.strip()]
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(self._header())

        self.license_label = QLabel(self._license_html())
        self.license_label.setWordWrap(True)
        self.license_label.setTextFormat(Qt.TextFormat.RichText)
        self.license_label.setOpenExternalLinks(True)
        layout.addWidget(self._heading(self.tr("License")))
        layout.addWidget(self.license_label)

        layout.addWidget(self._heading(self.tr("Your data")))
        self.data_folder_label = QLabel(self._data_folder_html())
        self.data_folder_label.setWordWrap(True)
        self.data_folder_label.setTextFormat(Qt.TextFormat.RichText)
        self.data_folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.data_folder_label.linkActivated.connect(lambda _link: self.open_data_folder())
        layout.addWidget(self.data_folder_label)

        layout.addWidget(self._heading(self.tr("Where the figures come from")))
        self.sources_view = WholeLinesBrowser()
        self.sources_view.setOpenExternalLinks(True)
        self.sources_view.setHtml(self._sources_html())
        # The list scrolls: it is what gives up height on a small screen, never the texts above.
        self.sources_view.setMinimumHeight(90)
        layout.addWidget(self.sources_view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Sized for the wrapped texts at its width (Qt's first guess left them clipped and the
        # Close button over the list); the list gets what the screen has left, up to its text.
        room = room_for(self)
        width = min(
            max(ABOUT_WIDTH_PX, round(room.width() * ABOUT_WIDTH_SHARE)), ABOUT_MAX_WIDTH_PX
        )
        # On a short screen a longer language's texts would take more lines than there is
        # height for (squeezed, their last lines cut): wider lines, up to the screen's width.
        widest = min(ABOUT_MAX_WIDTH_PX, room.width())
        while width < widest and self._fixed_height(width) > room.height():
            width = min(widest, width + ABOUT_WIDEN_STEP_PX)
        wanted = self._fixed_height(width) + self._sources_height(width)
        # A large screen gives the list most of its height; a small one all it has (fit_dialog
        # keeps the dialog on the screen either way).
        if room.height() >= ABOUT_SMALL_SCREEN_PX:
            wanted = min(wanted, round(room.height() * ABOUT_HEIGHT_SHARE))
        fit_dialog(self, width, wanted)

    def _sources_height(self, dialog_width: int) -> int:
        """The source list's text height when the dialog is ``dialog_width`` wide.

        Measured at the width the list will have (the old guess measured the document before it
        had a width, so the list was sized for far fewer lines than it wraps into).
        """
        margins = self.layout().contentsMargins()
        frame_px = 2 * self.sources_view.frameWidth()
        scroll_px = self.sources_view.verticalScrollBar().sizeHint().width()
        document = self.sources_view.document().clone(self)
        document.setTextWidth(
            dialog_width - margins.left() - margins.right() - frame_px - scroll_px
        )
        return round(document.size().height()) + frame_px + 4

    def _fixed_height(self, width: int) -> int:
        """The height of everything but the source list (at its minimum) at ``width``."""
        layout = self.layout()
        layout.activate()
        return (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(72, 72))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon_label)
        text = QVBoxLayout()
        title = QLabel(APP_NAME)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text.addWidget(title)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        text.addWidget(self.version_label)
        blurb = QLabel(
            self.tr(
                "A coach for treadmill sessions that switch between walking forwards and "
                "walking backwards."
            )
        )
        blurb.setWordWrap(True)
        text.addWidget(blurb)
        home = QLabel(f'<a href="{HOMEPAGE_URL}">{HOMEPAGE_URL}</a>')
        home.setOpenExternalLinks(True)
        text.addWidget(home)
        row.addLayout(text, 1)
        return row

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _license_html(self) -> str:
        return self.tr(
            "WalkCoach is free software: you may share and change it under the terms of the "
            '<a href="{gpl}">GNU General Public License, version 3 or (at your option) any later '
            "version</a> (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for "
            'Python (PySide6), used under the <a href="{lgpl}">GNU Lesser General Public '
            "License v3</a>, and on pyqtgraph and platformdirs (MIT license)."
        ).format(gpl=GPL_URL, lgpl=LGPL_URL)

    def _data_folder_html(self) -> str:
        url = QUrl.fromLocalFile(str(self.data_dir)).toString()
        where = html.escape(str(self.data_dir))
        return self.tr(
            "History, your programs and settings are kept on this computer only, in "
            '<a href="{url}">{where}</a>. Click the folder to open it; copy it to back up.'
        ).format(url=html.escape(url, quote=True), where=where)

    def _sources_html(self) -> str:
        intro = html.escape(
            self.tr(
                "Muscle activation and energy figures are estimates drawn from these published "
                "studies and equations. They describe groups of people, not you, and are not "
                "medical advice."
            )
        )
        if not self.sources:
            items = "<li>" + html.escape(self.tr("No sources were loaded.")) + "</li>"
        else:
            items = "".join(f"<li>{_source_html(source)}</li>" for source in self.sources)
        return f"<p>{intro}</p><ul style='margin-left: 0'>{items}</ul>"

    def open_data_folder(self) -> bool:
        """Open the data folder in the file manager, creating it (private) if it does not exist."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))


def figure_sources() -> list[str]:
    """Citations behind the muscle and energy figures, as "Short name: full citation" lines."""
    # Imported here so the dialog itself works (and is tested) without the models.
    from walkcoach.core import energy
    from walkcoach.core.muscles import load_model
    from walkcoach.ui.resource_text import muscle_source

    # A muscle figure's source by its title as the coach page shows it (translated); the
    # citations themselves stay as published.
    cited = {muscle_source(title): text for title, text in load_model().sources.items()}
    cited.update(energy.SOURCES)
    return [f"{name}: {citation}" for name, citation in sorted(cited.items())]
