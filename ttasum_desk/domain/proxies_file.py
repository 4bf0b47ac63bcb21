"""The rules file's ``[[proxies]]`` tables: who may collect for someone else
(resources/docs/rules-reference.md, "Proxies"; ``proxy_rules`` decides with them)."""

from __future__ import annotations

from typing import Any

from ttasum_desk.domain.rule_keys import WHO_KEYS, who_fields
from ttasum_desk.domain.rule_model import PROXY_SCOPES, CampaignSpec, ProxyPermission
from ttasum_desk.domain.rules_checks import Checker, within_campaign

PROXY_KEYS = ("who", *WHO_KEYS, "items", "valid_from", "valid_until")


def parse_proxies(
    check: Checker, data: dict[str, Any], campaign: CampaignSpec | None, declared: set[str]
) -> tuple[ProxyPermission, ...]:
    """Every valid ``[[proxies]]`` table; problems go to ``check`` with their lines."""
    permissions = []
    for index, table in enumerate(check.tables(data, "proxies")):
        check.keys(table, PROXY_KEYS, "proxies", index)
        if not check.required(table, ("who",), "proxies", index):
            continue
        if table["who"] not in PROXY_SCOPES:
            check.problem(
                check.where.of("proxies", index, "who"),
                '"who" must be one of {scopes}, not {value}',
                scopes=", ".join(PROXY_SCOPES),
                value=str(table["who"]),
            )
            continue
        fields = who_fields(check, table, "proxies", index)
        items = check.item_codes(table, "proxies", index, declared) if "items" in table else ()
        valid_from = check.day(table, "valid_from", "proxies", index)
        valid_until = check.day(table, "valid_until", "proxies", index)
        check.order(("valid_from", valid_from), ("valid_until", valid_until), "proxies", index)
        if campaign is not None:
            within_campaign(check, campaign, "proxies", index, valid_from, valid_until)
        permissions.append(
            ProxyPermission(
                who=table["who"],
                items=items,
                valid_from=valid_from,
                valid_until=valid_until,
                line=check.where.of("proxies", index),
                **fields,
            )
        )
    return tuple(permissions)
