"""Printed matter as PDF (reportlab): receipts, recipient cards, class sheets, summary reports.

Every document gets its Hangul font from ``fonts.hangul_font()``. Plain functions, no widgets:
the window prints the PDFs through Qt's print support.
"""
