package org.appsupervision.gateway.registration;

/**
 * What an enterprise sends to register: who it is, whom to contact, the account it wants, and its authorisation
 * letter ({@code letter} is null when none was sent or when it was over {@link LetterType#MAX_BYTES}, in which case
 * {@code letterSize} says how large it was).
 */
public record RegistrationForm(String companyName, String creditCode, String contactName, String contactPhone,
        String contactEmail, String username, String password, byte[] letter, long letterSize) {
}
