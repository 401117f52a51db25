package nl.heemstede.participatie;

import java.nio.file.Path;

/**
 * Hears what a {@link ReloadingAdvisor} does with a changed policy directory. Called on the advisor's watcher
 * thread; keep it short.
 *
 * @since 0.1
 */
public interface PolicyListener {

    /** A listener that hears nothing. */
    PolicyListener NONE = new PolicyListener() {
    };

    /**
     * The changed policy passed every check and now advises.
     *
     * @param version the version that now advises
     */
    default void reloaded(PolicyVersion version) {
    }

    /**
     * The changed policy was refused; the advisor keeps advising with the last good policy.
     *
     * @param directory the policy directory
     * @param reason    every problem found, each naming the file and what to fix
     */
    default void rejected(Path directory, PolicyLoadException reason) {
    }
}
