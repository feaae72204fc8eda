"""Re-saves a workbook with openpyxl the way scripts do, adding what a test asks for.

usage: python3 openpyxl-make.py SOURCE.xlsx TARGET.xlsx JSON
JSON: {"comment": "A2", "chart": "Z2", "formula": {"sheet": "CBOs", "cell": "K2", "formula": "=19+0"},
       "set": [{"sheet": "CBOs", "cell": "K2", "value": 5}]}
Formulas are written without their result, as openpyxl always does.
"""
import json
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment

source, target, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
sheet = spec.get("sheet", "CBOs")
ws = wb[sheet]
if "comment" in spec:
    ws[spec["comment"]].comment = Comment("Checked by Dara on the phone", "Dara")
if "chart" in spec:
    chart = BarChart()
    chart.title = "CBOs per province"
    chart.add_data(Reference(ws, min_col=11, min_row=1, max_row=6))
    ws.add_chart(chart, spec["chart"])
for change in spec.get("set", []):
    wb[change["sheet"]][change["cell"]].value = change["value"]
wb.save(target)
