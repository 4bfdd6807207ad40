package org.compendium.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The expansion of the paths a user names into the document files to ingest: a file stands for itself, a folder for
 * every document file below it.
 *
 * <p>Inside a folder, only files ending in one of {@link #EXTENSIONS} (any case) count as documents; hidden files and
 * folders (name starting with a dot, or hidden for the platform) are passed over, and both are counted as skipped
 * rather than dropped. Files are visited recursively and sorted by path so that runs are repeatable. A path named
 * explicitly is always kept, whatever its extension or even when it does not exist, so that the reader can reject
 * it with a message instead of it vanishing silently. A file named twice is ingested once.
 */
public final class SourceFiles {
    /** The extensions of the files a folder contributes, lower case, without the dot. */
    public static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "pdf", "docx");

    private SourceFiles() {
    }

    /**
     * The result of an expansion.
     *
     * @param files    the files to ingest, in order
     * @param skipped  files inside the folders that are not documents or are hidden
     * @param problems folders that could not be walked (fully), each with a message
     */
    public record Expansion(List<Path> files, int skipped, List<Rejection> problems) {
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Expands {@code paths} (files and folders, in the order given) into the files to ingest. */
    public static Expansion expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        int[] skipped = {0};
        List<Rejection> problems = new ArrayList<>();
        for (Path given : paths) {
            if (Files.isDirectory(given)) {
                walk(given, files, skipped, problems);
            } else {
                files.add(given.toAbsolutePath().normalize());
            }
        }
        return new Expansion(List.copyOf(files), skipped[0], problems);
    }

    /** Whether a file found in a folder is a document by its extension. */
    public static boolean isDocumentName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void walk(Path folder, Set<Path> files, int[] skipped, List<Rejection> problems) {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // The root is walked even when hidden: the user named it. Below it, .git and the like are not documents.
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && isDocumentName(file.getFileName().toString())) {
                        found.add(file);
                    } else {
                        skipped[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Rejection.unreadableFolder(file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Rejection.unreadableFolder(root, e));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false; // if the platform cannot tell, the name rule above has already decided
        }
    }
}
