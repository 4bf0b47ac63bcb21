"""Campaigns, their rules texts (history kept) and the items the rules name."""

from __future__ import annotations

from ttasum_desk.storage import items
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Campaign, Item, RuleSet


def item_codes() -> frozenset[str]:
    return frozenset(code for (code,) in db.execute_sql("SELECT code FROM item"))


def current_texts() -> list[tuple[str, str]]:
    """(ruleset uid, text) of every campaign's current rules, oldest campaign first."""
    cursor = db.execute_sql(
        "SELECT r.uid, r.text FROM ruleset r JOIN campaign c ON c.uid = r.campaign_uid"
        " WHERE r.superseded_at IS NULL ORDER BY c.created_at, c.code"
    )
    return [(uid, text) for uid, text in cursor]


def current_of(campaign_code: str) -> RuleSet | None:
    return (
        RuleSet.select()
        .join(Campaign)
        .where((Campaign.code == campaign_code) & RuleSet.superseded_at.is_null())
        .first()
    )


def history(campaign_code: str) -> list[RuleSet]:
    """Every rules text loaded for the campaign, oldest first."""
    query = RuleSet.select().join(Campaign).where(Campaign.code == campaign_code)
    return list(query.order_by(RuleSet.loaded_at, RuleSet.uid))


def save_campaign(code: str, name: str, starts: str, ends: str, at: str) -> Campaign:
    """Create the campaign or update its name and dates (inside the caller's transaction)."""
    campaign = Campaign.get_or_none(Campaign.code == code)
    if campaign is None:
        return Campaign.create(code=code, name=name, starts=starts, ends=ends, created_at=at)
    if (campaign.name, campaign.starts, campaign.ends) != (name, starts, ends):
        campaign.name, campaign.starts, campaign.ends = name, starts, ends
        campaign.save()
    return campaign


def supersede(ruleset: RuleSet, at: str) -> None:
    RuleSet.update(superseded_at=at).where(RuleSet.uid == ruleset.uid).execute()


def add_ruleset(campaign: Campaign, text: str, sha256: str, at: str) -> RuleSet:
    return RuleSet.create(campaign=campaign, text=text, sha256=sha256, loaded_at=at)


def save_item(code: str, name: str, unit: str, at: str) -> bool:
    """Create the item (stock tracked) or update its name and unit; True when it is new."""
    items.forget()
    item = Item.get_or_none(Item.code == code)
    if item is None:
        Item.create(code=code, name=name, unit=unit, track_stock=True, created_at=at)
        return True
    unit = unit or item.unit  # a file that gives no unit keeps the one the item has
    if (item.name, item.unit) != (name, unit):
        item.name, item.unit = name, unit
        item.save()
    return False
