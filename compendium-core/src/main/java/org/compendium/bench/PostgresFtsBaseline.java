package org.compendium.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.SearchFields;

/**
 * The PostgreSQL full-text baseline of the search benchmark: the same synthetic provisions in a table with a French
 * {@code tsvector} column and a GIN index, and the same query mix as SQL: top 10 by {@code ts_rank} with
 * {@code ts_headline} snippets, the exact count, and counts by body and by year (two facets, where the Lucene side
 * counts ten). For the relevance benchmark ({@link #relevance}): the seeds' provisions in such a table, each query
 * read by {@code websearch_to_tsquery('french', …)} (PostgreSQL's reading of what people type) and ranked by
 * {@code ts_rank_cd}.
 *
 * <p>Needs the PostgreSQL JDBC driver on the class path (an optional dependency of the core) and a server; see the
 * README for Debian's PostgreSQL 15.
 */
final class PostgresFtsBaseline {
    private PostgresFtsBaseline() {
    }

    static void run(String url, SyntheticCorpus corpus, int n, List<BenchQuery> mix) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_provisions");
                s.execute("CREATE TABLE bench_provisions (id int PRIMARY KEY, citation text, body text, year int, text text, "
                        + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('french', text)) STORED)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bench_provisions (id, citation, body, year, text) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ProvisionEntry e = corpus.entry(SearchBenchmark.SEED, i);
                    ps.setInt(1, i);
                    ps.setString(2, e.citation().toString());
                    ps.setString(3, e.body().code());
                    ps.setInt(4, e.year());
                    ps.setString(5, e.text());
                    ps.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX bench_provisions_tsv ON bench_provisions USING GIN (tsv)");
                s.execute("CREATE INDEX bench_provisions_body ON bench_provisions (body)");
                s.execute("CREATE INDEX bench_provisions_year ON bench_provisions (year)");
                s.execute("VACUUM ANALYZE bench_provisions");
            }
            double indexSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "postgres: loaded %,d rows in %.1f s, GIN index in %.1f s = %,.0f docs/s overall%n",
                    n, loadSeconds, indexSeconds, n / (loadSeconds + indexSeconds));
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        LatencyRun.QueryRunner runner = q -> query(connections.get(), q);
        LatencyRun.run(mix, 1, runner);
        System.out.println("postgres, 1 client:  " + LatencyRun.run(mix, 1, runner));
        System.out.println("postgres, " + SearchBenchmark.CLIENTS + " clients: " + LatencyRun.run(mix, SearchBenchmark.CLIENTS, runner));
    }

    /** The relevance benchmark's PostgreSQL engine over {@code provisions}, in a table it creates (and drops on close). */
    static Ranker relevance(String url, List<ProvisionEntry> provisions) throws java.sql.SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS relevance_provisions");
            s.execute("CREATE TABLE relevance_provisions (id int PRIMARY KEY, citation text, text text, "
                    + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('french', text)) STORED)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO relevance_provisions (id, citation, text) VALUES (?, ?, ?)")) {
            for (int i = 0; i < provisions.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, provisions.get(i).citation().toString());
                ps.setString(3, provisions.get(i).text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX relevance_provisions_tsv ON relevance_provisions USING GIN (tsv)");
            s.execute("ANALYZE relevance_provisions");
        }
        return new Ranker() {
            @Override
            public String name() {
                return "PostgreSQL 15 FTS (websearch_to_tsquery, ts_rank_cd)";
            }

            @Override
            public List<org.compendium.model.Citation> rank(String query, int n) throws java.sql.SQLException {
                List<org.compendium.model.Citation> out = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT citation FROM relevance_provisions, "
                        + "websearch_to_tsquery('french', ?) q WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC, id LIMIT ?")) {
                    ps.setString(1, query);
                    ps.setInt(2, n);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(org.compendium.model.Citation.parse(rs.getString(1)));
                        }
                    }
                }
                return out;
            }

            @Override
            public void close() throws java.sql.SQLException {
                try (c; Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS relevance_provisions");
                }
            }
        };
    }

    private static void query(Connection c, BenchQuery q) throws Exception {
        String where = "tsv @@ q" + (q.filterField() == null ? ""
                : q.filterField().equals(SearchFields.BODY) ? " AND body = ?" : " AND year = ?");
        String from = " FROM bench_provisions, " + q.tsquery() + " q WHERE " + where;
        try (PreparedStatement top = c.prepareStatement("SELECT citation, ts_headline('french', text, q) FROM (SELECT citation, "
                + "text, q, ts_rank(tsv, q) AS rank" + from + " ORDER BY rank DESC LIMIT 10) t ORDER BY rank DESC")) {
            bind(top, q);
            drain(top);
        }
        for (String sql : List.of("SELECT count(*)" + from, "SELECT body, count(*)" + from + " GROUP BY body",
                "SELECT year, count(*)" + from + " GROUP BY year")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, q);
                drain(ps);
            }
        }
    }

    private static void bind(PreparedStatement ps, BenchQuery q) throws Exception {
        ps.setString(1, q.tsqueryText());
        if (q.filterField() != null) {
            if (q.filterField().equals(SearchFields.BODY)) {
                ps.setString(2, q.filterValue());
            } else {
                ps.setInt(2, Integer.parseInt(q.filterValue()));
            }
        }
    }

    private static void drain(PreparedStatement ps) throws Exception {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
            }
        }
    }
}
