package io.lawcheck.core.catalog;

/**
 * A legal provision a rule rests on.
 *
 * @param id        stable key, e.g. {@code APL-2021-63-1} (行政处罚法 2021, Art 63, para 1)
 * @param law       the law's title
 * @param version   the version of the law (e.g. 2021年修订 / 2021 revision)
 * @param article   article number as written in the law, e.g. "63"
 * @param paragraph paragraph (款) number or null; item (项) numbers go in {@code item}
 * @param summary   what the provision says, summarised (not a verbatim quote)
 */
public record Citation(String id, LocalizedText law, LocalizedText version, String article, String paragraph, String item,
                       LocalizedText summary, Verification verification) {

    /** "行政处罚法（2021年修订）第63条第1款" style label. */
    public LocalizedText label() {
        StringBuilder zh = new StringBuilder(law.zh()).append("（").append(version.zh()).append("）第").append(article)
                .append("条");
        StringBuilder en = new StringBuilder(law.en()).append(" (").append(version.en()).append(") Art. ").append(article);
        if (paragraph != null) {
            zh.append("第").append(paragraph).append("款");
            en.append("(").append(paragraph).append(")");
        }
        if (item != null) {
            zh.append("第（").append(item).append("）项");
            en.append(" item ").append(item);
        }
        return new LocalizedText(zh.toString(), en.toString());
    }
}
