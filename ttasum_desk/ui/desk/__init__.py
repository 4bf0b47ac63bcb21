"""The station desk: scan or type, see the decision, Enter to record, receipt out.

``page`` lays the desk out and handles the keys; ``handouts`` decides, records, overrides and
voids through the services against the narrow ``DeskView`` it declares; ``printed`` writes and
prints receipts and cards; the rest are the widgets and models the page is made of.
"""
