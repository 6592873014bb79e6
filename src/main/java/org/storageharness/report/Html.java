package org.storageharness.report;

/** Minimal HTML helpers for the report's attachments and Allure descriptions. */
final class Html {

    /**
     * Scoped to {@code .sh} because an Allure description is part of Allure's own page: plain {@code table} or
     * {@code .num} rules would restyle the report around it.
     */
    static final String STYLE = "<style>.sh{font-family:sans-serif;font-size:13px}"
            + ".sh table{border-collapse:collapse;margin-bottom:1em}"
            + ".sh .wide{overflow-x:auto;margin-bottom:1em}.sh .wide table{margin:0}"
            + ".sh th,.sh td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}"
            + ".sh td:first-child{white-space:nowrap}"
            + ".sh th{background:#f0f0f0;text-align:left}"
            + ".sh .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
            + ".sh td.best{font-weight:bold;background:#e8f5e9}"
            + ".sh .delta{font-size:11px;font-weight:normal}.sh .better{color:#1b7f3b}"
            + ".sh .bad,.sh .worse{color:#b00020}.sh .bad{font-weight:bold}"
            + ".sh .charts{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:1.5em}"
            + ".sh img.chart{flex:1 1 320px;max-width:640px;min-width:0;border:1px solid #eee}</style>";

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code body} with the report's styles, for embedding (an Allure description). */
    static String fragment(String body) {
        return "<div class=\"sh\">" + STYLE + body + "</div>";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + fragment(body) + "</body></html>";
    }
}
