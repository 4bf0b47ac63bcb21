"""peewee models over the tables that the migrations create (the schema lives there)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from ttasum_desk.domain.ids import new_uid
from ttasum_desk.storage.db import db


class BaseModel(Model):
    uid = CharField(primary_key=True, default=new_uid)

    class Meta:
        database = db
        legacy_table_names = False


class Station(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    kind = CharField()  # centre | school | hub
    created_at = CharField()


class Setting(Model):
    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        database = db
        table_name = "setting"


class Operator(BaseModel):
    station_code = CharField()
    name = CharField()
    active = BooleanField(default=True)
    created_at = CharField()


class Household(BaseModel):
    label = CharField(default="")
    created_at = CharField()


class Recipient(BaseModel):
    card_code = CharField(unique=True)
    name = CharField()
    name_key = CharField()  # normalised name
    name_rev = CharField(default="")  # name_key reversed: suffix search
    initials = CharField()  # 홍길동 → ㅎㄱㄷ
    birth_date = CharField(null=True)  # YYYY-MM-DD, or None when only the year is known
    birth_year = IntegerField(null=True)
    group = CharField()  # student | public | vulnerable
    school = CharField(null=True)
    grade = IntegerField(null=True)
    klass = IntegerField(null=True)
    number = IntegerField(null=True)
    district = CharField(null=True)
    phone_last4 = CharField(null=True)
    household = ForeignKeyField(Household, null=True, column_name="household_uid")
    disability = BooleanField(default=False)
    tags = TextField(default="")  # statuses, comma-separated, normalised and sorted
    notes = TextField(default="")
    source = CharField(default="")
    station_code = CharField(default="")
    created_at = CharField()
    updated_at = CharField()


class Item(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    unit = CharField(default="")
    track_stock = BooleanField(default=False)
    low_stock = IntegerField(null=True)
    created_at = CharField()


class Campaign(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    starts = CharField()
    ends = CharField()
    created_at = CharField()


class RuleSet(BaseModel):
    """One loaded rules text; the current one has no ``superseded_at``."""

    campaign = ForeignKeyField(Campaign, column_name="campaign_uid")
    text = TextField()
    sha256 = CharField()
    loaded_at = CharField()
    superseded_at = CharField(null=True)

    class Meta:
        table_name = "ruleset"


class Batch(BaseModel):
    item = ForeignKeyField(Item, column_name="item_uid")
    lot_no = CharField()
    quantity = IntegerField()  # negative for a correcting entry
    received_at = CharField()
    source = CharField(default="")
    station_code = CharField()
    corrects = ForeignKeyField("self", null=True, column_name="corrects_uid")
    operator = CharField(default="")
    created_at = CharField()


class Handout(BaseModel):
    """Append-only: a void is a second row with ``status='void'`` and ``void_of`` set."""

    recipient = ForeignKeyField(Recipient, column_name="recipient_uid")
    item = ForeignKeyField(Item, column_name="item_uid")
    quantity = IntegerField()
    batch = ForeignKeyField(Batch, null=True, column_name="batch_uid")
    station_code = CharField()
    operator = CharField(default="")
    handed_at = CharField()  # ISO 8601 with offset
    receipt_no = CharField(default="")
    status = CharField()  # ok | void
    void_of = ForeignKeyField("self", null=True, column_name="void_of")
    reason = TextField(default="")
    proxy = ForeignKeyField(Recipient, null=True, column_name="proxy_uid", backref="proxied")
    override_reason = TextField(default="")
    chain_hash = CharField(default="")
    origin = CharField(default="local")  # local | snapshot | merge
    created_at = CharField()


class ImportLog(BaseModel):
    file_name = CharField()
    sha256 = CharField()
    station_code = CharField(default="")
    kind = CharField()
    imported_at = CharField()
    rows = IntegerField(default=0)
    inserted = IntegerField(default=0)
    updated = IntegerField(default=0)
    duplicates = IntegerField(default=0)
    conflicts = IntegerField(default=0)
    rejected = IntegerField(default=0)
    altered = BooleanField(default=False)
    outcome = TextField(default="{}")


class AuditLog(Model):
    seq = AutoField()
    uid = CharField(unique=True, default=new_uid)
    at = CharField()
    operator = CharField(default="")
    action = CharField()
    entity = CharField()
    entity_uid = CharField(default="")
    payload = TextField(default="{}")
    prev_hash = CharField()
    hash = CharField()

    class Meta:
        database = db
        table_name = "audit_log"


class ClassCount(BaseModel):
    """A handout to a whole class as one number; append-only like ``Handout``."""

    station_code = CharField()
    school = CharField()
    grade = IntegerField()
    klass = IntegerField()
    item = ForeignKeyField(Item, column_name="item_uid")
    batch = ForeignKeyField(Batch, null=True, column_name="batch_uid")
    quantity = IntegerField()
    operator = CharField(default="")
    handed_at = CharField()  # ISO 8601 with offset
    status = CharField()  # ok | void
    void_of = ForeignKeyField("self", null=True, column_name="void_of")
    reason = TextField(default="")
    chain_hash = CharField(default="")
    created_at = CharField()

    class Meta:
        table_name = "class_count"


class ProxyRegistration(BaseModel):
    """Someone registered to collect for a recipient; the uid is derived from the pair."""

    recipient = ForeignKeyField(Recipient, column_name="recipient_uid", backref="proxies")
    proxy = ForeignKeyField(Recipient, column_name="proxy_uid")
    until = CharField(null=True)  # YYYY-MM-DD, inclusive; None: no end
    removed = BooleanField(default=False)
    station_code = CharField(default="")
    created_at = CharField()
    updated_at = CharField()

    class Meta:
        table_name = "proxy_registration"
