package org.compendium.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A ranked query in parts, so that its best documents can be found tier by tier ({@link TieredTopDocs}): per text
 * field, a required clause that scores (the words), optional clauses that score (the proximity pairs), and optional
 * tiers — each a constant bonus for the documents matching a clause (the whole query as a phrase, the words the policy
 * asks for). The {@link #query} is the query as one: per field the required clause, the tiers and the scoring clauses
 * as {@code SHOULD} clauses (a tier as a constant score boosted by its bonus), the fields by their best score, filtered
 * by the filters — the query the counts are made from and a one-pass ranking would run.
 *
 * <p>Why the parts: a tier's bonus is in the upper bound of every block of documents holding one match of its clause,
 * and the tiers of common words (the exact phrase {@code États parties}) match in nearly every block, so a one-pass
 * top-k can skip nothing and scores every match. Run as {@link #passes}, each tier's documents apart, a pass's bonuses
 * are the same for all its documents and the passes after the page is full skip what cannot reach it.
 *
 * @param fields  the parts of each text field, in the order of the fields
 * @param filters the request's filters (each a {@code FILTER} clause)
 */
record TieredQuery(List<Field> fields, List<Query> filters) {
    TieredQuery {
        fields = List.copyOf(fields);
        filters = List.copyOf(filters);
    }

    /**
     * One pass of a tier-by-tier ranking: the documents of one field matching one set of its tiers.
     *
     * @param exact the pass as the query scores its documents: the field's query with, for each tier of the set, its
     *              bonus on every document (each document of the pass earns it: the same score, without reading the
     *              tier's clause once more) and without the other tiers; its documents' scores are their scores by
     *              {@link #query}
     * @param fast  the same documents (and perhaps others, which {@code exact} does not match) scored by the words and
     *              the scoring clauses as one disjunction, without the bonuses: Lucene's max-score skipping runs on it,
     *              and its scores are those of {@code exact} less {@code bonus}, but for the rounding of floats
     * @param bonus the bonuses of the set's tiers
     */
    record Pass(Query exact, Query fast, float bonus) {
    }

    /**
     * A clause of a field's query.
     *
     * @param query what it matches (a tier) or how it scores (a scoring clause)
     * @param bonus for a tier, the constant score a document matching {@code query} earns (above 0); 0 for a clause
     *              that scores as it is
     */
    record Clause(Query query, float bonus) {
        Clause {
            if (bonus < 0 || Float.isNaN(bonus)) {
                throw new IllegalArgumentException("a tier's bonus is positive, a scoring clause's 0: " + bonus);
            }
        }

        boolean tier() {
            return bonus > 0;
        }

        /** The clause as the query holds it: a tier as its constant bonus, a scoring clause as it is. */
        Query scored() {
            return tier() ? new BoostQuery(new ConstantScoreQuery(query), bonus) : query;
        }
    }

    /**
     * The parts of one text field's query.
     *
     * @param required the clause every match holds, which scores (the words)
     * @param optional the tiers and scoring clauses, in the order the query holds them
     * @param nested   whether every document matching a tier matches the tiers before it in {@code optional} (the
     *                 whole query as a phrase holds every word the policy counts): the passes are then one per tier
     *                 and one for the rest, instead of one per combination of tiers
     */
    record Field(Query required, List<Clause> optional, boolean nested) {
        Field {
            optional = List.copyOf(optional);
        }

        /** The field's query: the required clause, and each optional one as a {@code SHOULD} clause. */
        Query query() {
            return query(optional);
        }

        private Query query(List<Clause> clauses) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(required, BooleanClause.Occur.MUST);
            clauses.forEach(c -> b.add(c.scored(), BooleanClause.Occur.SHOULD));
            return b.build();
        }

        List<Clause> tiers() {
            return optional.stream().filter(Clause::tier).toList();
        }

        Field map(UnaryOperator<Query> f) {
            return new Field(f.apply(required), optional.stream().map(c -> new Clause(f.apply(c.query()), c.bonus())).toList(), nested);
        }

        /**
         * The pass over the documents matching the tiers of {@code set} (bit i: the i-th tier) and none of the others:
         * those documents required to match the set's tiers and excluded when they match another (where the tiers are
         * {@linkplain #nested}, only the last tier of the set required, and only the first tier after it excluded).
         */
        Pass pass(int set, List<Query> filters) {
            List<Clause> kept = new ArrayList<>();
            List<Clause> scoring = new ArrayList<>();
            List<Query> in = new ArrayList<>();
            List<Query> excluded = new ArrayList<>();
            float bonus = 0;
            int tier = 0;
            for (Clause c : optional) {
                if (!c.tier()) {
                    kept.add(c);
                    scoring.add(c);
                } else if ((set & (1 << tier++)) != 0) {
                    kept.add(new Clause(new MatchAllDocsQuery(), c.bonus()));
                    in.add(c.query());
                    bonus += c.bonus();
                } else {
                    excluded.add(c.query());
                }
            }
            if (nested) {
                in = in.isEmpty() ? in : List.of(in.getLast());
                excluded = excluded.isEmpty() ? excluded : List.of(excluded.getFirst());
            }
            BooleanQuery.Builder exact = new BooleanQuery.Builder().add(query(kept), BooleanClause.Occur.MUST);
            // The words and the scoring clauses as one disjunction, without the bonuses: Lucene's max-score skipping.
            BooleanQuery.Builder fast = new BooleanQuery.Builder().add(required, BooleanClause.Occur.SHOULD);
            scoring.forEach(c -> fast.add(c.scored(), BooleanClause.Occur.SHOULD));
            for (BooleanQuery.Builder b : List.of(exact, fast)) {
                in.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
                excluded.forEach(q -> b.add(q, BooleanClause.Occur.MUST_NOT));
                filters.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
            }
            return new Pass(exact.build(), fast.build(), bonus);
        }

        /** The sets of tiers a document of this field may match ({@link #pass}): every combination, or the nested ones. */
        List<Integer> sets() {
            int n = tiers().size();
            if (n > 16) {
                throw new IllegalStateException("too many tiers to run apart: " + n);
            }
            List<Integer> out = new ArrayList<>();
            if (nested) {
                for (int k = n; k >= 0; k--) {
                    out.add((1 << k) - 1);
                }
            } else {
                for (int set = (1 << n) - 1; set >= 0; set--) {
                    out.add(set);
                }
            }
            return out;
        }
    }

    /** The query as one (see the class comment): what the counts are made from. */
    Query query() {
        List<Query> perField = fields.stream().map(Field::query).toList();
        Query main = switch (perField.size()) {
            case 0 -> new MatchNoDocsQuery("no word left after analysis");
            case 1 -> perField.getFirst();
            default -> new DisjunctionMaxQuery(perField, 0f);
        };
        return filtered(main);
    }

    /** Whether some field has a tier: else a one-pass top-k skips as well as passes would. */
    boolean hasTiers() {
        return fields.stream().anyMatch(f -> !f.tiers().isEmpty());
    }

    /** This query with {@code filters} added to its own. */
    TieredQuery filteredBy(List<Query> more) {
        List<Query> all = new ArrayList<>(filters);
        all.addAll(more);
        return new TieredQuery(fields, all);
    }

    /** This query with {@code f} applied to each of its queries (the parts and the filters). */
    TieredQuery map(UnaryOperator<Query> f) {
        return new TieredQuery(fields.stream().map(field -> field.map(f)).toList(), filters.stream().map(f).toList());
    }

    /**
     * The passes of a tier-by-tier ranking, the highest bonuses first: for each field, one pass per set of tiers a
     * document may match ({@link Field#sets}), over the documents matching exactly those tiers, scored by the field's
     * query with those tiers' bonuses and without the others ({@link Field#pass}). A document's score in the pass of
     * its field and tiers is its score by {@link #query} — the same clauses match it and add up alike — so the best
     * documents of the passes together are those of the query; a document holding several text fields scores by its
     * best field, as the query's disjunction of the fields scores it.
     */
    List<Pass> passes() {
        List<Pass> out = new ArrayList<>();
        for (Field field : fields) {
            for (int set : field.sets()) {
                out.add(field.pass(set, filters));
            }
        }
        // Stable: equal bonuses keep the fields' order.
        out.sort(Comparator.comparingDouble(p -> -p.bonus()));
        return out;
    }

    /** {@code main} with the filters. */
    private Query filtered(Query main) {
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        filters.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
        return b.build();
    }
}
