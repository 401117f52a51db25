package nl.heemstede.participatie.core.loading;

/**
 * A class loader that loads nothing: the root class loader of the DMN runtime and validator, so that no class a
 * DMN file names (in a Java function, an external function or a type) can be loaded, and no static initialiser
 * of such a class can run. The engine's own classes come from its own class loader, not from this one.
 */
public final class RefusingClassLoader extends ClassLoader {

    /** The one instance. */
    public static final RefusingClassLoader INSTANCE = new RefusingClassLoader();

    private RefusingClassLoader() {
        super(null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        throw new ClassNotFoundException("A policy may not load the class " + name + ".");
    }
}
