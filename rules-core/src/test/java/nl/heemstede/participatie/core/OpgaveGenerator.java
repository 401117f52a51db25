package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;

/**
 * A small seeded generator of valid opgaven, with 0–200 stakeholders whose names are unique ignoring case.
 * The same seed gives the same opgaven: set {@code -Dparticipatie.seed=…} to replay a failure.
 */
final class OpgaveGenerator {

    /** The system property that fixes the seed. */
    static final String SEED_PROPERTY = "participatie.seed";

    private static final String[] WORDS = {"Bewoners", "Vereniging", "Stichting", "Buurt", "Raadhuisstraat",
        "Binnenweg", "Groenendaal", "Merlenhoven", "Glipper", "Dreef", "Sportpark", "Ondernemers", "Winkeliers",
        "Digipanel", "Deskundige", "Adviesbureau", "Kinderboerderij", "Bibliotheek", "Heemsteedse", "Dorpsplein",
        "ÉÉN", "straße", "Ĳsbaan", "Noord", "Zuid"};

    /** Names that would break a rule engine that pasted text into rules, or a careless JSON writer. */
    private static final String[] ODD = {"O'Brien & Zn.", "\"Bewoners\" (Noord)", "C:\\dir\\naam", "${naam}",
        "Regel\nmet regeleinde", "<b>vet</b>", "end", "rule \"x\"", "null", "🌳 Bomenstichting"};

    private final SplittableRandom random;

    OpgaveGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The seed of this run: the system property when set, else a fresh one. */
    static long seed() {
        Long fixed = Long.getLong(SEED_PROPERTY);
        return fixed != null ? fixed : new SplittableRandom().nextLong();
    }

    /** A valid opgave with a random number of stakeholders (0–200, mostly few). */
    Opgave next() {
        return next(stakeholderCount());
    }

    /** A valid opgave with the given number of stakeholders. */
    Opgave next(int stakeholders) {
        Initiator initiator = pick(Initiator.values());
        int decision = initiator == Initiator.MUNICIPALITY ? 1 + random.nextInt(3) : random.nextInt(4);
        RoomLevel[] levels = RoomLevel.values();
        return new Opgave(text(1 + skewed(200)), random.nextBoolean() ? Optional.empty()
                : Optional.of(text(1 + skewed(100))), initiator, decision != 0,
                decision == 0 ? Optional.empty() : Optional.of(decision == 1),
                decision < 2 ? Optional.empty()
                        : Optional.of(decision == 2 ? CompetentBody.COLLEGE : CompetentBody.COUNCIL),
                Impact.of(random.nextBoolean(), random.nextBoolean(), random.nextBoolean()),
                Room.of(random.nextInt(5) > 0, pick(levels), pick(levels), random.nextInt(5) > 0),
                Difficulty.of(random.nextBoolean(), random.nextBoolean()),
                Intentions.of(random.nextBoolean(), random.nextBoolean(), frameworks(), random.nextBoolean(),
                        random.nextBoolean()),
                stakeholders(stakeholders));
    }

    /** A list of stakeholders with unique names (ignoring case), of random kinds. */
    List<Stakeholder> stakeholders(int count) {
        List<Stakeholder> list = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        while (list.size() < count) {
            String name = name();
            if (seen.add(name.strip().toLowerCase(Locale.ROOT))) {
                list.add(Stakeholder.of(name, pick(StakeholderKind.values())));
            }
        }
        return list;
    }

    /** Shuffles a copy of the list. */
    <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private int stakeholderCount() {
        int bucket = random.nextInt(10);
        if (bucket < 4) {
            return random.nextInt(6);              // 0–5: the common case
        } else if (bucket < 8) {
            return 6 + random.nextInt(45);         // 6–50
        } else if (bucket < 9) {
            return 51 + random.nextInt(150);       // 51–200
        }
        return random.nextBoolean() ? 0 : 200;     // the edges
    }

    private Frameworks frameworks() {
        if (random.nextInt(4) == 0) {
            return Frameworks.ALL;
        }
        return Frameworks.of(random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
    }

    /** A length in 0..max-1, mostly short, sometimes at the edge. */
    private int skewed(int max) {
        return switch (random.nextInt(8)) {
            case 0 -> max - 1;
            case 1 -> random.nextInt(max);
            default -> random.nextInt(Math.min(max, 40));
        };
    }

    private String name() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return text(200);
        }
        if (kind == 1) {
            return String.valueOf((char) ('a' + random.nextInt(26)));
        }
        if (kind == 2) {
            return pick(ODD) + " " + random.nextInt(100_000);
        }
        String name = pick(WORDS) + " " + pick(WORDS) + " " + random.nextInt(100_000);
        if (kind == 3) {
            name = "  " + name + " "; // a party is its name as given, spaces and all
        }
        return random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT);
    }

    private String text(int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(pick(WORDS)).append(' ');
        }
        b.setLength(length);
        if (b.charAt(0) == ' ') {
            b.setCharAt(0, 'X');
        }
        return b.toString();
    }
}
