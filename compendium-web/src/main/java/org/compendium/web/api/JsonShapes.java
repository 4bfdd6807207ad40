package org.compendium.web.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentSymbol;
import org.compendium.export.ProvisionJson;
import org.compendium.model.Segment;
import org.compendium.model.Theme;
import org.compendium.store.DocumentSummary;
import org.compendium.store.ProvisionHit;
import org.compendium.themes.SimilarProvision;
import org.compendium.themes.Suggestion;
import org.compendium.web.catalogue.BodyGroup;
import org.compendium.web.catalogue.DocumentOutline;
import org.compendium.web.catalogue.MeetingGroup;
import org.compendium.web.catalogue.SimilarProvisions;

/**
 * The JSON shapes of the API, as records that Jackson writes field by field in declaration order, and the mapping
 * from the model to them. The OpenAPI document ({@code openapi.json}) describes exactly these; change both together.
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    /** A date range: first and last day, ISO {@code YYYY-MM-DD}. */
    public record Dates(String start, String end) {
        static Dates of(DateRange r) {
            return r == null ? null : new Dates(r.start().toString(), r.end().toString());
        }
    }

    /** A stored document without its provisions. */
    public record DocumentItem(long id, String source, String type, String body, Integer meeting, Integer session,
                               Dates dates, String symbol, String title, String resolution, String language,
                               int provisions) {
        static DocumentItem of(DocumentSummary d) {
            return new DocumentItem(d.id(), d.source(), d.type().code(), d.body() == null ? null : d.body().code(),
                    d.meeting(), d.session(), Dates.of(d.dates()), symbolText(d.symbol()), d.title(), d.resolutionNumber(),
                    d.language().code(), d.provisionCount());
        }
    }

    /** A section heading: label, text, place in the section hierarchy and source offsets. */
    public record HeadingItem(String label, String text, List<String> path, Integer start, Integer end) {
        static HeadingItem of(Segment s) {
            return new HeadingItem(s.label(), s.text(), s.path(),
                    s.spans().isEmpty() ? null : s.spans().getFirst().start(),
                    s.spans().isEmpty() ? null : s.spans().getLast().end());
        }
    }

    /** A document with its structure. */
    public record DocumentDetail(DocumentItem document, String venue, String format, int sourceLength,
                                 List<HeadingItem> headings, List<ProvisionJson> provisions) {
        static DocumentDetail of(DocumentOutline o) {
            return new DocumentDetail(DocumentItem.of(o.summary()), o.document().metadata().venue(),
                    o.document().format() == null ? null : o.document().format().code(),
                    o.document().sourceLength(),
                    o.headings().stream().map(HeadingItem::of).toList(),
                    o.document().provisions().stream().map(ProvisionJson::of).toList());
        }
    }

    /** Where a citation was found: the document and the provision as it reads there. */
    public record Occurrence(DocumentItem document, int ordinal, ProvisionJson provision) {
        static Occurrence of(ProvisionHit h) {
            return new Occurrence(DocumentItem.of(h.document()), h.ordinal(), ProvisionJson.of(h.provision()));
        }
    }

    /** Every stored provision with one citation. */
    public record Occurrences(String citation, List<Occurrence> occurrences) {
    }

    /** One meeting or session of a body, with the ids of its documents. */
    public record Meeting(Integer meeting, Integer session, Dates dates, List<Long> documents) {
        static Meeting of(MeetingGroup g) {
            return new Meeting(g.meeting(), g.session(), Dates.of(g.dates()),
                    g.documents().stream().map(DocumentSummary::id).toList());
        }
    }

    /** One body with its meetings or sessions. */
    public record BodyMeetings(String body, String symbolPrefix, List<Meeting> meetings) {
        static BodyMeetings of(BodyGroup g) {
            return new BodyMeetings(g.body() == null ? null : g.body().code(),
                    g.body() == null ? null : g.body().symbolPrefix(),
                    g.meetings().stream().map(Meeting::of).toList());
        }
    }

    /** A provision similar to another. */
    public record SimilarItem(String citation, String text, double score) {
        static SimilarItem of(SimilarProvisions.SimilarProvision s) {
            return new SimilarItem(s.citation().toString(), s.text(), s.score());
        }
    }

    /** The provisions most like one. */
    public record SimilarList(String citation, List<SimilarItem> similar) {
    }

    /**
     * A theme of the vocabulary: its id, the body whose vocabulary it belongs to, the theme it is a sub-theme of (or
     * null), and its labels by UN language code, in code order.
     */
    public record ThemeItem(String id, String scope, String parent, Map<String, String> labels) {
        /** The theme as the API shows it. */
        public static ThemeItem of(Theme t) {
            return new ThemeItem(t.id(), t.scope().code(), t.parentId(), new TreeMap<>(t.labels()));
        }
    }

    /**
     * A theme suggested for a provision: its score, why as data ({@code reason}) for clients to word in their own
     * language, and the same in English ({@code reasonText}) for those that only show it.
     */
    public record ThemeSuggestion(String id, String label, double score, Reason reason, String reasonText) {
        /** The suggestion as the API shows it. */
        public static ThemeSuggestion of(Suggestion s) {
            return new ThemeSuggestion(s.themeId(), s.label(), s.score(), Reason.of(s.reason()), s.reasonText());
        }
    }

    /**
     * Why a theme is suggested: the most similar indexed provisions with it, most similar first, and the words that
     * weighed most, as the text writes them; both may be empty.
     */
    public record Reason(List<IndexedProvision> similar, List<String> words) {
        static Reason of(Suggestion.Reason r) {
            return new Reason(r.similar().stream().map(IndexedProvision::of).toList(), r.words());
        }
    }

    /** A theme's keyword or synonym: its language and words. */
    public record Keyword(String theme, String language, String keyword) {
        static Keyword of(org.compendium.model.ThemeKeyword k) {
            return new Keyword(k.themeId(), k.language().code(), k.keyword());
        }
    }

    /** An indexed provision named in a reason: its citation (for {@code /api/provisions/{citation}}) and compendium label. */
    public record IndexedProvision(String citation, String label) {
        static IndexedProvision of(SimilarProvision s) {
            return new IndexedProvision(s.citation(), s.label());
        }
    }

    private static String symbolText(DocumentSymbol s) {
        return s == null ? null : s.value();
    }
}
