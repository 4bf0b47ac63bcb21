"""The desk's actions on people rather than handouts: register a walk-in (F2), edit the person
on screen (F3, Shift+F7 for who may collect) and print cards (Ctrl+P).

Like lost cards (``ui.desk.lost_card``), they work against the few parts of the desk they need
and never import the page; each opens the person again after a change, so the panel and the
decision show it, and gives the keys back to the search field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget

from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.printed import offer_card, print_cards
from ttasum_desk.ui.desk.profile_dialog import ProfileDialog
from ttasum_desk.ui.desk.proxies import ProxiesDialog
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.operations import announce

if TYPE_CHECKING:
    from ttasum_desk.services.profiles import Profile
    from ttasum_desk.ui.desk.handouts import DeskHandouts
    from ttasum_desk.ui.desk.printed import PrintBar
    from ttasum_desk.ui.desk.results import ResultTableModel
    from ttasum_desk.ui.desk.search_field import SearchField
    from ttasum_desk.ui.events import Events


class PersonDesk(Protocol):
    """What the actions on people need of the desk."""

    events: Events
    profile: Profile | None
    search_field: SearchField
    print_bar: PrintBar
    handouts: DeskHandouts  # names the operator, asking for one when none is chosen
    left: QStackedWidget  # the person on screen, or the results
    results_view: QTableView
    results_model: ResultTableModel

    def open_recipient(self, recipient_uid: str) -> None: ...
    def focus_search(self) -> None: ...


class DeskPersonActions(QObject):
    def __init__(self, desk: PersonDesk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.widget = desk, parent

    def edit_profile(self) -> None:
        """F3: the profile of the person on screen."""
        self._edit(ProfileDialog)

    def edit_proxies(self) -> None:
        """Shift+F7: who may collect for the person on screen."""
        self._edit(ProxiesDialog)

    def _edit(self, dialog_class: type[ProfileDialog | ProxiesDialog]) -> None:
        """After a change the person is opened again, so the panel and the decision show it."""
        desk = self.desk
        operator = desk.handouts.operator() if desk.profile is not None else ""
        if desk.profile is not None and operator:
            dialog = dialog_class(desk.profile, operator, desk.events, self.widget)
            dialog.exec()
            if dialog.changed:
                desk.open_recipient(desk.profile.recipient_uid)
        desk.focus_search()

    def register_walkin(self) -> None:
        """F2: register someone, the name searched for filled in; open them and offer a card."""
        from ttasum_desk.ui.register_dialog import RegisterDialog

        desk = self.desk
        typed = desk.search_field.query().strip()  # a name searched for in vain, often
        registered = RegisterDialog.ask(self.widget, preferences.operator(), typed)
        if registered is None:
            desk.focus_search()
            return
        changes = Changes(recipients=True, uids=(registered.recipient_uid,))
        announce(desk.events, changes, self.widget)
        desk.open_recipient(registered.recipient_uid)
        offer_card(self.widget, desk.print_bar, registered)
        desk.focus_search()

    def print_cards(self) -> None:
        """Ctrl+P: cards for the people chosen in the results, else for the person on screen."""
        from ttasum_desk.services import cards

        desk = self.desk
        if desk.left.currentWidget() is desk.results_view:
            selected = desk.results_view.selectionModel().selectedRows()
            uids = [
                desk.results_model.rows[row].recipient_uid
                for row in sorted(index.row() for index in selected)
            ]
        else:
            uids = [desk.profile.recipient_uid] if desk.profile else []
        chosen = cards.for_people(uids)
        stem = f"card-{chosen[0].card_code}" if len(chosen) == 1 else f"cards-{len(chosen)}"
        print_cards(self.widget, desk.print_bar, chosen, stem)
