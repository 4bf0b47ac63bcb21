"""Lost cards at the desk: F4 replaces the card of the person on screen; scanning a replaced
card says so and shows whose it is, without opening the person for a handout (the holder of
the old card may not be its owner: staff check, then scan the new card or search the name)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ttasum_desk.i18n import shown
from ttasum_desk.services import card_replacement, profiles
from ttasum_desk.services.card_replacement import ReplacedCard
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.printed import print_cards
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.operations import run_operation

if TYPE_CHECKING:
    from ttasum_desk.services.profiles import Profile
    from ttasum_desk.ui.desk.banner import DecisionBanner
    from ttasum_desk.ui.desk.printed import PrintBar
    from ttasum_desk.ui.desk.recipient import RecipientPanel
    from ttasum_desk.ui.desk.search_field import SearchField
    from ttasum_desk.ui.events import Events


class LostCardDesk(Protocol):
    """What lost cards need of the desk."""

    events: Events
    profile: Profile | None
    banner: DecisionBanner
    recipient_panel: RecipientPanel
    search_field: SearchField
    print_bar: PrintBar

    def clear(self) -> None: ...
    def focus_search(self) -> None: ...
    def open_recipient(self, recipient_uid: str) -> None: ...


def show_replaced(desk: LostCardDesk, replaced: ReplacedCard) -> None:
    """The old card's message in the banner, its owner in the panel (not opened to record)."""
    person = replaced.person
    desk.clear()  # no one stays open for a handout
    desk.recipient_panel.show_profile(profiles.profile(person.recipient_uid))
    desk.banner.show_state(
        BannerState.REFUSED,
        shown(replaced.message),
        QCoreApplication.translate(
            "LostCard", "The card {old} belongs to {name} (born {year}); the new card is {new}."
        ).format(
            old=replaced.old_code,
            name=person.name,
            year=person.birth_year or "?",
            new=person.card_code,
        ),
    )
    desk.search_field.setText(replaced.old_code)
    desk.search_field.selectAll()  # the next scan replaces it


def replace_card(desk: LostCardDesk, parent: QWidget) -> None:
    """Confirm, give the person on screen a new card code, reopen them and print the card."""
    profile = desk.profile
    if profile is None:
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LostCard", "Replace a lost card"),
        QCoreApplication.translate(
            "LostCard",
            "Give {name} a new card? The card {card} will stop working at every station.",
        ).format(name=profile.name, card=profile.card_code),
    )
    if answer != QMessageBox.StandardButton.Yes:
        desk.focus_search()
        return

    def replaced(reissued: card_replacement.Reissued) -> None:
        from ttasum_desk.services import cards  # reportlab, when first printing

        desk.open_recipient(reissued.recipient_uid)
        desk.banner.show_state(
            BannerState.DONE,
            QCoreApplication.translate("LostCard", "New card {card}").format(
                card=reissued.new_code
            ),
            QCoreApplication.translate("LostCard", "The card {card} no longer works.").format(
                card=reissued.old_code
            ),
        )
        chosen = cards.for_people([reissued.recipient_uid])
        print_cards(parent, desk.print_bar, chosen, f"card-{reissued.new_code}")

    run_operation(
        desk.events,
        parent,
        lambda: card_replacement.reissue(profile.recipient_uid, preferences.operator()),
        lambda done: Changes(recipients=True, uids=(done.recipient_uid,)),
        failure=lambda text: desk.banner.show_state(
            BannerState.REFUSED, QCoreApplication.translate("LostCard", "Card not replaced"), text
        ),
        success=replaced,
    )
