package se.isu.io.xlsx;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of a worksheet: what POI's {@code XSSFSheetXMLHandler} does with cell values (not
 * formulas, no comments), cell for cell the same text, with less work per cell. POI's handler asks the
 * styles table for a new style object, and the style for its number format, for every numeric cell, and
 * turns every inline string into an XML object to read it back; here each style's number format is
 * looked up once, and an inline string is taken as it is unless it holds an {@code _xHHHH_} escape, which
 * POI's rich text decodes.
 */
final class SheetHandler extends DefaultHandler {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private enum Type {
        BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER
    }

    private final StylesTable styles;
    private final SharedStrings strings;
    private final SheetContentsHandler output;
    private final DataFormatter formatter;
    /** Per style index: its number format's index and string, once looked up. */
    private short[] formatIndexes = new short[0];
    private String[] formatStrings = new String[0];
    private byte[] styleKnown = new byte[0];

    private boolean vIsOpen;
    private boolean isIsOpen;
    private Type nextDataType = Type.NUMBER;
    private short formatIndex;
    private String formatString;
    private final StringBuilder value = new StringBuilder(64);
    private String cellRef;
    private int rowNum;
    private int nextRowNum;

    SheetHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler output, DataFormatter formatter) {
        this.styles = styles;
        this.strings = strings;
        this.output = output;
        this.formatter = formatter;
    }

    private boolean isTextTag(String name) {
        return "v".equals(name) || "inlineStr".equals(name) || isIsOpen && "t".equals(name);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        if (isTextTag(localName)) {
            vIsOpen = true;
            if (!isIsOpen) {
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            isIsOpen = true;
        } else if ("f".equals(localName)) {
            if (nextDataType == Type.NUMBER) {
                nextDataType = Type.FORMULA;
            }
        } else if ("row".equals(localName)) {
            String number = attributes.getValue("r");
            rowNum = number != null ? Integer.parseInt(number.trim()) - 1 : nextRowNum;
            output.startRow(rowNum);
        } else if ("c".equals(localName)) {
            nextDataType = Type.NUMBER;
            formatIndex = -1;
            formatString = null;
            cellRef = attributes.getValue("r");
            String cellType = attributes.getValue("t");
            if ("b".equals(cellType)) {
                nextDataType = Type.BOOLEAN;
            } else if ("e".equals(cellType)) {
                nextDataType = Type.ERROR;
            } else if ("inlineStr".equals(cellType)) {
                nextDataType = Type.INLINE_STRING;
            } else if ("s".equals(cellType)) {
                nextDataType = Type.SST_STRING;
            } else if ("str".equals(cellType)) {
                nextDataType = Type.FORMULA;
            } else if (styles != null) {
                // A number, almost certainly with a format.
                String style = attributes.getValue("s");
                if (style != null) {
                    format(Integer.parseInt(style.trim()));
                } else if (styles.getNumCellStyles() > 0) {
                    format(0);
                }
            }
        }
    }

    /** Sets the number format of the style {@code index}, as POI finds it, looked up once per style. */
    private void format(int index) {
        if (index < 0) {
            // Out of the table's range: POI finds no style, and so no format.
            return;
        }
        if (index >= styleKnown.length) {
            int size = Math.max(index + 1, styleKnown.length * 2);
            formatIndexes = Arrays.copyOf(formatIndexes, size);
            formatStrings = Arrays.copyOf(formatStrings, size);
            styleKnown = Arrays.copyOf(styleKnown, size);
        }
        if (styleKnown[index] == 0) {
            XSSFCellStyle style = styles.getStyleAt(index);
            if (style == null) {
                styleKnown[index] = 2;
            } else {
                formatIndexes[index] = style.getDataFormat();
                String string = style.getDataFormatString();
                formatStrings[index] = string != null ? string : BuiltinFormats.getBuiltinFormat(formatIndexes[index]);
                styleKnown[index] = 1;
            }
        }
        if (styleKnown[index] == 1) {
            formatIndex = formatIndexes[index];
            formatString = formatStrings[index];
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        if (isTextTag(localName)) {
            vIsOpen = false;
            if (!isIsOpen) {
                outputCell();
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            isIsOpen = false;
            outputCell();
            value.setLength(0);
        } else if ("row".equals(localName)) {
            output.endRow(rowNum);
            nextRowNum = rowNum + 1;
        } else if ("sheetData".equals(localName)) {
            output.endSheet();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (vIsOpen) {
            value.append(ch, start, length);
        }
    }

    private void outputCell() {
        String text = null;
        switch (nextDataType) {
            case BOOLEAN -> text = value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> text = "ERROR:" + value;
            case FORMULA -> {
                String result = value.toString();
                text = result;
                if (formatString != null) {
                    try {
                        text = formatter.formatRawCellContents(Double.parseDouble(result.trim()), formatIndex, formatString);
                    } catch (RuntimeException e) {
                        // A text result, not a number: shown as it is.
                        text = result;
                    }
                }
            }
            case INLINE_STRING -> {
                String inline = value.toString();
                text = inline.contains("_x") ? new XSSFRichTextString(inline).toString() : inline;
            }
            case SST_STRING -> {
                String index = value.toString().trim();
                if (!index.isEmpty()) {
                    try {
                        text = strings.getItemAt(Integer.parseInt(index)).toString();
                    } catch (NumberFormatException e) {
                        // POI logs this and gives the cell no value; so does this reader.
                        text = null;
                    }
                }
            }
            case NUMBER -> {
                String number = value.toString();
                text = number;
                if (formatString != null && !number.isEmpty()) {
                    try {
                        text = formatter.formatRawCellContents(Double.parseDouble(number.trim()), formatIndex, formatString);
                    } catch (RuntimeException e) {
                        text = number;
                    }
                }
            }
        }
        output.cell(cellRef, text, null);
    }
}
