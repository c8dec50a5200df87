package se.isu.report.svg;

import java.util.Locale;

/**
 * A small SVG document written as text: rectangles, lines, circles and text, with a hatch pattern for
 * values that disclosure control hides. Text is escaped for XML; the document is UTF-8.
 */
public final class Svg {

    /** The fill of a hidden value: grey hatching, never a size that could be read as the value. */
    public static final String HATCH = "url(#hatch)";

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();

    public Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Svg rect(double x, double y, double w, double h, String fill, String stroke) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(escape(fill)).append('"');
        if (stroke != null) {
            body.append(" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"1\"");
        }
        body.append("/>\n");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(n(strokeWidth)).append("\"/>\n");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String stroke) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(escape(fill)).append("\" stroke=\"").append(escape(stroke)).append("\"/>\n");
        return this;
    }

    /**
     * @param anchor start, middle or end
     * @param size   font size in pixels
     */
    public Svg text(double x, double y, String text, String anchor, int size, boolean bold) {
        return text(x, y, text, anchor, size, bold, 0, "#222222");
    }

    public Svg text(double x, double y, String text, String anchor, int size, boolean bold, double rotate,
            String fill) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(escape(fill))
                .append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            body.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y))
                    .append(")\"");
        }
        body.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** The whole document. */
    @Override
    public String toString() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + ' ' + height + "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
                + "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999999\" stroke-width=\"2\"/></pattern></defs>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    /** Text for an XML attribute or element. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Characters XML 1.0 does not allow are left out.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
