"""Commands of signing keys: this station's fingerprint and enrolment file, and at the hub the
enrolment of stations and their list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit, operator
from ttasum_desk.i18n import translate


def cmd_station_key(args: argparse.Namespace) -> int:
    from ttasum_desk.services import keys

    fingerprint = keys.own_fingerprint()
    state = keys.key_state()
    emit(
        args,
        state.as_json(),
        translate("This station's key: {fingerprint}", fingerprint=fingerprint),
    )
    return EXIT_OK


def cmd_station_enrol_file(args: argparse.Namespace) -> int:
    from ttasum_desk.services import keys

    enrolment = keys.export_enrolment(args.out)
    emit(
        args,
        {"file": str(args.out), "station_code": enrolment.station_code,
         "fingerprint": enrolment.fingerprint},
        translate(
            "Enrolment file for {station} written to {file}. Key: {fingerprint}",
            station=enrolment.station_code, file=str(args.out),
            fingerprint=enrolment.fingerprint,
        ),
    )  # fmt: skip
    return EXIT_OK


def cmd_hub_enrol(args: argparse.Namespace) -> int:
    from ttasum_desk.services import keys

    enrolment = keys.read_enrolment(args.file)
    keys.enrol(enrolment, operator=operator(args))
    emit(
        args,
        {"station_code": enrolment.station_code, "fingerprint": enrolment.fingerprint},
        translate(
            "Station {station} enrolled with key {fingerprint}. Compare it with the key the "
            "station shows in Settings.",
            station=enrolment.station_code,
            fingerprint=enrolment.fingerprint,
        ),
    )
    return EXIT_OK


def cmd_hub_stations(args: argparse.Namespace) -> int:
    from ttasum_desk.domain.signing import fingerprint
    from ttasum_desk.services import keys

    enrolled = keys.enrolled_stations()
    rows = [
        {"station_code": e.station_code, "fingerprint": fingerprint(e.public_key),
         "source": e.source, "enrolled_at": e.enrolled_at}
        for e in enrolled
    ]  # fmt: skip
    lines = [f"{row['station_code']}\t{row['fingerprint']}\t{row['enrolled_at']}" for row in rows]
    emit(
        args,
        {"stations": rows},
        "\n".join(lines) or translate("No station is enrolled yet."),
    )
    return EXIT_OK


def register(command: Any) -> None:
    key = command("key", cmd_station_key, group="station", help="show this station's key")
    key.set_defaults(readonly=True)
    enrol_file = command(
        "enrol-file", cmd_station_enrol_file, group="station", help="write the enrolment file"
    )
    enrol_file.add_argument("--out", type=Path, required=True)
    enrol_file.set_defaults(readonly=True)
    enrol = command("enrol", cmd_hub_enrol, group="hub", help="enrol a station's key")
    enrol.add_argument("file", type=Path)
    enrol.add_argument("--operator", default="")
    listed = command("stations", cmd_hub_stations, group="hub", help="enrolled stations")
    listed.set_defaults(readonly=True)
