package nl.heemstede.participatie.core;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;

/** A listener of a reloading advisor that keeps what it heard, for tests that wait on a reload or a refusal. */
public final class RecordingListener implements PolicyListener {

    private final List<PolicyVersion> reloaded = new CopyOnWriteArrayList<>();
    private final List<PolicyLoadException> rejected = new CopyOnWriteArrayList<>();

    @Override
    public void reloaded(PolicyVersion version) {
        reloaded.add(version);
    }

    @Override
    public void rejected(Path directory, PolicyLoadException reason) {
        rejected.add(reason);
    }

    /** The versions served after a reload, in order; live. */
    public List<PolicyVersion> reloaded() {
        return reloaded;
    }

    /** The reasons of the refused reloads, in order; live. */
    public List<PolicyLoadException> rejected() {
        return rejected;
    }
}
