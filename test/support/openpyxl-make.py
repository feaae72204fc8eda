"""Re-saves a workbook with openpyxl the way scripts do, adding what a test asks for.

usage: python3 openpyxl-make.py SOURCE.xlsx TARGET.xlsx JSON
JSON: {"comment": "A2", "chart": "Z2", "image": "Y3", "table": {"sheet": "Partners", "ref": "A1:C5"},
       "chartsheet": "Chart of CBOs", "set": [{"sheet": "CBOs", "cell": "K2", "value": "=19+0"}]}
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
if "image" in spec:
    # openpyxl opens pictures with Pillow (python3-pil); a 4x4 red square.
    from openpyxl.drawing.image import Image as Picture
    from PIL import Image

    picture = target + ".png"
    Image.new("RGB", (4, 4), (200, 0, 0)).save(picture)
    ws.add_image(Picture(picture), spec["image"])
if "table" in spec:
    from openpyxl.worksheet.table import Table

    wb[spec["table"]["sheet"]].add_table(Table(displayName="Table1", ref=spec["table"]["ref"]))
if "chartsheet" in spec:
    sheet_chart = BarChart()
    sheet_chart.add_data(Reference(ws, min_col=11, min_row=1, max_row=6))
    wb.create_chartsheet(spec["chartsheet"]).add_chart(sheet_chart)
for change in spec.get("set", []):
    wb[change["sheet"]][change["cell"]].value = change["value"]
wb.save(target)
