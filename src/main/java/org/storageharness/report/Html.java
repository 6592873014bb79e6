package org.storageharness.report;

/** Minimal HTML helpers for the report's attachments. */
final class Html {

    static final String STYLE = "<style>body{font-family:sans-serif;font-size:14px}table{border-collapse:collapse;"
            + "margin-bottom:1.5em}th,td{border:1px solid #ccc;padding:4px 10px}th{background:#f3f3f3}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#b00020;font-weight:bold}"
            + "</style>";

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>" + STYLE
                + "</head><body>" + body + "</body></html>";
    }
}
