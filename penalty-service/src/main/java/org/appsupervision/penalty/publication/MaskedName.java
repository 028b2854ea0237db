package org.appsupervision.penalty.publication;

/**
 * Masks a natural person's name for publication, as the rules on publishing administrative penalty decisions ask:
 * the name's first character followed by {@code **} whatever its length ({@code 张三} and {@code 欧阳娜娜} both read
 * {@code 张**} / {@code 欧**}), so neither the given name nor its length shows. The name is the note's text before its
 * first separator (a responsible person's note reads {@code 张三，总经理}); the rest (the post) is left out.
 */
public final class MaskedName {

    private static final String SEPARATORS = "[，,、;；:：（()\\s/|]";

    private MaskedName() {
    }

    /** The masked name of the person a note names, or null when the note is empty. */
    public static String of(String note) {
        if (note == null) {
            return null;
        }
        String name = note.strip().split(SEPARATORS, 2)[0];
        if (name.isEmpty()) {
            return null;
        }
        return new String(Character.toChars(name.codePointAt(0))) + "**";
    }
}
