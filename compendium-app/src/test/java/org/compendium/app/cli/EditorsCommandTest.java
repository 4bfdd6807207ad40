package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.compendium.app.Main;
import org.compendium.ingest.SourceReader;
import org.compendium.model.AuditEntry;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code editors list|remove|password}: audited, passwords never in arguments, an unknown editor exits 2. */
class EditorsCommandTest {
    @TempDir
    Path data;

    private CommandLineRun run(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(DocumentStore::open, new SourceReader(), new DocumentParser(), false,
                password::toCharArray);
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services).execute(all);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryEditorByNameAndNeverAHash() {
        assertThat(run("first-password", "editors", "add", "bob").exitCode()).isZero();
        assertThat(run("other-password", "editors", "add", "alice").exitCode()).isZero();
        CommandLineRun list = run("", "editors", "list");
        assertThat(list.exitCode()).as("%s", list).isZero();
        assertThat(list.out().lines().map(l -> l.split(" ")[0]).toList()).containsExactly("alice", "bob");
        try (DocumentStore store = DocumentStore.open(data)) {
            String hash = store.editors().editor("alice").orElseThrow().hash();
            assertThat(list.out()).doesNotContain(hash);
        }
    }

    @Test
    void passwordReplacesTheOldOneAndIsAudited() {
        assertThat(run("first-password", "editors", "add", "alice").exitCode()).isZero();
        CommandLineRun changed = run("second-password", "editors", "password", "alice");
        assertThat(changed.exitCode()).as("%s", changed).isZero();
        try (DocumentStore store = DocumentStore.open(data)) {
            ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC());
            assertThat(editing.authenticate(new EditorCredentials("alice", "second-password".toCharArray())).username())
                    .isEqualTo("alice");
            assertThatThrownBy(() -> editing.authenticate(new EditorCredentials("alice", "first-password".toCharArray())))
                    .isInstanceOf(NotAuthorizedException.class);
            AuditEntry last = store.themes().audit().getLast();
            assertThat(last.action()).isEqualTo("editor-password");
            assertThat(last.editor()).startsWith("cli:");
            assertThat(last.toString()).doesNotContain("second-password");
        }
    }

    @Test
    void removeStopsTheEditorAndIsAudited() {
        assertThat(run("first-password", "editors", "add", "alice").exitCode()).isZero();
        CommandLineRun removed = run("", "editors", "remove", "alice");
        assertThat(removed.exitCode()).as("%s", removed).isZero();
        try (DocumentStore store = DocumentStore.open(data)) {
            assertThat(store.editors().editor("alice")).isEmpty();
            assertThat(store.themes().audit().getLast().action()).isEqualTo("remove-editor");
            assertThatThrownBy(() -> new ThemeEditing(store, Clock.systemUTC())
                    .authenticate(new EditorCredentials("alice", "first-password".toCharArray())))
                    .isInstanceOf(NotAuthorizedException.class);
        }
    }

    @Test
    void anUnknownEditorExitsTwoWithAMessageAndChangesNothing() {
        assertThat(run("first-password", "editors", "add", "alice").exitCode()).isZero();
        CommandLineRun remove = run("", "editors", "remove", "carol");
        assertThat(remove.exitCode()).isEqualTo(2);
        assertThat(remove.err()).contains("no editor named 'carol'").contains("editors list");
        CommandLineRun password = run("some-password", "editors", "password", "carol");
        assertThat(password.exitCode()).isEqualTo(2);
        assertThat(password.err()).contains("no editor named 'carol'");
        CommandLineRun tooShort = run("short", "editors", "password", "alice");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("at least 8 characters");
        try (DocumentStore store = DocumentStore.open(data)) {
            assertThat(store.editors().editors()).hasSize(1);
            assertThat(store.themes().audit()).noneMatch(a -> a.action().equals("remove-editor")
                    || a.action().equals("editor-password"));
        }
    }
}
