"""Writes a copy of a workbook in which the first number or date a person typed (in sheet
order, below the headers) is replaced by the text "i vår", as a person might write it, and
prints that cell's place, "Sheet!A1". The browser tests use it to make a broken workbook."""
import re
import sys
import zipfile

source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as original:
    names = re.findall(r'<sheet name="([^"]+)"', original.read('xl/workbook.xml').decode())
    broken = None
    with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            sheet = re.fullmatch(r'xl/worksheets/sheet(\d+)\.xml', item.filename)
            if sheet and broken is None:
                text = data.decode()
                typed = re.search(r'<c r="([A-Z]+)([2-9]|\d\d+)" s="(\d+)"><v>[\d.]+</v></c>', text)
                if typed:
                    column, row, style = typed.groups()
                    words = f'<c r="{column}{row}" s="{style}" t="inlineStr"><is><t>i vår</t></is></c>'
                    data = text.replace(typed.group(0), words, 1).encode()
                    broken = f'{names[int(sheet.group(1)) - 1]}!{column}{row}'
            copy.writestr(item, data)
if broken is None:
    sys.exit('no number or date to break')
print(broken)
