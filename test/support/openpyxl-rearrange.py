"""Re-saves a workbook with openpyxl as another tool would lay it out: the columns of CBOs and
Meetings in another order, a column of the user's own the tool does not know, and formatting
(a bold, filled header, a fill and a number format on data cells, frozen panes, column widths).

usage: python3 openpyxl-rearrange.py SOURCE.xlsx TARGET.xlsx
"""
import sys

import openpyxl
from openpyxl.styles import Font, PatternFill

source, target = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(source)


def rearrange(ws, extra_header, extra_value):
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    width = max(len(r) for r in rows)
    rows = [r + [None] * (width - len(r)) for r in rows]
    # Reversed column order, with the user's own column second.
    order = list(reversed(range(width)))
    ws.delete_rows(1, ws.max_row)
    for i, row in enumerate(rows):
        values = [row[j] for j in order]
        values.insert(1, extra_header if i == 0 else f"{extra_value} {i}")
        for j, value in enumerate(values):
            ws.cell(row=i + 1, column=j + 1, value=value)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
    ws["B2"].fill = PatternFill("solid", fgColor="FFFFF2CC")
    ws["B3"].number_format = "@"
    ws.freeze_panes = "A2"
    ws.column_dimensions["B"].width = 31


rearrange(wb["CBOs"], "Field team notes", "checked by phone")
rearrange(wb["Meetings"], "Room booked", "room")
wb.save(target)
