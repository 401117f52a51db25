package nl.heemstede.participatie.core.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Splits a FEEL text into tokens the way FEEL's lexer does: string literals with their escapes, numbers, names
 * (which may hold spaces), operators and brackets, and comments. It only splits; {@link FeelAllowList} decides what
 * may stand where. Because strings and comments are real tokens here, a quote inside a comment or a comment marker
 * inside a string cannot hide anything, as it could from a regular expression.
 *
 * <p>Names with spaces are recognised by longest match against the names the model declares (its inputs and
 * decisions) and the functions the allow-list knows; any other word is a single {@link Kind#WORD} token, so a name
 * that is not declared cannot pass for one.
 */
final class FeelTokens {

    /** What a token is. */
    enum Kind {
        /** A string literal; {@link Token#text()} holds it with its quotes. */
        STRING,
        /** A number literal: digits, optionally a point and more digits. */
        NUMBER,
        /** A name the model declares or a function the allow-list knows (possibly several words). */
        NAME,
        /** A FEEL keyword or a word that is not a declared name. */
        WORD,
        /** An operator, bracket or separator: {@code ( ) [ ] { } , .. . : = != < <= > >= + - * / ** ? @}. */
        SYMBOL,
        /** A comment, {@code // ...} or {@code /* ... *}{@code /}. */
        COMMENT
    }

    /** One token and where it starts in the text. */
    record Token(Kind kind, String text, int offset) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbolOrWord);
        }
    }

    /** A text FEEL's lexer would refuse too: an unclosed string or comment, a bad escape, a stray character. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private static final List<String> SYMBOLS = List.of("**", "..", "!=", "<=", ">=", "(", ")", "[", "]", "{", "}",
            ",", ".", ":", "=", "<", ">", "+", "-", "*", "/", "?", "@");

    private final String text;
    private final List<String> names;
    private int at;

    private FeelTokens(String text, Set<String> names) {
        this.text = text;
        this.names = new ArrayList<>(names);
        this.names.sort(Comparator.comparingInt(String::length).reversed());
    }

    /**
     * The tokens of a FEEL text.
     *
     * @param names the multi-word names to recognise (declared inputs and decisions, allowed functions)
     * @throws Unreadable when the text cannot be split into tokens, with a Dutch reason
     */
    static List<Token> of(String text, Set<String> names) throws Unreadable {
        return new FeelTokens(text, names).all();
    }

    private List<Token> all() throws Unreadable {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws Unreadable {
        int start = at;
        char c = text.charAt(at);
        if (c == '"') {
            return string(start);
        }
        if (text.startsWith("//", at)) {
            int end = text.indexOf('\n', at);
            at = end < 0 ? text.length() : end;
            return new Token(Kind.COMMENT, text.substring(start, at), start);
        }
        if (text.startsWith("/*", at)) {
            int end = text.indexOf("*/", at + 2);
            if (end < 0) {
                throw new Unreadable("een commentaar dat met /* begint wordt niet gesloten met */");
            }
            at = end + 2;
            return new Token(Kind.COMMENT, text.substring(start, at), start);
        }
        if (isDigit(c)) {
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            if (at + 1 < text.length() && text.charAt(at) == '.' && isDigit(text.charAt(at + 1))) {
                at++;
                while (at < text.length() && isDigit(text.charAt(at))) {
                    at++;
                }
            }
            return new Token(Kind.NUMBER, text.substring(start, at), start);
        }
        if (isNameStart(c)) {
            for (String name : names) {
                if (text.startsWith(name, at) && (at + name.length() == text.length()
                        || !isNamePart(text.charAt(at + name.length())))) {
                    at += name.length();
                    return new Token(Kind.NAME, name, start);
                }
            }
            while (at < text.length() && isNamePart(text.charAt(at))) {
                at++;
            }
            return new Token(Kind.WORD, text.substring(start, at), start);
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, at)) {
                at += symbol.length();
                return new Token(Kind.SYMBOL, symbol, start);
            }
        }
        throw new Unreadable("het teken '" + printable(c) + "' op positie " + (at + 1) + " hoort niet in FEEL");
    }

    private Token string(int start) throws Unreadable {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return new Token(Kind.STRING, text.substring(start, at), start);
            }
            if (c == '\\') {
                if (at + 1 >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at + 1);
                if (escaped == 'u') {
                    if (at + 6 > text.length() || !text.substring(at + 2, at + 6).matches("[0-9A-Fa-f]{4}")) {
                        throw new Unreadable("de tekst " + abbreviate(text.substring(start)) + " heeft een"
                                + " onvolledige \\u-code");
                    }
                    at += 6;
                    continue;
                }
                if ("\"'\\ntrbf".indexOf(escaped) < 0) {
                    throw new Unreadable("de tekst " + abbreviate(text.substring(start)) + " bevat \\" + escaped
                            + ", dat FEEL niet kent");
                }
                at += 2;
                continue;
            }
            at++;
        }
        throw new Unreadable("de tekst " + abbreviate(text.substring(start)) + " wordt niet gesloten met \"");
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }

    static String printable(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
