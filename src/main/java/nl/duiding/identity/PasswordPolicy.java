package nl.duiding.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.CharacterCharacteristicsRule;
import org.passay.rule.CharacterRule;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthComplexityRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;

/**
 * The rules for a local account's password, checked with Passay wherever a password is set:
 * 12 to 64 characters; below 20 characters at least three of the four kinds (capitals, small letters,
 * digits, other signs), from 20 on a passphrase of any characters; not containing the username (also backwards), not on the bundled list of common passwords,
 * and at most 72 bytes, bcrypt's limit.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** From this length a password is a passphrase and needs no mix of kinds of characters. */
    static final int PASSPHRASE_LENGTH = 20;
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    /** Passay's error codes, mapped to keys in messages/security.properties. */
    private static final Map<String, String> MESSAGES = Map.of(
            LengthRule.ERROR_CODE_MIN, "password.tooShort",
            LengthRule.ERROR_CODE_MAX, "password.tooLong",
            LengthComplexityRule.ERROR_CODE, "password.tooSimple",
            UsernameRule.ERROR_CODE, "password.containsUsername",
            UsernameRule.ERROR_CODE_REVERSED, "password.containsUsername",
            DictionaryRule.ERROR_CODE, "password.common",
            DictionaryRule.ERROR_CODE_REVERSED, "password.common");

    private final PasswordValidator validator;

    PasswordPolicy() {
        this.validator = new DefaultPasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new LengthComplexityRule(true, false,
                        new LengthComplexityRule.Entry("[0," + PASSPHRASE_LENGTH + ")", threeOfFourKinds()),
                        new LengthComplexityRule.Entry("[" + PASSPHRASE_LENGTH + ",1000]", new LengthRule(PASSPHRASE_LENGTH, 1000))),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords()), true));
    }

    private static CharacterCharacteristicsRule threeOfFourKinds() {
        return new CharacterCharacteristicsRule(true, false, 3,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    List<String> problems(String username, String password) {
        Set<String> problems = new LinkedHashSet<>();
        ValidationResult result = validator.validate(new PasswordData(Objects.requireNonNullElse(username, ""),
                Objects.requireNonNullElse(password, "")));
        for (RuleResultDetail detail : result.getDetails()) {
            problems.add(MESSAGES.getOrDefault(detail.getErrorCode(), "password.tooSimple"));
        }
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            problems.add("password.tooLong");
        }
        return List.copyOf(problems);
    }

    /** Throws {@link WeakPasswordException} with every broken rule. */
    void check(String username, String password) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems);
        }
    }

    private static org.passay.dictionary.ArrayWordList commonPasswords() {
        var stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
        if (stream == null) {
            throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
