package nl.heemstede.participatie;

import java.util.Objects;

/**
 * Which policy produced an advice: its name and a SHA-256 over its files, so an advice can be tied to the
 * exact tables and replayed.
 *
 * @param name   the policy's name, for example {@code Heemstede participatiebeleid 2020 – proceskader}
 * @param sha256 the lowercase hex SHA-256 over the policy's files, in file-name order
 * @since 0.1
 */
public record PolicyVersion(String name, String sha256) {

    /** Checks that name and hash are given and the hash is 64 hex digits. */
    public PolicyVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was [" + sha256 + "].");
        }
    }
}
