package nl.heemstede.participatie;

/**
 * An advisor that follows a policy directory: when a file in it changes, it loads and checks the changed policy
 * in the background and switches to it at once when it passes, or keeps advising with the last good policy and
 * tells its {@link PolicyListener} why not. Every {@link Advice} names the {@link PolicyVersion} that made it.
 * Thread-safe. Close it to stop watching.
 *
 * @since 0.1
 */
public interface ReloadingAdvisor extends ParticipationAdvisor, AutoCloseable {

    /** Stops watching the directory; the advisor keeps advising with the policy it has. */
    @Override
    void close();
}
