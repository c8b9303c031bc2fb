"""The About dialog: version, license, data folder (opens for real via Qt's URL handlers), sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont

from walkcoach import __version__, resources
from walkcoach.core import energy
from walkcoach.core.muscles import load_model
from walkcoach.ui.dialogs.about import GPL_URL, AboutDialog, app_icon, figure_sources

SOURCES = [
    "Smith 2020: Smith A. Backward walking on a slope. J Walk 2020; 1(2):3-4.",
    "Web copy: see https://example.org/article?id=7, read in 2024.",
    "Odd <characters> & such",
]


class _UrlRecorder(QObject):
    """Receives file:// URLs instead of the desktop's file manager (Qt's own hook for this)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_urls():
    recorder = _UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def dialog(qtbot, tmp_path):
    widget = AboutDialog(None, tmp_path / "my data", SOURCES)
    qtbot.addWidget(widget)
    return widget


def test_shows_version_and_license(dialog):
    assert __version__ in dialog.version_label.text()
    assert "WalkCoach" in dialog.windowTitle()
    license_text = dialog.license_label.text()
    assert "GPL-3.0-or-later" in license_text
    assert GPL_URL in license_text
    assert "Lesser General Public License" in license_text  # PySide6's license is named too
    assert dialog.license_label.openExternalLinks()


def test_data_folder_link_opens_and_creates_the_folder(dialog, file_urls, tmp_path):
    folder = tmp_path / "my data"
    assert str(folder) in dialog.data_folder_label.text()
    assert QUrl.fromLocalFile(str(folder)).toString().replace(" ", "%20") in (
        dialog.data_folder_label.text().replace(" ", "%20")
    )
    assert not folder.exists()
    # What a click on the link does: QLabel emits linkActivated with the href.
    dialog.data_folder_label.linkActivated.emit(QUrl.fromLocalFile(str(folder)).toString())
    assert [url.toLocalFile() for url in file_urls.opened] == [str(folder)]
    assert folder.is_dir()
    assert (folder.stat().st_mode & 0o777) == 0o700


def test_sources_are_listed_escaped_and_linked(dialog):
    text = dialog.sources_view.toPlainText()
    assert "Smith A. Backward walking on a slope" in text
    assert "Odd <characters> & such" in text  # shown literally, not parsed as markup
    assert "not medical advice" in text
    markup = dialog.sources_view.toHtml()
    assert 'href="https://example.org/article?id=7"' in markup  # the trailing comma is not in it
    # The short name before the colon is bold, the citation is not.
    document = dialog.sources_view.document()
    assert document.find("Smith 2020").charFormat().fontWeight() >= QFont.Weight.Bold
    assert document.find("Backward walking").charFormat().fontWeight() < QFont.Weight.Bold
    assert dialog.sources_view.openExternalLinks()


def test_without_sources_says_so(qtbot, tmp_path):
    widget = AboutDialog(None, tmp_path, [" ", ""])
    qtbot.addWidget(widget)
    assert widget.sources == []
    assert "No sources were loaded" in widget.sources_view.toPlainText()


def test_figure_sources_cover_the_muscle_and_energy_models():
    lines = figure_sources()
    names = {line.split(": ", 1)[0] for line in lines}
    assert set(energy.SOURCES) <= names
    assert set(load_model().sources) <= names
    assert all(": " in line and line.split(": ", 1)[1].strip() for line in lines)


def test_app_icon_comes_from_the_shipped_svg(qtbot):
    assert resources.path("icons/walkcoach.svg").is_file()
    icon = app_icon()
    assert not icon.isNull()
    pixmap = icon.pixmap(48, 48)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    # Not a blank square: the corner is transparent, the middle is drawn.
    image = pixmap.toImage()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(24, 24).alpha() == 255


def test_renders(dialog, qtbot, tmp_path):
    dialog.resize(620, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    out = Path(tmp_path) / "about.png"
    assert dialog.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_sources_are_named_by_their_titles_never_by_a_file_number(qtbot, tmp_path):
    """Seen: "(stored copy, seed 004)" in About: "seed" means nothing to a user."""
    about = AboutDialog(None, tmp_path, figure_sources())
    qtbot.addWidget(about)
    text = about.sources_view.toPlainText()
    assert "seed" not in text.lower() and "stored copy" not in text
    for title in (
        "Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice",
        "Exercise to isolate the leg stability muscles used when walking backwards?",
        "What muscles are involved in walking?",
        "walking backwards uphill",
    ):
        assert title in text


def test_the_source_list_is_sized_for_its_wrapped_text(qtbot, tmp_path):
    """The list was sized from its text before it had a width (so for far fewer lines than it
    wraps into): it showed about five lines and cut the last one, even on a large screen."""
    long_sources = [
        f"Study {n}: " + "A long citation of a walking study with authors, title and journal. " * 3
        for n in range(4)
    ]
    widget = AboutDialog(None, tmp_path / "data", long_sources)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.sources_view
    text_px = view.document().size().height()
    # The offscreen screen has room for all of it: nothing to scroll.
    assert view.viewport().height() >= text_px
    assert view.verticalScrollBar().maximum() == 0


def test_the_source_list_is_measured_at_the_width_it_is_shown(qtbot, tmp_path):
    """The measure the dialog sizes itself by matches the list's wrapped text once shown."""
    long_sources = [
        f"Study {n}: " + "A citation of a walking study, its authors and journal. " * 4
        for n in range(3)
    ]
    widget = AboutDialog(None, tmp_path / "data", long_sources)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.sources_view
    shown_px = view.document().size().height() + 2 * view.frameWidth() + 4
    assert widget._sources_height(widget.width()) == pytest.approx(
        shown_px, abs=view.fontMetrics().lineSpacing()
    )


def test_a_scrolled_source_list_ends_under_a_line(qtbot, tmp_path):
    """On a small screen the list showed about five lines and cut the last one in half."""
    long_sources = [
        f"Study {n}: " + "A citation of a walking study, its authors and journal. " * 4
        for n in range(6)
    ]
    widget = AboutDialog(None, tmp_path / "data", long_sources)
    qtbot.addWidget(widget)
    view = widget.sources_view
    view.setFixedHeight(5 * view.fontMetrics().lineSpacing() + 7)  # not a whole number of lines
    widget.show()
    qtbot.waitExposed(widget)
    assert view.verticalScrollBar().maximum() > 0  # it scrolls
    bottoms = []
    block = view.document().begin()
    while block.isValid():
        top = view.document().documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        bottoms += [top + lines.lineAt(i).rect().bottom() for i in range(lines.lineCount())]
        block = block.next()
    shown_px = view.viewport().height()
    assert shown_px >= 3 * view.fontMetrics().lineSpacing()
    assert min(abs(shown_px - b) for b in bottoms) <= 1.0  # the view's edge is a line's bottom
