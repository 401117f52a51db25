package nl.heemstede.participatie;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Java API of rules-api is what {@code ApiSignatureTests.txt} beside this test says it is: every public or
 * protected type, constructor, method, field, record component and enum constant, one per line, sorted. A change
 * that was not meant fails here with the lines removed and added; a change that was meant is recorded by writing
 * the file anew (see COMPATIBILITY.md):
 *
 * <pre>{@code mvn -B -o -pl rules-api test -Dtest=ApiSignatureTests -Dapi.signature.write=true}</pre>
 */
class ApiSignatureTests {

    /** The committed signature, relative to the module (Surefire runs in it). */
    static final Path SIGNATURE = Path.of("src/test/resources/nl/heemstede/participatie/ApiSignatureTests.txt");
    private static final int MASK = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
            | Modifier.ABSTRACT;

    @Test
    void theApiIsTheCommittedSignature() throws Exception {
        List<String> current = signature();
        if (Boolean.getBoolean("api.signature.write")) {
            Files.write(SIGNATURE, current, StandardCharsets.UTF_8);
            return;
        }
        List<String> committed = Files.exists(SIGNATURE) ? Files.readAllLines(SIGNATURE, StandardCharsets.UTF_8)
                : List.of();
        Set<String> removed = new LinkedHashSet<>(committed);
        current.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(current);
        committed.forEach(added::remove);
        if (!removed.isEmpty() || !added.isEmpty()) {
            fail("The API of rules-api differs from " + SIGNATURE + " (" + removed.size() + " removed, "
                    + added.size() + " added):\n"
                    + Stream.concat(removed.stream().map(line -> "- " + line), added.stream().map(line -> "+ " + line))
                    .collect(Collectors.joining("\n"))
                    + "\nIf the change is intended, write the file anew and commit it with the change:\n"
                    + "  mvn -B -o -pl rules-api test -Dtest=ApiSignatureTests -Dapi.signature.write=true\n"
                    + "A removed or changed line breaks callers: that needs a new major version (COMPATIBILITY.md).");
        }
    }

    /** Every line of the API, sorted: each starts with the type it belongs to. */
    static List<String> signature() throws IOException, URISyntaxException {
        Path classes = Path.of(ParticipationAdvisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> lines = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, ParticipationAdvisor.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
                if (visible(type)) {
                    describe(type, lines);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static boolean visible(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            int modifiers = t.getModifiers();
            if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, Set<String> lines) {
        String name = type.getName();
        StringBuilder head = new StringBuilder(Modifier.toString(type.getModifiers() & MASK & ~(type.isInterface()
                ? Modifier.ABSTRACT : 0)));
        head.append(head.length() == 0 ? "" : " ").append(kind(type)).append(typeParameters(type.getTypeParameters()));
        if (type.getGenericSuperclass() != null && !type.isEnum() && !type.isRecord()
                && type.getSuperclass() != Object.class) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            head.append(type.isInterface() ? " extends " : " implements ").append(names(interfaces));
        }
        if (type.isSealed()) {
            head.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        lines.add(name + " " + head);
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                lines.add(name + " constant " + ((Enum<?>) constant).name());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                lines.add(name + " component " + component.getGenericType().getTypeName() + " " + component.getName());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visibleMember(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()) {
                lines.add(name + " field " + modifiers(field.getModifiers()) + field.getGenericType().getTypeName()
                        + " " + field.getName());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visibleMember(constructor.getModifiers()) && !constructor.isSynthetic()) {
                lines.add(name + " constructor " + modifiers(constructor.getModifiers())
                        + typeParameters(constructor.getTypeParameters()) + parameters(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visibleMember(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                int modifiers = method.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0);
                lines.add(name + " method " + (method.isDefault() ? "default " : "") + modifiers(modifiers)
                        + typeParameters(method.getTypeParameters()) + method.getGenericReturnType().getTypeName()
                        + " " + method.getName() + parameters(method));
            }
        }
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        return type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    }

    private static boolean visibleMember(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers & MASK);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(v -> v.getName() + (v.getBounds().length == 1
                        && v.getBounds()[0] == Object.class ? "" : " extends " + names(v.getBounds())))
                .collect(Collectors.joining(", ", "<", "> "));
    }

    private static String parameters(Executable executable) {
        String throwing = executable.getGenericExceptionTypes().length == 0 ? ""
                : " throws " + names(executable.getGenericExceptionTypes());
        return "(" + names(executable.getGenericParameterTypes()) + ")" + throwing;
    }

    private static String names(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
    }
}
