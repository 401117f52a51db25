package nl.heemstede.participatie;

/**
 * An advisor that follows a policy directory or register: when a file in it, or a version in the register, is added,
 * changed or removed, it loads and checks the changed policy
 * in the background and switches to it at once when it passes, or keeps advising with the last good policy and
 * tells its {@link PolicyListener} why not. Every failure of a load, an {@link Error} such as a
 * {@link StackOverflowError} included, and a load that takes longer than its bound (60 s), is reported as a refusal;
 * the watcher lives on and picks up the next good version. A watched directory that is a symbolic link is followed
 * when the link is switched, which is the way to publish a new version in one step. Every {@link Advice} names the
 * {@link PolicyVersion} that made it. An advisor made from it with {@link #withClock} or {@link #withVersion} follows
 * the same directory. Thread-safe. Close it to stop watching.
 *
 * @since 0.1
 */
public interface ReloadingAdvisor extends ParticipationAdvisor, AutoCloseable {

    /**
     * Stops watching the directory; the advisor keeps advising with the policy it has. Returns within seconds, also
     * while a load is stuck: the load is interrupted and never served, but a load that ignores interrupts (engine
     * code evaluating a runaway expression) cannot be killed in-process and runs on as a daemon thread.
     */
    @Override
    void close();
}
